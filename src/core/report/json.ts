/**
 * The JSON report, a stable contract described field by field by the JSON Schema
 * docs/rapport.schema.json (version 2; README « Le contrat JSON » for the version policy).
 *
 * Every key is always present, in a fixed order; a value that can be missing is null, a list
 * that can be empty is []. Texts from the workbooks are escaped for display (escape.ts).
 */
import { rangeAddress } from "../grid/address";
import { Analysis, tableOf } from "../engine/analyze";
import { BudgetFamily, Dispositif, Family } from "../referentiel/types";
import { Finding, Fix, Severity } from "../rules/types";
import { Table, UnmappedRegion } from "../tables/model";
import { escapeStrings } from "./escape";
import { ReportFiles, fileSections } from "./files";
import { fingerprints } from "./fingerprints";
import { TOOL_NAME, TOOL_VERSION } from "./product";

/** Version of the contract: raised when a key is removed or renamed, or a value changes type or meaning. */
export const JSON_REPORT_VERSION = 2;

export interface JsonTable {
  sheet: string;
  range: string;
  family: Family | BudgetFamily;
  dispositif: Dispositif | null;
  year: number | null;
  /** How the dispositif and the year were decided, in French. */
  detection: string;
}

/** A proposed correction of one cell: a value or a formula. */
export type JsonCellFix =
  | { sheet: string; cell: string; value: number | string }
  | { sheet: string; cell: string; formula: string; expected: number | null };

/**
 * A proposed correction: of one cell (a value, a formula, a commentaire to append), or of several
 * cells at once (one finding grouping repetitive warnings: `cell` is the first, `fixes` each one).
 */
export type JsonFix =
  JsonCellFix | { sheet: string; cell: string; comment: string } | { sheet: string; cell: string; fixes: JsonCellFix[] };

export interface JsonCellRef {
  file: string;
  sheet: string;
  cell: string;
}

export interface JsonFinding {
  fingerprint: string;
  ruleId: string;
  severity: Severity;
  sheet: string;
  cell: string;
  /** Index of the finding's table in its file's `tables`; null outside any table. */
  table: number | null;
  message: string;
  related: JsonCellRef[];
  fix: JsonFix | null;
}

export interface JsonUnmapped {
  sheet: string;
  /** 1-based row of the header-like row; null when none was found. */
  row: number | null;
  reason: string;
}

export interface JsonFile {
  file: string;
  errors: string[];
  tables: JsonTable[];
  findings: JsonFinding[];
  unmapped: JsonUnmapped[];
}

export interface JsonReport {
  version: typeof JSON_REPORT_VERSION;
  tool: { name: string; version: string };
  files: JsonFile[];
}

export function toJsonReport(analysis: Analysis, files: ReportFiles = {}): JsonReport {
  const prints = fingerprints(analysis);
  const report: JsonReport = {
    version: JSON_REPORT_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    files: fileSections(analysis, files).map((section) => ({
      file: section.file,
      errors: section.errors,
      tables: section.tables.map(jsonTable),
      findings: section.findings.map((finding) => {
        const table = tableOf(section.tables, finding);
        return jsonFinding(finding, prints.get(finding) ?? "", table ? section.tables.indexOf(table) : null);
      }),
      unmapped: section.unmapped.map(jsonUnmapped),
    })),
  };
  return escapeStrings(report);
}

/** The JSON form of a table (also the « table » property of a SARIF result). */
export function jsonTable(table: Table): JsonTable {
  return {
    sheet: table.sheet.name,
    range: rangeAddress(table.range),
    family: table.family,
    dispositif: table.dispositif,
    year: table.year,
    detection: table.detection,
  };
}

function jsonFinding(finding: Finding, fingerprint: string, table: number | null): JsonFinding {
  return {
    fingerprint,
    ruleId: finding.ruleId,
    severity: finding.severity,
    sheet: finding.sheet,
    cell: finding.cell,
    table,
    message: finding.message,
    related: finding.related.map((r) => ({ file: r.file ?? finding.file, sheet: r.sheet, cell: r.cell })),
    fix: finding.fix && jsonFix(finding.fix),
  };
}

/** The JSON form of a fix (also the « fix » property of a SARIF result). */
export function jsonFix(fix: Fix): JsonFix {
  switch (fix.kind) {
    case "value":
      return { sheet: fix.sheet, cell: fix.cell, value: fix.value };
    case "formula":
      return { sheet: fix.sheet, cell: fix.cell, formula: fix.formula, expected: fix.expected ?? null };
    case "comment":
      return { sheet: fix.sheet, cell: fix.cell, comment: fix.text };
    case "cells":
      return { sheet: fix.sheet, cell: fix.cell, fixes: fix.fixes.map((f) => jsonFix(f) as JsonCellFix) };
  }
}

function jsonUnmapped(region: UnmappedRegion): JsonUnmapped {
  return { sheet: region.sheet.name, row: region.headerRow === null ? null : region.headerRow + 1, reason: region.reason };
}
