/**
 * After corrections are written, the formulas that read the corrected cells (directly or through
 * other formulas) still hold their old cached result: a sous-total above a corrected action row
 * would show the old sum to any reader but Excel. Their results are recomputed with the core's
 * evaluator; a result the core cannot compute is dropped (Excel recomputes it on opening).
 */
import ExcelJS from "exceljs";
import { formulaReferences, Ref, refContains } from "../core/formula";
import { createResolver } from "../core/grid/values";
import { Sheet, Workbook } from "../core/grid/model";
import { toCoreWorkbook } from "./xlsx-read";

export interface CellPlace {
  sheet: string;
  row: number;
  col: number;
}

interface FormulaCell extends CellPlace {
  refs: Ref[];
}

function formulaCells(workbook: Workbook): FormulaCell[] {
  const out: FormulaCell[] = [];
  for (const sheet of workbook.sheets) {
    for (let row = 0; row < sheet.rowCount; row++) {
      for (let col = 0; col < sheet.colCount; col++) {
        const formula = sheet.get(row, col)?.formula;
        if (formula) out.push({ sheet: sheet.name, row, col, refs: formulaReferences(formula) });
      }
    }
  }
  return out;
}

function reads(formula: FormulaCell, place: CellPlace): boolean {
  return formula.refs.some(
    (ref) =>
      ref.workbook === undefined &&
      (ref.sheet ?? formula.sheet).toUpperCase() === place.sheet.toUpperCase() &&
      refContains(ref, place.row, place.col),
  );
}

/** The formula cells that depend, directly or not, on the changed cells. */
function dependents(formulas: FormulaCell[], changed: CellPlace[]): FormulaCell[] {
  const stale = new Set<FormulaCell>();
  const queue = [...changed];
  while (queue.length > 0) {
    const place = queue.pop() as CellPlace;
    for (const formula of formulas) {
      if (stale.has(formula) || !reads(formula, place)) continue;
      stale.add(formula);
      queue.push(formula);
    }
  }
  return [...stale];
}

/**
 * Recomputes the cached results of the formulas depending on `changed`, and of `uncached`
 * (formulas written without an expected result). Returns the number of cells refreshed.
 */
export function refreshFormulaResults(excel: ExcelJS.Workbook, changed: CellPlace[], uncached: CellPlace[]): number {
  const workbook = toCoreWorkbook(excel, "");
  const stale = [...dependents(formulaCells(workbook), changed), ...uncached];
  const sheets = new Map(workbook.sheets.map((s) => [s.name, s]));
  for (const place of stale) forgetValue(sheets.get(place.sheet), place);
  const resolver = createResolver(workbook);
  let refreshed = 0;
  for (const place of stale) {
    const sheet = sheets.get(place.sheet);
    const cell = excel.getWorksheet(place.sheet)?.findCell(place.row + 1, place.col + 1);
    if (!sheet || !cell || cell.type !== ExcelJS.ValueType.Formula) continue;
    setResult(cell, resolver.value(sheet, place.row, place.col));
    refreshed++;
  }
  return refreshed;
}

function forgetValue(sheet: Sheet | undefined, place: CellPlace): void {
  const cell = sheet?.get(place.row, place.col);
  if (sheet && cell) sheet.set(place.row, place.col, { ...cell, value: null });
}

/** Replaces the cached result, keeping the formula as stored (shared, array or plain). */
function setResult(cell: ExcelJS.Cell, result: unknown): void {
  const { result: _old, ...formula } = cell.value as ExcelJS.CellFormulaValue;
  const kept = typeof result === "number" || typeof result === "string" || typeof result === "boolean";
  cell.value = (kept ? { ...formula, result } : formula) as ExcelJS.CellFormulaValue;
}
