/**
 * SARIF 2.1.0 for code-scanning tools. A workbook is the artifact; a cell is a logical location
 * (« 'Tableau financier'!H12 ») and a region whose line is the row and column the column number.
 * Read and analysis failures are tool execution notifications of the single invocation.
 */
import { parseRangeAddress, quoteSheetName } from "../grid/address";
import { Analysis, tableOf } from "../engine/analyze";
import { allRules } from "../rules";
import { Finding, Rule, Severity } from "../rules/types";
import { ReportFiles, fileSections } from "./files";
import { describeFix } from "./french";

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
export const INFORMATION_URI = "docs/regles/README.md";

type SarifLevel = "error" | "warning" | "note";

const LEVEL: Record<Severity, SarifLevel> = { error: "error", warning: "warning", info: "note" };

export interface SarifOptions extends ReportFiles {
  /** Rules described in tool.driver.rules (default: every rule). */
  rules?: readonly Rule[];
}

interface SarifRegion {
  startLine: number;
  startColumn: number;
}

interface SarifLocation {
  physicalLocation: { artifactLocation: { uri: string }; region?: SarifRegion };
  logicalLocations?: { name: string; fullyQualifiedName: string }[];
}

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri: string;
  defaultConfiguration: { level: SarifLevel };
}

export interface SarifFix {
  description: { text: string };
  artifactChanges: {
    artifactLocation: { uri: string };
    replacements: { deletedRegion: SarifRegion; insertedContent: { text: string } }[];
  }[];
}

export interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: SarifLevel;
  message: { text: string };
  locations: SarifLocation[];
  relatedLocations?: (SarifLocation & { id: number })[];
  fixes?: SarifFix[];
}

export interface SarifLog {
  $schema: string;
  version: "2.1.0";
  runs: {
    tool: { driver: { name: string; informationUri: string; rules: SarifRule[] } };
    artifacts: { location: { uri: string } }[];
    invocations: {
      executionSuccessful: boolean;
      toolExecutionNotifications: { level: "error"; message: { text: string }; locations: SarifLocation[] }[];
    }[];
    results: SarifResult[];
  }[];
}

/** A file path as a URI reference: forward slashes, special characters escaped. */
function toUri(file: string): string {
  return encodeURI(file.replace(/\\/g, "/"));
}

function region(cell: string): SarifRegion | undefined {
  const range = parseRangeAddress(cell);
  return range ? { startLine: range.r1 + 1, startColumn: range.c1 + 1 } : undefined;
}

function location(file: string, sheet: string, cell: string): SarifLocation {
  const where = region(cell);
  return {
    physicalLocation: { artifactLocation: { uri: toUri(file) }, ...(where ? { region: where } : {}) },
    logicalLocations: [{ name: cell, fullyQualifiedName: `${quoteSheetName(sheet)}!${cell}` }],
  };
}

function sarifRule(rule: Rule): SarifRule {
  return {
    id: rule.meta.id,
    name: rule.meta.id,
    shortDescription: { text: rule.meta.title },
    fullDescription: { text: rule.meta.description },
    helpUri: `docs/regles/${rule.meta.id}.md`,
    defaultConfiguration: { level: LEVEL[rule.meta.severity] },
  };
}

export function toSarif(analysis: Analysis, options: SarifOptions = {}): SarifLog {
  const rules = options.rules ?? allRules;
  const sections = fileSections(analysis, options);
  const notifications = sections.flatMap((s) =>
    s.errors.map((text) => ({
      level: "error" as const,
      message: { text },
      locations: [{ physicalLocation: { artifactLocation: { uri: toUri(s.file) } } }],
    })),
  );
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "VerifPacte", informationUri: INFORMATION_URI, rules: rules.map(sarifRule) } },
        artifacts: sections.map((s) => ({ location: { uri: toUri(s.file) } })),
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        results: sections.flatMap((s) => s.findings.map((f) => sarifResult(analysis, f, rules))),
      },
    ],
  };
}

function sarifResult(analysis: Analysis, finding: Finding, rules: readonly Rule[]): SarifResult {
  const ruleIndex = rules.findIndex((r) => r.meta.id === finding.ruleId);
  const result: SarifResult = {
    ruleId: finding.ruleId,
    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [location(finding.file, finding.sheet, finding.cell)],
  };
  if (finding.related.length > 0) {
    result.relatedLocations = finding.related.map((r, id) => ({ id, ...location(r.file ?? finding.file, r.sheet, r.cell) }));
  }
  const fix = sarifFix(analysis, finding);
  if (fix) result.fixes = [fix];
  return result;
}

function sarifFix(analysis: Analysis, finding: Finding): SarifFix | null {
  const fix = finding.fix;
  if (!fix) return null;
  const cells = fix.kind === "cells" ? fix.fixes : [fix];
  const replacements = cells.flatMap((c) => {
    const deletedRegion = region(c.cell);
    const text = c.kind === "formula" ? c.formula : c.kind === "value" ? String(c.value) : c.text;
    return deletedRegion ? [{ deletedRegion, insertedContent: { text } }] : [];
  });
  if (replacements.length === 0) return null;
  return {
    description: { text: `Correction proposée en ${quoteSheetName(fix.sheet)}!${fix.cell} : ${describeFix(fix, tableOf(analysis.tables, finding))}` },
    artifactChanges: [{ artifactLocation: { uri: toUri(finding.file) }, replacements }],
  };
}
