/**
 * The fake workbook's storage: sheets of cells as Excel keeps them (a value, a formula, a number
 * format, the locked flag), merged areas, notes, threaded comments, visibility and protection.
 * Proxies (see client.ts) read and write it only while a sync executes.
 */
import { Range } from "../core/grid/address";
import { ErrorValue } from "../core/grid/model";

/** A cell's value as Excel holds it: dates are serial numbers; null is an empty cell. */
export type FakeValue = number | string | boolean | ErrorValue | null;

export interface FakeCell {
  value: FakeValue;
  /** English formula with its leading "=". */
  formula?: string;
  /** Number format code; absent means "General". */
  numberFormat?: string;
  /** Excel locks every cell by default; true when the user unlocked this one. */
  unlocked?: boolean;
  /** Target of an internal hyperlink (`documentReference`). */
  hyperlink?: string;
  bold?: boolean;
  /** Font colour, "#RRGGBB". */
  color?: string;
  wrap?: boolean;
}

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

/** A defined name (workbook scope) referring to a range of a sheet; range null: « =#REF! ». */
export interface FakeName {
  name: string;
  sheet: FakeSheet | null;
  range: Range | null;
  visible: boolean;
  comment: string;
}

export interface FakeThread {
  id: string;
  sheet: FakeSheet;
  row: number;
  col: number;
  content: string;
}

const COLS = 16384;

export function cellKey(row: number, col: number): number {
  return row * COLS + col;
}

export function keyRow(key: number): number {
  return Math.floor(key / COLS);
}

export function keyCol(key: number): number {
  return key % COLS;
}

function hasContent(cell: FakeCell): boolean {
  return cell.value !== null || cell.formula !== undefined;
}

function isBlank(cell: FakeCell): boolean {
  return !hasContent(cell) && Object.values(cell).every((v) => v === undefined || v === null);
}

export class FakeSheet {
  readonly id: string;
  name: string;
  visibility: Visibility = "Visible";
  readonly protection = { protected: false, allowEditObjects: false };
  readonly merges: Range[] = [];
  /** Notes (ExcelApi 1.18) by A1 address. */
  readonly notes = new Map<string, string>();
  /** Column widths in points, by 0-based column. */
  readonly columnWidths = new Map<number, number>();
  /** Keys of the cells holding a formula (for the recalculation). */
  readonly formulaKeys = new Set<number>();
  private readonly cells = new Map<number, FakeCell>();

  constructor(id: string, name: string) {
    this.id = id;
    this.name = name;
  }

  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(cellKey(row, col));
  }

  /** Stores a cell; a cell left without content nor format is removed. */
  setCell(row: number, col: number, cell: FakeCell): void {
    const key = cellKey(row, col);
    if (isBlank(cell)) this.cells.delete(key);
    else this.cells.set(key, cell);
    if (cell.formula !== undefined) this.formulaKeys.add(key);
    else this.formulaKeys.delete(key);
  }

  /** Changes some fields of a cell (an absent cell starts empty). */
  patch(row: number, col: number, fields: Partial<FakeCell>): void {
    this.setCell(row, col, { ...(this.cell(row, col) ?? { value: null }), ...fields });
  }

  entries(): IterableIterator<[number, FakeCell]> {
    return this.cells.entries();
  }

  /** Moves every cell to the row `map` gives (null: the cell is deleted). */
  moveRows(map: (row: number) => number | null): void {
    const cells = [...this.cells];
    this.cells.clear();
    this.formulaKeys.clear();
    for (const [key, cell] of cells) {
      const row = map(keyRow(key));
      if (row !== null) this.setCell(row, keyCol(key), cell);
    }
  }

  isLocked(row: number, col: number): boolean {
    return !this.cell(row, col)?.unlocked;
  }

  /** Excel's used range: cells with a value or formula (valuesOnly), or with anything at all. */
  usedRange(valuesOnly: boolean): Range | null {
    let r1 = Infinity;
    let c1 = Infinity;
    let r2 = -1;
    let c2 = -1;
    for (const [key, cell] of this.cells) {
      if (valuesOnly && !hasContent(cell)) continue;
      const row = keyRow(key);
      const col = keyCol(key);
      r1 = Math.min(r1, row);
      c1 = Math.min(c1, col);
      r2 = Math.max(r2, row);
      c2 = Math.max(c2, col);
    }
    return r2 < 0 ? null : { r1, c1, r2, c2 };
  }
}
