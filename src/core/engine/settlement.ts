/**
 * The analysis settles the fixes of all its findings (« tout corriger », engine/settle.ts) before
 * offering them: each finding's fix is the content the settled plan writes, with the result the
 * corrected workbooks compute, and its message says so; a withdrawn fix leaves its finding
 * without fix, with the reason; cells the corrections call to change become findings (at most
 * avertissements: the cell is only wrong once the other corrections are made). The
 * settlement is kept with the analysis, so that « tout corriger » does not settle again.
 */
import { formatEuros } from "../parse/format";
import { cellAddress, parseCellAddress } from "../grid/address";
import { CellFix, Finding, Fix, Rule } from "../rules/types";
import { cellFixes } from "../rules/util/fixes";
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
  const settled = settle(
    { workbooks: analysis.workbooks, tables: analysis.tables, settings, rules, cache, induced: true, known },
    cells,
  );
  const byFinding = new Map<string, CellWrite[]>();
  for (const write of settled.writes)
    for (const key of write.findings) byFinding.set(key, [...(byFinding.get(key) ?? []), write]);
  const reasons = new Map<string, string>();
  for (const c of [...refused, ...settled.withdrawn]) {
    for (const key of c.findings) reasons.set(key, [reasons.get(key), c.message].filter(Boolean).join(" "));
  }
  const induced = inducedFindings(settled.induced).map((f) => {
    // Conditional on the other corrections, the cell is not wrong as the workbook stands: at most a warning.
    const prefixed: Finding = {
      ...f,
      severity: f.severity === "error" ? "warning" : f.severity,
      message: `${INDUCED_PREFIX}${f.message}`,
    };
    return settledFinding(prefixed, byFinding.get(findingKey(f)) ?? [], undefined, true);
  });
  const inducedKeys = new Set(induced.map(findingKey));
  const findings = [
    ...analysis.findings
      .filter((f) => !inducedKeys.has(findingKey(f)))
      .map((f) => settledFinding(f, byFinding.get(findingKey(f)) ?? [], reasons.get(findingKey(f)), false)),
    ...induced,
  ];
  const keys = new Set(findings.filter((f) => f.fix && f.fix.kind !== "comment").map(findingKey));
  settlements.set(analysis, { keys, settled, refused, settings, rules, cache });
  return findings;
}

function writtenFix(write: CellWrite, sheet: string): CellFix {
  if (write.kind === "value") return { kind: "value", sheet, cell: write.cell, value: write.value as number | string };
  const fix: CellFix = { kind: "formula", sheet, cell: write.cell, formula: write.formula as string };
  return write.expected === undefined ? fix : { ...fix, expected: write.expected };
}

/** The settled write of a fix's cell, if the plan writes it. */
function writeOf(fix: CellFix, writes: readonly CellWrite[]): CellWrite | undefined {
  const at = parseCellAddress(fix.cell);
  const cell = at ? cellAddress(at.row, at.col) : fix.cell;
  return writes.find((w) => w.sheet === fix.sheet && w.cell === cell);
}

/**
 * The finding with the settled content of each of its cells, its message saying the same; a cell
 * whose fix was withdrawn leaves the finding's fix (the finding keeps no fix when none is left),
 * with the reason. `bare`: a finding the corrections call for keeps no fix without a write.
 */
function settledFinding(finding: Finding, writes: readonly CellWrite[], reason: string | undefined, bare: boolean): Finding {
  const fix = finding.fix;
  if (!fix || fix.kind === "comment") return finding;
  let message = finding.message;
  const kept: CellFix[] = [];
  for (const before of cellFixes(fix)) {
    const write = writeOf(before, writes);
    if (!write) continue;
    const after = writtenFix(write, before.sheet);
    message = rewriteMessage(message, before, after);
    kept.push(after);
  }
  const withReason = (text: string) => (reason ? `${text} ${reason}` : text);
  if (kept.length === 0)
    return bare ? { ...finding, fix: null } : reason ? { ...finding, fix: null, message: withReason(message) } : finding;
  const next: Fix = fix.kind === "cells" ? { kind: "cells", sheet: fix.sheet, cell: kept[0].cell, fixes: kept } : kept[0];
  return { ...finding, fix: next, message: kept.length < cellFixes(fix).length ? withReason(message) : message };
}

/** The findings the corrections call for, one per key: a finding correcting several cells was split per cell while settling. */
function inducedFindings(findings: readonly Finding[]): Finding[] {
  const byKey = new Map<string, Finding[]>();
  for (const f of findings) byKey.set(findingKey(f), [...(byKey.get(findingKey(f)) ?? []), f]);
  return [...byKey.values()].map((group) => {
    const fixes = group.flatMap((f) => cellFixes(f.fix));
    const first = group[0];
    if (fixes.length <= 1) return first;
    return { ...first, fix: { kind: "cells", sheet: fixes[0].sheet, cell: fixes[0].cell, fixes } };
  });
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
    text = text
      .split(`résultat attendu : ${formatEuros(Math.round(was * 100))}`)
      .join(`résultat attendu : ${formatEuros(Math.round(now * 100))}`);
  }
  return text;
}
