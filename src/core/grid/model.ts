/**
 * The workbook snapshot: what the core knows of a workbook. Filled from the .xlsx file by
 * src/xlsx and from office-js in Excel (src/excel); the core never reads a file itself.
 */
import { Range, cellAddress, rangeContains } from "./address";

/** An Excel error value (#REF!, #DIV/0!, #VALUE!, #N/A…) as read from a cell. */
export interface ErrorValue {
  error: string;
}

/** Cached value of a cell. A formula saved without a cached result has value null. */
export type CellValue = number | string | boolean | Date | ErrorValue | null;

/**
 * A cell of the snapshot. Never changed once in a sheet: the .xlsx reader gives cells of the same
 * content (a label, a zero) one shared object, and views copy the cells they change.
 */
export interface Cell {
  value: CellValue;
  /** English-syntax formula with its leading "=" (as xlsx stores it and office-js `formulas` returns). */
  formula?: string;
  /** Number format code, e.g. '#,##0.00 "€"'. */
  numFmt?: string;
}

export type SheetState = "visible" | "hidden" | "veryHidden";

export function isErrorValue(v: CellValue | undefined): v is ErrorValue {
  return typeof v === "object" && v !== null && !(v instanceof Date) && "error" in v;
}

/** Rows per block of the merge index: a merge over all 1 048 576 rows takes 4 096 entries. */
const MERGE_BLOCK = 256;

function indexMerges(merges: readonly Range[]): Map<number, Range[]> {
  const index = new Map<number, Range[]>();
  for (const m of merges) {
    for (let block = Math.floor(m.r1 / MERGE_BLOCK); block <= Math.floor(m.r2 / MERGE_BLOCK); block++) {
      const list = index.get(block);
      if (list) list.push(m);
      else index.set(block, [m]);
    }
  }
  return index;
}

export class Sheet {
  readonly name: string;
  state: SheetState = "visible";
  /** Sheet protection is on. */
  protected = false;
  readonly merges: Range[];
  /** Existing notes / comments, by A1 address. */
  readonly notes: Map<string, string>;
  private readonly rows: (Cell | undefined)[][] = [];
  private maxCol = -1;
  /** Merged areas by block of MERGE_BLOCK rows: a merge is indexed by its rows, never by its cells. */
  private mergeIndex: Map<number, Range[]> | null = null;

  /** `shared`: the merged areas and notes of another sheet, for a view of it (engine/corrected.ts). */
  constructor(name: string, shared?: { merges: Range[]; notes: Map<string, string> }) {
    this.name = name;
    this.merges = shared?.merges ?? [];
    this.notes = shared?.notes ?? new Map();
  }

  /** Number of rows in use (last used row + 1). */
  get rowCount(): number {
    return this.rows.length;
  }

  /** Number of columns in use (last used column + 1). */
  get colCount(): number {
    return this.maxCol + 1;
  }

  /** Cell slots of one row: its last used column + 1 (0 for an empty row). */
  rowLength(row: number): number {
    return this.rows[row]?.length ?? 0;
  }

  get(row: number, col: number): Cell | undefined {
    const r = this.rows[row];
    return r ? r[col] : undefined;
  }

  set(row: number, col: number, cell: Cell): void {
    while (this.rows.length <= row) this.rows.push([]);
    this.rows[row][col] = cell;
    if (col > this.maxCol) this.maxCol = col;
  }

  /** Convenience: the cached value, or null. */
  value(row: number, col: number): CellValue {
    return this.get(row, col)?.value ?? null;
  }

  addMerge(range: Range): void {
    this.merges.push(range);
    this.mergeIndex = null;
  }

  /** The merged area covering (row, col), if any. */
  mergeAt(row: number, col: number): Range | undefined {
    if (this.merges.length === 0) return undefined;
    if (!this.mergeIndex) this.mergeIndex = indexMerges(this.merges);
    const candidates = this.mergeIndex.get(Math.floor(row / MERGE_BLOCK));
    if (!candidates) return undefined;
    for (const m of candidates) if (rangeContains(m, row, col)) return m;
    return undefined;
  }

  /** The value shown at (row, col): for a merged area, the value of its top-left cell. */
  shownValue(row: number, col: number): CellValue {
    const m = this.mergeAt(row, col);
    return m ? this.value(m.r1, m.c1) : this.value(row, col);
  }

  note(row: number, col: number): string | undefined {
    return this.notes.get(cellAddress(row, col));
  }
}

export class Workbook {
  /** Name shown to the user (file path as given on the command line, or the document name). */
  readonly name: string;
  readonly sheets: Sheet[] = [];

  constructor(name: string) {
    this.name = name;
  }

  addSheet(name: string): Sheet {
    const s = new Sheet(name);
    this.sheets.push(s);
    return s;
  }

  sheet(name: string): Sheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }
}
