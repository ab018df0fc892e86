/**
 * A write plan that is a fixed point (SPEC §6, GUIDE §4): the plan is applied to the workbooks
 * (engine/corrected.ts), the rules run again on the result (engine/recheck.ts), and until they
 * call for nothing more on the cells the plan writes:
 * - a cell the rules still want to change gets the content they now propose (two fixes that
 *   disagree on a cell are tried in turn: formulas first, then by rule number), unless it was
 *   already tried (the fixes go round in circles) or it is what the plan writes (the rule does
 *   not accept its own fix): then the cell's fix is withdrawn, with a French message;
 * - a formula whose result would be an error once everything is written is withdrawn;
 * - with `induced` (« tout corriger »), a cell the corrected workbook newly calls to change is
 *   added to the plan, as a new finding, so that a new analysis proposes nothing more.
 * The expected result of every formula is the one the corrected workbooks compute.
 */
import { formatNumberFr } from "../parse/format";
import { CellFix, Finding, Rule } from "../rules/types";
import { cellFixes } from "../rules/util/fixes";
import { Settings } from "../settings";
import { Workbook } from "../grid/model";
import { Table } from "../tables/model";
import { AnalysisCache } from "./cache";
import { findingKey } from "./context";
import { Corrected, correctedWorkbooks, IndexCache, writeKey } from "./corrected";
import { CellWrite, PlanConflict } from "./plan";
import { CellFixFinding, recheck } from "./recheck";

export type { CellFix };

/** The most rounds of « apply, check again » before the cells still called to change are withdrawn. */
const MAX_ROUNDS = 5;

/** One cell of the plan: what may be written there, and which findings it resolves. */
export interface PlanCell {
  file: string;
  sheet: string;
  /** Normalised A1 address. */
  cell: string;
  /** Contents proposed for the cell, best first; `chosen` is the one written. */
  candidates: { fix: CellFix; ruleId: string }[];
  chosen: number;
  findings: Finding[];
  /** Format for a cell without one (see writePlan.ts). */
  numFmt?: string;
  /** French reason when the cell's fix is withdrawn. */
  withdrawn: string | null;
  /** Indexes of the candidates already written in a round. */
  tried: Set<number>;
}

export interface SettleEnv {
  /** Every workbook of the analysis (a fix may write outside the recognised tables). */
  workbooks: readonly Workbook[];
  tables: readonly Table[];
  settings: Settings;
  rules: readonly Rule[];
  cache: AnalysisCache;
  /** Add the fixes the corrected workbooks newly call for (« tout corriger »). */
  induced: boolean;
  /** Keys of the findings with a fix before settling: their proposals are not new. */
  known: ReadonlyMap<string, Finding>;
}

export interface Settled {
  writes: CellWrite[];
  /** Withdrawn cells, with their French message. */
  withdrawn: PlanConflict[];
  /** Findings added for the cells the corrections call to change (only with `induced`). */
  induced: Finding[];
  corrected: Corrected;
  /** Rounds of « apply, check again » that were needed. */
  rounds: number;
}

export function signature(fix: CellFix): string {
  if (fix.kind === "formula") return `f:${fix.formula.replace(/\s+/g, "").toUpperCase()}`;
  return typeof fix.value === "number" ? `n:${fix.value}` : `s:${fix.value}`;
}

/** Formulas first (they keep the workbook alive, SPEC §6), then by rule number. */
export function candidateOrder(
  rules: readonly Rule[],
): (a: { fix: CellFix; ruleId: string }, b: { fix: CellFix; ruleId: string }) => number {
  const rank = new Map(rules.map((r) => [r.meta.id, r.meta.number]));
  const kind = (f: CellFix) => (f.kind === "formula" ? 0 : 1);
  return (a, b) => kind(a.fix) - kind(b.fix) || (rank.get(a.ruleId) ?? 99) - (rank.get(b.ruleId) ?? 99);
}

export function showContent(fix: CellFix): string {
  if (fix.kind === "formula") return fix.formula;
  return typeof fix.value === "number" ? formatNumberFr(fix.value) : `« ${fix.value} »`;
}

function where(cell: PlanCell): string {
  return `${cell.cell} (feuille « ${cell.sheet} »)`;
}

