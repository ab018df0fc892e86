/** What an Excel number format says about a numeric value: a percentage, a date. */
import { memoByText } from "./memo";

/** The format without its literal parts: "quoted text", \escaped chars, [colours/locales], _x paddings, *x fills. */
function formatCodes(numFmt: string): string {
  return numFmt
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/[_*]./g, "");
}

const GENERAL_FORMATS = new Set(["general", "standard", "@"]);

interface FormatKind {
  percent: boolean;
  date: boolean;
}

function formatKind(numFmt: string): FormatKind {
  const codes = formatCodes(numFmt);
  const lower = codes.toLowerCase().trim();
  return { percent: codes.includes("%"), date: !GENERAL_FORMATS.has(lower) && /[dmyhsj]|aa/.test(lower) };
}

/** A workbook uses a handful of formats on thousands of cells: each is read once. */
const kindOf = memoByText(formatKind);

/** « 0,0 % »: Excel shows the value × 100. */
export function isPercentFormat(numFmt: string | undefined): boolean {
  return numFmt !== undefined && kindOf(numFmt).percent;
}

/** A date or time format (« dd/mm/yyyy », « jj/mm/aaaa », « [h]:mm »). */
export function isDateFormat(numFmt: string | undefined): boolean {
  return numFmt !== undefined && kindOf(numFmt).date;
}

const DAY_MS = 86_400_000;

/** Excel serial date (1900 system, with its fictitious 29/02/1900) → UTC date. */
export function excelSerialToDate(serial: number): Date {
  const days = Math.floor(serial);
  const base = days < 61 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return new Date(base + days * DAY_MS);
}
