/**
 * The analysis: recognise the tables of every workbook, then run every rule once over all the
 * tables together, so that cross-sheet and cross-workbook rules (reports N−1 → N) see everything.
 */
import { parseRangeAddress } from "../grid/address";
import { Workbook } from "../grid/model";
import { allRules } from "../rules";
import { Finding, Rule } from "../rules/types";
import { isReportSheet } from "../report/controlesName";
import { Settings, withDefaults } from "../settings";
import { recognize } from "../tables";
import { Table, UnmappedRegion } from "../tables/model";
import { AnalysisCache, createAnalysisCache } from "./cache";
import { createRuleContext, findingKey } from "./context";
import { settleAnalysis } from "./settlement";

/** Something that kept a workbook from being fully analysed, in French. */
export interface AnalysisError {
  file: string;
  message: string;
}

export interface Analysis {
  workbooks: Workbook[];
  tables: Table[];
  unmapped: UnmappedRegion[];
  /** Sorted by file (order given), sheet (workbook order), row, column, rule number; no duplicates. */
  findings: Finding[];
  errors: AnalysisError[];
}

export interface AnalyzeOptions {
  /**
   * Settle the fixes before offering them (default true, engine/settlement.ts): every fix is
   * checked on the workbooks « tout corriger » leaves, and says the result they compute.
   */
  settle?: boolean;
}

export function analyze(
  workbooks: Workbook[],
  settings?: Partial<Settings>,
  rules: readonly Rule[] = allRules,
  options: AnalyzeOptions = {},
): Analysis {
  const full = withDefaults(settings);
  const analysis: Analysis = { workbooks, tables: [], unmapped: [], findings: [], errors: [] };
  for (const workbook of workbooks) recognizeInto(analysis, workbook, full);
  const cache: AnalysisCache = createAnalysisCache();
  const raw = runRules(analysis, rules, full, cache);
  const ignored = new Set(full.ignores);
  const kept = raw.filter((f) => !ignored.has(findingKey(f)));
  analysis.findings = sortFindings(dedupe(kept), workbooks, rules);
  if (options.settle !== false) settleInto(analysis, full, rules, cache);
  return analysis;
}

function settleInto(analysis: Analysis, settings: Settings, rules: readonly Rule[], cache: AnalysisCache): void {
  try {
    analysis.findings = sortFindings(settleAnalysis(analysis, settings, rules, cache), analysis.workbooks, rules);
  } catch (error) {
    const message = `La vérification des corrections proposées a échoué (${errorText(error)}) : elles ne sont pas proposées.`;
    analysis.findings = analysis.findings.map((f) => (f.fix && f.fix.kind !== "comment" ? { ...f, fix: null } : f));
    for (const workbook of analysis.workbooks) analysis.errors.push({ file: workbook.name, message });
  }
}

export { tableOf } from "./tableOf";

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function recognizeInto(analysis: Analysis, workbook: Workbook, settings: Settings): void {
  try {
    const recognition = recognize(workbook, settings);
    // VerifPacte's own report sheet (a corrected copy carries one) quotes findings: never a table.
    analysis.tables.push(...recognition.tables.filter((t) => !isReportSheet(t.sheet)));
    analysis.unmapped.push(...recognition.unmapped.filter((u) => !isReportSheet(u.sheet)));
  } catch (error) {
    analysis.errors.push({
      file: workbook.name,
      message: `La reconnaissance des tableaux a échoué (${errorText(error)}) : ce classeur n'a pas été contrôlé.`,
    });
  }
}

/** Runs each rule once; a rule that throws is reported for every workbook and the others go on. */
function runRules(analysis: Analysis, rules: readonly Rule[], settings: Settings, cache: AnalysisCache): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    try {
      rule.check(createRuleContext(rule, analysis.tables, settings, findings, cache, analysis.unmapped));
    } catch (error) {
      const message =
        `La règle « ${rule.meta.id} » (n° ${rule.meta.number}) s'est arrêtée sur une erreur interne ` +
        `(${errorText(error)}) : ses constats peuvent manquer.`;
      for (const workbook of analysis.workbooks) analysis.errors.push({ file: workbook.name, message });
    }
  }
  return findings;
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = JSON.stringify([f.ruleId, f.severity, f.file, f.sheet, f.cell, f.message, f.related, f.fix, f.tableId]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function sortFindings(findings: Finding[], workbooks: Workbook[], rules: readonly Rule[]): Finding[] {
  const fileRank = new Map(workbooks.map((w, i) => [w.name, i]));
  const ruleRank = new Map(rules.map((r) => [r.meta.id, r.meta.number]));
  const sheetRank = (f: Finding) => {
    const workbook = workbooks.find((w) => w.name === f.file);
    const index = workbook ? workbook.sheets.findIndex((s) => s.name === f.sheet) : -1;
    return index < 0 ? Number.MAX_SAFE_INTEGER : index;
  };
  const keyOf = (f: Finding): (number | string)[] => {
    const position = parseRangeAddress(f.cell);
    return [
      fileRank.get(f.file) ?? Number.MAX_SAFE_INTEGER,
      f.file,
      sheetRank(f),
      f.sheet,
      position?.r1 ?? Number.MAX_SAFE_INTEGER,
      position?.c1 ?? Number.MAX_SAFE_INTEGER,
      ruleRank.get(f.ruleId) ?? Number.MAX_SAFE_INTEGER,
    ];
  };
  const keyed = findings.map((f) => ({ f, key: keyOf(f) }));
  keyed.sort((a, b) => compareKeys(a.key, b.key));
  return keyed.map((k) => k.f);
}

function compareKeys(a: (number | string)[], b: (number | string)[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (typeof x === "number" && typeof y === "number") return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return 0;
}