export function conflictMessage(cell: PlanCell): string {
  const proposals = [...new Set(cell.candidates.map((c) => `${showContent(c.fix)} (règle ${c.ruleId})`))];
  return `Corrections incompatibles pour ${where(cell)} : ${proposals.join(", ")} ; aucune n'est appliquée, corrigez cette cellule à la main.`;
}

function toWrite(cell: PlanCell, expected?: number): CellWrite {
  const fix = cell.candidates[cell.chosen].fix;
  const findings = [...new Set(cell.findings.map(findingKey))];
  const base = { file: cell.file, sheet: cell.sheet, cell: cell.cell, findings, ...(cell.numFmt ? { numFmt: cell.numFmt } : {}) };
  if (fix.kind === "value") return { ...base, kind: "value", value: fix.value };
  return { ...base, kind: "formula", formula: fix.formula.trim(), ...(expected === undefined ? {} : { expected }) };
}

/** A number rounded to the cent, as amounts are shown; the error code or text otherwise; nothing for an unknown place. */
function resultOf(value: unknown): { euros: number } | { other: string } | { unknown: true } {
  if (value === undefined) return { unknown: true };
  if (typeof value === "number" && Number.isFinite(value)) return { euros: Math.round(value * 100) / 100 };
  if (value === null) return { euros: 0 };
  if (typeof value === "object" && "error" in (value as object)) return { other: (value as { error: string }).error };
  return { other: String(value) };
}

interface Round {
  corrected: Corrected;
  proposals: CellFixFinding[];
}

function applyAndCheck(env: SettleEnv, cells: PlanCell[], indexes: IndexCache): Round {
  const writes = cells.filter((c) => c.withdrawn === null).map((c) => toWrite(c));
  const corrected = correctedWorkbooks(env.workbooks, writes, indexes);
  return { corrected, proposals: recheck(env.tables, corrected, env.settings, env.rules, env.cache).proposals };
}

/** Formula cells whose result would be an error (or text) once the plan is written: withdrawn. */
function withdrawErrors(cells: PlanCell[], corrected: Corrected): boolean {
  let changed = false;
  for (const cell of cells) {
    const fix = cell.candidates[cell.chosen]?.fix;
    if (cell.withdrawn !== null || fix?.kind !== "formula") continue;
    const result = resultOf(corrected.value(cell.file, cell.sheet, cell.cell));
    if ("other" in result) {
      cell.withdrawn = `La correction proposée pour ${where(cell)} n'est pas appliquée : une fois les corrections faites, la formule ${fix.formula} donnerait ${result.other}.`;
      changed = true;
    }
  }
  return changed;
}

function byCell(proposals: CellFixFinding[]): Map<string, CellFixFinding[]> {
  const out = new Map<string, CellFixFinding[]>();
  for (const p of proposals) {
    const k = writeKey({ file: p.file, sheet: p.fix.sheet, cell: (p.fix as CellFix).cell });
    out.set(k, [...(out.get(k) ?? []), p]);
  }
  return out;
}

/**
 * What a round's proposals do to the plan; true when the plan changed. A cell the rules still want
 * to change takes the next content not tried yet (what the rules now propose first, then the other
 * candidates), or is withdrawn when every content was tried; with `induced`, new cells are added.
 */
function adjust(
  env: SettleEnv,
  cells: PlanCell[],
  proposals: CellFixFinding[],
  order: ReturnType<typeof candidateOrder>,
  induced: Finding[],
): boolean {
  const index = new Map(cells.map((c) => [writeKey(c), c]));
  let changed = false;
  for (const [k, group] of byCell(proposals)) {
    const cell = index.get(k);
    const offers = group.map((f) => ({ fix: f.fix as CellFix, ruleId: f.ruleId })).sort(order);
    if (cell) {
      if (cell.withdrawn !== null) continue;
      changed = true;
      resolveCell(
        cell,
        group.filter((f) => env.known.has(findingKey(f))),
        offers,
      );
      continue;
    }
    if (!env.induced) continue;
    const news = group.filter((f) => !sameAsKnown(env, f));
    if (news.length === 0) continue;
    const first = news[0];
    const fix = first.fix as CellFix;
    const added: PlanCell = {
      file: first.file,
      sheet: fix.sheet,
      cell: fix.cell,
      candidates: offers,
      chosen: 0,
      findings: news,
      withdrawn: null,
      tried: new Set([0]),
    };
    cells.push(added);
    index.set(k, added);
    induced.push(...news);
    changed = true;
  }
  return changed;
}

