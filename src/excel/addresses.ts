/** Sheet-qualified addresses as office-js writes and reads them: « 'Tableau financier'!B5:D7 ». */
import { MAX_COL, MAX_ROW } from "../core/formula/ast";
import { parseReference } from "../core/formula/refText";
import { Range, quoteSheetName, rangeAddress } from "../core/grid/address";

export function qualified(sheet: string, range: Range | string): string {
  return `${quoteSheetName(sheet)}!${typeof range === "string" ? range : rangeAddress(range)}`;
}

/** « 'Feuil 1'!B5:D7 » → sheet and range; null when it is not a sheet-qualified A1 reference. */
export function parseQualified(text: string): { sheet: string; range: Range } | null {
  const ref = parseReference(text.trim());
  if (!ref || ref.sheet === null || ref.workbook !== undefined) return null;
  return { sheet: ref.sheet, range: { r1: ref.r1, c1: ref.c1, r2: ref.r2, c2: ref.c2 } };
}

/** The areas of a RangeAreas address (« S!A1:B2, 'S 2'!C3 »): split on commas outside quotes. */
export function splitAreas(text: string): string[] {
  const out: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "'") quoted = !quoted;
    else if (text[i] === "," && !quoted) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(text.slice(start).trim());
  return out.filter((a) => a.length > 0);
}

/** The whole sheet (what `worksheet.getRange()` covers). */
export const WHOLE_SHEET: Range = { r1: 0, c1: 0, r2: MAX_ROW, c2: MAX_COL };
