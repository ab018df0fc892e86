/**
 * The analysis and the corrections' plan, with the rules they run: loaded on demand by the
 * WorkbookService (parts.ts, chunk « analyse ») the first time the workbook is analysed. Nothing
 * the pane shows before its first analysis imports this file.
 */
export { analyze } from "../core/engine/analyze";
export { buildWritePlan } from "../core/engine/writePlan";
