/** The Excel adapter: the only code that calls office-js. The task pane knows only WorkbookService. */
export { createWorkbookService } from "./workbookService";
export type { ApplyResult, Preview, PreviewItem, Progress, SheetSample, UndoResult, WorkbookService } from "./service";
export { EXCEL_WEB_PAYLOAD, MIN_EXCEL_API } from "./host";
export type { PayloadLimits, WorkbookHost } from "./host";
export { WorkbookError, frenchMessage } from "./errors";
export { JOURNAL_SHEET, SETTINGS_SHEET, isOwnSheet } from "./names";
