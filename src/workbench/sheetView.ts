/**
 * What the workbook view draws for one sheet, computed from the fake (pure, no DOM): the rows
 * shown (at most MAX_ROWS around the selected cell), column widths, and for each cell its shown
 * text, formula, note, whether VerifPacte changed it, and the severity of the findings on it.
 */
import type { Analysis } from "../core/engine/analyze";
import { cellAddress, Range } from "../core/grid/address";
import type { Severity } from "../core/rules/types";
import type { FakeSheet, FakeWorkbook } from "../fake-excel";
import { keyCol, keyRow } from "../fake-excel/model";
import { Align, shownCell } from "./display";

/** Rows drawn at once: the view is a plain table, the analysis always covers the whole sheet. */
export const MAX_ROWS = 1000;
export const MAX_COLS = 200;
const SAMPLE_ROWS = 200;
const MIN_WIDTH = 56;
const MAX_WIDTH = 200;
const PIXELS_PER_CHARACTER = 7;
const PIXELS_PER_POINT = 4 / 3;

export interface ViewCell {
  row: number;
  col: number;
  address: string;
  text: string;
  align: Align;
  formula?: string;
  note?: string;
  /** A threaded comment (shown like a note, another colour). */
  comment?: string;
  changed: boolean;
  severity?: Severity;
  bold: boolean;
  wrap: boolean;
  rowSpan: number;
  colSpan: number;
}

export interface SheetView {
  name: string;
  /** Rows and columns in use, from A1. */
  rowCount: number;
  colCount: number;
  /** Rows drawn, 0-based inclusive; last < first when the sheet is empty. */
  first: number;
  last: number;
  cols: number;
  widths: number[];
  /** Cells drawn on each row (cells covered by a merged area are left out). */
  rows: ViewCell[][];
}

/** The sheets a user sees as tabs (hidden and very hidden ones are left out, like Excel). */
export function visibleSheets(fake: FakeWorkbook): string[] {
  return fake.sheets.filter((s) => s.visibility === "Visible").map((s) => s.name);
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** The most severe finding on each cell of a sheet, by A1 address. */
export function severities(analysis: Analysis | null, sheet: string): Map<string, Severity> {
  const out = new Map<string, Severity>();
  for (const finding of analysis?.findings ?? []) {
    if (finding.sheet !== sheet) continue;
    const known = out.get(finding.cell);
    if (!known || RANK[finding.severity] > RANK[known]) out.set(finding.cell, finding.severity);
  }
  return out;
}

/** The window of rows drawn: from the top, or centred on the row to show. */
export function rowWindow(rowCount: number, focus: number | null): { first: number; last: number } {
  if (rowCount <= MAX_ROWS || focus === null || focus < MAX_ROWS) return { first: 0, last: Math.min(rowCount, MAX_ROWS) - 1 };
  const first = Math.min(Math.max(0, focus - MAX_ROWS / 2), rowCount - MAX_ROWS);
  return { first, last: first + MAX_ROWS - 1 };
}

export interface ViewInput {
  fake: FakeWorkbook;
  baseline: FakeWorkbook;
  sheet: string;
  analysis: Analysis | null;
  /** Row to bring into the drawn window (the selected cell). */
  focusRow: number | null;
}

export function sheetView(input: ViewInput): SheetView | null {
  const sheet = input.fake.sheet(input.sheet);
  if (!sheet) return null;
  const used = sheet.usedRange(false);
  const rowCount = used ? used.r2 + 1 : 0;
  const colCount = used ? used.c2 + 1 : 0;
  const cols = Math.min(colCount, MAX_COLS);
  const { first, last } = rowWindow(rowCount, input.focusRow);
  const before = input.baseline.sheet(sheet.name);
  const context: CellContext = {
    sheet,
    before,
    comments: threadsOf(input.fake, sheet),
    commentsBefore: before ? threadsOf(input.baseline, before) : new Map(),
    found: severities(input.analysis, sheet.name),
    merges: mergeStarts(sheet.merges, first),
  };
  const covered = coveredCells(sheet.merges);
  const rows: ViewCell[][] = [];
  for (let row = first; row <= last; row++) {
    const cells: ViewCell[] = [];
    for (let col = 0; col < cols; col++) {
      const merge = context.merges.get(`${row}:${col}`);
      if (!merge && covered.has(`${row}:${col}`)) continue;
      cells.push(viewCell(context, row, col, merge, { last, cols }));
    }
    rows.push(cells);
  }
  return { name: sheet.name, rowCount, colCount, first, last, cols, widths: columnWidths(sheet, cols), rows };
}

interface CellContext {
  sheet: FakeSheet;
  before: FakeSheet | undefined;
  comments: Map<string, string>;
  commentsBefore: Map<string, string>;
  found: Map<string, Severity>;
  /** Merged areas by the cell they are drawn from (their top-left, or their first drawn row). */
  merges: Map<string, Range>;
}

function threadsOf(fake: FakeWorkbook, sheet: FakeSheet): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of fake.threads) if (t.sheet === sheet) out.set(cellAddress(t.row, t.col), t.content);
  return out;
}

