/**
 * Fingerprints: the same anomaly keeps the same fingerprint from one run to the next, so that a
 * code-scanning dashboard keeps one alert open instead of closing and reopening it.
 *
 * A finding is identified by its rule, its workbook (path as given, « / » separators), its sheet,
 * its table (family and rank among the sheet's tables of that family) and the role of its cell in
 * the table: the row's label (kind, fiche number, title, axe; for an indicator, its action and
 * label) and the column's role (« cdTotal », « cible 2025 »). Not its address nor its message:
 * inserting a row above the table or editing an amount elsewhere changes neither. A cell outside
 * any table, or outside the table's rows and columns, is identified by its address.
 *
 * The fingerprint is the 64-bit FNV-1a hash of that identity (UTF-16 code units, 16 hex digits),
 * then « :n », n numbering in report order the findings of a run that share the identity (two
 * reports of one rule on one cell): no two findings of a run share a fingerprint.
 */
import { columnLetter, parseRangeAddress } from "../grid/address";
import { Analysis, tableOf } from "../engine/analyze";
import { Finding } from "../rules/types";
import { BudgetTable, FinancialTable, IndicatorTable, Table, sheetColumn } from "../tables/model";
import { normalizedPath } from "./uri";

/** Name of the fingerprint in SARIF partialFingerprints (versioned: a new scheme gets a new name). */
export const FINGERPRINT_NAME = "verifpacte/v1";

/**
 * FNV-1a, 64 bits, over the UTF-16 code units: 16 lowercase hex digits. The 64-bit state is kept
 * in four 16-bit limbs (v0 lowest); multiplying by the FNV prime 2^40 + 0x1b3 is « × 0x1b3 » plus
 * « v0, v1 shifted into v2, v3 by 8 bits », carries propagated upwards.
 */
export function fnv1a64(text: string): string {
  let v0 = 0x2325;
  let v1 = 0x8422;
  let v2 = 0x9ce4;
  let v3 = 0xcbf2;
  for (let i = 0; i < text.length; i++) {
    v0 ^= text.charCodeAt(i);
    const t0 = v0 * 0x1b3;
    let t1 = v1 * 0x1b3;
    let t2 = v2 * 0x1b3 + (v0 << 8);
    const t3 = v3 * 0x1b3 + (v1 << 8);
    t1 += t0 >>> 16;
    t2 += t1 >>> 16;
    v0 = t0 & 0xffff;
    v1 = t1 & 0xffff;
    v2 = t2 & 0xffff;
    v3 = (t3 + (t2 >>> 16)) & 0xffff;
  }
  return [v3, v2, v1, v0].map((v) => v.toString(16).padStart(4, "0")).join("");
}

function label(text: string | null | undefined): string {
  return (text ?? "").replace(/\s+/g, " ").trim();
}

/** « F1#0 »: the family and the rank of each table among its sheet's tables of that family. */
function tableIdentities(tables: readonly Table[]): Map<Table, string> {
  const identities = new Map<Table, string>();
  const counts = new Map<string, number>();
  for (const table of tables) {
    const key = JSON.stringify([table.workbook.name, table.sheet.name, table.family]);
    const rank = counts.get(key) ?? 0;
    counts.set(key, rank + 1);
    identities.set(table, `${table.family}#${rank}`);
  }
  return identities;
}

function isHeaderRow(table: Table, row: number): boolean {
  return row <= table.headerRow || table.repeatedHeaderRows.includes(row);
}

function financialRole(table: FinancialTable, row: number, col: number): string[] {
  const line = table.rows.find((r) => r.row === row);
  const rowRole = isHeaderRow(table, row)
    ? ["en-tête"]
    : line
      ? [line.kind, label(line.fiche), label(line.title), label(line.axe), label(line.label), line.funder ?? ""]
      : null;
  const column = table.columns.find((c) => sheetColumn(table, row, c.col) === col);
  return [...(rowRole ?? ["ligne", String(row + 1)]), column ? column.key : `colonne ${columnLetter(col)}`];
}

function indicatorRole(table: IndicatorTable, row: number, col: number): string[] {
  const line = table.rows.find((r) => r.row === row);
  const rowRole = isHeaderRow(table, row)
    ? ["en-tête"]
    : line
      ? [line.kind, label(line.action), label(line.label)]
      : ["ligne", String(row + 1)];
  const column = table.columns.find((c) => sheetColumn(table, row, c.col) === col);
  const columnRole = column ? `${column.role} ${column.year ?? ""} ${column.period}` : `colonne ${columnLetter(col)}`;
  return [...rowRole, columnRole];
}

/** A money cell of an F7–F11 table: its line (kind, label, funder) and its measure (header, year, phase). */
function budgetRole(table: BudgetTable, row: number, col: number): string[] {
  const cell = table.grid.cells.find((c) => c.row === row && c.col === col);
  if (!cell) return ["ligne", String(row + 1), `colonne ${columnLetter(col)}`];
  const line = table.grid.lines[cell.line];
  const measure = table.grid.measures[cell.measure];
  return [
    line.kind,
    label(line.label),
    line.funder ?? "",
    `${label(measure.header)} ${measure.year ?? ""} ${measure.phase ?? ""}`,
  ];
}

/** What identifies a finding across runs (see the module comment). */
function findingIdentity(analysis: Analysis, tables: Map<Table, string>, finding: Finding): string {
  const table = tableOf(analysis.tables, finding);
  const at = parseRangeAddress(finding.cell);
  const role = (t: Table, row: number, col: number) =>
    t.kind === "financial"
      ? financialRole(t, row, col)
      : t.kind === "budget"
        ? budgetRole(t, row, col)
        : indicatorRole(t, row, col);
  const place = table && at ? [tables.get(table) ?? table.family, ...role(table, at.r1, at.c1)] : ["cellule", finding.cell];
  return JSON.stringify([finding.ruleId, normalizedPath(finding.file), finding.sheet, ...place]);
}

/** The fingerprint of every finding of the analysis, all distinct. */
export function fingerprints(analysis: Analysis): Map<Finding, string> {
  const tables = tableIdentities(analysis.tables);
  const result = new Map<Finding, string>();
  const used = new Set<string>();
  const seen = new Map<string, number>();
  for (const finding of analysis.findings) {
    const hash = fnv1a64(findingIdentity(analysis, tables, finding));
    let n = (seen.get(hash) ?? 0) + 1;
    while (used.has(`${hash}:${n}`)) n++;
    seen.set(hash, n);
    used.add(`${hash}:${n}`);
    result.set(finding, `${hash}:${n}`);
  }
  return result;
}
