/**
 * .xlsx → core Workbook, through ExcelJS. `readXlsx` takes bytes (no file system), so that a
 * browser can reuse it; `toCoreWorkbook` converts an already loaded ExcelJS workbook.
 */
import ExcelJS from "exceljs";
import { Range } from "../core/grid/address";
import { Cell, CellValue, Sheet, SheetState, Workbook } from "../core/grid/model";
import { FileError } from "./errors";
import { arrayFormulas, eachExistingCell, formulaOf, isProtected, position } from "./excel-cells";
import { checkXlsxBytes } from "./xlsx-check";

export interface LoadedWorkbook {
  /** The ExcelJS workbook, kept to write a corrected copy. */
  excel: ExcelJS.Workbook;
  /** The core snapshot. */
  workbook: Workbook;
}

/** Reads an xlsx file's bytes; throws a FileError (French message) when it cannot be used. */
export async function readXlsx(bytes: Uint8Array, name: string): Promise<LoadedWorkbook> {
  const unsupportedParts = checkXlsxBytes(bytes);
  const excel = new ExcelJS.Workbook();
  try {
    await excel.xlsx.load(toArrayBuffer(bytes));
  } catch {
    throw new FileError("le classeur est illisible (contenu endommagé ou non conforme au format .xlsx).");
  }
  const workbook = toCoreWorkbook(excel, name);
  if (unsupportedParts.length > 0) workbook.meta.unsupportedParts = unsupportedParts;
  return { excel, workbook };
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy.buffer;
}

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
