/**
 * Rule 13: what year N−1 says is carried (or planned) into year N must be what year N shows, per
 * action and in total, across sheets and workbooks (SPEC §3 F2 « Cross-table », F4 « Cross-year »).
 */
import { cellAddress } from "../../grid/address";
import { quoteText } from "../../parse/format";
import { ColumnKey } from "../../referentiel/types";
import { FinancialRow, FinancialTable, TableColumn } from "../../tables/model";
import { Rule, RuleContext } from "../types";
import { addressAt, columnName } from "../util/columns";
import { euros, toEuros } from "../util/money";
import { actionRows } from "../util/rows";
import { CROSS_YEAR_LINKS, commonSlots, CrossYearLink, SlotPair } from "./links";
import { ActionMatch, exFicheReference, matchActions } from "./match";
import { cellPlace, chooseSource, placeOf, relatedRef, SourceChoice, tableName } from "./pairing";
import { rowTerms, Term } from "./terms";

interface Comparison {
  ctx: RuleContext;
  link: CrossYearLink;
  choice: SourceChoice;
  source: FinancialTable;
  target: FinancialTable;
  slots: SlotPair[];
}

const sentences = (...parts: string[]): string => parts.filter((p) => p !== "").join(" ");

/** « l'action 3 « Accueil » », « l'action de la ligne 12 ». */
function actionName(row: FinancialRow): string {
  const parts = [row.fiche, row.title === null ? null : quoteText(row.title)].filter((p): p is string => p !== null);
  return parts.length > 0 ? `l'action ${parts.join(" ")}` : `l'action de la ligne ${row.row + 1}`;
}

function matchNote(match: ActionMatch<FinancialRow>): string {
  if (match.by === "exFiche") {
    const how = match.certain ? "" : ", parmi plusieurs actions portant ce numéro : à vérifier";
    return `Action rapprochée par la mention « ex-fiche ${match.reference ?? ""} » de son intitulé${how}.`;
  }
  if (match.by === "titre") {
    return `Action rapprochée par la ressemblance des intitulés (${quoteText(match.source.title ?? "")}) : à vérifier.`;
  }
  return match.certain ? "" : "Action rapprochée par son seul numéro de fiche : à vérifier.";
}

/**
 * An amount of N that differs from its action's in N−1: an error corrected from N−1 when the
 * match is certain; when it is only probable, a warning with no correction (SPEC §2: a wrong fix
 * is worse than a missed one).
 */
function comparePair(c: Comparison, match: ActionMatch<FinancialRow>, slot: SlotPair): void {
  const [s] = rowTerms(c.ctx, c.source, match.source.row, [slot.source.key]) ?? [];
  const [t] = rowTerms(c.ctx, c.target, match.target.row, [slot.target.key]) ?? [];
  if (!s || !t || s.amount.cents === t.amount.cents) return;
  const cell = t.amount.address;
  c.ctx.report({
    table: c.target,
    cell,
    severity: match.certain ? "error" : "warning",
    message: sentences(
      `${cell} : ${columnName(t.column)} = ${euros(t.amount.cents)} mais ${columnName(s.column)} = ${euros(s.amount.cents)}` +
        ` pour cette action dans ${tableName(c.source)} (${cellPlace(c.source, s.amount.address, c.target)}) :` +
        ` écart de ${euros(Math.abs(t.amount.cents - s.amount.cents))}.`,
      c.link.principle(c.choice.year),
      matchNote(match),
      c.choice.note,
    ),
    related: [relatedRef(c.source, s.amount.address, c.target)],
    fix: match.certain ? { kind: "value", sheet: c.target.sheet.name, cell, value: toEuros(s.amount.cents) } : null,
  });
}

/** The non-zero amounts of a row in these columns (none when one is unreadable). */
function nonZeroTerms(ctx: RuleContext, table: FinancialTable, row: number, keys: ColumnKey[]): Term[] {
  return (rowTerms(ctx, table, row, keys) ?? []).filter((t) => t.amount.cents !== 0);
}

/** Why a title citing « ex-fiche k » found no action k. */
function citedFiche(row: FinancialRow): string {
  const ref = exFicheReference(row.title);
  return ref === null ? "" : `Son intitulé cite l'ex-fiche ${ref}, qui n'y figure pas ou est déjà rapprochée d'une autre action.`;
}

