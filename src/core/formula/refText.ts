/**
 * Reference text ↔ Ref: a small character scanner for `'Feuil 1'!$A$1:B3`, `A:A`, `3:5`,
 * `[1]Feuil1!C4`, and the A1 printer. Sheet names may use '' for an apostrophe, or a single
 * apostrophe (the tokenizer has already unescaped them).
 */
import { columnLetter, quoteSheetName } from "../grid/address";
import { MAX_COL, MAX_ROW, Ref } from "./ast";

interface Cursor {
  readonly s: string;
  i: number;
  /** Where the reference text ends (the whole string, or a run of a formula: cellRangeAt). */
  readonly end: number;
}

interface SheetPart {
  sheet: string;
  workbook?: string;
}

/** One end of a reference: a cell, a column (`$C`) or a row (`$5`). */
interface End {
  row?: number;
  col?: number;
  absRow: boolean;
  absCol: boolean;
}

/** Parses reference text; null when the text is not a reference (a defined name, garbage…). */
export function parseReference(text: string): Ref | null {
  const cur: Cursor = { s: text, i: 0, end: text.length };
  const prefix = scanSheetPrefix(cur);
  if (prefix === null) return null;
  const first = scanEnd(cur);
  if (!first) return null;
  let second = first;
  if (cur.s[cur.i] === ":") {
    cur.i++;
    if (!sameSheetRepeated(cur, prefix)) return null;
    const end = scanEnd(cur);
    if (!end) return null;
    second = end;
  }
  if (cur.i !== cur.s.length) return null;
  const body = combine(first, second, second !== first);
  if (!body) return null;
  return prefix
    ? { sheet: prefix.sheet, ...(prefix.workbook ? { workbook: prefix.workbook } : {}), ...body }
    : { sheet: null, ...body };
}

/**
 * parseReference(text.slice(start, end)) when that is a cell or a range of two cells without a
 * sheet (`$A$1`, `e12`, `B3:A1`), read in place (formula/parse.ts reads every reference of every
 * formula template with it); null for any other text, other kinds of references included.
 */
export function cellRangeAt(text: string, start: number, end: number): Ref | null {
  const cur: Cursor = { s: text, i: start, end };
  const first = scanEnd(cur);
  if (!first || first.row === undefined || first.col === undefined) return null;
  let second = first;
  if (cur.i !== end) {
    if (text.charCodeAt(cur.i) !== 58) return null; // ":"
    cur.i++;
    const other = scanEnd(cur);
    if (!other || other.row === undefined || other.col === undefined || cur.i !== end) return null;
    second = other;
  }
  const body = combine(first, second, second !== first);
  return body ? { sheet: null, ...body } : null;
}

/** `Feuil1!A1:Feuil1!B2`: a second, identical sheet prefix is allowed after the colon. */
function sameSheetRepeated(cur: Cursor, prefix: SheetPart | undefined): boolean {
  if (!cur.s.includes("!", cur.i)) return true;
  const again = scanSheetPrefix(cur);
  return !!again && !!prefix && again.sheet.toUpperCase() === prefix.sheet.toUpperCase() && again.workbook === prefix.workbook;
}

