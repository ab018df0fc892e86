/** What every component of the pane may need: the workbook service, links and the user's formula language. */
import { createContext, useContext } from "react";
import type { FormulaLanguage } from "../core/formula/locale";
import type { WorkbookService } from "../excel/service";

export interface PaneEnvironment {
  service: WorkbookService;
  /** Opens a page outside the pane (Office's browser window in Excel). */
  openUrl: (url: string) => void;
  /** Base URL of the help pages built with the pane (see links.ts). */
  helpBase: string;
  /** The HTML of a help page (default: read from the pane's own server, see links.ts). */
  loadHelp: (url: string) => Promise<string>;
  /** How the user's Excel writes formulas: messages, previews and reports show them so. */
  formulas: FormulaLanguage;
}

export const PaneContext = createContext<PaneEnvironment | null>(null);

export function usePane(): PaneEnvironment {
  const pane = useContext(PaneContext);
  if (!pane) throw new Error("Le volet VerifPacte doit être monté avec mountTaskPane().");
  return pane;
}
