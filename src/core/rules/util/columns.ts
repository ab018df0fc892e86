/** Columns of a financial table: money columns, names for messages, cell references. */
import { cellAddress } from "../../grid/address";
import { TEXT_COLUMN_KEYS } from "../../referentiel/types";
import { FinancialTable, sheetColumn, Table, TableColumn } from "../../tables/model";
import { CellRef } from "../types";

/** Money columns: every column whose key is not a text key (axe, chorus, fiche, intitulé, commentaire). */
export function numericColumns(table: FinancialTable): TableColumn[] {
  return table.columns.filter((c) => !TEXT_COLUMN_KEYS.includes(c.key));
}

/** How the user knows a column: its printed letter (« F »), else its header in quotes. */
export function columnName(column: TableColumn): string {
  return column.letter ?? `« ${column.header} »`;
}

/**
 * A column after the word « colonne »: « A du tableau » (the printed letter users know, SPEC §3,
 * marked as the table's so that it is not read as the sheet column: A of the template is often D
 * of the sheet), else its header in quotes.
 */
export function columnTitle(column: TableColumn): string {
  return column.letter ? `${column.letter} du tableau` : `« ${column.header} »`;
}

/** A cell of the table's sheet, as a CellRef (for Finding.related). */
export function cellRef(table: Table, row: number, col: number): CellRef {
  return { sheet: table.sheet.name, cell: cellAddress(row, col) };
}

/**
 * Sheet column of a table column at a row: its own column, or the shifted one in a part of the
 * table after a page break whose repeated header moved (TableSegment).
 */
export function colAt(table: Table, row: number, column: { col: number }): number {
  return sheetColumn(table, row, column.col);
}

/** A1 address of a table column at a row (shift after a page break included). */
export function addressAt(table: Table, row: number, column: { col: number }): string {
  return cellAddress(row, colAt(table, row, column));
}
