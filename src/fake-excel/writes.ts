/** Range writes with Excel's rules: 2-D arrays of the range's size, null leaves a cell unchanged, protection. */
import { Range, quoteSheetName, rangeAddress } from "../core/grid/address";
import { typedContent, withContent } from "./cellio";
import { accessDenied, invalidArgument } from "./errors";
import { FakeCell, FakeSheet, keyCol, keyRow } from "./model";
import type { FakeWorkbook } from "./workbook";

export interface RangeModel {
  sheet: FakeSheet;
  range: Range;
}

export function location({ sheet, range }: RangeModel): string {
  return `${quoteSheetName(sheet.name)}!${rangeAddress(range)}`;
}

export function rowCount(r: Range): number {
  return r.r2 - r.r1 + 1;
}

export function columnCount(r: Range): number {
  return r.c2 - r.c1 + 1;
}

/** Calls `visit` for each cell of the range, row by row. */
export function eachCell(r: Range, visit: (row: number, col: number, i: number, j: number) => void): void {
  for (let i = 0; i < rowCount(r); i++) {
    for (let j = 0; j < columnCount(r); j++) visit(r.r1 + i, r.c1 + j, i, j);
  }
}

/** A 2-D array of the range's values, built cell by cell. */
export function grid<T>(r: Range, read: (row: number, col: number) => T): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rowCount(r); i++) {
    const line: T[] = [];
    for (let j = 0; j < columnCount(r); j++) line.push(read(r.r1 + i, r.c1 + j));
    out.push(line);
  }
  return out;
}

function checkShape(model: RangeModel, input: unknown): unknown[][] {
  const rows = rowCount(model.range);
  const cols = columnCount(model.range);
  const ok = Array.isArray(input) && input.length === rows && input.every((line) => Array.isArray(line) && line.length === cols);
  if (!ok) {
    throw invalidArgument(
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
      location(model),
    );
  }
  return input as unknown[][];
}

/** On a protected sheet, writing into a locked cell is refused (nothing of the operation is written). */
export function checkUnlocked(model: RangeModel, touched: (i: number, j: number) => boolean): void {
  const { sheet, range } = model;
  if (!sheet.protection.protected) return;
  eachCell(range, (row, col, i, j) => {
    if (touched(i, j) && sheet.isLocked(row, col)) throw accessDenied(location(model));
  });
}

/** Formats cannot be changed on a protected sheet. */
export function checkFormattable(model: RangeModel): void {
  if (model.sheet.protection.protected) throw accessDenied(location(model));
}

/** `values` / `formulas` setters: each non-null entry is typed into its cell. */
export function writeContents(book: FakeWorkbook, model: RangeModel, input: unknown): void {
  const rows = checkShape(model, input);
  checkUnlocked(model, (i, j) => rows[i][j] !== null);
  const { sheet, range } = model;
  const where = location(model);
  const contents = rows.map((line) => line.map((entry) => (entry === null ? null : typedContent(entry, where))));
  eachCell(range, (row, col, i, j) => {
    const content = contents[i][j];
    if (content === null) return;
    sheet.setCell(row, col, withContent(sheet.cell(row, col), content));
    book.changed(sheet, row, col);
  });
  book.written(sheet, range);
}

/** `numberFormat` setter. */
export function writeFormats(model: RangeModel, input: unknown): void {
  const rows = checkShape(model, input);
  checkUnlocked(model, (i, j) => rows[i][j] !== null);
  eachCell(model.range, (row, col, i, j) => {
    const format = rows[i][j];
    if (format === null) return;
    model.sheet.patch(row, col, { numberFormat: format === "General" ? undefined : String(format) });
  });
}

const CLEARED: Record<string, (keyof FakeCell)[]> = {
  Contents: ["value", "formula"],
  Formats: ["numberFormat", "bold", "color", "wrap"],
  Hyperlinks: ["hyperlink"],
};

/** Range.clear(applyTo): "All" (default), "Contents", "Formats" or "Hyperlinks". */
export function clearRange(book: FakeWorkbook, model: RangeModel, applyTo = "All"): void {
  const fields = applyTo === "All" ? Object.values(CLEARED).flat() : CLEARED[applyTo];
  if (!fields) throw invalidArgument(`Invalid applyTo value « ${applyTo} ».`, location(model));
  checkUnlocked(model, () => true);
  const { sheet, range } = model;
  // Deleting or replacing the current entry while iterating a Map is safe.
  for (const [key, cell] of sheet.entries()) {
    const row = keyRow(key);
    const col = keyCol(key);
    if (row < range.r1 || row > range.r2 || col < range.c1 || col > range.c2) continue;
    const next: FakeCell = { ...cell };
    for (const field of fields) delete next[field];
    sheet.setCell(row, col, { ...next, value: next.value ?? null });
    if (fields.includes("value")) book.changed(sheet, row, col);
  }
  if (fields.includes("value")) book.written(sheet, range);
}
