/** Every money cell of chosen rows of a financial table, and the amounts a formula uses (rules 8 and 9). */
import { parseAmount } from "../../parse/amount";
import { AmountParse } from "../../parse/types";
import { FinancialRow, FinancialTable, TableColumn } from "../../tables/model";
import { AmountCell, RuleContext } from "../types";
import { localReferences } from "./cells";
import { numericColumns } from "./columns";

export interface MoneyCell {
  row: FinancialRow;
  column: TableColumn;
  amount: AmountCell;
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
 * The money cells of the rows that are not ordinary (empty, or a number with at most two decimals
 * that is not negative): all that rules 8 and 9 look at, without reading the million others.
 */
export function unusualMoneyCells(ctx: RuleContext, table: FinancialTable, rows: readonly FinancialRow[]): MoneyCell[] {
  const columns = numericColumns(table);
  const out: MoneyCell[] = [];
  for (const row of rows) {
    for (const column of columns) {
      const plain = ctx.plainCents(table, row.row, column.key);
      if (plain === null || plain === undefined || plain < 0) {
        out.push({ row, column, amount: ctx.amount(table, row.row, column.key) as AmountCell });
      }
    }
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
