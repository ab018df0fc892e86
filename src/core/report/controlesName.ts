/**
 * How VerifPacte's report sheet is told apart (SPEC §6): its name, « Contrôles VerifPacte » or
 * « Contrôles VerifPacte (2) »…, and its title in A1. Kept apart from controles.ts so that the
 * engine can leave the report out of the analysis without depending on the report's rows.
 */
import { Sheet } from "../grid/model";

export const CONTROLES_SHEET_NAME = "Contrôles VerifPacte";

/** The first cell of the report: « Contrôles VerifPacte — recapitulatif-2025.xlsx ». */
export const CONTROLES_TITLE_PREFIX = "Contrôles VerifPacte — ";

const NAME_PATTERN = /^Contrôles VerifPacte(?: \((\d+)\))?$/i;

/** The report's name, or one of the names it takes when that one is taken (« … (2) »). */
export function isControlesName(name: string): boolean {
  return NAME_PATTERN.test(name.trim());
}

/** The first cell of a sheet is the report's title. */
export function isControlesTitle(value: unknown): boolean {
  return typeof value === "string" && value.startsWith(CONTROLES_TITLE_PREFIX);
}

/**
 * The sheet is a report VerifPacte wrote (its name and its title): it quotes the findings'
 * messages, amounts and cells, and is never analysed as a table of the workbook.
 */
export function isReportSheet(sheet: Sheet): boolean {
  return isControlesName(sheet.name) && isControlesTitle(sheet.get(0, 0)?.value);
}
