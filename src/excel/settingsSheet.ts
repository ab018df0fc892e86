/** Reading and writing the settings sheet (very hidden, created on the first save). */
import { rangeAddress } from "../core/grid/address";
import { Settings } from "../core/settings";
import { WHOLE_SHEET } from "./addresses";
import { Session } from "./apply";
import { WorkbookError } from "./errors";
import { SETTINGS_SHEET } from "./names";
import { StoredSettings, columnTexts, parseStoredSettings, settingsChunks } from "./settingsStore";
import { textEntry } from "./values";

/** Two syncs: the sheet, then its cells. */
export async function readSettings(session: Session): Promise<StoredSettings> {
  const sheet = session.context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
  await session.context.sync();
  if (sheet.isNullObject) return parseStoredSettings([]);
  const used = sheet.getUsedRangeOrNullObject(true).load("values");
  await session.context.sync();
  return parseStoredSettings(used.isNullObject ? [] : columnTexts(used.values));
}

/** Two syncs: the sheet (and whether the workbook lets it be created), then the rewrite. */
export async function writeSettings(session: Session, settings: Settings): Promise<void> {
  const { context, caps } = session;
  const existing = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
  const protection = caps.workbookInfo ? context.workbook.protection.load("protected") : null;
  await context.sync();
  let sheet = existing;
  if (existing.isNullObject) {
    if (protection?.protected) {
      throw new WorkbookError(
        "La structure du classeur est protégée : les paramètres ne peuvent pas y être enregistrés. " +
          "Ôtez la protection du classeur (onglet Révision > Protéger le classeur), puis recommencez.",
      );
    }
    sheet = context.workbook.worksheets.add(SETTINGS_SHEET);
    sheet.visibility = "VeryHidden";
  }
  sheet.getRange().clear();
  session.own.record(WHOLE_SHEET);
  const chunks = settingsChunks(settings);
  const range = { r1: 0, c1: 0, r2: chunks.length - 1, c2: 0 };
  sheet.getRange(rangeAddress(range)).values = chunks.map((chunk) => [textEntry(chunk)]);
  session.own.record(range);
  await context.sync();
}
