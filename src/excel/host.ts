/**
 * Where the adapter runs: Excel.run and Office's isSetSupported in the add-in, the in-memory fake
 * in tests and in the browser workbench. Newer requirement sets are only used when supported.
 */

import type { FormulaLanguage } from "../core/formula/locale";

/** Largest request / response of one sync, and most cells read in one sync. */
export interface PayloadLimits {
  bytes: number;
  cells: number;
}

/** Excel on the web's limits (5 MB, 5 million cells); Excel on Windows and Mac accept more. */
export const EXCEL_WEB_PAYLOAD: PayloadLimits = { bytes: 5 * 1024 * 1024, cells: 5_000_000 };

export interface WorkbookHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(set: string, version: string): boolean;
  /** Date of the « [Contrôle JJ/MM/AAAA] » prefix and of the journal (default: now). */
  today?: () => Date;
  /** Default: Excel on the web's limits, which every host accepts. */
  limits?: PayloadLimits;
  /**
   * The language of the user's Excel for formulas (Office.context.displayLanguage): the formulas
   * quoted in commentaires and in the « Contrôles » sheet are written in it. Default: English.
   * Formulas written into cells always go through the invariant (English) API.
   */
  formulas?: FormulaLanguage;
}

/** The lowest requirement set the adapter needs: *OrNullObject methods (ExcelApi 1.4). */
export const MIN_EXCEL_API = "1.4";

/** What the host supports beyond ExcelApi 1.4, decided once. */
export interface Capabilities {
  /** application.suspendApiCalculationUntilNextSync: 1.6. */
  suspendCalculation: boolean;
  /** Workbook name and protection, hyperlinks, worksheet onChanged: 1.7. */
  workbookInfo: boolean;
  /** Range.getCellProperties (locked state cell by cell): 1.9. */
  cellProperties: boolean;
  /** Threaded comments: 1.10. */
  threadedComments: boolean;
  /** Merged areas: 1.13. */
  mergedAreas: boolean;
  /** WorksheetChangedEventArgs.triggerSource: 1.14. */
  triggerSource: boolean;
  /** Notes: 1.18. */
  notes: boolean;
}

export function capabilities(host: WorkbookHost): Capabilities {
  const has = (version: string) => host.isSetSupported("ExcelApi", version);
  return {
    suspendCalculation: has("1.6"),
    workbookInfo: has("1.7"),
    cellProperties: has("1.9"),
    threadedComments: has("1.10"),
    mergedAreas: has("1.13"),
    triggerSource: has("1.14"),
    notes: has("1.18"),
  };
}
