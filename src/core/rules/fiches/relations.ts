/**
 * What each total of a money grid adds up (SPEC §3 F7: « every total equals its parts (to the
 * cent) »), in both directions: down a measure (a total line) and across a line (a « Total »
 * column). Which parts:
 * - a funder's total (« TOTAL Etat », « TOTAL Département ») adds the lines of that funder, wherever
 *   they are (non-contiguous parts);
 * - a sous-total adds the parts since the previous total;
 * - a general total (« TOTAL », « Coût total de l'action ») adds the parts since the previous
 *   general total, or those after it when it comes first (« Coût total … » then the funders); it is
 *   also right when it adds the funders' totals and sous-totals as written (each is checked itself);
 * - « Dont … » lines are parts of the line above them, never addends: each may not exceed it.
 */
import { BudgetLine, BudgetMeasure } from "../../tables/model";
import { areaAmounts, GridAmount, MoneyArea } from "./areas";

/** One item of a sequence to add up: a line (down a measure) or a measure (across a line). */
interface Item {
  index: number;
  kind: BudgetLine["kind"];
  funder: BudgetLine["funder"];
  /** Phase of a measure (a total of measures adds one phase only). */
  phase: BudgetMeasure["phase"];
  amount: GridAmount | undefined;
}

export interface TotalRelation {
  area: MoneyArea;
  total: GridAmount;
  /** What it should add: the parts themselves. */
  parts: GridAmount[];
  /** Also accepted: the totals and sous-totals under it as written, with the parts they do not cover (null when the same). */
  alternative: GridAmount[] | null;
  direction: "lines" | "measures";
  /** Index of the line (direction measures) or the measure (direction lines) the sum runs along. */
  along: number;
}

export interface DontRelation {
  area: MoneyArea;
  dont: GridAmount;
  parent: GridAmount;
}

function isGeneralTotal(item: Item): boolean {
  return item.kind === "total" && item.funder === null;
}

/** Items of the general total's scope: after the previous general total, or after the total itself when nothing precedes it. */
function generalScope(items: readonly Item[], at: number): Item[] {
  let start = at - 1;
  while (start >= 0 && !isGeneralTotal(items[start])) start--;
  const before = items.slice(start + 1, at);
  if (before.some((i) => i.kind === "part" && i.amount)) return before;
  let end = at + 1;
  while (end < items.length && !isGeneralTotal(items[end])) end++;
  return items.slice(at + 1, end);
}

/** Items of the block holding `at`: between the general totals around it (for a funder's total). */
function blockScope(items: readonly Item[], at: number): Item[] {
  let start = at - 1;
  while (start >= 0 && !(isGeneralTotal(items[start]) && generalScope(items, start).every((i) => i.index < items[start].index))) start--;
  let end = at + 1;
  while (end < items.length && !isGeneralTotal(items[end])) end++;
  return items.slice(start + 1, Math.min(end + 1, items.length)).filter((i) => i.index !== items[at].index);
}

function present(items: readonly Item[]): GridAmount[] {
  return items.flatMap((i) => (i.amount ? [i.amount] : []));
}

/** The parts of the total at `at` (and the alternative as written), or null when it has none. */
function partsOf(items: readonly Item[], at: number): { parts: GridAmount[]; alternative: GridAmount[] | null } | null {
  const t = items[at];
  let leaves: Item[];
  let alternative: Item[] | null = null;
  if (t.kind === "sousTotal") {
    let start = at - 1;
    while (start >= 0 && items[start].kind !== "total" && items[start].kind !== "sousTotal") start--;
    leaves = items.slice(start + 1, at).filter((i) => i.kind === "part");
  } else if (t.funder !== null) {
    leaves = blockScope(items, at).filter((i) => i.kind === "part" && i.funder === t.funder);
  } else {
    const scope = generalScope(items, at);
    leaves = scope.filter((i) => i.kind === "part");
    const subTotals = scope.filter((i) => (i.kind === "total" && i.funder !== null) || i.kind === "sousTotal");
    if (subTotals.length > 0) {
      const fundersTotalled = new Set(subTotals.map((s) => s.funder).filter((f) => f !== null));
      const inSousTotal = new Set<number>();
      for (const s of subTotals.filter((x) => x.kind === "sousTotal")) {
        const p = partsOf(items, items.indexOf(s));
        p?.parts.forEach((a) => inSousTotal.add(a.cell.line * 10000 + a.cell.measure));
      }
      alternative = [
        ...subTotals,
        ...leaves.filter((l) => !(l.funder !== null && fundersTotalled.has(l.funder)) && !(l.amount && inSousTotal.has(l.amount.cell.line * 10000 + l.amount.cell.measure))),
      ];
    }
  }
  const parts = present(leaves);
  if (parts.length === 0) return null;
  // A total of measures adds one phase only (« Prévisionnel 2021 | Réalisé 2021 | Total » says nothing sure).
  if (new Set(leaves.map((l) => l.phase)).size > 1) return null;
  return { parts, alternative: alternative ? present(alternative) : null };
}

function relationsAlong(area: MoneyArea, items: readonly Item[], direction: TotalRelation["direction"], along: number): TotalRelation[] {
  const out: TotalRelation[] = [];
  items.forEach((t, at) => {
    if ((t.kind !== "total" && t.kind !== "sousTotal") || !t.amount) return;
    const found = partsOf(items, at);
    if (found) out.push({ area, total: t.amount, parts: found.parts, alternative: found.alternative, direction, along });
  });
  return out;
}

/** The total relations and « Dont » relations of an area. */
export function relationsOf(area: MoneyArea, amounts: readonly GridAmount[]): { totals: TotalRelation[]; donts: DontRelation[] } {
  const { lines, measures } = area.grid;
  const at = new Map<number, GridAmount>();
  for (const a of amounts) at.set(a.cell.line * 10000 + a.cell.measure, a);
  const amount = (line: number, measure: number) => at.get(line * 10000 + measure);
  const totals: TotalRelation[] = [];
  const donts: DontRelation[] = [];
  measures.forEach((_, mi) => {
    const items = lines.map((l, li) => ({ index: li, kind: l.kind, funder: l.funder, phase: null, amount: amount(li, mi) }));
    totals.push(...relationsAlong(area, items, "lines", mi));
    lines.forEach((l, li) => {
      const dont = amount(li, mi);
      const parent = l.kind === "dont" && l.parent !== null ? amount(l.parent, mi) : undefined;
      if (dont && parent) donts.push({ area, dont, parent });
    });
  });
  if (measures.some((m) => m.total)) {
    lines.forEach((_, li) => {
      const items = measures.map((m, mi) => ({
        index: mi,
        kind: (m.total ? "total" : "part") as Item["kind"],
        funder: m.funder,
        phase: m.phase,
        amount: amount(li, mi),
      }));
      totals.push(...relationsAlong(area, items, "measures", li));
    });
  }
  return { totals, donts };
}

/** relationsOf(area) with its amounts read once per analysis. */
export function areaRelations(ctx: Parameters<typeof areaAmounts>[0], area: MoneyArea): ReturnType<typeof relationsOf> {
  return ctx.memo(area.grid, "relations", () => relationsOf(area, areaAmounts(ctx, area)));
}
