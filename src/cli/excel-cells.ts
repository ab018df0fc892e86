/** Helpers over ExcelJS cells shared by the reader and the writer. */
import ExcelJS from "exceljs";
import { parseCellAddress, parseRangeAddress, Range } from "../core/grid/address";
import { translateFormula } from "../core/formula";

/** ExcelJS formula value fields that its typings leave out. */
interface FormulaModel {
  shareType?: string;
  ref?: string;
  sharedFormula?: string;
}

function formulaModel(cell: ExcelJS.Cell): FormulaModel | null {
  return cell.type === ExcelJS.ValueType.Formula ? (cell.value as FormulaModel) : null;
}

/** Walks the cells an ExcelJS sheet holds, without creating any (ExcelJS's eachCell may create them). */
export function eachExistingCell(worksheet: ExcelJS.Worksheet, visit: (cell: ExcelJS.Cell) => void): void {
  for (let r = 1; r <= worksheet.rowCount; r++) {
    const row = worksheet.findRow(r);
    if (!row) continue;
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.findCell(c);
      if (cell) visit(cell);
    }
  }
}

/** Sheet protection is on (ExcelJS's typings leave `sheetProtection` out). */
export function isProtected(worksheet: ExcelJS.Worksheet): boolean {
  const protection = (worksheet as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
  return Boolean(protection?.sheet);
}

/** 0-based position of an ExcelJS cell. */
export function position(cell: ExcelJS.Cell): { row: number; col: number } {
  return { row: Number(cell.row) - 1, col: Number(cell.col) - 1 };
}

/**
 * The cell's formula with its leading "=", or null. A cell of a shared formula gets its master's
 * formula translated to its own position.
 */
export function formulaOf(cell: ExcelJS.Cell): string | null {
  const model = formulaModel(cell);
  if (!model) return null;
  if (!model.sharedFormula) return cell.formula ? `=${cell.formula}` : null;
  const at = parseCellAddress(model.sharedFormula);
  const master = at ? cell.worksheet.findCell(at.row + 1, at.col + 1) : undefined;
  if (!master?.formula) return null;
  const from = position(master);
  const to = position(cell);
  return translateFormula(`=${master.formula}`, from.row, from.col, to.row, to.col);
}

/** Master address of the shared formula this cell belongs to as a clone, if any. */
export function sharedMasterOf(cell: ExcelJS.Cell): string | undefined {
  return formulaModel(cell)?.sharedFormula;
}

/** The cell is the master of a shared formula (other cells reuse its formula). */
export function isSharedMaster(cell: ExcelJS.Cell): boolean {
  return formulaModel(cell)?.shareType === "shared";
}

/** The array formulas (CSE) of a sheet: their master cell and the range they fill. */
export function arrayFormulas(worksheet: ExcelJS.Worksheet): { master: ExcelJS.Cell; range: Range }[] {
  const out: { master: ExcelJS.Cell; range: Range }[] = [];
  eachExistingCell(worksheet, (cell) => {
    const model = formulaModel(cell);
    const range = model?.shareType === "array" && model.ref ? parseRangeAddress(model.ref) : null;
    if (range) out.push({ master: cell, range });
  });
  return out;
}
