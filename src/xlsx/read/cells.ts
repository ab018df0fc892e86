/** A1 references of the sheet XML, read without regular expressions (they are read for every cell). */
import { Range } from "../../core/grid/address";
import { MAX_COLS, MAX_ROWS } from "../limits";

/** Packs (row, col) into one number, -1 when the text is not a cell reference inside Excel's grid. */
export function parseRef(text: string): number {
  return parseRefIn(text, 0, text.length);
}

/** parseRef on text.slice(from, to), without slicing. */
export function parseRefIn(text: string, from: number, length: number): number {
  let col = 0;
  let i = from;
  for (; i < length; i++) {
    let c = text.charCodeAt(i);
    if (c === 36) continue; // « $ »
    if (c >= 97 && c <= 122) c -= 32;
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
    if (col > MAX_COLS) return -1;
  }
  if (col === 0 || i === length) return -1;
  let row = 0;
  for (; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === 36 && row === 0) continue;
    if (c < 48 || c > 57) return -1;
    row = row * 10 + (c - 48);
    if (row > MAX_ROWS) return -1;
  }
  if (row === 0) return -1;
  return (row - 1) * MAX_COLS + (col - 1);
}

/** parseRefIn on the bytes of a worksheet (see xml/bytes.ts): the same reading, byte by byte. */
export function parseRefBytes(bytes: Uint8Array, from: number, length: number): number {
  return readRef(bytes, from, length, SCRATCH) ? SCRATCH[0] * MAX_COLS + SCRATCH[1] : -1;
}

const SCRATCH = new Int32Array(2);

/**
 * parseRefBytes giving the 0-based row and column in `into` [row, col] (two small integers,
 * where the packed reference needs more than 31 bits); false when it is not a reference.
 */
export function readRef(bytes: Uint8Array, from: number, length: number, into: Int32Array): boolean {
  let col = 0;
  let i = from;
  for (; i < length; i++) {
    let c = bytes[i];
    if (c === 36) continue; // « $ »
    if (c >= 97 && c <= 122) c -= 32;
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
    if (col > MAX_COLS) return false;
  }
  if (col === 0 || i === length) return false;
  let row = 0;
  for (; i < length; i++) {
    const c = bytes[i];
    if (c === 36 && row === 0) continue;
    if (c < 48 || c > 57) return false;
    row = row * 10 + (c - 48);
    if (row > MAX_ROWS) return false;
  }
  if (row === 0) return false;
  into[0] = row - 1;
  into[1] = col - 1;
  return true;
}

export const refRow = (packed: number): number => Math.floor(packed / MAX_COLS);
export const refCol = (packed: number): number => packed % MAX_COLS;

/** « B2:D4 » (or « B2 ») → a 0-based range, null when it is not one. */
export function parseRangeRef(text: string): Range | null {
  const colon = text.indexOf(":");
  const a = parseRef(colon < 0 ? text : text.slice(0, colon));
  const b = colon < 0 ? a : parseRef(text.slice(colon + 1));
  if (a < 0 || b < 0) return null;
  return {
    r1: Math.min(refRow(a), refRow(b)),
    c1: Math.min(refCol(a), refCol(b)),
    r2: Math.max(refRow(a), refRow(b)),
    c2: Math.max(refCol(a), refCol(b)),
  };
}

export const rangeArea = (r: Range): number => (r.r2 - r.r1 + 1) * (r.c2 - r.c1 + 1);
