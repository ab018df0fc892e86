/**
 * The limits of the .xlsx reader, checked before the work they bound is done: sizes from the
 * zip directory before anything is inflated, the real size while inflating, then cells, merged
 * areas and sheets while the XML is read. Modelled on Excel on the web (a grid of 1 048 576 rows
 * × 16 384 columns, the 5 million cells one request can carry), and on what a contract workbook
 * is: a few sheets of a few thousand cells. A file over a limit is refused with a French
 * sentence naming the limit, never half read.
 */
import { NUMBER_SPACE, formatNumberFr } from "../core/parse/format";
import { XlsxLimitError } from "./errors";

export interface XlsxLimits {
  /** Size of the .xlsx file. */
  fileBytes: number;
  /** Entries of the zip archive. */
  entries: number;
  /** Uncompressed size of one part (declared, then real). */
  partBytes: number;
  /** Uncompressed size of all the parts read. */
  totalBytes: number;
  /** Worksheets (and chart sheets) of the workbook. */
  sheets: number;
  /** Filled cells of one sheet. */
  cellsPerSheet: number;
  /** Filled cells of the workbook. */
  cells: number;
  /** Cells covered by merged areas, over the workbook. */
  mergedCells: number;
}

export const LIMITS: Readonly<XlsxLimits> = Object.freeze({
  fileBytes: 100 * 1024 * 1024,
  entries: 10_000,
  partBytes: 256 * 1024 * 1024,
  totalBytes: 512 * 1024 * 1024,
  sheets: 1_000,
  cellsPerSheet: 1_000_000,
  cells: 5_000_000,
  mergedCells: 5_000_000,
});

/** Excel's grid. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** « 5 millions », « 100 Mo », « 1 000 »: limits said the way a user reads them. */
export function sayCount(n: number): string {
  if (n >= 1_000_000 && n % 1_000_000 === 0) return `${formatNumberFr(n / 1_000_000, 0)} million${n === 1_000_000 ? "" : "s"}`;
  return formatNumberFr(n, 0);
}

export function sayBytes(bytes: number): string {
  const mo = bytes / (1024 * 1024);
  if (mo >= 1) return `${formatNumberFr(mo, Number.isInteger(mo) || mo >= 10 ? 0 : 1)}${NUMBER_SPACE}Mo`;
  return `${formatNumberFr(Math.ceil(bytes / 1024), 0)} Ko`;
}

export function limitError(what: string, detail: string): XlsxLimitError {
  return new XlsxLimitError(`${what} : ${detail} VerifPacte ne lit pas les classeurs de cette taille.`);
}
