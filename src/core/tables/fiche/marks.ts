/**
 * Page marks (SPEC §2): page footers, préfecture stamps (« Reçu en préfecture le … », « ID :
 * 044-… »), signature lines (« Le Président … »), page numbers. Printed conventions converted to
 * workbooks carry them between and inside tables: they are never rows of a table.
 */
import { isDateFormat } from "../../parse/numfmt";
import { PAGE_MARKS } from "../../referentiel/fiches";
import { SheetScan } from "../scan";

/** Texts of a stamp spread over a few cells (« Reçu en préfecture le », « 26/03/2021 »). */
const MAX_TEXTS = 4;

/** By scan, each row's answer: 0 not read yet, 1 no, 2 yes (every row of a table is asked, several times). */
const marks = new WeakMap<SheetScan, Uint8Array>();

export function isPageMarkText(norm: string): boolean {
  return PAGE_MARKS.some((re) => re.test(norm));
}

/** The row's other values are dates (a stamp's date typed as a date), nothing else. */
function onlyDates(scan: SheetScan, row: number): boolean {
  if (scan.valueCount(row) === 0) return true;
  for (let col = 0; col < scan.width; col++) {
    const cell = scan.sheet.get(row, col);
    if (!cell || typeof cell.value === "string" || cell.value === null || cell.value === undefined) continue;
    if (cell.value instanceof Date) continue;
    if (typeof cell.value === "number" && isDateFormat(cell.numFmt)) continue;
    return false;
  }
  return true;
}

/**
 * What the raw text (accents and case as typed) of a page mark starts with: texts that cannot be
 * one are never normalised. Keep it a superset of PAGE_MARKS.
 */
const MARK_START =
  /^[\s-]*(?:re[çc]u|r[ée]ception|envoy|accus|affich|publi|notifi|transmis|certifi|date|id\b|identifiant|pour|l[ea]\s|monsieur|madame|fait|sign|cachet|page|\d+\s*\/)/i;

function readMark(scan: SheetScan, row: number): boolean {
  const count = scan.textCount(row);
  if (count === 0 || count > MAX_TEXTS) return false;
  const first = scan.firstText(row) as string;
  return MARK_START.test(first) && isPageMarkText(scan.norm(first)) && onlyDates(scan, row);
}

/** The row holds a page mark and nothing of a table (no amount). */
export function isPageMark(scan: SheetScan, row: number): boolean {
  if (row < 0 || row >= scan.rowCount) return readMark(scan, row);
  let bySheet = marks.get(scan);
  if (!bySheet) marks.set(scan, (bySheet = new Uint8Array(scan.rowCount)));
  if (bySheet[row] === 0) bySheet[row] = readMark(scan, row) ? 2 : 1;
  return bySheet[row] === 2;
}
