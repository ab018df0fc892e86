/**
 * The add-in's own sheets: never analysed, never shown in the sheet lists. The journal and the
 * settings by their names (and the journal by its id, identity.ts); the report by its id, or by
 * its name and title (core/report/controles.ts), since a user's sheet may bear a similar name.
 */
import { isControlesName } from "../core/report/controles";

/** Very hidden: one row per change, so that « Annuler » works after closing the workbook. */
export const JOURNAL_SHEET = "VerifPacte_Journal";
/** Very hidden: the settings (JSON, split in cells). */
export const SETTINGS_SHEET = "VerifPacte_Parametres";

const BOOKKEEPING = new Set([JOURNAL_SHEET, SETTINGS_SHEET].map((n) => n.toUpperCase()));

/** The journal or the settings sheet. */
export function isBookkeepingSheet(name: string): boolean {
  return BOOKKEEPING.has(name.toUpperCase());
}

/** A sheet of the add-in, by its name alone (sheet lists, live mode). */
export function isOwnSheet(name: string): boolean {
  return isBookkeepingSheet(name) || isControlesName(name);
}