function mergeStarts(merges: readonly Range[], first: number): Map<string, Range> {
  return new Map(merges.map((m) => [`${Math.max(m.r1, first)}:${m.c1}`, m]));
}

function coveredCells(merges: readonly Range[]): Set<string> {
  const out = new Set<string>();
  for (const m of merges) {
    for (let r = m.r1; r <= m.r2; r++) for (let c = m.c1; c <= m.c2; c++) out.add(`${r}:${c}`);
  }
  return out;
}

function sameContent(a: FakeSheet, b: FakeSheet | undefined, row: number, col: number): boolean {
  const content = (sheet: FakeSheet | undefined) => {
    const cell = sheet?.cell(row, col);
    return JSON.stringify([cell?.value ?? null, cell?.formula, cell?.numberFormat]);
  };
  return content(a) === content(b);
}

function viewCell(
  context: CellContext,
  row: number,
  col: number,
  merge: Range | undefined,
  bounds: { last: number; cols: number },
): ViewCell {
  const { sheet, before } = context;
  const top = merge ? { row: merge.r1, col: merge.c1 } : { row, col };
  const cell = sheet.cell(top.row, top.col);
  const address = cellAddress(top.row, top.col);
  const note = sheet.notes.get(address);
  const comment = context.comments.get(address);
  const annotated = note !== before?.notes.get(address) || comment !== context.commentsBefore.get(address);
  return {
    row,
    col,
    address,
    ...shownCell(cell),
    ...(cell?.formula ? { formula: cell.formula } : {}),
    ...(note !== undefined ? { note } : {}),
    ...(comment !== undefined ? { comment } : {}),
    changed: annotated || !sameContent(sheet, before, top.row, top.col),
    ...(context.found.has(address) ? { severity: context.found.get(address) } : {}),
    bold: cell?.bold ?? false,
    wrap: cell?.wrap ?? false,
    rowSpan: merge ? Math.min(merge.r2, bounds.last) - row + 1 : 1,
    colSpan: merge ? Math.min(merge.c2, bounds.cols - 1) - col + 1 : 1,
  };
}

/** Column widths in pixels: the sheet's own widths, else from the longest text of its first rows. */
function columnWidths(sheet: FakeSheet, cols: number): number[] {
  const longest = new Array<number>(cols).fill(0);
  for (const [key, cell] of sheet.entries()) {
    const row = keyRow(key);
    const col = keyCol(key);
    if (row >= SAMPLE_ROWS || col >= cols || sheet.merges.some((m) => m.r1 === row && m.c1 === col && m.c2 > m.c1)) continue;
    const shown = shownCell(cell);
    // A text with nothing on its right runs over its neighbours: it does not widen its column.
    if (shown.align === "left" && (sheet.cell(row, col + 1)?.value ?? null) === null) continue;
    longest[col] = Math.max(longest[col], shown.text.length);
  }
  return longest.map((chars, col) => {
    const points = sheet.columnWidths.get(col);
    if (points !== undefined) return Math.round(points * PIXELS_PER_POINT);
    return Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, chars * PIXELS_PER_CHARACTER + 12)));
  });
}