/** undefined: no prefix; null: a malformed one. */
function scanSheetPrefix(cur: Cursor): SheetPart | undefined | null {
  const bang = cur.s.indexOf("!", cur.i);
  if (bang < 0) return undefined;
  let raw: string;
  if (cur.s[cur.i] === "'") {
    const quoted = scanQuoted(cur);
    if (quoted === null) return null;
    raw = quoted;
  } else {
    raw = cur.s.slice(cur.i, bang);
    if (!/^[^\s'":(),;{}+\-*/^&=<>%#]+$/.test(raw)) return null;
    cur.i = bang + 1;
  }
  const book = /^(.*\[[^\]]*\])(.+)$/.exec(raw);
  if (book) return { workbook: book[1], sheet: book[2] };
  return raw.length > 0 && !raw.includes("[") ? { sheet: raw } : null;
}

/** Reads `'…'!` from the cursor (on the opening quote); returns the unescaped name. */
function scanQuoted(cur: Cursor): string | null {
  let name = "";
  let i = cur.i + 1;
  while (i < cur.s.length) {
    const ch = cur.s[i];
    if (ch === "'" && cur.s[i + 1] === "!") {
      cur.i = i + 2;
      return name;
    }
    if (ch === "'" && cur.s[i + 1] === "'") i++;
    name += ch;
    i++;
  }
  return null;
}

function scanEnd(cur: Cursor): End | null {
  const { s, end } = cur;
  const absFirst = cur.i < end && s.charCodeAt(cur.i) === 36; // "$"
  if (absFirst) cur.i++;
  const lettersFrom = cur.i;
  let col = 0;
  for (; cur.i < end; cur.i++) {
    const c = s.charCodeAt(cur.i) | 32; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  const letters = cur.i - lettersFrom;
  if (letters > 0) {
    if (letters > 3 || col - 1 > MAX_COL) return null;
    const absRow = cur.i < end && s.charCodeAt(cur.i) === 36;
    if (absRow) cur.i++;
    const row = scanRow(cur);
    if (row === undefined) return absRow ? null : { col: col - 1, absCol: absFirst, absRow: false };
    return row === null ? null : { row, col: col - 1, absCol: absFirst, absRow };
  }
  const row = scanRow(cur);
  return row === undefined || row === null ? null : { row, absRow: absFirst, absCol: false };
}

/** The 0-based row of the digits at the cursor; undefined without digits, null when out of the sheet. */
function scanRow(cur: Cursor): number | null | undefined {
  const { s, end } = cur;
  const from = cur.i;
  let row = 0;
  for (; cur.i < end; cur.i++) {
    const c = s.charCodeAt(cur.i);
    if (c < 48 || c > 57) break;
    row = row * 10 + (c - 48);
  }
  const digits = cur.i - from;
  if (digits === 0) return undefined;
  return digits > 7 || row < 1 || row - 1 > MAX_ROW ? null : row - 1;
}

type Body = Omit<Ref, "sheet" | "workbook">;

function combine(a: End, b: End, isRange: boolean): Body | null {
  const cells = a.row !== undefined && a.col !== undefined && b.row !== undefined && b.col !== undefined;
  if (cells) {
    return normalizeRef({
      r1: a.row!,
      c1: a.col!,
      r2: b.row!,
      c2: b.col!,
      absR1: a.absRow,
      absC1: a.absCol,
      absR2: b.absRow,
      absC2: b.absCol,
    });
  }
  if (!isRange) return null;
  if (a.row === undefined && b.row === undefined && a.col !== undefined && b.col !== undefined) {
    return normalizeRef({
      r1: 0,
      c1: a.col,
      r2: MAX_ROW,
      c2: b.col,
      absR1: false,
      absC1: a.absCol,
      absR2: false,
      absC2: b.absCol,
      wholeColumn: true,
    });
  }
  if (a.col === undefined && b.col === undefined && a.row !== undefined && b.row !== undefined) {
    return normalizeRef({
      r1: a.row,
      c1: 0,
      r2: b.row,
      c2: MAX_COL,
      absR1: a.absRow,
      absC1: false,
      absR2: b.absRow,
      absC2: false,
      wholeRow: true,
    });
  }
  return null;
}

/** Puts the corners in order (r1 ≤ r2, c1 ≤ c2), each `$` marker following its coordinate. */
export function normalizeRef<T extends Body>(ref: T): T {
  let out = ref;
  if (out.r1 > out.r2) out = { ...out, r1: out.r2, r2: out.r1, absR1: out.absR2, absR2: out.absR1 };
  if (out.c1 > out.c2) out = { ...out, c1: out.c2, c2: out.c1, absC1: out.absC2, absC2: out.absC1 };
  return out;
}

/** Where the text after a sheet prefix starts (0 without prefix); null when the prefix is malformed. */
export function afterSheetPrefix(text: string): number | null {
  const cur: Cursor = { s: text, i: 0, end: text.length };
  return scanSheetPrefix(cur) === null ? null : cur.i;
}

/** `'Feuil 1'!`, `[1]Feuil1!` or "" for the formula's own sheet. */
export function sheetPrefix(ref: Readonly<Ref>): string {
  if (ref.sheet === null) return "";
  const plain = quoteSheetName(ref.sheet) === ref.sheet;
  if (ref.workbook && /^\[\d+\]$/.test(ref.workbook) && plain) return `${ref.workbook}${ref.sheet}!`;
  return `${quoteSheetName((ref.workbook ?? "") + ref.sheet)}!`;
}

/** The reference in A1 notation, as Excel writes it. */
export function formatReference(ref: Readonly<Ref>): string {
  const col = (c: number, abs: boolean) => (abs ? "$" : "") + columnLetter(c);
  const row = (r: number, abs: boolean) => (abs ? "$" : "") + String(r + 1);
  let body: string;
  if (ref.wholeColumn) body = `${col(ref.c1, ref.absC1)}:${col(ref.c2, ref.absC2)}`;
  else if (ref.wholeRow) body = `${row(ref.r1, ref.absR1)}:${row(ref.r2, ref.absR2)}`;
  else {
    const a = col(ref.c1, ref.absC1) + row(ref.r1, ref.absR1);
    const b = col(ref.c2, ref.absC2) + row(ref.r2, ref.absR2);
    body = a === b ? a : `${a}:${b}`;
  }
  return sheetPrefix(ref) + body;
}