/** Another content for a cell the rules still want to change, or its withdrawal; `known`: the proposals' findings of the first analysis. */
function resolveCell(cell: PlanCell, known: CellFixFinding[], offers: { fix: CellFix; ruleId: string }[]): void {
  const signatures = cell.candidates.map((c) => signature(c.fix));
  const again = offers.some((o) => signature(o.fix) === signatures[cell.chosen]);
  for (const offer of offers) {
    if (!signatures.includes(signature(offer.fix))) {
      cell.candidates.push(offer);
      signatures.push(signature(offer.fix));
    }
  }
  cell.findings.push(...known.filter((f) => !cell.findings.some((g) => findingKey(g) === findingKey(f))));
  const offered = new Set(offers.map((o) => signature(o.fix)));
  const untried = cell.candidates.map((_, i) => i).filter((i) => !cell.tried.has(i));
  const next = untried.find((i) => offered.has(signatures[i])) ?? untried[0];
  if (next === undefined) {
    cell.withdrawn = withdrawal(cell, offers, again);
    return;
  }
  cell.chosen = next;
  cell.tried.add(next);
}

/** A proposal the first analysis already made (same finding, same content for the same cell): not induced by the plan. */
function sameAsKnown(env: SettleEnv, f: CellFixFinding): boolean {
  const fix = f.fix as CellFix;
  const known = cellFixes(env.known.get(findingKey(f))?.fix ?? null).find((k) => k.sheet === fix.sheet && k.cell === fix.cell);
  return known !== undefined && signature(known) === signature(fix);
}

function withdrawal(cell: PlanCell, offers: { ruleId: string }[], again: boolean): string {
  const rules = [...new Set(offers.map((o) => `« ${o.ruleId} »`))].join(", ");
  if (cell.candidates.length > 1) return conflictMessage(cell);
  return again
    ? `La correction proposée pour ${where(cell)} n'est pas appliquée : une fois écrite, la cellule serait encore signalée (règle ${rules}) ; corrigez-la à la main.`
    : `La correction proposée pour ${where(cell)} n'est pas appliquée : elle ne s'accorde pas avec les autres corrections (règle ${rules}) ; corrigez cette cellule à la main.`;
}

/** Applies, checks again and adjusts until nothing changes (at most MAX_ROUNDS rounds). */
export function settle(env: SettleEnv, cells: PlanCell[]): Settled {
  const order = candidateOrder(env.rules);
  const indexes: IndexCache = new Map();
  const induced: Finding[] = [];
  let round = applyAndCheck(env, cells, indexes);
  let rounds = 1;
  for (; rounds <= MAX_ROUNDS; rounds++) {
    const changed = withdrawErrors(cells, round.corrected) || adjust(env, cells, round.proposals, order, induced);
    if (!changed) break;
    round = applyAndCheck(env, cells, indexes);
  }
  if (rounds > MAX_ROUNDS) {
    // Still not settled: every cell the rules still call to change is withdrawn.
    const wanted = new Set([...byCell(round.proposals).keys()]);
    for (const cell of cells) {
      if (cell.withdrawn === null && wanted.has(writeKey(cell))) {
        cell.withdrawn = `La correction proposée pour ${where(cell)} n'est pas appliquée : les corrections de cette cellule et de ses voisines ne se stabilisent pas ; corrigez-la à la main.`;
      }
    }
    round = applyAndCheck(env, cells, indexes);
  }
  const writes = cells
    .filter((c) => c.withdrawn === null)
    .map((c) => {
      const result = resultOf(round.corrected.value(c.file, c.sheet, c.cell));
      return toWrite(c, "euros" in result ? result.euros : undefined);
    });
  const withdrawn = cells
    .filter((c) => c.withdrawn !== null)
    .map((c) => ({
      file: c.file,
      sheet: c.sheet,
      cell: c.cell,
      message: c.withdrawn as string,
      findings: [...new Set(c.findings.map(findingKey))],
    }));
  return { writes, withdrawn, induced, corrected: round.corrected, rounds: Math.min(rounds, MAX_ROUNDS) };
}