/**
 * An action of one side with amounts and no counterpart on the other side: a warning (its
 * counterpart may be there under another number and title; the totals say whether money is lost).
 */
function reportUnmatched(c: Comparison, row: FinancialRow, side: "source" | "target"): void {
  const [own, other] = side === "source" ? [c.source, c.target] : [c.target, c.source];
  const terms = nonZeroTerms(
    c.ctx,
    own,
    row.row,
    c.slots.map((s) => s[side].key),
  );
  if (terms.length === 0) return;
  const cell = terms[0].amount.address;
  const amounts = terms.map((t) => `${columnName(t.column)} = ${euros(t.amount.cents)} (${t.amount.address})`).join(" et ");
  const otherColumn = c.slots[0][side === "source" ? "target" : "source"];
  const place = placeOf(other, own);
  c.ctx.report({
    table: own,
    cell,
    severity: "warning",
    message: sentences(
      `${cell} : ${side === "source" ? c.link.unmatchedSource : c.link.unmatchedTarget} : ${amounts} pour ${actionName(row)},` +
        ` sans action correspondante dans ${tableName(other)}${place ? ` (${place})` : ""}.`,
      side === "target" ? citedFiche(row) : "",
      c.link.principle(c.choice.year),
      side === "target" ? c.choice.note : "",
    ),
    related: [relatedRef(other, cellAddress(other.headerRow, otherColumn.col), own)],
  });
}

/**
 * Σ of a column over the action rows (null when one is unreadable), and where it shows: the
 * TOTAUX FINANCIERS cell, or the header cell when the table has no total row.
 */
function columnTotal(ctx: RuleContext, table: FinancialTable, col: TableColumn): { cents: number; cell: string } | null {
  let cents = 0;
  for (const row of actionRows(table)) {
    const amount = ctx.amount(table, row.row, col.key);
    if (!amount || amount.cents === null) return null;
    cents += amount.cents;
  }
  const totalRow = table.rows.find((r) => r.kind === "total")?.row ?? table.headerRow;
  return { cents, cell: addressAt(table, totalRow, col) };
}

function compareTotals(c: Comparison, slot: SlotPair): void {
  const s = columnTotal(c.ctx, c.source, slot.source);
  const t = columnTotal(c.ctx, c.target, slot.target);
  if (!s || !t || s.cents === t.cents) return;
  const cell = t.cell;
  c.ctx.report({
    table: c.target,
    cell,
    message: sentences(
      `${cell} : total de ${columnName(slot.target)} = ${euros(t.cents)} (somme des actions) mais total de ` +
        `${columnName(slot.source)} = ${euros(s.cents)} dans ${tableName(c.source)} (${cellPlace(c.source, s.cell, c.target)}) :` +
        ` écart de ${euros(Math.abs(t.cents - s.cents))}.`,
      c.link.principle(c.choice.year),
      c.choice.note,
    ),
    related: [relatedRef(c.source, s.cell, c.target)],
  });
}

function compareTables(ctx: RuleContext, link: CrossYearLink, choice: SourceChoice, target: FinancialTable): void {
  const source = choice.table;
  const slots = commonSlots(link, source, target);
  const c: Comparison = { ctx, link, choice, source, target, slots };
  const matched = matchActions(actionRows(source), actionRows(target));
  for (const match of matched.pairs) for (const slot of slots) comparePair(c, match, slot);
  for (const row of matched.unmatchedSources) reportUnmatched(c, row, "source");
  for (const row of matched.unmatchedTargets) reportUnmatched(c, row, "target");
  for (const slot of slots) compareTotals(c, slot);
}

export const reportIncoherent: Rule = {
  meta: {
    id: "report-incoherent",
    number: 13,
    severity: "error",
    fixable: true,
    scope: "financier",
    title: "Report incohérent entre deux années",
    description:
      "Les montants « à reporter en N » de l'année N−1 doivent être les crédits « reportés sur N » de l'année N " +
      "(et, au Pacte, les crédits versés en N−1 ceux prévus pour N−1), action par action et au total, " +
      "même d'une feuille ou d'un classeur à l'autre.",
  },
  check(ctx) {
    for (const link of CROSS_YEAR_LINKS) {
      for (const target of ctx.financialTables()) {
        if (link.targets[target.family] === undefined) continue;
        const choice = chooseSource(ctx, link, target);
        if (choice) compareTables(ctx, link, choice, target);
      }
    }
  },
};
