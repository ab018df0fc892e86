/**
 * What a cell shows in the workbench's view, like Excel in French: numbers through their number
 * format (« 1 234,56 € », « 30% », « 31/12/2024 »), booleans VRAI / FAUX, error codes as is.
 * Covers the formats of contract workbooks (grouping, decimals, literal text, %, dates), not
 * every feature of Excel's format language (fractions, scientific, conditions).
 */
import { formatDateFr, formatNumberFr } from "../core/parse/format";
import { excelSerialToDate, isDateFormat } from "../core/parse/numfmt";
import type { FakeCell } from "../fake-excel";

export type Align = "left" | "right" | "center";

export interface Shown {
  text: string;
  align: Align;
}

export function shownCell(cell: FakeCell | undefined): Shown {
  const value = cell?.value ?? null;
  if (value === null) return { text: "", align: "left" };
  if (typeof value === "object") return { text: value.error, align: "center" };
  if (typeof value === "boolean") return { text: value ? "VRAI" : "FAUX", align: "center" };
  if (typeof value === "string") return { text: value, align: "left" };
  return { text: formatNumber(value, cell?.numberFormat), align: "right" };
}

/** Format sections split on « ; » outside quotes and brackets. */
function sections(format: string): string[] {
  const out: string[] = [];
  let current = "";
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === "\\" && i + 1 < format.length) {
      current += ch + format[++i];
      continue;
    }
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "[") bracket = true;
    else if (!quoted && ch === "]") bracket = false;
    if (ch === ";" && !quoted && !bracket) {
      out.push(current);
      current = "";
    } else current += ch;
  }
  out.push(current);
  return out;
}

/** Literal text of a format part: quoted text, escaped characters, currency brackets, paddings. */
function literal(part: string): string {
  return part
    .replace(/\[\$([^\]-]*)[^\]]*\]/g, "$1")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/"([^"]*)"/g, "$1")
    .replace(/\\(.)/g, "$1")
    .replace(/_./g, " ")
    .replace(/\*./g, "");
}

/** The number pattern of a section (digits, grouping, decimal point), outside quoted text. */
function numberPattern(section: string): { start: number; end: number } | null {
  const masked = section.replace(/"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g, (m) => " ".repeat(m.length));
  const match = /[0#?][0#?,. ]*[0#?]|[0#?]/.exec(masked);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

function generalNumber(n: number): string {
  const text = Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(10)));
  return text.replace(".", ",");
}

export function formatNumber(n: number, format: string | undefined): string {
  if (!format || /^(general|standard)$/i.test(format.trim())) return generalNumber(n);
  const parts = sections(format);
  const negative = n < 0 && parts.length > 1;
  const section = negative ? parts[1] : n === 0 && parts.length > 2 ? parts[2] : parts[0];
  if (isDateFormat(section)) return formatDateFr(excelSerialToDate(n));
  const pattern = numberPattern(section);
  if (!pattern) return literal(section);
  const digits = section.slice(pattern.start, pattern.end);
  const point = digits.indexOf(".");
  const decimals = point < 0 ? 0 : (digits.slice(point + 1).match(/[0#?]/g) ?? []).length;
  const scaled = section.includes("%") ? n * 100 : n;
  let text = formatNumberFr(Math.abs(scaled), decimals);
  if (!/[, ]/.test(digits.slice(0, point < 0 ? undefined : point))) text = text.replace(/\u00a0/g, "");
  const sign = n < 0 && !negative ? "-" : "";
  return `${sign}${literal(section.slice(0, pattern.start))}${text}${literal(section.slice(pattern.end))}`;
}
