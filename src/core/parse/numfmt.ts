/** What an Excel number format says about a numeric value: a percentage, a date. */

/** The format without its literal parts: "quoted text", \escaped chars, [colours/locales], _x paddings, *x fills. */
function formatCodes(numFmt: string): string {
  return numFmt
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/[_*]./g, "");
}

/** « 0,0 % »: Excel shows the value × 100. */
export function isPercentFormat(numFmt: string | undefined): boolean {
  return numFmt !== undefined && formatCodes(numFmt).includes("%");
}

const GENERAL_FORMATS = new Set(["general", "standard", "@"]);

/** A date or time format (« dd/mm/yyyy », « jj/mm/aaaa », « [h]:mm »). */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (numFmt === undefined) return false;
  const codes = formatCodes(numFmt).toLowerCase().trim();
  if (GENERAL_FORMATS.has(codes)) return false;
  return /[dmyhsj]|aa/.test(codes);
}

const DAY_MS = 86_400_000;

/** Excel serial date (1900 system, with its fictitious 29/02/1900) → UTC date. */
export function excelSerialToDate(serial: number): Date {
  const days = Math.floor(serial);
  const base = days < 61 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return new Date(base + days * DAY_MS);
}
