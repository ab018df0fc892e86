/** Reading label cells through merged areas, and telling amounts from empty template cells. */
import { CellValue, Sheet } from "../grid/model";
import { memoByText } from "../parse/memo";
import { foldSpaces } from "../parse/text";

/** A label shown at a cell: its text and the cell it is written in (top-left of a merged area). */
export interface ShownLabel {
  text: string;
  row: number;
  col: number;
  /** Written in this row (not shown from a merged area started above). */
  own: boolean;
}

/** A JavaScript white space (what \s matches). */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * foldSpaces would change the text: a space at an end, two in a row, or another kind of space
 * (/^\s|\s$|\s\s|[^\S ]/, as a loop: every label of every sheet goes through it).
 */
function isUntidy(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if ((c > 32 && c < 0xa0) || !isSpace(c)) continue;
    if (c !== 32 || i === 0 || i === last || isSpace(text.charCodeAt(i + 1))) return true;
  }
  return false;
}

function tidyText(text: string): string {
  return isUntidy(text) ? foldSpaces(text) : text;
}

/** Long texts tidied, remembered: the labels of merged cells (axe, Chorus) are read on every row they cover. */
const tidyLong = memoByText(tidyText);

/** Texts this short are looked at in place (a fiche number on each row): quicker than remembering them. */
const SHORT = 24;

/** A text as shown in messages: spaces folded (foldSpaces), without its cost when there is nothing to fold. */
export function tidy(text: string): string {
  return text.length < SHORT ? tidyText(text) : tidyLong(text);
}

/** The text holds something else than spaces (its first character answers, most of the time). */
export function isFilled(text: string): boolean {
  const first = text.charCodeAt(0);
  return first > 32 && first !== 0xa0 && first < 0x2000 ? true : text.trim() !== "";
}

function labelText(sheet: Sheet, row: number, col: number): string | null {
  const v = sheet.value(row, col);
  if (typeof v === "number") return String(v);
  return typeof v === "string" && isFilled(v) ? tidy(v) : null;
}

/** The label shown at (row, col), through a merged area; null when blank or col is undefined. */
export function shownLabel(sheet: Sheet, row: number, col: number | undefined): ShownLabel | null {
  if (col === undefined) return null;
  const m = sheet.mergeAt(row, col);
  const r = m ? m.r1 : row;
  const c = m ? m.c1 : col;
  const text = labelText(sheet, r, c);
  return text === null ? null : { text, row: r, col: c, own: r === row };
}

/** The cell at (row, col) is covered by a merged area that starts in an earlier row. */
export function mergedFromAbove(sheet: Sheet, row: number, col: number | undefined): boolean {
  if (col === undefined) return false;
  const m = sheet.mergeAt(row, col);
  return m !== undefined && m.r1 < row;
}

/** Text that only says « nothing »: 0, « 0,00 € », « - € », « - ». */
const ZERO_TEXT = /^[\s\u00a0\u202f0,.\-–€]*$/;

/**
 * The cell holds an amount worth a row of its own: not empty, not a zero (a template's 0,00 € or a
 * formula giving 0). `value`: the cell's value, computed when its formula has no cached result.
 */
export function holdsAmount(v: CellValue): boolean {
  if (v === null || v === undefined) return false;
  if (typeof v === "number") return v !== 0;
  if (typeof v === "string") return !ZERO_TEXT.test(v);
  return true; // a date, a boolean or an Excel error: something was written there
}
