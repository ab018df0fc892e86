/**
 * Entry point in Excel: once Office is ready, check the host and its API level, then mount the pane
 * over the office-js WorkbookService, formulas in the language of the user's Excel. boot.js (inlined
 * in taskpane.html) has already dealt with web views too old to run this file and with office.js
 * not arriving.
 */
import { formulaLanguageOf } from "../core/formula/locale";
import { createWorkbookService } from "../excel";
import { MIN_EXCEL_API } from "../excel/host";
import { mountTaskPane } from "./mount";
import { TEXTES } from "./textes";

interface Boot {
  started(): void;
}

const boot = (window as { verifpacteBoot?: Boot }).verifpacteBoot;

/** A French message in place of the pane, announced to screen readers. */
function showMessage(element: HTMLElement, text: string): void {
  const message = document.createElement("p");
  message.className = "vp-demarrage";
  message.setAttribute("role", "alert");
  message.textContent = text;
  element.replaceChildren(message);
}

Office.onReady((info) => {
  const element = document.getElementById("root");
  if (!element) return;
  boot?.started();
  if (info.host !== Office.HostType.Excel) {
    showMessage(element, TEXTES.horsExcel);
    return;
  }
  const isSetSupported = (set: string, version: string) => Office.context.requirements.isSetSupported(set, version);
  if (!isSetSupported("ExcelApi", MIN_EXCEL_API)) {
    showMessage(element, TEXTES.excelTropAncien);
    return;
  }
  const formulas = formulaLanguageOf(Office.context.displayLanguage);
  const service = createWorkbookService({ run: (batch) => Excel.run(batch), isSetSupported, formulas });
  mountTaskPane(element, service, { formulas });
});
