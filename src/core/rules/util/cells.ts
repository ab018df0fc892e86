/** Cells of a table's sheet: blank or not, what a formula refers to. */
import { Ref, refContains } from "../../formula/ast";
import { formulaReferences, hasReferences } from "../../formula/parse";
import { Cell } from "../../grid/model";
import { Table } from "../../tables/model";

/** Nothing in the cell: no formula and no value (or only spaces). */
export function isBlank(cell: Cell | undefined): boolean {
  if (!cell) return true;
  if (cell.formula) return false;
  const v = cell.value;
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** References of a formula that point into the table's own sheet (same workbook). */
export function localReferences(table: Table, formula: string): Ref[] {
  return formulaReferences(formula).filter(
    (r) => r.workbook === undefined && (r.sheet === null || r.sheet === table.sheet.name),
  );
}

/** The formula refers to the cell (row, col) of the table's sheet. */
export function refersTo(table: Table, formula: string, row: number, col: number): boolean {
  return localReferences(table, formula).some((r) => refContains(r, row, col));
}

/** A formula that refers to at least one cell; a constant formula (=67500+67500) counts as typed in. */
export function hasLiveFormula(cell: Cell | undefined): boolean {
  return cell?.formula !== undefined && hasReferences(cell.formula);
}

/**
 * Some cell of the table's body holds a formula that refers to cells. A table pasted from a
 * convention or a word-processor never had one: « formula expected » warnings make no sense there
 * (its figures are still checked). Cheap: stops at the first formula.
 */
export function tableHasFormulas(table: Table): boolean {
  for (let r = table.headerRow + 1; r <= table.range.r2; r++) {
    for (let c = table.range.c1; c <= table.range.c2; c++) if (hasLiveFormula(table.sheet.get(r, c))) return true;
  }
  return false;
}
