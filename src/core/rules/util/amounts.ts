/**
 * Amounts of a financial table: each column's cents row by row (for sums and comparisons), its
 * money cells worth a closer look (rules 8 and 9), and the amounts a formula uses.
 */
import { parseAmount } from "../../parse/amount";
import { AmountParse } from "../../parse/types";
import { ColumnKey } from "../../referentiel/types";
import { column, FinancialRow, FinancialTable, TableColumn } from "../../tables/model";
import { AmountCell, RuleContext } from "../types";
import { localReferences } from "./cells";
import { numericColumns } from "./columns";

export interface MoneyCell {
  row: FinancialRow;
  column: TableColumn;
  amount: AmountCell;
}

/**
 * The cents of a column on every row of the table, read once per analysis and shared by the rules
 * that add or compare them row after row: index sheet row − the table's first row; NaN when the
 * amount is unreadable (or the sheet row is not one of the table's rows).
 */
export function columnCents(ctx: RuleContext, table: FinancialTable, column: TableColumn): Float64Array {
  return moneyReads(ctx, table).cents.get(column) ?? ctx.memo(column, "columnCents", () => readColumns(ctx, table, [column])[0]);
}

/** How a money cell reads, by row index (see MoneyReads); NOT_READ: not a row of the table. */
const NOT_READ = 0;
/** Empty, or a number with at most two decimals (RuleContext.plainCents), not negative. */
const PLAIN = 1;
/** A plain amount below zero. */
const NEGATIVE = 2;
/** Anything else: text, digits beyond the cent, an error… (plainCents null). */
const NOT_PLAIN = 3;

/** The money columns of a table, read once per analysis: their cents, and how each cell reads. */
interface MoneyReads {
  cents: Map<TableColumn, Float64Array>;
  plainness: Map<TableColumn, Uint8Array>;
}

/**
 * Every money column read row by row in one pass (the cells of a row sit together in memory;
 * column after column would fetch each row again for every column). A plain amount's cents are
 * its cents (RuleContext.plainCents): one read gives both for nearly every cell.
 */
function moneyReads(ctx: RuleContext, table: FinancialTable): MoneyReads {
  return ctx.memo(table, "moneyReads", () => {
    const columns = numericColumns(table);
    const first = table.range.r1;
    const size = table.range.r2 - first + 1;
    const cents = columns.map(() => new Float64Array(size).fill(NaN));
    const plainness = columns.map(() => new Uint8Array(size));
    for (const row of table.rows) {
      const index = row.row - first;
      for (let i = 0; i < columns.length; i++) {
        const plain = ctx.plainCents(table, row.row, columns[i].key);
        if (plain === null || plain === undefined) {
          cents[i][index] = ctx.cents(table, row.row, columns[i].key) ?? NaN;
          plainness[i][index] = NOT_PLAIN;
        } else {
          cents[i][index] = plain;
          plainness[i][index] = plain < 0 ? NEGATIVE : PLAIN;
        }
      }
    }
    return {
      cents: new Map(columns.map((c, i) => [c, cents[i]])),
      plainness: new Map(columns.map((c, i) => [c, plainness[i]])),
    };
  });
}

function readColumns(ctx: RuleContext, table: FinancialTable, columns: readonly TableColumn[]): Float64Array[] {
  const first = table.range.r1;
  const out = columns.map(() => new Float64Array(table.range.r2 - first + 1).fill(NaN));
  for (const row of table.rows) {
    for (let i = 0; i < columns.length; i++) out[i][row.row - first] = ctx.cents(table, row.row, columns[i].key) ?? NaN;
  }
  return out;
}

/** The columnCents of those of the keys that are columns of the table, in key order. */
export function keysCents(ctx: RuleContext, table: FinancialTable, keys: readonly ColumnKey[]): Float64Array[] {
  const out: Float64Array[] = [];
  for (const key of keys) {
    const c = column(table, key);
    if (c) out.push(columnCents(ctx, table, c));
  }
  return out;
}

