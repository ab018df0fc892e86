/** Reports: findings → JSON (stable contract), French text, SARIF 2.1.0, « Contrôles » sheet rows. */
export { JSON_REPORT_VERSION, toJsonReport } from "./json";
export type { JsonCellRef, JsonFile, JsonFinding, JsonFix, JsonReport, JsonTable, JsonUnmapped } from "./json";
export { toTextReport } from "./text";
export type { TextReportOptions } from "./text";
export { SARIF_SCHEMA, toSarif } from "./sarif";
export type { SarifLog, SarifOptions, SarifResult, SarifRun } from "./sarif";
export type { SarifRule } from "./sarif-rules";
export * from "./controles";
export type { ControlesLink, ControlesOptions, ControlesSheet, FindingStatus } from "./controles";
export { fileSections } from "./files";
export type { FileError, FileSection, ReportFiles } from "./files";
export { FINGERPRINT_NAME, fingerprints } from "./fingerprints";
export { escapeControls } from "./escape";
export { TOOL_NAME, TOOL_VERSION } from "./product";
export { count, describeFix, severityCounts, summaryLine, tableLabel } from "./french";
