/** The add-in's own sheets: never analysed, never shown in the sheet lists. */
import { CONTROLES_SHEET_NAME } from "../core/report/controles";

/** Very hidden: one row per change, so that « Annuler » works after closing the workbook. */
export const JOURNAL_SHEET = "VerifPacte_Journal";
/** Very hidden: the settings (JSON, split in cells). */
export const SETTINGS_SHEET = "VerifPacte_Parametres";

const OWN_SHEETS = new Set([JOURNAL_SHEET, SETTINGS_SHEET, CONTROLES_SHEET_NAME].map((n) => n.toUpperCase()));

export function isOwnSheet(name: string): boolean {
  return OWN_SHEETS.has(name.toUpperCase());
}
