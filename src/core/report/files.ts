/** What every report shows per file: its tables, findings, unmapped regions and errors. */
import { Workbook } from "../grid/model";
import { Analysis } from "../engine/analyze";
import { Finding } from "../rules/types";
import { Table, UnmappedRegion } from "../tables/model";

/** A file the caller could not read (so it never became a Workbook), with the French reason. */
export interface FileError {
  file: string;
  message: string;
}

/** Which files a report lists besides the analysed workbooks, and in which order. */
export interface ReportFiles {
  /** Files that failed to read: listed with their message and nothing else. */
  fileErrors?: readonly FileError[];
  /** File names in the order given by the user; default: the workbooks, then the failed files. */
  order?: readonly string[];
}

export interface FileSection {
  file: string;
  workbook: Workbook | null;
  /** French messages: read failure, recognition failure, rule failures. */
  errors: string[];
  tables: Table[];
  findings: Finding[];
  unmapped: UnmappedRegion[];
}

export function fileSections(analysis: Analysis, files: ReportFiles = {}): FileSection[] {
  const fileErrors = files.fileErrors ?? [];
  const names = [
    ...(files.order ?? [...analysis.workbooks.map((w) => w.name), ...fileErrors.map((e) => e.file)]),
    ...analysis.errors.map((e) => e.file),
    ...analysis.findings.map((f) => f.file),
  ];
  return [...new Set(names)].map((file) => ({
    file,
    workbook: analysis.workbooks.find((w) => w.name === file) ?? null,
    errors: [...fileErrors, ...analysis.errors].filter((e) => e.file === file).map((e) => e.message),
    tables: analysis.tables.filter((t) => t.workbook.name === file),
    findings: analysis.findings.filter((f) => f.file === file),
    unmapped: analysis.unmapped.filter((u) => u.workbook.name === file),
  }));
}
