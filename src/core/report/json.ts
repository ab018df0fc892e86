/**
 * The JSON report, a stable contract (version 1): keys and their order are fixed.
 *
 * {"version":1,"files":[{"file","error","tables":[{"sheet","range","family","dispositif","year"}],
 *   "findings":[{"ruleId","severity","sheet","cell","message","related":[{"sheet","cell","file"?}],
 *   "fix":null|{"cell","value"}|{"cell","formula"}|{"cell","comment"}}],"unmapped"?}]}
 *
 * Additive keys, allowed by version 1 (a reader must ignore keys it does not know):
 * - "unmapped": [{"sheet","row","reason"}] after "findings", only when the file has regions that
 *   look like tables but could not be mapped (row: 1-based header row, or null);
 * - "sheet" at the end of a fix, only when the fix is on another sheet than its finding;
 * - "file" in a related cell only when that cell is in another file.
 */
import { rangeAddress } from "../grid/address";
import { Analysis } from "../engine/analyze";
import { BudgetFamily, Dispositif, Family } from "../referentiel/types";
import { CellRef, Finding, Fix, Severity } from "../rules/types";
import { Table, UnmappedRegion } from "../tables/model";
import { FileError, fileSections } from "./files";

export interface JsonTable {
  sheet: string;
  range: string;
  family: Family | BudgetFamily;
  dispositif: Dispositif | null;
  year: number | null;
}

export type JsonFix =
  | { cell: string; value: number | string; sheet?: string }
  | { cell: string; formula: string; sheet?: string }
  | { cell: string; comment: string; sheet?: string };

export interface JsonFinding {
  ruleId: string;
  severity: Severity;
  sheet: string;
  cell: string;
  message: string;
  related: CellRef[];
  fix: JsonFix | null;
}

export interface JsonUnmapped {
  sheet: string;
  row: number | null;
  reason: string;
}

export interface JsonFile {
  file: string;
  error: string | null;
  tables: JsonTable[];
  findings: JsonFinding[];
  unmapped?: JsonUnmapped[];
}

export interface JsonReport {
  version: 1;
  files: JsonFile[];
}

export function toJsonReport(analysis: Analysis, fileErrors: readonly FileError[] = [], order?: readonly string[]): JsonReport {
  const files = fileSections(analysis, { fileErrors, order }).map((section): JsonFile => {
    const file: JsonFile = {
      file: section.file,
      error: section.errors.length > 0 ? section.errors.join(" ; ") : null,
      tables: section.tables.map(jsonTable),
      findings: section.findings.map(jsonFinding),
    };
    if (section.unmapped.length > 0) file.unmapped = section.unmapped.map(jsonUnmapped);
    return file;
  });
  return { version: 1, files };
}

function jsonTable(table: Table): JsonTable {
  return {
    sheet: table.sheet.name,
    range: rangeAddress(table.range),
    family: table.family,
    dispositif: table.dispositif,
    year: table.year,
  };
}

function jsonFinding(finding: Finding): JsonFinding {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    sheet: finding.sheet,
    cell: finding.cell,
    message: finding.message,
    related: finding.related.map((r) =>
      r.file !== undefined && r.file !== finding.file ? { sheet: r.sheet, cell: r.cell, file: r.file } : { sheet: r.sheet, cell: r.cell },
    ),
    fix: finding.fix && jsonFix(finding.fix, finding.sheet),
  };
}

function jsonFix(fix: Fix, findingSheet: string): JsonFix {
  const sheet = fix.sheet === findingSheet ? {} : { sheet: fix.sheet };
  switch (fix.kind) {
    case "value":
      return { cell: fix.cell, value: fix.value, ...sheet };
    case "formula":
      return { cell: fix.cell, formula: fix.formula, ...sheet };
    case "comment":
      return { cell: fix.cell, comment: fix.text, ...sheet };
  }
}

function jsonUnmapped(region: UnmappedRegion): JsonUnmapped {
  return { sheet: region.sheet.name, row: region.headerRow === null ? null : region.headerRow + 1, reason: region.reason };
}
