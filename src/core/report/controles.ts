/**
 * The rows of the « Contrôles » report sheet (SPEC §6), as plain data that the CLI (ExcelJS) and
 * the add-in (office-js) both write: title, date, summary, header, one row per finding.
 * Every row has the same width; no text starts with =, +, - or @ (it would become a formula).
 */
import { Analysis, tableOf } from "../engine/analyze";
import { findingKey } from "../engine/context";
import { localDateFr, startsLikeFormula } from "../engine/text";
import { Finding, SEVERITY_LABEL, Severity } from "../rules/types";
import { fileSections, FileError } from "./files";
import { cellFixes } from "../rules/util/fixes";
import { count, describeFix, summaryLine } from "./french";

export const CONTROLES_SHEET_NAME = "Contrôles";

export const CONTROLES_HEADER = ["Gravité", "Feuille", "Cellule", "Règle", "Message", "Correction", "Statut"] as const;

/** « feuille protégée »: the fix could not be written, its sheet being protected (copy of a file). */
export type FindingStatus = "corrigé" | "à justifier" | "ignoré" | "à corriger" | "feuille protégée";

/** Plural forms for the status summary line. */
const STATUS_PLURAL: Record<FindingStatus, string> = {
  "à corriger": "à corriger",
  "à justifier": "à justifier",
  corrigé: "corrigés",
  ignoré: "ignorés",
  "feuille protégée": "sur feuille protégée",
};

export interface ControlesOptions {
  today: Date;
  /** Status by finding key (see findingKey); default « à corriger » with a fix, else « à justifier ». */
  statuses?: ReadonlyMap<string, FindingStatus>;
  /** The file could not be read: its message is shown under the title. */
  fileErrors?: readonly FileError[];
}

export interface ControlesLink {
  /** 0-based row and column in `rows`. */
  row: number;
  col: number;
  /** Target inside the workbook, sheet always quoted: « 'Tableau financier'!H12 » (ExcelJS: prefix "#"). */
  target: string;
}

export interface ControlesSheet {
  name: string;
  /** Rectangular: every row has CONTROLES_HEADER.length cells ("" for blanks). */
  rows: string[][];
  /** 0-based index of the header row in `rows`. */
  headerRow: number;
  links: ControlesLink[];
  /** Which row shows which finding (to colour by severity and update a status). */
  findingRows: { row: number; key: string; severity: Severity }[];
}

const WIDTH = CONTROLES_HEADER.length;

/** Text safe to write as a cell value: a leading =, +, - or @ is kept out of Excel's formula parser. */
function cellText(text: string): string {
  return startsLikeFormula(text) ? `« ${text} »` : text;
}

function row(...cells: string[]): string[] {
  const padded = [...cells, ...Array<string>(WIDTH - cells.length).fill("")];
  return padded.map(cellText);
}

function defaultStatus(finding: Finding): FindingStatus {
  return finding.fix && finding.fix.kind !== "comment" ? "à corriger" : "à justifier";
}

/** The « Contrôles » sheet of one workbook (hyperlinks only make sense inside the workbook). */
export function controlesSheet(analysis: Analysis, file: string, options: ControlesOptions): ControlesSheet {
  const section = fileSections(analysis, { fileErrors: options.fileErrors, order: [file] })[0];
  const statusOf = (f: Finding) => options.statuses?.get(findingKey(f)) ?? defaultStatus(f);
  const statuses = section.findings.map(statusOf);
  const statusCounts = (Object.keys(STATUS_PLURAL) as FindingStatus[])
    .map((s) => ({ s, n: statuses.filter((x) => x === s).length }))
    .filter(({ n }) => n > 0)
    .map(({ s, n }) => count(n, s, STATUS_PLURAL[s]));
  const rows = [
    row(`Contrôles VerifPacte — ${file}`),
    row(`Contrôle du ${localDateFr(options.today)}`),
    row(summaryLine(section.findings, section.tables.length, section.unmapped.length)),
    ...(statusCounts.length > 0 ? [row(`Statuts : ${statusCounts.join(", ")}`)] : []),
    ...section.errors.map((e) => row(`Erreur : ${e}`)),
    row(),
  ];
  const headerRow = rows.length;
  rows.push(row(...CONTROLES_HEADER));
  const links: ControlesLink[] = [];
  const findingRows: ControlesSheet["findingRows"] = [];
  section.findings.forEach((f, i) => {
    const at = rows.length;
    rows.push(row(SEVERITY_LABEL[f.severity], f.sheet, f.cell, f.ruleId, f.message, correction(analysis, f), statuses[i]));
    links.push({ row: at, col: 2, target: `'${f.sheet.replace(/'/g, "''")}'!${f.cell}` });
    findingRows.push({ row: at, key: findingKey(f), severity: f.severity });
  });
  return { name: CONTROLES_SHEET_NAME, rows, headerRow, links, findingRows };
}

/** « formule =G12+J12 (résultat attendu : …) », « valeur 1 234,56 € », « valeurs 3 cellules : … », « commentaire « … » ». */
function correction(analysis: Analysis, finding: Finding): string {
  if (!finding.fix) return "";
  const text = describeFix(finding.fix, tableOf(analysis.tables, finding));
  if (finding.fix.kind === "comment") return text;
  const fixes = cellFixes(finding.fix);
  const kinds = new Set(fixes.map((f) => f.kind));
  const several = fixes.length > 1 ? "s" : "";
  const label = kinds.size > 1 ? "corrections" : `${kinds.has("formula") ? "formule" : "valeur"}${several}`;
  return `${label} ${text}`;
}
