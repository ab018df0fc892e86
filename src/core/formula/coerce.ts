/** Excel's conversions between numbers, text, booleans and empty cells, and its comparison order. */
import { CellValue, ErrorValue } from "../grid/model";
import { Scalar, Value, isGrid } from "./evalTypes";

function excelError(code: string): ErrorValue {
  return Object.freeze({ error: code });
}

export const ERRORS = {
  div0: excelError("#DIV/0!"),
  value: excelError("#VALUE!"),
  ref: excelError("#REF!"),
  name: excelError("#NAME?"),
  num: excelError("#NUM!"),
  null: excelError("#NULL!"),
} as const;

export function isError(v: unknown): v is ErrorValue {
  return typeof v === "object" && v !== null && "error" in v;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A cell's value as the evaluator sees it: dates become Excel serial numbers. */
export function scalarOf(v: CellValue | undefined): Scalar {
  if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH) / 86_400_000;
  return v ?? null;
}

/**
 * Numeric text as Excel (English syntax) reads it: " 12.5 ", "1e3", "15%". Locale forms such as
 * « 1 234,56 € » are not numbers here (toNumber converts them in arithmetic only); amounts typed
 * as text are the job of parse/amount.
 */
export function numberFromText(text: string): number | null {
  const t = text.trim();
  const percent = t.endsWith("%");
  const body = percent ? t.slice(0, -1).trim() : t;
  if (body.length === 0 || !/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(body)) return null;
  const n = Number(body);
  return percent ? n / 100 : n;
}

/**
 * Added: an amount as a French Excel converts it in arithmetic (« 67 500,00 € », « 1 604 636 »,
 * « 12,5 »): digits in groups of three separated by spaces, a decimal comma, an optional « € ».
 * Only these forms, the ones the workbooks' own cached results show converted (SPEC §2: a formula
 * without cached result must compute what Excel shows); anything else stays text.
 */
function frenchAmount(text: string): number | null {
  const m = /^([+-]?)(\d{1,3}(?:[ \u00a0\u202f]\d{3})*|\d+)(?:,(\d+))?[ \u00a0\u202f]*€?$/.exec(text.trim());
  if (!m) return null;
  const n = Number(`${m[2].replace(/[ \u00a0\u202f]/g, "")}.${m[3] ?? "0"}`);
  return m[1] === "-" ? -n : n;
}

/** A value used as a number in arithmetic (+, -, *, /): numeric text converts, French amounts too. */
export function toNumber(v: Scalar): number | ErrorValue {
  if (v === null) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "string") return numberFromText(v) ?? frenchAmount(v) ?? ERRORS.value;
  return v;
}

/** A number as Excel's General format writes it (15 significant digits). */
export function formatNumber(n: number): string {
  return String(Number(n.toPrecision(15))).toUpperCase();
}

export function toText(v: Scalar): string | ErrorValue {
  if (v === null) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number") return formatNumber(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v;
}

export function toBoolean(v: Scalar): boolean | ErrorValue {
  if (v === null) return false;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (typeof v === "string") {
    const upper = v.trim().toUpperCase();
    if (upper === "TRUE" || upper === "FALSE") return upper === "TRUE";
    return ERRORS.value;
  }
  return v;
}

/** Excel's order between types: numbers < text < booleans; an empty cell counts as 0, "" or FALSE. */
function rank(v: number | string | boolean): number {
  return typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2;
}

function blankLike(other: Scalar): number | string | boolean {
  if (typeof other === "string") return "";
  if (typeof other === "boolean") return false;
  return 0;
}

/** -1, 0 or 1 (text compared without case), or the first error met. */
export function compareScalars(a: Scalar, b: Scalar): number | ErrorValue {
  if (isError(a)) return a;
  if (isError(b)) return b;
  const x = a === null ? blankLike(b) : a;
  const y = b === null ? blankLike(a) : b;
  if (rank(x) !== rank(y)) return Math.sign(rank(x) - rank(y));
  const p = typeof x === "string" ? x.toUpperCase() : x;
  const q = typeof y === "string" ? y.toUpperCase() : y;
  return p < q ? -1 : p > q ? 1 : 0;
}

/** A value used where one value is expected: a one-cell grid gives its cell, a larger one #VALUE!. */
export function scalar(v: Value): Scalar {
  if (!isGrid(v)) return v;
  return v.rows === 1 && v.cols === 1 ? v.at(0, 0) : ERRORS.value;
}