/** A value of a per-row array (columnCents, a bound's excess) at a row index; null for NaN (unreadable, undecided). */
export function centsAt(cents: Float64Array, index: number): number | null {
  const value = cents[index];
  return Number.isNaN(value) ? null : value;
}

/** Σ of the columns' cents at a row index: null when one is unreadable, undefined without columns. */
export function sumAt(columns: readonly Float64Array[], index: number): number | null | undefined {
  if (columns.length === 0) return undefined;
  let sum = 0;
  for (const cents of columns) {
    const value = cents[index];
    if (Number.isNaN(value)) return null;
    sum += value;
  }
  return sum;
}

/** Rows whose amounts are checked one by one: action rows and total rows. */
export function amountRows(table: FinancialTable): FinancialRow[] {
  return table.rows.filter((r) => r.kind === "action" || r.level > 0);
}

/** The money cells of the rows, row by row, in column order. */
export function moneyCells(ctx: RuleContext, table: FinancialTable, rows: readonly FinancialRow[]): MoneyCell[] {
  const columns = numericColumns(table);
  // Plain loops: this runs over every money cell of every table, and flatMap is several times slower.
  const out: MoneyCell[] = [];
  for (const row of rows) {
    for (const column of columns) out.push({ row, column, amount: ctx.amount(table, row.row, column.key) as AmountCell });
  }
  return out;
}

/**
 * The money cells of the action and total rows that are not ordinary (empty, or a number with at
 * most two decimals that is not negative): all that rules 8 and 9 look at. Found once per analysis
 * for both, without building the million ordinary ones.
 */
export function unusualMoneyCells(ctx: RuleContext, table: FinancialTable): MoneyCell[] {
  return ctx.memo(table, "unusualMoneyCells", () => {
    const columns = numericColumns(table);
    const { plainness } = moneyReads(ctx, table);
    const kinds = columns.map((c) => plainness.get(c) as Uint8Array);
    const first = table.range.r1;
    const out: MoneyCell[] = [];
    for (const row of amountRows(table)) {
      for (let i = 0; i < columns.length; i++) {
        if (kinds[i][row.row - first] === PLAIN) continue;
        const column = columns[i];
        out.push({ row, column, amount: ctx.amount(table, row.row, column.key) as AmountCell });
      }
    }
    return out;
  });
}

/**
 * The amounts of these rows in a column that are not empty nor a number with at most two decimals
 * (text, digits beyond the cent, errors…): the few worth a closer look among thousands.
 */
export function nonPlainAmounts(
  ctx: RuleContext,
  table: FinancialTable,
  rows: Iterable<FinancialRow>,
  column: TableColumn,
): AmountCell[] {
  const kinds = moneyReads(ctx, table).plainness.get(column);
  const first = table.range.r1;
  const out: AmountCell[] = [];
  for (const r of rows) {
    const kind = kinds?.[r.row - first] ?? NOT_READ;
    const plain = kind === NOT_READ ? ctx.plainCents(table, r.row, column.key) !== null : kind !== NOT_PLAIN;
    if (!plain) out.push(ctx.amount(table, r.row, column.key) as AmountCell);
  }
  return out;
}

/** The amounts read in the cells of the table that a formula refers to (same sheet, inside the table). */
export function referencedAmounts(ctx: RuleContext, table: FinancialTable, formula: string): AmountParse[] {
  const { r1, c1, r2, c2 } = table.range;
  const out: AmountParse[] = [];
  for (const ref of localReferences(table, formula)) {
    for (let r = Math.max(ref.r1, r1); r <= Math.min(ref.r2, r2); r++) {
      for (let c = Math.max(ref.c1, c1); c <= Math.min(ref.c2, c2); c++) {
        const { cell, value } = ctx.cell(table, r, c);
        out.push(parseAmount(value, cell?.numFmt));
      }
    }
  }
  return out;
}
