/**
 * Rule 21: a part cannot exceed the whole (SPEC §4). A « Dont … » row ≤ its parent indicator in
 * each column (erreur); several « dont » rows of one parent together ≤ the parent when they
 * partition it (avertissement: they may overlap); « X dont Y » in one cell with Y ≤ X (erreur).
 * Delays, averages and qualitative indicators are not parts of a whole and are left alone.
 */
import { formatNumberFr, quoteText } from "../../parse/format";
import { IndicatorColumn, IndicatorKind, IndicatorRow, IndicatorTable } from "../../tables/model";
import { Rule, RuleContext } from "../types";
import {
  columnPhrase,
  indicatorName,
  indicatorRows,
  IndicatorValue,
  isNumber,
  NumberValue,
  readValue,
  sameScale,
  showNumber,
  valueCells,
  valueColumns,
  valueRef,
} from "./values";

const PART_OF_WHOLE: readonly IndicatorKind[] = ["count", "rate", "other"];

/** The « dont » rows of each parent row that is a part-of-whole kind (the rows' own kinds are checked per cell). */
function dontRowsByParent(table: IndicatorTable): Map<IndicatorRow, IndicatorRow[]> {
  const rows = indicatorRows(table);
  const byParent = new Map<IndicatorRow, IndicatorRow[]>();
  for (const row of rows) {
    const parent = rows.find((r) => r.row === row.parentRow);
    if (!parent || !PART_OF_WHOLE.includes(parent.indicatorKind)) continue;
    byParent.set(parent, [...(byParent.get(parent) ?? []), row]);
  }
  return byParent;
}

function reportPart(ctx: RuleContext, table: IndicatorTable, part: NumberValue, whole: NumberValue): void {
  ctx.report({
    table,
    cell: part.address,
    message:
      `${part.address} : ${showNumber(part.parsed)} pour ${indicatorName(part.row)} dépasse la valeur de son parent, ` +
      `${indicatorName(whole.row)} (${whole.address} : ${showNumber(whole.parsed)}), dans ${columnPhrase(part.column)} : ` +
      "une partie (« dont ») ne peut pas dépasser le tout.",
    related: [valueRef(table, whole)],
  });
}

function reportSum(ctx: RuleContext, table: IndicatorTable, parts: NumberValue[], whole: NumberValue): void {
  const sum = Number(parts.reduce((s, p) => s + p.parsed.value, 0).toPrecision(12));
  if (sum <= whole.parsed.value) return;
  const terms = parts.map((p) => `${p.address} : ${formatNumberFr(p.parsed.value)}`).join(" + ");
  ctx.report({
    table,
    cell: whole.address,
    severity: "warning",
    message:
      `${whole.address} : les lignes « dont » de ${indicatorName(whole.row)} totalisent ${showNumber({ ...whole.parsed, value: sum })} ` +
      `(${terms}) dans ${columnPhrase(whole.column)}, plus que l'indicateur lui-même (${showNumber(whole.parsed)}) : ` +
      "si ces lignes se partagent l'indicateur, leur somme ne peut pas le dépasser.",
    related: parts.map((p) => valueRef(table, p)),
  });
}

function checkColumn(
  ctx: RuleContext,
  table: IndicatorTable,
  parent: IndicatorRow,
  dontRows: IndicatorRow[],
  column: IndicatorColumn,
): void {
  const whole = readValue(ctx, table, parent, column);
  if (!isNumber(whole)) return;
  const parts = dontRows.map((r) => readValue(ctx, table, r, column));
  const numbers = parts.filter(isNumber).filter((p) => sameScale(p, whole) && PART_OF_WHOLE.includes(p.row.indicatorKind));
  const over = numbers.filter((p) => p.parsed.value > whole.parsed.value);
  over.forEach((p) => reportPart(ctx, table, p, whole));
  if (over.length === 0 && parts.length >= 2 && numbers.length === parts.length) reportSum(ctx, table, numbers, whole);
}

function checkInline(ctx: RuleContext, table: IndicatorTable, value: IndicatorValue): void {
  if (value.parsed.kind !== "dont" || value.parsed.part <= value.parsed.total) return;
  ctx.report({
    table,
    cell: value.address,
    message:
      `${value.address} : ${quoteText(String(value.value))} pour ${indicatorName(value.row)} : la partie « dont » ` +
      `(${formatNumberFr(value.parsed.part)}) dépasse le total (${formatNumberFr(value.parsed.total)}).`,
  });
}

export const indicateurDont: Rule = {
  meta: {
    id: "indicateur-dont",
    number: 21,
    severity: "error",
    fixable: false,
    scope: "indicateurs",
    title: "Valeur « dont » supérieure à son indicateur parent",
    description:
      "Une ligne « Dont … » ne peut pas dépasser son indicateur parent dans la même colonne ; des lignes « dont » qui se " +
      "partagent un indicateur ne peuvent pas, ensemble, le dépasser ; dans une cellule « X dont Y », Y ne peut pas dépasser X.",
  },
  check(ctx) {
    for (const table of ctx.indicatorTables()) {
      const columns = valueColumns(table);
      for (const [parent, dontRows] of dontRowsByParent(table)) {
        for (const column of columns) checkColumn(ctx, table, parent, dontRows, column);
      }
      for (const value of valueCells(ctx, table)) checkInline(ctx, table, value);
    }
  },
};
