/**
 * The analysis settles the fixes of all its findings (« tout corriger », engine/settle.ts) before
 * offering them: each finding's fix is the content the settled plan writes, with the result the
 * corrected workbooks compute, and its message says so; a withdrawn fix leaves its finding
 * without fix, with the reason; cells the corrections call to change become findings. The
 * settlement is kept with the analysis, so that « tout corriger » does not settle again.
 */
import { formatEuros } from "../parse/format";
import { Finding, Fix, Rule } from "../rules/types";
import { Settings } from "../settings";
import type { Analysis } from "./analyze";
import { AnalysisCache } from "./cache";
import { findingKey } from "./context";
import { CellWrite, PlanConflict } from "./plan";
import { settle, Settled } from "./settle";
import { knownFixes, planCells } from "./planCells";

export interface Settlement {
  /** Keys of the findings whose cell fixes were settled together. */
  keys: Set<string>;
  settled: Settled;
  /** Fixes refused before settling (formula injection guard, bad addresses). */
  refused: PlanConflict[];
  settings: Settings;
  rules: readonly Rule[];
  cache: AnalysisCache;
}

const settlements = new WeakMap<Analysis, Settlement>();

export function settlementOf(analysis: Analysis): Settlement | undefined {
  return settlements.get(analysis);
}

/** Prefix of the findings the corrections themselves call for. */
export const INDUCED_PREFIX = "Une fois les autres corrections faites : ";

/** Settles every cell fix of the analysis and rewrites its findings accordingly; returns the new findings list. */
export function settleAnalysis(analysis: Analysis, settings: Settings, rules: readonly Rule[], cache: AnalysisCache): Finding[] {
  const selected = analysis.findings.filter((f) => f.fix && f.fix.kind !== "comment");
  if (selected.length === 0) return analysis.findings;
  const refused: PlanConflict[] = [];
  const cells = planCells(analysis, selected, refused, rules);
  const known = knownFixes(analysis.findings);
  const settled = settle({ workbooks: analysis.workbooks, tables: analysis.tables, settings, rules, cache, induced: true, known }, cells);
  const byFinding = new Map<string, CellWrite>();
  for (const write of settled.writes) for (const key of write.findings) byFinding.set(key, write);
  const reasons = new Map<string, string>();
  for (const c of [...refused, ...settled.withdrawn]) for (const key of c.findings) reasons.set(key, c.message);
  const induced = settled.induced.map((f) => inducedFinding(f, byFinding.get(findingKey(f))));
  const inducedKeys = new Set(induced.map(findingKey));
  const findings = [
    ...analysis.findings.filter((f) => !inducedKeys.has(findingKey(f))).map((f) => settledFinding(f, byFinding.get(findingKey(f)), reasons.get(findingKey(f)))),
    ...induced,
  ];
  const keys = new Set(findings.filter((f) => f.fix && f.fix.kind !== "comment").map(findingKey));
  settlements.set(analysis, { keys, settled, refused, settings, rules, cache });
  return findings;
}

function writtenFix(write: CellWrite, sheet: string): Fix {
  if (write.kind === "value") return { kind: "value", sheet, cell: write.cell, value: write.value as number | string };
  const fix: Fix = { kind: "formula", sheet, cell: write.cell, formula: write.formula as string };
  return write.expected === undefined ? fix : { ...fix, expected: write.expected };
}

/** The finding with the settled content of its cell, its message saying the same. */
function settledFinding(finding: Finding, write: CellWrite | undefined, reason: string | undefined): Finding {
  const fix = finding.fix;
  if (!fix || fix.kind === "comment") return finding;
  if (!write) {
    return reason ? { ...finding, fix: null, message: `${finding.message} ${reason}` } : finding;
  }
  const next = writtenFix(write, fix.sheet);
  return { ...finding, fix: next, message: rewriteMessage(finding.message, fix, next) };
}

function inducedFinding(finding: Finding, write: CellWrite | undefined): Finding {
  const fix = write && finding.fix && finding.fix.kind !== "comment" ? writtenFix(write, finding.fix.sheet) : null;
  const message = `${INDUCED_PREFIX}${finding.message}`;
  return { ...finding, fix, message: fix && finding.fix ? rewriteMessage(message, finding.fix, fix) : message };
}

/** The formula and the « résultat attendu » the message names, replaced by the settled ones. */
function rewriteMessage(message: string, before: Fix, after: Fix): string {
  let text = message;
  if (before.kind === "formula" && after.kind === "formula" && before.formula !== after.formula) {
    text = text.split(before.formula).join(after.formula);
  }
  const was = before.kind === "formula" ? before.expected : undefined;
  const now = after.kind === "formula" ? after.expected : undefined;
  if (was !== undefined && now !== undefined && was !== now) {
    text = text.split(`résultat attendu : ${formatEuros(Math.round(was * 100))}`).join(`résultat attendu : ${formatEuros(Math.round(now * 100))}`);
  }
  return text;
}
