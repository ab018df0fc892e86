/** Entry point in Excel: once Office is ready, mount the pane over the office-js WorkbookService. */
import { createWorkbookService } from "../excel";
import { mountTaskPane } from "./mount";
import { TEXTES } from "./textes";

Office.onReady((info) => {
  const element = document.getElementById("root");
  if (!element) return;
  if (info.host !== Office.HostType.Excel) {
    element.textContent = TEXTES.horsExcel;
    return;
  }
  const service = createWorkbookService({
    run: (batch) => Excel.run(batch),
    isSetSupported: (set, version) => Office.context.requirements.isSetSupported(set, version),
  });
  mountTaskPane(element, service);
});
