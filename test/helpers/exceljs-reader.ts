/**
 * The ExcelJS reader VerifPacte used before src/xlsx, kept for tests only: the new reader must
 * give the same snapshot (test/xlsx/same-snapshot.test.ts). ExcelJS is a devDependency (it also
 * writes the example workbooks).
 */
import ExcelJS from "exceljs";
import { parseCellAddress, parseRangeAddress, Range } from "../../src/core/grid/address";
import { translateFormula } from "../../src/core/formula";
import { Cell, CellValue, Sheet, SheetState, Workbook } from "../../src/core/grid/model";
/** Helpers over ExcelJS cells shared by the reader and the writer. */

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
function isProtected(worksheet: ExcelJS.Worksheet): boolean {
  const protection = (worksheet as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
  return Boolean(protection?.sheet);
}

/** 0-based position of an ExcelJS cell. */
function position(cell: ExcelJS.Cell): { row: number; col: number } {
  return { row: Number(cell.row) - 1, col: Number(cell.col) - 1 };
}

/**
 * The cell's formula with its leading "=", or null. A cell of a shared formula gets its master's
 * formula translated to its own position.
 */
function formulaOf(cell: ExcelJS.Cell): string | null {
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

/** The array formulas (CSE) of a sheet: their master cell and the range they fill. */
function arrayFormulas(worksheet: ExcelJS.Worksheet): { master: ExcelJS.Cell; range: Range }[] {
  const out: { master: ExcelJS.Cell; range: Range }[] = [];
  eachExistingCell(worksheet, (cell) => {
    const model = formulaModel(cell);
    const range = model?.shareType === "array" && model.ref ? parseRangeAddress(model.ref) : null;
    if (range) out.push({ master: cell, range });
  });
  return out;
}

/** An ExcelJS workbook as the core snapshot. */
export function toCoreWorkbook(excel: ExcelJS.Workbook, name: string): Workbook {
  const workbook = new Workbook(name);
  for (const worksheet of excel.worksheets) convertSheet(worksheet, workbook.addSheet(worksheet.name));
  return workbook;
}

function convertSheet(worksheet: ExcelJS.Worksheet, sheet: Sheet): void {
  sheet.state = worksheet.state as SheetState;
  sheet.protected = isProtected(worksheet);
  const merges = new Map<ExcelJS.Cell, Range>();
  eachExistingCell(worksheet, (cell) => {
    const note = noteText(cell.note);
    if (note !== null) sheet.notes.set(cell.address, note);
    if (cell.type === ExcelJS.ValueType.Merge) {
      extendMerge(merges, cell);
      return;
    }
    const converted = convertCell(cell);
    const { row, col } = position(cell);
    if (converted) sheet.set(row, col, converted);
  });
  for (const range of merges.values()) sheet.addMerge(range);
  for (const array of arrayFormulas(worksheet)) spreadArrayFormula(sheet, array.range, `=${array.master.formula}`);
}

/** A merged cell widens its area; an empty cell saved without style is also typed Merge by ExcelJS, with no master. */
function extendMerge(merges: Map<ExcelJS.Cell, Range>, cell: ExcelJS.Cell): void {
  const master = cell.master as ExcelJS.Cell | undefined;
  if (!master) return;
  const { row, col } = position(cell);
  const top = position(master);
  const range = merges.get(master) ?? { r1: top.row, c1: top.col, r2: row, c2: col };
  range.r2 = Math.max(range.r2, row);
  range.c2 = Math.max(range.c2, col);
  merges.set(master, range);
}

function convertCell(cell: ExcelJS.Cell): Cell | null {
  const numFmt = cell.numFmt || undefined;
  const withFormat = (value: CellValue): Cell => (numFmt ? { value, numFmt } : { value });
  if (cell.type === ExcelJS.ValueType.Formula) {
    const formula = formulaOf(cell);
    const value = resultValue(cell.result);
    return formula === null ? withFormat(value) : { ...withFormat(value), formula };
  }
  const value = plainValue(cell.value);
  return value === null ? null : withFormat(value);
}

/** Cached result of a formula: null when the file holds none (never 0). */
function resultValue(result: unknown): CellValue {
  return result === undefined ? null : plainValue(result as ExcelJS.CellValue);
}

function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean" || value instanceof Date) {
    return value;
  }
  if ("error" in value) return { error: String(value.error) };
  if ("richText" in value) return richText(value.richText);
  if ("hyperlink" in value) return hyperlinkText(value.text);
  return null;
}

function richText(runs: ExcelJS.RichText[]): string {
  return runs.map((run) => run.text).join("");
}

/** The text of a hyperlink cell (ExcelJS may give it as rich text or as a number). */
function hyperlinkText(text: unknown): CellValue {
  if (typeof text === "object" && text !== null && "richText" in text) {
    return richText((text as ExcelJS.CellRichTextValue).richText);
  }
  return typeof text === "number" || typeof text === "string" ? text : null;
}

function noteText(note: string | ExcelJS.Comment | undefined): string | null {
  if (note === undefined || note === null) return null;
  if (typeof note === "string") return note;
  return richText(note.texts ?? []);
}

/** Like Excel, every cell of an array formula's range shows the formula (their values stay cached). */
function spreadArrayFormula(sheet: Sheet, range: Range, formula: string): void {
  for (let r = range.r1; r <= range.r2; r++) {
    for (let c = range.c1; c <= range.c2; c++) sheet.set(r, c, { ...(sheet.get(r, c) ?? { value: null }), formula });
  }
}
