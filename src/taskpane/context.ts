/** What every component of the pane may need: the workbook service and how to open links. */
import { createContext, useContext } from "react";
import type { WorkbookService } from "../excel/service";

export interface PaneEnvironment {
  service: WorkbookService;
  /** Opens a page outside the pane (Office's browser window in Excel). */
  openUrl: (url: string) => void;
  /** Base URL of the rule pages (see links.ts). */
  ruleDocBase: string;
}

export const PaneContext = createContext<PaneEnvironment | null>(null);

export function usePane(): PaneEnvironment {
  const pane = useContext(PaneContext);
  if (!pane) throw new Error("Le volet VerifPacte doit être monté avec mountTaskPane().");
  return pane;
}
