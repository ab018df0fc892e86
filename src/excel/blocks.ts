/**
 * Cutting reads and writes to Excel's payload limits. A read of a large used range is split into
 * row blocks, and the blocks are packed into as few syncs as the limits allow (one for any
 * workbook under 5 MB, whatever its number of sheets). Writes are grouped into rectangles.
 */
import { Range } from "../core/grid/address";
import { PayloadLimits } from "./host";

/** What is read of every cell. */
export const RANGE_PROPERTIES = "values, formulas, valueTypes, numberFormat";

/** Estimated response size of one cell read with RANGE_PROPERTIES. */
export const READ_BYTES_PER_CELL = 48;
/** Part of a limit the estimates may use (they are estimates). */
const SAFETY = 0.8;

export interface ReadBlock {
  sheet: string;
  range: Range;
}

export function cellsOf(r: Range): number {
  return (r.r2 - r.r1 + 1) * (r.c2 - r.c1 + 1);
}

/** Bytes one sync may send (estimates stay under the limit). */
export function byteBudget(limits: PayloadLimits): number {
  return Math.floor(limits.bytes * SAFETY);
}

/** Most cells one sync may read, from the byte and cell limits. */
export function cellBudget(limits: PayloadLimits): number {
  return Math.max(1, Math.floor(Math.min(limits.bytes / READ_BYTES_PER_CELL, limits.cells) * SAFETY));
}

/** Row blocks of each used range, none larger than the budget. */
export function rowBlocks(sheet: string, used: Range, budget: number): ReadBlock[] {
  const width = used.c2 - used.c1 + 1;
  const rows = Math.max(1, Math.floor(budget / width));
  const out: ReadBlock[] = [];
  for (let r1 = used.r1; r1 <= used.r2; r1 += rows) {
    out.push({ sheet, range: { ...used, r1, r2: Math.min(used.r2, r1 + rows - 1) } });
  }
  return out;
}

/** Items cut into consecutive chunks of at most `budget` (an item larger than the budget is alone). */
export function chunkBySize<T>(items: T[], size: (item: T) => number, budget: number): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let total = 0;
  for (const item of items) {
    const n = size(item);
    if (current.length > 0 && total + n > budget) {
      chunks.push(current);
      current = [];
      total = 0;
    }
    current.push(item);
    total += n;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Consecutive blocks packed into syncs of at most `budget` cells. */
export function packBlocks<T extends ReadBlock>(blocks: T[], budget: number): T[][] {
  return chunkBySize(blocks, (b) => cellsOf(b.range), budget);
}

/** A block cut in two by its rows; null when it has one row. */
export function splitRows(block: ReadBlock): [ReadBlock, ReadBlock] | null {
  const { sheet, range } = block;
  if (range.r1 === range.r2) return null;
  const mid = range.r1 + Math.floor((range.r2 - range.r1) / 2);
  return [
    { sheet, range: { ...range, r2: mid } },
    { sheet, range: { ...range, r1: mid + 1 } },
  ];
}

/** A group that Excel refused as too large, cut in two (a single block with `split`); null when it cannot be. */
export function halve<T extends ReadBlock>(group: T[], split: (block: T) => [T, T] | null): [T[], T[]] | null {
  if (group.length > 1) {
    const mid = Math.ceil(group.length / 2);
    return [group.slice(0, mid), group.slice(mid)];
  }
  const parts = split(group[0]);
  return parts ? [[parts[0]], [parts[1]]] : null;
}

export interface Positioned {
  row: number;
  col: number;
}

/** Largest share of unwritten cells (nulls) accepted in a rectangle before splitting it. */
const MAX_GAP_SHARE = 0.5;

/**
 * Rectangles covering the cells of one sheet: runs of consecutive rows, split into one rectangle
 * per row when the run's bounding box would be mostly empty. Cells not written stay null.
 */
export function writeRectangles<T extends Positioned>(cells: T[]): { range: Range; cells: T[] }[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: T[][] = [];
  for (const cell of sorted) {
    const run = runs[runs.length - 1];
    if (run && cell.row - run[run.length - 1].row <= 1) run.push(cell);
    else runs.push([cell]);
  }
  return runs.flatMap((run) => {
    const box = bounds(run);
    if (run.length >= cellsOf(box) * (1 - MAX_GAP_SHARE)) return [{ range: box, cells: run }];
    const byRow = new Map<number, T[]>();
    for (const cell of run) {
      const list = byRow.get(cell.row);
      if (list) list.push(cell);
      else byRow.set(cell.row, [cell]);
    }
    return [...byRow.values()].flatMap(rowSegments);
  });
}

/** One row's cells cut where the gap is wider than the cells written. */
function rowSegments<T extends Positioned>(cells: T[]): { range: Range; cells: T[] }[] {
  const segments: T[][] = [];
  for (const cell of cells) {
    const segment = segments[segments.length - 1];
    if (segment && cell.col - segment[segment.length - 1].col <= 2) segment.push(cell);
    else segments.push([cell]);
  }
  return segments.map((segment) => ({ range: bounds(segment), cells: segment }));
}

function bounds(cells: Positioned[]): Range {
  const box = { r1: Infinity, c1: Infinity, r2: -Infinity, c2: -Infinity };
  for (const { row, col } of cells) {
    box.r1 = Math.min(box.r1, row);
    box.c1 = Math.min(box.c1, col);
    box.r2 = Math.max(box.r2, row);
    box.c2 = Math.max(box.c2, col);
  }
  return box;
}

/** The 2-D array of a rectangle: each cell's entry, null where nothing is written. */
export function entryGrid<T extends Positioned, E>(range: Range, cells: T[], entry: (cell: T) => E): (E | null)[][] {
  const grid: (E | null)[][] = [];
  for (let r = range.r1; r <= range.r2; r++) grid.push(new Array<E | null>(range.c2 - range.c1 + 1).fill(null));
  for (const cell of cells) grid[cell.row - range.r1][cell.col - range.c1] = entry(cell);
  return grid;
}
