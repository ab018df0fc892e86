/** Shortcuts for the recognition tests: one sheet in, its tables out, rows reduced to what tests pin. */
import { Settings } from "../../../src/core/settings";
import { recognize } from "../../../src/core/tables";
import { FinancialTable, IndicatorTable, Recognition } from "../../../src/core/tables/model";
import { buildWorkbook, CellSpec, SheetOptions } from "../../helpers/sheet";

export function recognizeSheet(rows: CellSpec[][], options: SheetOptions = {}, settings: Partial<Settings> = {}): Recognition {
  return recognize(buildWorkbook("classeur.xlsx", { Feuil1: rows }, { Feuil1: options }), settings);
}

export function onlyFinancial(r: Recognition): FinancialTable {
  expect(r.tables).toHaveLength(1);
  expect(r.tables[0].kind).toBe("financial");
  return r.tables[0] as FinancialTable;
}

export function onlyIndicator(r: Recognition): IndicatorTable {
  expect(r.tables).toHaveLength(1);
  expect(r.tables[0].kind).toBe("indicator");
  return r.tables[0] as IndicatorTable;
}

/** Columns as "key@sheetColumn" (« etatNotifie@3 »). */
export function keys(t: FinancialTable): string[] {
  return t.columns.map((c) => `${c.key}@${c.col}`);
}

/** Rows as "row:kind" with 1-based sheet rows as the user reads them (« 6:action »). */
export function kinds(t: FinancialTable): string[] {
  return t.rows.map((r) => `${r.row + 1}:${r.kind}`);
}

/** Groups as [axe, 1-based rows, 1-based sous-total row]. */
export function groupsOf(t: FinancialTable): [string | null, number[], number | null][] {
  return t.groups.map((g) => [g.axe, g.rows.map((r) => r + 1), g.sousTotalRow === null ? null : g.sousTotalRow + 1]);
}

/** Row of the table at a 1-based sheet row. */
export function rowAt(t: FinancialTable, sheetRow: number) {
  const row = t.rows.find((r) => r.row === sheetRow - 1);
  if (!row) throw new Error(`pas de ligne ${sheetRow} dans la table`);
  return row;
}
