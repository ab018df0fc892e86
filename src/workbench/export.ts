/**
 * « Télécharger le classeur corrigé »: the file as opened is read again with ExcelJS and every
 * difference between the fake (what the task pane wrote) and the workbook as opened is written
 * into it: cells (value or formula with its result, number format, bold, colour, wrap, internal
 * links), notes and commentaires, the add-in's sheets (« Contrôles », the very hidden journal and
 * settings) and column widths. What was not changed keeps its styles and formulas as they were.
 */
import ExcelJS from "exceljs";
import { writeLink } from "../cli/controles-sheet";
import { formulaOf, isSharedMaster, sharedMasterOf } from "../cli/excel-cells";
import { cellAddress } from "../core/grid/address";
import { SheetState } from "../core/grid/model";
import { FakeCell, FakeSheet, FakeValue, FakeWorkbook, Visibility } from "../fake-excel";
import { keyCol, keyRow } from "../fake-excel/model";
import type { OpenedWorkbook } from "./open";

const STATE: Record<Visibility, SheetState> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };
/** Excel's column width unit is about 5.25 points (the width of a digit in Calibri 11). */
const POINTS_PER_CHARACTER = 5.25;

/** The corrected workbook as .xlsx bytes. */
export async function exportWorkbook(opened: OpenedWorkbook): Promise<Uint8Array> {
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.load(opened.bytes.slice().buffer);
  for (const sheet of opened.fake.sheets) {
    const before = opened.baseline.sheet(sheet.name);
    exportSheet(excel, { sheet, fake: opened.fake }, before ? { sheet: before, fake: opened.baseline } : null);
  }
  return new Uint8Array(await excel.xlsx.writeBuffer());
}

/** « recapitulatif-2025.xlsx » → « recapitulatif-2025-corrige.xlsx ». */
export function correctedName(name: string): string {
  const base = name.replace(/\.xlsx$/i, "");
  return `${base}-corrige.xlsx`;
}

interface SheetOf {
  sheet: FakeSheet;
  fake: FakeWorkbook;
}

function exportSheet(excel: ExcelJS.Workbook, now: SheetOf, before: SheetOf | null): void {
  const worksheet = excel.getWorksheet(now.sheet.name) ?? excel.addWorksheet(now.sheet.name);
  worksheet.state = STATE[now.sheet.visibility];
  const changed = changedCells(now.sheet, before?.sheet);
  if (changed.length > 0) unshareFormulas(worksheet);
  for (const { row, col } of changed) {
    writeCell(worksheet.getCell(row + 1, col + 1), now.sheet.cell(row, col), before?.sheet.cell(row, col));
  }
  exportNotes(worksheet, notesOf(now), before ? notesOf(before) : new Map());
  for (const [col, points] of now.sheet.columnWidths) {
    if (before?.sheet.columnWidths.get(col) !== points) worksheet.getColumn(col + 1).width = points / POINTS_PER_CHARACTER;
  }
}

function signature(cell: FakeCell | undefined): string {
  if (!cell) return "";
  const { value, formula, numberFormat, hyperlink, bold, color, wrap } = cell;
  return JSON.stringify([value, formula, numberFormat, hyperlink, bold, color, wrap]);
}

function changedCells(now: FakeSheet, before: FakeSheet | undefined): { row: number; col: number }[] {
  const places = new Map<number, { row: number; col: number }>();
  const collect = (sheet: FakeSheet) => {
    for (const [key] of sheet.entries()) places.set(key, { row: keyRow(key), col: keyCol(key) });
  };
  collect(now);
  if (before) collect(before);
  return [...places.values()].filter(({ row, col }) => signature(now.cell(row, col)) !== signature(before?.cell(row, col)));
}

/**
 * Shared formulas are written as their own formula in each cell before anything changes: a
 * rewritten master would otherwise take its clones' formulas with it.
 */
function unshareFormulas(worksheet: ExcelJS.Worksheet): void {
  worksheet.eachRow((row) => {
    row.eachCell((cell) => {
      if (!isSharedMaster(cell) && !sharedMasterOf(cell)) return;
      const formula = formulaOf(cell);
      const result = cell.result as ExcelJS.CellFormulaValue["result"];
      if (formula) cell.value = result === undefined ? { formula: formula.slice(1) } : { formula: formula.slice(1), result };
    });
  });
}

function excelValue(value: FakeValue): ExcelJS.CellValue {
  if (value !== null && typeof value === "object") return { error: value.error } as ExcelJS.CellErrorValue;
  return value;
}

/**
 * Changes a cell's style through a fresh object: ExcelJS shares one style object between the
 * cells of a file that have the same style, so `cell.numFmt = …` would change them all.
 */
function restyle(cell: ExcelJS.Cell, patch: Partial<ExcelJS.Style>): void {
  cell.style = { ...cell.style, ...patch };
}

function writeCell(cell: ExcelJS.Cell, now: FakeCell | undefined, before: FakeCell | undefined): void {
  if (!now) {
    cell.value = null;
    if (before?.numberFormat) restyle(cell, { numFmt: "General" });
    return;
  }
  const value = excelValue(now.value);
  cell.value = now.formula ? formulaValue(now.formula, value) : value;
  if (now.numberFormat !== before?.numberFormat) restyle(cell, { numFmt: now.numberFormat ?? "General" });
  if (now.bold !== undefined || now.color !== undefined) restyle(cell, { font: font(now) });
  if (now.wrap !== undefined) restyle(cell, { alignment: { ...cell.alignment, wrapText: now.wrap, vertical: "top" } });
  if (now.hyperlink) writeLink(cell, now.hyperlink);
}

function formulaValue(formula: string, result: ExcelJS.CellValue): ExcelJS.CellValue {
  const text = formula.replace(/^=/, "");
  return result === null ? { formula: text } : ({ formula: text, result } as ExcelJS.CellFormulaValue);
}

function font(cell: FakeCell): Partial<ExcelJS.Font> {
  const color = cell.color ? { color: { argb: `FF${cell.color.replace("#", "").toUpperCase()}` } } : {};
  return { bold: cell.bold ?? false, ...color };
}

/** Notes and threaded comments by address (the xlsx copy keeps both as notes). */
function notesOf({ sheet, fake }: SheetOf): Map<string, string> {
  const notes = new Map(sheet.notes);
  for (const thread of fake.threads) if (thread.sheet === sheet) notes.set(cellAddress(thread.row, thread.col), thread.content);
  return notes;
}

function exportNotes(worksheet: ExcelJS.Worksheet, now: Map<string, string>, before: Map<string, string>): void {
  for (const address of new Set([...now.keys(), ...before.keys()])) {
    const text = now.get(address);
    if (text === before.get(address)) continue;
    const cell = worksheet.getCell(address);
    if (text !== undefined) cell.note = text;
    // ExcelJS has no API to remove a note: its cell keeps it in `_comment`.
    else Reflect.deleteProperty(cell, "_comment");
  }
}
