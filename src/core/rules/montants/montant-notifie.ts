/**
 * Rule 10: the State amount of the year (Σ A of the action rows, Σ H in the F2 récapitulatif)
 * equals the notified amount (SPEC §3 F4, §5, §7): in total (settings.montantNotifie), per
 * pilier or Chorus code (settings.montantsParPilier), and per Chorus cell that writes its amount
 * (« (montant CALPAE : 791 055€) »: the amount of the whole code, every row imputed on it). The settings are compared with the tables of the most recent
 * year that have the column.
 */
import { ChorusProblem, formatChorusCode } from "../../parse/chorus";
import { chorusOwner } from "../../referentiel/chorus";
import { Dispositif } from "../../referentiel/types";
import { Settings } from "../../settings";
import { column, FinancialRow, FinancialTable, Table, TableColumn } from "../../tables/model";
import { AmountCell, Rule, RuleContext } from "../types";
import {
  actionRows,
  addressAt,
  cellRef,
  ChorusGroup,
  colAt,
  columnTitle,
  euros,
  ofRowList,
  rowList,
  signedEuros,
  sumCents,
  tableDispositif,
  tableTotalRow,
} from "../util";
import { CodeImputation, codeImputations, Imputation, imputations, writtenAmounts } from "./imputation";

const STATE = "etatNotifie";

type AmountProblem = Extract<ChorusProblem, { kind: "amount" }>;

function stateTotal(ctx: RuleContext, table: FinancialTable, rows: readonly FinancialRow[]): number | null {
  return sumCents(rows.map((r) => (ctx.amount(table, r.row, STATE) as AmountCell).cents));
}

/** Tables with a notified State column and action rows. */
function notifiedTables(tables: readonly Table[]): FinancialTable[] {
  return tables.filter(
    (t): t is FinancialTable => t.kind === "financial" && column(t, STATE) !== undefined && actionRows(t).length > 0,
  );
}

/** The years of those tables, in order. */
export function notifiedYears(tables: readonly Table[]): number[] {
  return [...new Set(notifiedTables(tables).flatMap((t) => (t.year === null ? [] : [t.year])))].sort((a, b) => a - b);
}

/**
 * A notified amount given without its year (settings.montantNotifie) while the tables with a
 * notified State column are of several years: the years, else null. The command line refuses it
 * (exit 2, « --notifie ANNÉE=MONTANT »); the rule compares it with none and says why.
 */
export function ambiguousNotifiedYears(tables: readonly Table[], settings: Settings): number[] | null {
  if (settings.montantNotifie === null) return null;
  const years = notifiedYears(tables).filter((y) => settings.montantsNotifiesParAnnee[String(y)] === undefined);
  return years.length > 1 ? years : null;
}

/** The tables of the most recent year among those with a notified State column (per pilier amounts). */
function yearTables(ctx: RuleContext): FinancialTable[] {
  const tables = notifiedTables(ctx.tables);
  const years = notifiedYears(tables);
  if (years.length === 0) return tables;
  const latest = Math.max(...years);
  return tables.filter((t) => t.year === latest);
}

/** The notified amount a table is compared with: its year's, else the one given without a year when the year is unambiguous. */
function expectedOf(ctx: RuleContext, table: FinancialTable, ambiguous: boolean): number | null {
  const byYear = table.year === null ? undefined : ctx.settings.montantsNotifiesParAnnee[String(table.year)];
  if (byYear !== undefined) return byYear;
  // Without a year, the amount is the year's of the tables that have one (or of every table when none has).
  if (ambiguous || (table.year === null && notifiedYears(ctx.tables).length > 0)) return null;
  return ctx.settings.montantNotifie;
}

/** The amount given without a year is compared with no table: one information on the first of them. */
function reportAmbiguous(ctx: RuleContext, years: readonly number[]): void {
  const table = notifiedTables(ctx.tables).find((t) => t.year === years[0]) as FinancialTable;
  const cell = addressAt(table, tableTotalRow(table) as number, column(table, STATE) as TableColumn);
  const list = years.slice(0, -1).join(", ") + ` et ${years[years.length - 1]}`;
  ctx.report({
    table,
    cell,
    severity: "info",
    message:
      `${cell} : le montant notifié de ${euros(ctx.settings.montantNotifie as number)} est donné sans année alors que les tableaux ` +
      `portent sur ${list} : il n'est comparé à aucun. Indiquez l'année à laquelle il se rapporte ` +
      `(en ligne de commande : --notifie ${years[0]}=MONTANT, une fois par année).`,
  });
}

function checkYear(ctx: RuleContext, table: FinancialTable, state: TableColumn, expected: number): void {
  const sum = stateTotal(ctx, table, actionRows(table));
  if (sum === null || sum === expected) return;
  const cell = addressAt(table, tableTotalRow(table) as number, state);
  const year = table.year === null ? "" : ` pour ${table.year}`;
  ctx.report({
    table,
    cell,
    message:
      `${cell} : la participation de l'État${year} (colonne ${columnTitle(state)}, somme des lignes d'action) est de ${euros(sum)} ` +
      `alors que le montant notifié est de ${euros(expected)} (écart : ${signedEuros(sum - expected)}).`,
  });
}

/** A key of settings.montantsParPilier: its name in messages and the action rows imputed to it. */
interface Part {
  /** « pilier 1 », « code Chorus 0304 50 19 19 03 » (masculine). */
  name: string;
  rows: FinancialRow[];
}

