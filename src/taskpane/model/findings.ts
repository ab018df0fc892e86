/**
 * What the findings list shows: the analysis' findings plus the ignored ones (when asked), filtered
 * by severity, rule and text, grouped Feuille → table in the workbook's order.
 */
import type { Analysis } from "../../core/engine/analyze";
import { tableOf } from "../../core/engine/tableOf";
import { findingKey } from "../../core/engine/context";
import { rangeAddress } from "../../core/grid/address";
import { normalizeText } from "../../core/parse/text";
import { ruleById } from "../../core/rules";
import type { Finding } from "../../core/rules/types";
import type { Table } from "../../core/tables/model";
import { TEXTES } from "../textes";
import type { Filters } from "./filters";

// The filters and counts, which the pane needs before its first analysis, are in filters.ts.
export { activeFilterCount, ALL_SEVERITIES, countBySeverity, DEFAULT_FILTERS } from "./filters";
export type { Filters } from "./filters";

export interface ShownFinding {
  finding: Finding;
  /** findingKey(finding): the key « Ignorer » stores. */
  key: string;
  ignored: boolean;
  /** Ignored in an earlier session: only its rule, sheet and cell are known (see ignoredFromKey). */
  placeholder: boolean;
}

export interface TableGroup {
  key: string;
  label: string;
  items: ShownFinding[];
}

export interface SheetGroup {
  key: string;
  sheet: string;
  tables: TableGroup[];
}

export function ruleTitle(ruleId: string): string {
  return ruleById(ruleId)?.meta.title ?? ruleId;
}

export function shown(finding: Finding, ignored: boolean, placeholder = false): ShownFinding {
  return { finding, key: findingKey(finding), ignored, placeholder };
}

/**
 * A finding ignored in an earlier session, rebuilt from its key `rule|file|sheet|cell` (file and
 * sheet may hold « | »: the file is one of the analysed workbooks when it matches).
 */
export function ignoredFromKey(key: string, files: readonly string[]): ShownFinding | null {
  const first = key.indexOf("|");
  const last = key.lastIndexOf("|");
  if (first < 0 || last <= first) return null;
  const ruleId = key.slice(0, first);
  const middle = key.slice(first + 1, last);
  const file = files.find((f) => middle.startsWith(`${f}|`)) ?? middle.slice(0, Math.max(0, middle.indexOf("|")));
  if (!middle.startsWith(`${file}|`)) return null;
  const finding: Finding = {
    ruleId,
    severity: ruleById(ruleId)?.meta.severity ?? "warning",
    file,
    sheet: middle.slice(file.length + 1),
    cell: key.slice(last + 1),
    message: TEXTES.constats.ignoreAncien(ruleTitle(ruleId)),
    related: [],
    fix: null,
    tableId: null,
  };
  return { finding, key, ignored: true, placeholder: true };
}

function matchesSearch(item: ShownFinding, search: string): boolean {
  const wanted = normalizeText(search);
  if (!wanted) return true;
  const { finding } = item;
  const text = [finding.message, finding.sheet, finding.cell, ruleTitle(finding.ruleId), finding.ruleId].join(" ");
  return normalizeText(text).includes(wanted);
}

export function filterFindings(items: readonly ShownFinding[], filters: Filters): ShownFinding[] {
  return items.filter(
    (item) =>
      (filters.showIgnored || !item.ignored) &&
      filters.severities.has(item.finding.severity) &&
      (filters.ruleId === "" || item.finding.ruleId === filters.ruleId) &&
      matchesSearch(item, filters.search),
  );
}

/** « Tableau financier F2 — Pacte 2025, A5:R20 ». */
export function tableGroupLabel(table: Table): string {
  const kind = table.kind === "indicator" ? TEXTES.tables.indicateurs : TEXTES.tables.financier;
  const dispositif = table.dispositif ? TEXTES.dispositifs[table.dispositif] : TEXTES.tables.dispositifInconnu;
  const year = table.year === null ? "" : ` ${table.year}`;
  return `${kind} ${table.family} — ${dispositif}${year}, ${rangeAddress(table.range)}`;
}

function tableGroupOf(tables: readonly Table[], finding: Finding): { key: string; label: string } {
  const table = tableOf(tables, finding);
  return table ? { key: table.id, label: tableGroupLabel(table) } : { key: "", label: TEXTES.constats.horsTableau };
}

/** Groups in the order of first appearance (the analysis sorts findings by sheet, row, column). */
export function groupFindings(items: readonly ShownFinding[], tables: readonly Table[]): SheetGroup[] {
  const sheets = new Map<string, SheetGroup>();
  for (const item of items) {
    const sheetKey = JSON.stringify([item.finding.file, item.finding.sheet]);
    let sheet = sheets.get(sheetKey);
    if (!sheet) {
      sheet = { key: sheetKey, sheet: item.finding.sheet, tables: [] };
      sheets.set(sheetKey, sheet);
    }
    const { key, label } = tableGroupOf(tables, item.finding);
    let group = sheet.tables.find((t) => t.key === key);
    if (!group) {
      group = { key, label, items: [] };
      sheet.tables.push(group);
    }
    group.items.push(item);
  }
  return [...sheets.values()];
}

/** The rules that have at least one finding, for the rule filter, in catalogue order. */
export function rulesPresent(items: readonly ShownFinding[]): { id: string; title: string }[] {
  const ids = [...new Set(items.map((i) => i.finding.ruleId))];
  const number = (id: string) => ruleById(id)?.meta.number ?? Number.MAX_SAFE_INTEGER;
  ids.sort((a, b) => number(a) - number(b) || a.localeCompare(b));
  return ids.map((id) => ({ id, title: ruleTitle(id) }));
}

/**
 * Every finding to list: the analysis' ones (those ignored during this session marked so), then
 * the ignored ones the analysis left out (known from this session, or rebuilt from their key).
 */
export function allShown(
  analysis: Analysis,
  ignored: ReadonlyMap<string, Finding>,
  ignoredKeys: readonly string[],
): ShownFinding[] {
  const files = analysis.workbooks.map((w) => w.name);
  const active = analysis.findings.map((f) => shown(f, ignored.has(findingKey(f))));
  const activeKeys = new Set(active.map((s) => s.key));
  const hidden = [...new Set([...ignored.keys(), ...ignoredKeys])]
    .filter((key) => !activeKeys.has(key))
    .map((key) => {
      const known = ignored.get(key);
      return known ? shown(known, true) : ignoredFromKey(key, files);
    })
    .filter((s): s is ShownFinding => s !== null);
  return [...active, ...hidden];
}
