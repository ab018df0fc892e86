/**
 * VerifPacte's report sheet (SPEC §6), shared by the CLI and the add-in: which sheet it is (its
 * name, and how a sheet is known to be VerifPacte's own), and its rows as plain data: title,
 * date, summary, header, one row per finding with its status and, once corrected, the value the
 * corrected cell shows. Every row has the same width; no text starts with =, +, - or @.
 *
 * A sheet named « Contrôles » (in any case or spelling) belongs to the user and is never touched:
 * the report is « Contrôles VerifPacte ». A sheet is VerifPacte's report when the add-in stored
 * its id (the adapter says so with `owned`), or when it bears the report's name (« Contrôles
 * VerifPacte », « Contrôles VerifPacte (2) »…) and its first cell the report's title, which is what
 * a file keeps and the command line can check. Any other sheet with the name is left alone, and
 * the report takes the next free name.
 */
import type { Analysis } from "../engine/analyze";
import { tableOf } from "../engine/tableOf";
import { findingKey } from "../engine/context";
import { CellWrite } from "../engine/plan";
import { localDateFr, startsLikeFormula } from "../engine/text";
import { FormulaLanguage, localizeText } from "../formula/locale";
import { CellValue, isErrorValue } from "../grid/model";
import { formatEuros, formatNumberFr } from "../parse/format";
import { Finding, SEVERITY_LABEL, Severity } from "../rules/types";
import { fileSections, FileError } from "./files";
import { cellFixes } from "../rules/util/fixes";
import { count, describeFix, summaryLine } from "./french";
import { CONTROLES_SHEET_NAME, CONTROLES_TITLE_PREFIX, isControlesName, isControlesTitle } from "./controlesName";

export { CONTROLES_SHEET_NAME, CONTROLES_TITLE_PREFIX, isControlesName, isControlesTitle };

export const CONTROLES_HEADER = [
  "Gravité",
  "Feuille",
  "Cellule",
  "Règle",
  "Message",
  "Correction",
  "Statut",
  "Valeur obtenue",
] as const;

/** A sheet as the adapters see it when looking for the report. */
export interface SheetCandidate {
  name: string;
  /** The value of its first cell (A1). */
  title: unknown;
  /** The adapter knows the sheet as VerifPacte's report (its id stored in the workbook). */
  owned?: boolean;
}

/** The sheet is VerifPacte's report. */
export function isControlesSheet(sheet: SheetCandidate): boolean {
  return sheet.owned === true || (isControlesName(sheet.name) && isControlesTitle(sheet.title));
}

/** Where the report goes: an existing report sheet (cleared and rebuilt) or a new sheet's free name. */
export function controlesTarget(sheets: readonly SheetCandidate[]): { name: string; existing: boolean } {
  const own = sheets.find((s) => s.owned === true) ?? sheets.find(isControlesSheet);
  if (own) return { name: own.name, existing: true };
  const taken = new Set(sheets.map((s) => s.name.trim().toUpperCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? CONTROLES_SHEET_NAME : `${CONTROLES_SHEET_NAME} (${n})`;
    if (!taken.has(name.toUpperCase())) return { name, existing: false };
  }
}

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
  /** The value each corrected finding's cell shows now, by finding key (« Valeur obtenue »). */
  results?: ReadonlyMap<string, CellValue>;
  /** The report's sheet name (default CONTROLES_SHEET_NAME; see controlesTarget). */
  name?: string;
  /** The file could not be read: its message is shown under the title. */
  fileErrors?: readonly FileError[];
  /** Formulas in messages and corrections as the user's Excel writes them (default: English, invariant). */
  formulas?: FormulaLanguage;
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
    const shown = (text: string) => localizeText(text, options.formulas ?? "en");
    const result = options.results?.get(findingKey(f));
    const obtained = result === undefined ? "" : resultText(result, tableOf(analysis.tables, f)?.kind !== "indicator");
    rows.push(
      row(
        SEVERITY_LABEL[f.severity],
        f.sheet,
        f.cell,
        f.ruleId,
        shown(f.message),
        shown(correction(analysis, f)),
        statuses[i],
        obtained,
      ),
    );
    links.push({ row: at, col: 2, target: `'${f.sheet.replace(/'/g, "''")}'!${f.cell}` });
    findingRows.push({ row: at, key: findingKey(f), severity: f.severity });
  });
  return { name: options.name ?? CONTROLES_SHEET_NAME, rows, headerRow, links, findingRows };
}

/** A cell's value as the report shows it: « 1 234,50 € » in a financial table, the error code, the text. */
function resultText(value: CellValue, money: boolean): string {
  if (value === null) return "(vide)";
  if (typeof value === "number") return money ? formatEuros(Math.round(value * 100)) : formatNumberFr(value);
  if (isErrorValue(value)) return value.error;
  if (value instanceof Date) return localDateFr(value);
  if (typeof value === "boolean") return value ? "VRAI" : "FAUX";
  return value;
}

/**
 * The value each written cell shows, for the findings the writes resolve (« Valeur obtenue »):
 * `valueOf` reads the workbook as corrected (a plan's corrected view, or the live workbook).
 * A finding correcting several cells shows the value of its own cell (the one its row names),
 * else of the first cell written for it.
 */
export function correctedResults(
  writes: readonly CellWrite[],
  valueOf: (write: CellWrite) => CellValue | undefined,
): Map<string, CellValue> {
  return resultsByFinding(writes.map((w) => ({ sheet: w.sheet, cell: w.cell, findings: w.findings, value: valueOf(w) })));
}

/** Values of written cells by finding key, each finding taking its own cell's value (see correctedResults). */
export function resultsByFinding(
  cells: readonly { sheet: string; cell: string; findings: readonly string[]; value: CellValue | undefined }[],
): Map<string, CellValue> {
  const out = new Map<string, CellValue>();
  const own = new Set<string>();
  for (const { sheet, cell, findings, value } of cells) {
    if (value === undefined) continue;
    for (const key of findings) {
      const isOwn = key.endsWith(`|${sheet}|${cell}`);
      if (own.has(key) || (out.has(key) && !isOwn)) continue;
      out.set(key, value);
      if (isOwn) own.add(key);
    }
  }
  return out;
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
