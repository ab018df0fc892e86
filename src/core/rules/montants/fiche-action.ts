/**
 * Rule 18: each action of an axe / thème has its own fiche number (« 1. » and « 1 » are the same
 * number), and an action row that carries amounts has a title (in the Intitulé column, or in the
 * fiche cell: « Fiche 12 : Accueil »). Avertissements, no automatic fix.
 */
import { cellAddress } from "../../grid/address";
import { memoByText } from "../../parse/memo";
import { normalizeText } from "../../parse/text";
import { FICHE_IN_TITLE, PLACEHOLDER } from "../../tables/labels";
import { column, FinancialRow, FinancialTable } from "../../tables/model";
import { Rule, RuleContext } from "../types";
import { actionRows, addressAt, colAt, moneyCells, tableDispositif } from "../util";

/** The number in a fiche cell: « 1. », « 2,1 », « FA 7.3 », « Fiche 12 ». */
const FICHE_DIGITS = /\d+(?:[.,]\d+)*/;

/** « 1. » → "1", « 2,1 » → "2.1", « 03 » → "3", « Fiche 12 » → "12"; a fiche without digits is kept as written. */
export const ficheKey: (fiche: string) => string = memoByText(readFicheKey);

function readFicheKey(fiche: string): string {
  return (FICHE_DIGITS.exec(fiche)?.[0] ?? fiche.trim())
    .replace(/,/g, ".")
    .split(".")
    .map((part) => part.replace(/^0+(?=\d)/, ""))
    .join(".");
}

/** The cell a finding about the row goes on: its fiche cell, else its title cell, else the table's first column. */
function rowCell(table: FinancialTable, row: FinancialRow, prefer: "fiche" | "intitule"): string {
  const keys = prefer === "fiche" ? (["fiche", "intitule"] as const) : (["intitule", "fiche"] as const);
  const col = keys.map((k) => column(table, k)).find((c) => c);
  return col ? addressAt(table, row.row, col) : cellAddress(row.row, table.range.c1);
}

function unitOf(ctx: RuleContext, table: FinancialTable): string {
  return tableDispositif(ctx, table) === "calpae" ? "le thème" : "l'axe";
}

function checkDuplicates(ctx: RuleContext, table: FinancialTable): void {
  // By axe, then by fiche number (no key text built for each of thousands of rows).
  const seen = new Map<string, Map<string, FinancialRow>>();
  for (const row of actionRows(table)) {
    if (row.fiche === null) continue;
    const unit = row.axe === null ? `#${row.group}` : normalizeText(row.axe);
    let fiches = seen.get(unit);
    if (!fiches) {
      fiches = new Map();
      seen.set(unit, fiches);
    }
    const fiche = ficheKey(row.fiche);
    const first = fiches.get(fiche);
    if (!first) {
      fiches.set(fiche, row);
      continue;
    }
    const cell = rowCell(table, row, "fiche");
    const where = row.axe === null ? "" : ` dans ${unitOf(ctx, table)} « ${row.axe} »`;
    ctx.report({
      table,
      cell,
      message:
        `${cell} : la fiche action n° ${ficheKey(row.fiche)} figure déjà${where} (ligne ${first.row + 1}) : ` +
        "chaque action doit avoir son propre numéro de fiche.",
      related: [{ sheet: table.sheet.name, cell: rowCell(table, first, "fiche") }],
    });
  }
}

/** A real title: not empty and not the template's placeholder (« Intitulé de l'action n°1 »). */
function isTitle(text: string | null): boolean {
  return text !== null && text.trim() !== "" && !PLACEHOLDER.test(normalizeText(text));
}

/** The fiche cell holds a title after its number: « Fiche 12 : Accueil de jour ». */
function ficheCellTitle(table: FinancialTable, row: FinancialRow): boolean {
  const fiche = column(table, "fiche");
  const value = fiche ? table.sheet.shownValue(row.row, colAt(table, row.row, fiche)) : null;
  if (typeof value !== "string") return false;
  const text = normalizeText(value);
  const number = FICHE_IN_TITLE.exec(text);
  return number !== null && /\p{L}/u.test(text.slice(number[0].length));
}

function checkTitles(ctx: RuleContext, table: FinancialTable): void {
  const intitule = column(table, "intitule");
  for (const row of actionRows(table)) {
    const title = intitule ? table.sheet.shownValue(row.row, colAt(table, row.row, intitule)) : null;
    // Or the title read for the row elsewhere (an F5 budget under its « Fiche 3 : … » title).
    if (isTitle(typeof title === "string" ? title : null) || isTitle(row.title) || ficheCellTitle(table, row)) continue;
    if (!moneyCells(ctx, table, [row]).some((m) => m.amount.cents !== 0)) continue;
    const cell = rowCell(table, row, "intitule");
    const fiche = row.fiche === null ? "" : ` (fiche ${ficheKey(row.fiche)})`;
    ctx.report({
      table,
      cell,
      message: `${cell} : ligne d'action sans intitulé${fiche} alors qu'elle porte des montants : indiquez l'intitulé de l'action.`,
    });
  }
}

export const ficheAction: Rule = {
  meta: {
    id: "fiche-action",
    number: 18,
    severity: "warning",
    fixable: false,
    scope: "financier",
    title: "Fiche action en double ou sans intitulé",
    description:
      "Dans un même axe ou thème, chaque action a son propre numéro de fiche ; une ligne d'action qui porte des montants a un intitulé.",
  },
  check(ctx) {
    for (const table of ctx.financialTables()) {
      checkDuplicates(ctx, table);
      checkTitles(ctx, table);
    }
  },
};
