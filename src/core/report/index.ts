/** Reports: findings → JSON (stable contract), French text, SARIF 2.1.0, « Contrôles » sheet rows. */
export { toJsonReport } from "./json";
export type { JsonFile, JsonFinding, JsonFix, JsonReport, JsonTable, JsonUnmapped } from "./json";
export { toTextReport } from "./text";
export type { TextReportOptions } from "./text";
export { INFORMATION_URI, SARIF_SCHEMA, toSarif } from "./sarif";
export type { SarifLog, SarifOptions, SarifResult, SarifRule } from "./sarif";
export * from "./controles";
export type { ControlesLink, ControlesOptions, ControlesSheet, FindingStatus } from "./controles";
export { fileSections } from "./files";
export type { FileError, FileSection, ReportFiles } from "./files";
export { count, describeFix, severityCounts, summaryLine, tableLabel } from "./french";
