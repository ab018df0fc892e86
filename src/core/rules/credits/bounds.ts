/**
 * Bounds « Σ gauche ≤ Σ droite − Σ moins » of referentiel/relations.ts, checked on each action row
 * (rules 12 report-superieur and 16 realise-superieur). No fix: which cell is wrong is the user's call.
 */
import { BoundRelation, boundRelations, BoundRuleId } from "../../referentiel/relations";
import { FinancialRow, FinancialTable } from "../../tables/model";
import { CellRef, RuleContext } from "../types";
import { centsAt, sumAt } from "../util/amounts";
import { cellRef } from "../util/columns";
import { euros } from "../util/money";
import { keysReadings } from "../util/relations";
import { actionRows } from "../util/rows";
import { addressAt, colAt, columnName } from "../util/columns";
import { column } from "../../tables/model";
import { rowTerms, sideText, total } from "./terms";

/** What a rule says about a broken bound: a short French statement and what to do. */
export interface BoundWording {
  statement(bound: BoundRelation): string;
  advice: string;
}

/** The columns of a bound's three sides in a table, as column cents (amounts.ts). */
interface SideColumns {
  left: Float64Array[];
  right: Float64Array[];
  minus: Float64Array[];
}

/**
 * A bound of a table: excess() on every row (index sheet row − the table's first row; NaN: null)
 * in both readings of the table (relations.ts keysReadings): written, corrected.
 */
interface BoundColumns {
  bound: BoundRelation;
  excess: [Float64Array, Float64Array];
}

/** By how much the row breaks the bound in one reading: 0 when it holds, null when it cannot be decided. */
function excess(sides: SideColumns, index: number): number | null {
  const lhs = sumAt(sides.left, index);
  const plus = sumAt(sides.right, index);
  const less = sumAt(sides.minus, index);
  // Nothing to say when a side has no column, or an amount is unreadable (rule 8 reports it).
  if (lhs === undefined || plus === undefined) return 0;
  if (lhs === null || plus === null || less === null) return null;
  const rhs = plus - (less ?? 0);
  return lhs <= 0 || lhs <= rhs ? 0 : lhs - rhs;
}

/** excess() of every row of the table, in one pass (NaN: cannot be decided). */
function excessColumn(sides: SideColumns, size: number): Float64Array {
  const out = new Float64Array(size);
  for (let index = 0; index < size; index++) out[index] = excess(sides, index) ?? NaN;
  return out;
}

/** A broken bound of a row: the cell it is reported on, what it says, the cells it names. */
interface Broken {
  cell: string;
  text: string;
  related: CellRef[];
}

function brokenBound(
  ctx: RuleContext,
  table: FinancialTable,
  row: FinancialRow,
  sides: BoundColumns,
  wording: BoundWording,
): Broken | null {
  const { bound } = sides;
  // Decided on the cents alone (most rows hold their bounds); the amounts are read for the message.
  const index = row.row - table.range.r1;
  const written = centsAt(sides.excess[0], index);
  const corrected = centsAt(sides.excess[1], index);
  // Broken as the cells stand and once a wrong computed column of the row is right (rule 1's);
  // a computed cell Excel cannot add (#VALEUR! on amounts typed as text) is read as it should be.
  if (written === 0 || !corrected || (written === null && corrected === null)) return null;
  const over = written ?? corrected;
  const [left, right, minus] = [bound.left, bound.right, bound.minus].map((keys) => rowTerms(ctx, table, row.row, keys));
  if (!left || left.length === 0) return null;
  const [first, ...others] = left;
  if (right && minus) {
    return {
      cell: first.amount.address,
      text: `${wording.statement(bound)}. ${sideText(left)} dépasse ${sideText(right, minus)} de ${euros(over)}.`,
      related: [...others, ...right, ...minus].map((t) => cellRef(table, row.row, t.amount.col)),
    };
  }
  // A computed cell of the other side shows an Excel error: named with the value it should have.
  const cells = [...bound.right, ...bound.minus].flatMap((key) => {
    const c = column(table, key);
    return c ? [c] : [];
  });
  const names = cells.map((c) => `${columnName(c)} (${addressAt(table, row.row, c)})`).join(", ");
  return {
    cell: first.amount.address,
    text:
      `${wording.statement(bound)}. ${sideText(left)} dépasse ${names} = ${euros(total(left) - over)}, valeur une fois convertis en nombres ` +
      `les montants saisis en texte qu'additionne sa formule (la cellule affiche aujourd'hui une erreur Excel), de ${euros(over)}.`,
    related: [
      ...others.map((t) => cellRef(table, row.row, t.amount.col)),
      ...cells.map((c) => cellRef(table, row.row, colAt(table, row.row, c))),
    ],
  };
}

/** The bounds a row breaks, one finding per cell: a report above two bounds is one anomaly, not two. */
function checkRow(
  ctx: RuleContext,
  table: FinancialTable,
  row: FinancialRow,
  sides: readonly BoundColumns[],
  wording: BoundWording,
): void {
  // Most rows hold every bound: no map for them.
  let byCell: Map<string, Broken[]> | null = null;
  for (const side of sides) {
    const broken = brokenBound(ctx, table, row, side, wording);
    if (!broken) continue;
    byCell ??= new Map();
    byCell.set(broken.cell, [...(byCell.get(broken.cell) ?? []), broken]);
  }
  if (!byCell) return;
  for (const [cell, all] of byCell) {
    const texts = all.map((b, i) => (i === 0 ? b.text : `Aussi, ${b.text}`));
    const related = [...new Map(all.flatMap((b) => b.related).map((r) => [r.cell, r])).values()];
    ctx.report({ table, cell, message: `${cell} : ${texts.join(" ")} ${wording.advice}`, related });
  }
}

/** Checks every bound of the rule on every action row of every financial table. */
export function checkBounds(ctx: RuleContext, rule: BoundRuleId, wording: BoundWording): void {
  for (const table of ctx.financialTables()) {
    const sides = boundRelations(table.family, rule).map((bound) => {
      const [left, right, minus] = [bound.left, bound.right, bound.minus].map((keys) => keysReadings(ctx, table, keys));
      const reading = (i: 0 | 1): SideColumns => ({ left: left[i], right: right[i], minus: minus[i] });
      const size = table.range.r2 - table.range.r1 + 1;
      const excess: [Float64Array, Float64Array] = [excessColumn(reading(0), size), excessColumn(reading(1), size)];
      return { bound, excess };
    });
    if (sides.length === 0) continue;
    for (const row of actionRows(table)) checkRow(ctx, table, row, sides, wording);
  }
}
