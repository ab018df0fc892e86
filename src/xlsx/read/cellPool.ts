/** Shared cell objects of the snapshot read from an .xlsx (used by sheet.ts). */
import { Cell, CellValue } from "../../core/grid/model";

/** Slots of the pool: a power of two. */
const POOL_SLOTS = 8192;
/** Integers whose cells are pooled (0 and the like are everywhere). */
const POOLED_INTEGERS = 1 << 20;
/** Style indexes whose cells are pooled (Excel allows 64 000 styles). */
const POOLED_STYLES = 1 << 16;

/**
 * Cells without formula of the same value and style often share one object: a sheet repeats a
 * few labels and many zeros, and each object would be memory to fill and to collect (a sixth
 * less memory for the snapshot of the bench's workbook). A small table by a hash of the value
 * (a shared string's index, or a small integer) and the style keeps the last cell made for each
 * slot, its key beside it (a lookup reads no cell: no cache miss); a cell of the same key found
 * there is reused. Invisible to the core, which never changes a cell of the snapshot (a view
 * copies the cells it changes; see Cell in core/grid/model.ts).
 */
export class CellPool {
  private readonly cells: (Cell | undefined)[] = new Array<Cell | undefined>(POOL_SLOTS).fill(undefined);
  /** Each slot's key, kept apart from the cells so that a lookup reads no cell: value key and style. */
  private readonly keys = new Int32Array(POOL_SLOTS).fill(-1);
  private readonly styles = new Int32Array(POOL_SLOTS).fill(-1);

  /** The cell of shared string number `index`. */
  text(style: number, index: number, text: string, numFmt: string | undefined): Cell {
    if (style >= POOLED_STYLES) return newCell(text, numFmt);
    const slot = (Math.imul(index, 0x9e3779b1) + style * 31) & (POOL_SLOTS - 2); // even slots
    return this.cells[slot] !== undefined && this.keys[slot] === index && this.styles[slot] === style
      ? (this.cells[slot] as Cell)
      : this.keep(slot, index, style, text, numFmt);
  }

  /** The cell of a number; shared when it is a small integer (not -0). */
  number(style: number, n: number, numFmt: string | undefined): Cell {
    if (!(n >= 0 && n < POOLED_INTEGERS) || (n | 0) !== n || (n === 0 && 1 / n < 0) || style >= POOLED_STYLES)
      return newCell(n, numFmt);
    const slot = ((Math.imul(n, 0x9e3779b1) + style * 31) & (POOL_SLOTS - 2)) + 1; // odd slots
    return this.cells[slot] !== undefined && this.keys[slot] === n && this.styles[slot] === style
      ? (this.cells[slot] as Cell)
      : this.keep(slot, n, style, n, numFmt);
  }

  private keep(slot: number, key: number, style: number, value: CellValue, numFmt: string | undefined): Cell {
    this.keys[slot] = key;
    this.styles[slot] = style;
    return (this.cells[slot] = newCell(value, numFmt));
  }
}

/** A cell of its own, not pooled. */
export function newCell(value: CellValue, numFmt: string | undefined): Cell {
  return numFmt ? { value, numFmt } : { value };
}
