/**
 * One workbook in the synthesis: where its département is written (first pass: titles only), then,
 * once its département's workbooks were checked together, its tables with their amounts and its
 * findings (second pass).
 */
import { cellAddress, rangeAddress } from "../grid/address";
import { Sheet, Workbook } from "../grid/model";
import { Analysis, tableOf } from "../engine/analyze";
import { AnalysisCache, createAnalysisCache } from "../engine/cache";
import { Finding } from "../rules/types";
import { FinancialTable, Table } from "../tables/model";
import { TitleClue, titleClue } from "./identite";
import { tableParts } from "./montants";
import { ClasseurSynthese, ConstatSynthese, Identite, TableSynthese } from "./types";

/** A title clue and the cell it was read in. */
export interface PlacedClue {
  clue: TitleClue;
  sheet: string;
  cell: string;
}

/** Rows at the top of each sheet, and above each table, where titles are looked for. */
const TOP_ROWS = 15;
const ABOVE_TABLE = 8;
const MAX_TITLE_LENGTH = 300;

function textAt(sheet: Sheet, row: number, col: number): string | null {
  const value = sheet.value(row, col);
  return typeof value === "string" && value.length <= MAX_TITLE_LENGTH ? value : null;
}

function titleRows(sheet: Sheet, tables: readonly Table[]): number[] {
  const rows = new Set<number>();
  for (let r = 0; r < Math.min(TOP_ROWS, sheet.rowCount); r++) rows.add(r);
  for (const t of tables) {
    if (t.sheet !== sheet) continue;
    for (let r = Math.max(0, t.range.r1 - ABOVE_TABLE); r < t.range.r1; r++) rows.add(r);
  }
  return [...rows].sort((a, b) => a - b);
}

/** What the titles of a workbook say about its département, in sheet order (one clue per line). */
export function identityClues(workbook: Workbook, tables: readonly Table[]): PlacedClue[] {
  const clues: PlacedClue[] = [];
  for (const sheet of workbook.sheets) {
    for (const row of titleRows(sheet, tables)) {
      for (let col = 0; col < sheet.rowLength(row); col++) {
        const text = textAt(sheet, row, col);
        if (text === null) continue;
        for (const line of text.split(/\r?\n/)) {
          const clue = titleClue(line);
          if (clue) clues.push({ clue, sheet: sheet.name, cell: cellAddress(row, col) });
        }
      }
    }
  }
  return clues;
}

function counts(findings: readonly Finding[]): Pick<ClasseurSynthese, "erreurs" | "avertissements" | "informations"> {
  let erreurs = 0;
  let avertissements = 0;
  let informations = 0;
  for (const f of findings) {
    if (f.severity === "error") erreurs++;
    else if (f.severity === "warning") avertissements++;
    else informations++;
  }
  return { erreurs, avertissements, informations };
}

/**
 * The département named in the table's own titles (a workbook may hold one sheet per département),
 * spelled as the batch knows it; else the workbook's.
 */
export function tableIdentity(table: Table, workbook: Identite, known: ReadonlyMap<string, Identite>): Identite {
  for (const line of table.titles) {
    const clue = titleClue(line);
    if (!clue || clue.kind === "modele") continue;
    const key = clue.identite.key;
    if (key === workbook.key) return workbook;
    return (key !== null ? known.get(key) : undefined) ?? clue.identite;
  }
  return workbook;
}

function tableSynthese(
  table: FinancialTable,
  departement: Identite,
  findings: readonly Finding[],
  cache: AnalysisCache,
): TableSynthese {
  const own = findings.filter((f) => f.tableId === table.id);
  const parts = tableParts(table, cache);
  const c = counts(own);
  return {
    departement,
    file: table.workbook.name,
    sheet: table.sheet.name,
    range: rangeAddress(table.range),
    family: table.family,
    dispositif: table.dispositif,
    year: table.year,
    prevision: parts.prevision,
    execution: parts.execution,
    ...c,
    illisibles: parts.illisibles,
    fiable: c.erreurs === 0 && parts.illisibles.length === 0,
  };
}

export interface CheckedGroup {
  classeurs: ClasseurSynthese[];
  constats: ConstatSynthese[];
}

/**
 * The synthesis of each workbook of a checked group (one département's workbooks analysed
 * together) and its findings, light (no table, no fix), with the département of their table.
 */
export function checkedGroup(
  analysis: Analysis,
  identities: ReadonlyMap<Workbook, Identite>,
  known: ReadonlyMap<string, Identite>,
): CheckedGroup {
  const cache = createAnalysisCache();
  const tableDepartement = new Map<Table, Identite>();
  for (const t of analysis.tables) tableDepartement.set(t, tableIdentity(t, identities.get(t.workbook) as Identite, known));
  const classeurs = analysis.workbooks.map((workbook): ClasseurSynthese => {
    const findings = analysis.findings.filter((f) => f.file === workbook.name);
    const tables = analysis.tables.filter((t): t is FinancialTable => t.kind === "financial" && t.workbook === workbook);
    const errors = analysis.errors.filter((e) => e.file === workbook.name).map((e) => e.message);
    return {
      file: workbook.name,
      departement: identities.get(workbook) as Identite,
      tables: tables.map((t) => tableSynthese(t, tableDepartement.get(t) as Identite, findings, cache)),
      ...counts(findings),
      erreur: errors.length > 0 ? errors.join(" ; ") : null,
    };
  });
  const byName = new Map(analysis.workbooks.map((w) => [w.name, identities.get(w)?.key ?? null]));
  const constats = analysis.findings.map((f): ConstatSynthese => {
    const table = tableOf(analysis.tables, f);
    return {
      ruleId: f.ruleId,
      severity: f.severity,
      file: f.file,
      sheet: f.sheet,
      cell: f.cell,
      message: f.message,
      departement: table ? (tableDepartement.get(table)?.key ?? null) : (byName.get(f.file) ?? null),
      family: table?.family ?? null,
    };
  });
  return { classeurs, constats };
}
