/**
 * The regional synthesis as a new .xlsx workbook: « Synthèse », « Par pilier », « Anomalies ».
 * The same bytes from the command line and from the workbench; only the links differ (relative
 * paths from the output folder in the CLI, file names in the browser).
 */
import { Synthese, SYNTHESE_JSON_VERSION } from "../../core/synthese";
import { SYNTHESE_MARKER_SHEET, SYNTHESE_MARKER_TEXT } from "../../core/synthese/marqueur";
import { anomaliesSheet } from "./anomalies-sheet";
import { NewSheet, NewWorkbook } from "./model";
import { pilierSheet } from "./pilier-sheet";
import { LinkMaker, syntheseSheet } from "./synthese-sheet";
import { createXlsx } from "./write";

export type { LinkMaker } from "./synthese-sheet";
export { SYNTHESE_SHEET } from "./synthese-sheet";
export { PILIER_SHEET } from "./pilier-sheet";
export { ANOMALIES_SHEET } from "./anomalies-sheet";

export interface SyntheseXlsxOptions {
  link: LinkMaker;
  /** Date written in the notes and the document properties. */
  today?: Date;
}

/** « 'Exécution 2022'!E6 » for a link's fragment. */
function quoted(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * A LinkMaker from a function giving each file's path relative to the synthesis (null: no link):
 * the path is percent-encoded, and « #'Feuille'!A1 » opens the workbook at the cell.
 */
export function relativeLinks(pathOf: (file: string) => string | null): LinkMaker {
  return (file, sheet, cell) => {
    const path = pathOf(file);
    if (path === null) return null;
    const fragment = sheet ? `#${quoted(sheet)}!${cell ?? "A1"}` : "";
    return encodeURI(`${path}${fragment}`);
  };
}

/** The very hidden sheet that tells VerifPacte this workbook is its own synthesis (see core/synthese/marqueur). */
function markerSheet(s: Synthese): NewSheet {
  const text = (value: string | number) => ({ value });
  return {
    name: SYNTHESE_MARKER_SHEET,
    state: "veryHidden",
    rows: [[text(SYNTHESE_MARKER_TEXT)], [text("version"), text(SYNTHESE_JSON_VERSION)], [text("campagne"), text(s.annee)]],
  };
}

export function syntheseWorkbook(s: Synthese, options: SyntheseXlsxOptions): NewWorkbook {
  const today = options.today ?? new Date();
  return {
    title: `Synthèse régionale VerifPacte – campagne ${s.annee}`,
    creator: "VerifPacte",
    created: today,
    sheets: [syntheseSheet(s, options.link, today), pilierSheet(s), anomaliesSheet(s, options.link), markerSheet(s)],
  };
}

export function syntheseXlsx(s: Synthese, options: SyntheseXlsxOptions): Uint8Array {
  return createXlsx(syntheseWorkbook(s, options));
}
