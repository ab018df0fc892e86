/** A1 addresses and rectangular ranges. Rows and columns are 0-based inside the core. */

export interface Range {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** Letters of the columns already named (addresses are built for every cell a rule reads). */
const namedColumns: string[] = [];
const MAX_COLUMNS = 16384;

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(col: number): string {
  if (!Number.isInteger(col) || col < 0 || col >= MAX_COLUMNS) return letterOf(col);
  return (namedColumns[col] ??= letterOf(col));
}

function letterOf(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "A" → 0, "AA" → 26; -1 when the text is not a column name. */
export function columnIndex(letters: string): number {
  let n = 0;
  if (letters.length === 0 || letters.length > 3) return -1;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) return -1;
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

/** (4, 7) → "H5". */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** "H5" or "$H$5" → { row: 4, col: 7 }; null when not a single-cell address. */
export function parseCellAddress(text: string): { row: number; col: number } | null {
  let i = 0;
  const s = text.trim().toUpperCase();
  if (s[i] === "$") i++;
  const letterStart = i;
  while (i < s.length && s[i] >= "A" && s[i] <= "Z") i++;
  const letters = s.slice(letterStart, i);
  if (s[i] === "$") i++;
  const digitStart = i;
  while (i < s.length && s[i] >= "0" && s[i] <= "9") i++;
  const digits = s.slice(digitStart, i);
  if (i !== s.length || letters.length === 0 || digits.length === 0) return null;
  const col = columnIndex(letters);
  const row = Number(digits) - 1;
  if (col < 0 || row < 0) return null;
  return { row, col };
}

/** { r1: 4, c1: 0, r2: 39, c2: 15 } → "A5:P40" (a single cell gives "A5"). */
export function rangeAddress(r: Range): string {
  const a = cellAddress(r.r1, r.c1);
  const b = cellAddress(r.r2, r.c2);
  return a === b ? a : `${a}:${b}`;
}

/** "A5:P40" or "A5" → Range; null when malformed. */
export function parseRangeAddress(text: string): Range | null {
  const parts = text.split(":");
  if (parts.length > 2) return null;
  const a = parseCellAddress(parts[0]);
  const b = parts.length === 2 ? parseCellAddress(parts[1]) : a;
  if (!a || !b) return null;
  return {
    r1: Math.min(a.row, b.row),
    c1: Math.min(a.col, b.col),
    r2: Math.max(a.row, b.row),
    c2: Math.max(a.col, b.col),
  };
}

export function rangeContains(r: Range, row: number, col: number): boolean {
  return row >= r.r1 && row <= r.r2 && col >= r.c1 && col <= r.c2;
}

/** Sheet name as Excel writes it in a reference: quoted when it is not a plain identifier. */
export function quoteSheetName(name: string): string {
  let plain = name.length > 0;
  for (const ch of name) {
    const ok = (ch >= "A" && ch <= "Z") || (ch >= "a" && ch <= "z") || (ch >= "0" && ch <= "9") || ch === "_" || ch === ".";
    if (!ok) plain = false;
  }
  if (plain && !(name[0] >= "0" && name[0] <= "9")) return name;
  return `'${name.replace(/'/g, "''")}'`;
}
