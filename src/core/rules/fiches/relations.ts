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
 * A part whose side is not certain (the FAPI, a State fund that départements often count as theirs;
 * other funders; a line naming no funder) may belong to either funder's total: the reading that
 * makes the funders' totals agree is taken; when none does, those totals are only doubtful.
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
  /** Set when the total is right under another reading of a line whose side is not certain (never an error then). */
  doubt?: string;
  /** The parts depend on the side given to such a line: no correction is offered. */
  unsure?: boolean;
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
  while (start >= 0 && !(isGeneralTotal(items[start]) && generalScope(items, start).every((i) => i.index < items[start].index)))
    start--;
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
        ...leaves.filter(
          (l) =>
            !(l.funder !== null && fundersTotalled.has(l.funder)) &&
            !(l.amount && inSousTotal.has(l.amount.cell.line * 10000 + l.amount.cell.measure)),
        ),
      ];
    }
  }
  const parts = present(leaves);
  if (parts.length === 0) return null;
  // A total of measures adds one phase only (« Prévisionnel 2021 | Réalisé 2021 | Total » says nothing sure).
  if (new Set(leaves.map((l) => l.phase)).size > 1) return null;
  return { parts, alternative: alternative ? present(alternative) : null };
}

function relationsAlong(
  area: MoneyArea,
  items: readonly Item[],
  direction: TotalRelation["direction"],
  along: number,
  sides?: Sides,
): TotalRelation[] {
  const out: TotalRelation[] = [];
  items.forEach((t, at) => {
    if ((t.kind !== "total" && t.kind !== "sousTotal") || !t.amount) return;
    const found = partsOf(items, at);
    const why = sides?.doubtful.get(at);
    const unsure = sides?.unsure.has(at) ? { unsure: true } : {};
    if (found)
      out.push({
        area,
        total: t.amount,
        parts: found.parts,
        alternative: found.alternative,
        direction,
        along,
        ...(why ? { doubt: why } : {}),
        ...unsure,
      });
  });
  return out;
}

/** Uncertain parts tried on each side at most: beyond, the reading of the labels is kept. */
const MAX_UNCERTAIN = 4;
type Side = Item["funder"];

/**
 * The sides a part may be counted on when its side is not certain: the FAPI with the State or the
 * département; another funder (CAF, FSE) on its own or with the département that gathers it, never
 * with the State; a line naming no funder anywhere. Empty: its side is certain.
 */
function sidesOf(line: BudgetLine): Side[] {
  if (line.kind !== "part") return [];
  if (line.fapi) return ["etat", "cd"];
  if (line.funder === "autres") return ["autres", "cd"];
  return line.funder === null ? ["etat", "cd", "autres"] : [];
}

function funderTotalsOk(items: readonly Item[]): { ok: number; wrong: Set<number> } {
  let ok = 0;
  const wrong = new Set<number>();
  items.forEach((t, at) => {
    if (t.kind !== "total" || t.funder === null || t.funder === "autres" || !t.amount || t.amount.cents === null) return;
    const parts = partsOf(items, at)?.parts ?? [];
    if (parts.some((p) => p.cents === null)) return;
    const sum = parts.reduce((s, p) => s + (p.cents as number), 0);
    if (sum === t.amount.cents) ok++;
    else wrong.add(at);
  });
  return { ok, wrong };
}

interface Sides {
  items: Item[];
  /** Funders' totals right under another reading: why they are doubtful. */
  doubtful: Map<number, string>;
  /** Funders' totals wrong under the chosen reading: no correction (it depends on that reading). */
  unsure: Set<number>;
}

/**
 * The items of one measure with the uncertain parts on the side that makes the most funders'
 * totals agree (the labels' reading first on a tie), and the funders' totals that stay doubtful:
 * wrong under the chosen reading but right under another one.
 */
function resolveSides(lines: readonly BudgetLine[], items: readonly Item[]): Sides {
  const doubtful = new Map<number, string>();
  const hasFunderTotal = items.some((i) => i.kind === "total" && (i.funder === "etat" || i.funder === "cd") && i.amount);
  const uncertain = items
    .filter((i) => sidesOf(lines[i.index]).length > 0 && i.amount && i.amount.cents !== 0)
    .map((i) => i.index);
  if (!hasFunderTotal || uncertain.length === 0 || uncertain.length > MAX_UNCERTAIN)
    return { items: [...items], doubtful, unsure: new Set() };
  const readings: Item[][] = [];
  const walk = (k: number, current: Item[]) => {
    if (k === uncertain.length) return void readings.push(current);
    for (const side of sidesOf(lines[uncertain[k]]))
      walk(
        k + 1,
        current.map((i) => (i.index === uncertain[k] ? { ...i, funder: side } : i)),
      );
  };
  walk(0, [...items]);
  let best: Item[] = [...items];
  let bestOk = funderTotalsOk(items);
  const rightSomewhere = new Set<number>();
  for (const reading of readings) {
    const r = funderTotalsOk(reading);
    reading.forEach((_, at) => r.wrong.has(at) || rightSomewhere.add(at));
    if (r.ok > bestOk.ok) [best, bestOk] = [reading, r];
  }
  const names = uncertainPhrase(uncertain.map((i) => lines[i].label));
  for (const at of bestOk.wrong) {
    if (rightSomewhere.has(at))
      doubtful.set(
        at,
        ` Attention : ${names} ${where(lines, uncertain)}, et ce total est juste avec une autre répartition : vérifiez-la.`,
      );
  }
  return { items: best, doubtful, unsure: bestOk.wrong };
}

/** Where the uncertain lines may go, in words. */
function where(lines: readonly BudgetLine[], uncertain: readonly number[]): string {
  return uncertain.every((i) => lines[i].fapi)
    ? "avec l'État ou avec le Département"
    : "d'un côté ou de l'autre (État, Département, autres financeurs)";
}

/** « la ligne « FAPI » peut être comptée », « les lignes « FAPI » et « Autres » peuvent être comptées ». */
function uncertainPhrase(labels: readonly string[]): string {
  const quoted = labels.map((l) => `« ${l} »`);
  if (quoted.length === 1) return `la ligne ${quoted[0]} peut être comptée`;
  return `les lignes ${quoted.slice(0, -1).join(", ")} et ${quoted[quoted.length - 1]} peuvent être comptées`;
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
    const read = lines.map((l, li) => ({ index: li, kind: l.kind, funder: l.funder, phase: null, amount: amount(li, mi) }));
    const sides = resolveSides(lines, read);
    totals.push(...relationsAlong(area, sides.items, "lines", mi, sides));
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
