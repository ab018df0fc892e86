/** Builds core workbooks from readable arrays, for tests. Rows and columns are given from A1. */
import { parseRangeAddress } from "../../src/core/grid/address";
import { CellValue, Sheet, Workbook } from "../../src/core/grid/model";

/**
 * A cell in a test grid:
 * - a plain value (string, number, boolean, null/undefined = empty);
 * - { f: "=D5+E5", v?: 12 } a formula with an optional cached value (absent = saved without result);
 * - { v: 12, fmt: '#,##0.00 "€"' } a value with a number format;
 * - { error: "#REF!" } an Excel error value.
 */
export type CellSpec =
  | string
  | number
  | boolean
  | null
  | undefined
  | { f: string; v?: CellValue; fmt?: string }
  | { v: CellValue; fmt?: string }
  | { error: string };

export const EURO_FORMAT = '#,##0.00 "€"';

export function setCell(sheet: Sheet, row: number, col: number, spec: CellSpec): void {
  if (spec === null || spec === undefined) return;
  if (typeof spec !== "object") {
    sheet.set(row, col, { value: spec });
    return;
  }
  if ("error" in spec) {
    sheet.set(row, col, { value: { error: spec.error } });
  } else if ("f" in spec) {
    sheet.set(row, col, { value: spec.v ?? null, formula: spec.f, numFmt: spec.fmt });
  } else {
    sheet.set(row, col, { value: spec.v, numFmt: spec.fmt });
  }
}

export interface SheetOptions {
  /** Merged areas, as A1 ranges (« A5:A8 »). */
  merges?: string[];
  /** Existing notes by A1 address. */
  notes?: Record<string, string>;
  /** 0-based row of the first given row (default 0). */
  startRow?: number;
  protected?: boolean;
}

export function fillSheet(sheet: Sheet, rows: CellSpec[][], options: SheetOptions = {}): Sheet {
  const start = options.startRow ?? 0;
  rows.forEach((cells, r) => cells.forEach((spec, c) => setCell(sheet, start + r, c, spec)));
  for (const m of options.merges ?? []) {
    const range = parseRangeAddress(m);
    if (!range) throw new Error(`plage fusionnée invalide : ${m}`);
    sheet.addMerge(range);
  }
  for (const [addr, text] of Object.entries(options.notes ?? {})) sheet.notes.set(addr, text);
  if (options.protected) sheet.protected = true;
  return sheet;
}

/** buildWorkbook("a.xlsx", { "Feuil1": [[...], [...]] }) */
export function buildWorkbook(
  name: string,
  sheets: Record<string, CellSpec[][]>,
  options: Record<string, SheetOptions> = {},
): Workbook {
  const wb = new Workbook(name);
  for (const [sheetName, rows] of Object.entries(sheets)) {
    fillSheet(wb.addSheet(sheetName), rows, options[sheetName]);
  }
  return wb;
}
