/**
 * Live mode: after the user edits a sheet, call back (the task pane re-checks). Events of the
 * add-in's own writes are ignored: Excel marks them (ExcelApi 1.14), else they are recognised
 * by their range (OwnWrites) or by the sheet (the add-in's own sheets).
 */
import { Capabilities, WorkbookHost } from "./host";
import { isOwnSheet } from "./names";
import { OwnWrites } from "./ownWrites";
import { WorkbookError } from "./errors";

export async function watchEdits(
  host: WorkbookHost,
  caps: Capabilities,
  own: OwnWrites,
  onUserEdit: () => void,
): Promise<() => Promise<void>> {
  if (!caps.workbookInfo) {
    throw new WorkbookError(
      "Le suivi en direct demande une version plus récente d'Excel (ExcelApi 1.7, Excel 2019 ou Microsoft 365).",
    );
  }
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/id, items/name");
    await context.sync();
    const ownIds = new Set(sheets.items.filter((s) => isOwnSheet(s.name)).map((s) => s.id));
    const isOwn = (event: Excel.WorksheetChangedEventArgs): boolean => {
      if (caps.triggerSource) return event.triggerSource === "ThisLocalAddin";
      return ownIds.has(event.worksheetId) || own.consume(event.address);
    };
    const handler = async (event: Excel.WorksheetChangedEventArgs) => {
      if (!isOwn(event)) onUserEdit();
    };
    const registration = context.workbook.worksheets.onChanged.add(handler);
    await context.sync();
    own.recording = !caps.triggerSource;
    return async () => {
      own.recording = false;
      own.clear();
      registration.remove();
      await registration.context.sync();
    };
  });
}
