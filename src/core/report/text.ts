/**
 * The French text report: per file, per sheet and table, each finding with its proposed fix.
 * Every text from a workbook (file and sheet names, messages, fixes, reasons) goes through
 * escapeControls: a cell cannot clear the terminal, retitle it, or reorder what is displayed.
 */
import { Analysis, tableOf } from "../engine/analyze";
import { quoteSheetName } from "../grid/address";
import { CellRef, Finding, SEVERITY_LABEL, Severity } from "../rules/types";
import { FormulaLanguage, localizeText } from "../formula/locale";
import { Table } from "../tables/model";
import { escapeControls as safe } from "./escape";
import { FileSection, ReportFiles, fileSections } from "./files";
import { count, describeFix, summaryLine, tableLabel } from "./french";

export interface TextReportOptions extends ReportFiles {
  /** ANSI colours for a terminal (off by default). */
  color?: boolean;
  /** Formulas in messages and corrections as a French or English Excel writes them (default: English, invariant). */
  formulas?: FormulaLanguage;
}

const ANSI: Record<Severity | "bold", string> = {
  error: "\x1b[31m",
  warning: "\x1b[33m",
  info: "\x1b[36m",
  bold: "\x1b[1m",
};

type Paint = (style: Severity | "bold", text: string) => string;

export function toTextReport(analysis: Analysis, options: TextReportOptions = {}): string {
  const paint: Paint = options.color ? (style, text) => `${ANSI[style]}${text}\x1b[0m` : (_style, text) => text;
  const sections = fileSections(analysis, options);
  const shown = (text: string) => localizeText(text, options.formulas ?? "en");
  const lines = sections.flatMap((section) => [...fileLines(section, paint, shown), ""]);
  const all = sections.flatMap((s) => s.findings);
  const tables = sections.reduce((n, s) => n + s.tables.length, 0);
  const unmapped = sections.reduce((n, s) => n + s.unmapped.length, 0);
  lines.push(
    paint("bold", `Bilan général (${count(sections.length, "classeur", "classeurs")}) : ${summaryLine(all, tables, unmapped)}`),
  );
  return lines.join("\n") + "\n";
}

type Shown = (text: string) => string;

function fileLines(section: FileSection, paint: Paint, shown: Shown): string[] {
  const lines = [paint("bold", `Classeur « ${safe(section.file)} »`)];
  for (const error of section.errors) lines.push(`  ${paint("error", "Erreur")} : ${safe(error)}`);
  for (const sheet of sheetOrder(section)) {
    for (const table of section.tables.filter((t) => t.sheet.name === sheet)) {
      const findings = section.findings.filter((f) => tableOf(section.tables, f) === table);
      lines.push(`  Feuille « ${safe(sheet)} », ${tableLabel(table)}`);
      lines.push(...(findings.length > 0 ? findingLines(findings, table, paint, shown) : ["    aucune anomalie"]));
    }
    const outside = section.findings.filter((f) => f.sheet === sheet && tableOf(section.tables, f) === undefined);
    if (outside.length > 0)
      lines.push(`  Feuille « ${safe(sheet)} », hors table`, ...findingLines(outside, undefined, paint, shown));
  }
  if (section.unmapped.length > 0) {
    lines.push("  Zones non reconnues :");
    for (const u of section.unmapped) {
      const row = u.headerRow === null ? "" : `, ligne ${u.headerRow + 1}`;
      lines.push(`    Feuille « ${safe(u.sheet.name)} »${row} : ${safe(u.reason)}`);
    }
  }
  lines.push(`  Bilan : ${summaryLine(section.findings, section.tables.length, section.unmapped.length)}`);
  return lines;
}

/** Sheets with tables or findings, in workbook order (unknown sheets last, as found). */
function sheetOrder(section: FileSection): string[] {
  const used = new Set([...section.tables.map((t) => t.sheet.name), ...section.findings.map((f) => f.sheet)]);
  const ordered = (section.workbook?.sheets ?? []).map((s) => s.name).filter((name) => used.has(name));
  return [...new Set([...ordered, ...used])];
}

/** « 'Tableau financier'!C4 », with « « autre.xlsx » » first when the cell is in another file. */
function relatedText(finding: Finding, related: CellRef): string {
  const file = related.file !== undefined && related.file !== finding.file ? `« ${related.file} » ` : "";
  return safe(`${file}${quoteSheetName(related.sheet)}!${related.cell}`);
}

function findingLines(findings: Finding[], table: Table | undefined, paint: Paint, shown: Shown): string[] {
  return findings.flatMap((f) => {
    const lines = [
      `    ${safe(f.cell)}  ${paint(f.severity, SEVERITY_LABEL[f.severity])}  [${f.ruleId}]  ${safe(shown(f.message))}`,
    ];
    if (f.related.length > 0) lines.push(`      voir aussi : ${f.related.map((r) => relatedText(f, r)).join(", ")}`);
    if (f.fix) lines.push(`      → correction proposée : ${safe(shown(describeFix(f.fix, table)))}`);
    return lines;
  });
}