function partOf(
  table: FinancialTable,
  dispositif: Dispositif | null,
  key: string,
  imputed: Map<number, Imputation>,
): Part | null {
  const k = key.replace(/\s/g, "");
  const rows = (keep: (i: Imputation) => boolean) => actionRows(table).filter((r) => keep(imputed.get(r.row) as Imputation));
  if (/^\d$/.test(k)) return dispositif === "pacte" ? { name: `pilier ${k}`, rows: rows((i) => i.pilier === Number(k)) } : null;
  if (!/^\d{12}$/.test(k) || (!column(table, "chorus") && dispositif !== "pacte")) return null;
  const owner = chorusOwner(k)?.dispositif ?? null;
  if (owner !== null && dispositif !== null && owner !== dispositif) return null;
  return { name: `code Chorus ${formatChorusCode(k)}`, rows: rows((i) => i.code === k) };
}

function checkPart(ctx: RuleContext, table: FinancialTable, state: TableColumn, part: Part, expected: number): void {
  const sum = stateTotal(ctx, table, part.rows);
  if (sum === null || sum === expected) return;
  const last = part.rows[part.rows.length - 1];
  const at = last ? (table.groups[last.group ?? -1]?.sousTotalRow ?? last.row) : (tableTotalRow(table) as number);
  const cell = addressAt(table, at, state);
  const written =
    part.rows.length === 0
      ? `aucune ligne d'action n'est imputée au ${part.name}`
      : `la participation de l'État du ${part.name} (colonne ${columnTitle(state)}, ${rowList(part.rows.map((r) => r.row))}) est de ${euros(sum)}`;
  ctx.report({
    table,
    cell,
    message: `${cell} : ${written} alors que le montant notifié est de ${euros(expected)} (écart : ${signedEuros(sum - expected)}).`,
  });
}

function reportUnreadable(ctx: RuleContext, table: FinancialTable, cell: ChorusGroup): void {
  const unreadable = cell.parsed.problems.find((p): p is AmountProblem => p.kind === "amount");
  if (!unreadable) return;
  ctx.report({
    table,
    cell: cell.address,
    severity: "warning",
    message: `${cell.address} : montant illisible dans la cellule Chorus, ${unreadable.reason} : il ne peut pas être comparé à la participation de l'État.`,
  });
}

/** « (le code est aussi en tête des lignes 11 à 12, cellule B11) » when it heads several groups. */
function otherGroups(imputation: CodeImputation, cell: ChorusGroup): string {
  const others = imputation.cells.filter((c) => c !== cell);
  if (others.length === 0) return "";
  const rows = others.flatMap((c) => c.rows.map((r) => r.row));
  const where = others.map((c) => c.address).join(", ");
  return ` Le montant d'une cellule Chorus est celui de tout le code : ${rows.length > 0 ? `${rowList(rows)} (${where})` : where} ${rows.length > 1 ? "sont" : "est"} aussi imputée${rows.length > 1 ? "s" : ""} sur ce code.`;
}

/**
 * The amount written in a Chorus cell against Σ État of every action row imputed on its code in
 * the table, not only the rows under that cell: one code may head two groups (SPEC §2).
 */
function checkChorusCells(ctx: RuleContext, table: FinancialTable, state: TableColumn): void {
  for (const imputation of codeImputations(ctx, table)) {
    imputation.cells.forEach((cell) => reportUnreadable(ctx, table, cell));
    const sum = stateTotal(ctx, table, imputation.rows);
    if (imputation.rows.length === 0 || sum === null) continue;
    const rows = imputation.rows.map((r) => r.row);
    for (const { cell, cents } of writtenAmounts(imputation)) {
      if (cents === sum) continue;
      ctx.report({
        table,
        cell: cell.address,
        message:
          `${cell.address} : la cellule Chorus indique ${euros(cents)} alors que la participation de l'État (colonne ${columnTitle(state)}) ` +
          `${ofRowList(rows)} est de ${euros(sum)} (écart : ${signedEuros(sum - cents)}).${otherGroups(imputation, cell)}`,
        related: rows.map((r) => cellRef(table, r, colAt(table, r, state))),
      });
    }
  }
}

export const montantNotifie: Rule = {
  meta: {
    id: "montant-notifie",
    number: 10,
    severity: "error",
    fixable: false,
    scope: "financier",
    title: "Participation de l'État différente du montant notifié",
    description:
      "La participation de l'État de l'année (somme de la colonne A, ou H du récapitulatif) doit être égale au montant notifié, au total, par pilier ou code Chorus, et au montant écrit dans la cellule Chorus.",
  },
  check(ctx) {
    const { montantsParPilier: parts } = ctx.settings;
    const ambiguous = ambiguousNotifiedYears(ctx.tables, ctx.settings);
    if (ambiguous) reportAmbiguous(ctx, ambiguous);
    for (const table of notifiedTables(ctx.tables)) {
      const expected = expectedOf(ctx, table, ambiguous !== null);
      if (expected !== null) checkYear(ctx, table, column(table, STATE) as TableColumn, expected);
    }
    for (const table of yearTables(ctx)) {
      const state = column(table, STATE) as TableColumn;
      const dispositif = tableDispositif(ctx, table);
      const imputed = imputations(ctx, table, dispositif);
      for (const [key, expected] of Object.entries(parts)) {
        const part = partOf(table, dispositif, key, imputed);
        if (part) checkPart(ctx, table, state, part, expected);
      }
    }
    for (const table of ctx.financialTables()) {
      const state = column(table, STATE);
      if (state && column(table, "chorus")) checkChorusCells(ctx, table, state);
    }
  },
};
