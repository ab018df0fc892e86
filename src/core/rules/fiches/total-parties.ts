/**
 * Rule 26: in the tables conventions print besides the templates (F7) and in the blocks of
 * amounts nothing describes (zones non reconnues), every total equals its parts, in integer cents
 * (SPEC §3 F7: « every total equals its parts (to the cent) »): total lines (« TOTAL », « TOTAL
 * Etat » over the State's lines wherever they are, « Sous-total », « Coût total de l'action »),
 * « Total » columns, and « Dont » lines that may not exceed the line they detail. F1–F6 totals
 * are rule 3's.
 */
import { addFormula, sumCellsFormula } from "../../formula/build";
import { cellAddress } from "../../grid/address";
import { joinFr, quoteText } from "../../parse/format";
import { Fix, Rule, RuleContext } from "../types";
import { euros, signedEuros, toEuros } from "../util/money";
import { GridAmount, MoneyArea, moneyAreas, target } from "./areas";
import { areaRelations, DontRelation, TotalRelation } from "./relations";

/** Parts named one by one up to this many; beyond, their cells only. */
const NAMED_PARTS = 6;

function sum(amounts: readonly GridAmount[]): number | null {
  let total = 0;
  for (const a of amounts) {
    if (a.cents === null) return null;
    total += a.cents;
  }
  return total;
}

/** « la ligne « TOTAL Etat » (colonne « 2021 ») », « la colonne « Total » de la ligne « Département » ». */
function totalName(area: MoneyArea, rel: TotalRelation): string {
  const { lines, measures } = area.grid;
  const line = lines[rel.total.cell.line];
  const measure = measures[rel.total.cell.measure];
  const lineName = line.label ? `la ligne ${quoteText(line.label)}` : `la ligne ${line.row + 1}`;
  if (rel.direction === "measures") return `la colonne ${quoteText(measure.header || "Total")} de ${lineName}`;
  return measure.header ? `${lineName} (colonne ${quoteText(measure.header)})` : lineName;
}

/** « Département (B5 : 50 000,00 €) », or « 2019 (B5 : …) » across a line. */
function partName(area: MoneyArea, rel: TotalRelation, part: GridAmount): string {
  const { lines, measures } = area.grid;
  const label = rel.direction === "lines" ? lines[part.cell.line].label : measures[part.cell.measure].header;
  const amount = part.cents === null ? "" : ` : ${euros(part.cents)}`;
  return label ? `${quoteText(label)} (${part.address}${amount})` : `${part.address}${amount}`;
}

function partsPhrase(area: MoneyArea, rel: TotalRelation): string {
  if (rel.parts.length > NAMED_PARTS) return `la somme de ${joinFr(rel.parts.map((p) => p.address))}`;
  return `la somme de ses parts, ${joinFr(rel.parts.map((p) => partName(area, rel, p)))},`;
}

/** Cents a sum may be off when amounts have digits beyond the cent (rule 9 reports them). */
function slack(amounts: readonly GridAmount[]): number {
  return amounts.filter((a) => a.parsed.kind === "amount" && a.parsed.extraDecimals).length;
}

/** A plain number in its own cell (not text, not after a label). */
function isPlainNumber(a: GridAmount): boolean {
  return !a.cell.inline && (a.parsed.kind === "empty" || (a.parsed.kind === "amount" && a.parsed.source === "number"));
}

/**
 * A formula over the parts, only when sure: a fully recognised table, numbers in their own cells
 * (a SUM over text amounts would give 0), a total that no other total adds or is added in the
 * other direction, and no sub-total among its parts (a typed total above it would then move).
 */
function safeFix(rel: TotalRelation, expected: number, others: readonly TotalRelation[]): Fix | null {
  const { area, total, parts } = rel;
  if (!area.sure || !area.table || !isPlainNumber(total) || !parts.every(isPlainNumber)) return null;
  const key = (a: GridAmount) => `${a.cell.row}:${a.cell.col}`;
  const cells = new Set(parts.map(key));
  const involved = others.some(
    (o) =>
      o !== rel &&
      (key(o.total) === key(total) || o.parts.some((p) => key(p) === key(total)) || [...cells].some((c) => key(o.total) === c)),
  );
  if (involved) return null;
  const formula = rel.direction === "lines" ? sumCellsFormula(parts.map((p) => p.cell)) : addFormula(parts.map((p) => p.cell));
  return { kind: "formula", sheet: area.sheet.name, cell: total.address, formula, expected: toEuros(expected) };
}

/** What one area's check has learnt so far: the totals reported, and the right value of every total that is not. */
interface Seen {
  reported: Set<string>;
  /** Right value (the sum of its parts) of each total whose written value differs, reported or not. */
  corrected: Map<string, number>;
}

/**
 * Checks one total. A total line is added across by its « Total » column: a total that agrees with
 * the totals it adds once they are corrected is right (only the wrong one is reported).
 */
function reportTotal(ctx: RuleContext, rel: TotalRelation, all: readonly TotalRelation[], seen: Seen): void {
  const { area, total } = rel;
  if (total.cents === null || seen.reported.has(total.address)) return;
  const expected = sum(rel.parts);
  if (expected === null) return;
  const once = sum(rel.parts.map((p) => (seen.corrected.has(p.address) ? { ...p, cents: seen.corrected.get(p.address)! } : p)));
  const written = rel.alternative ? sum(rel.alternative) : null;
  const allowed = slack([total, ...rel.parts]);
  if (Math.abs(total.cents - expected) > allowed && !seen.corrected.has(total.address))
    seen.corrected.set(total.address, expected);
  if (Math.abs(total.cents - expected) <= allowed || total.cents === once || (written !== null && total.cents === written))
    return;
  if (follows(rel, all, seen)) return;
  seen.reported.add(total.address);
  const fix = rel.doubt || rel.unsure ? null : safeFix(rel, expected, all);
  const doubt = area.sure
    ? (rel.doubt ?? "")
    : area.table
      ? ` ${area.table.partial}`
      : " (zone non reconnue : vérifiez que ces montants sont bien les parts de ce total)";
  ctx.report({
    ...target(area),
    cell: total.address,
    severity: area.sure && !rel.doubt ? "error" : "warning",
    message:
      `${total.address} : ${totalName(area, rel)} vaut ${euros(total.cents)} alors que ${partsPhrase(area, rel)} vaut ` +
      `${euros(expected)} (écart : ${signedEuros(total.cents - expected)}).${doubt}` +
      (fix && fix.kind === "formula" ? ` Formule à mettre : ${fix.formula}.` : ""),
    related: rel.parts.map((p) => ({ sheet: area.sheet.name, cell: p.address })),
    fix,
  });
}

/**
 * The total adds, in the other direction, totals already reported and agrees with them as written
 * (« Total » column of the « TOTAL » line over a wrong year): a consequence of those, not a second error.
 */
function follows(rel: TotalRelation, all: readonly TotalRelation[], seen: Seen): boolean {
  return all.some(
    (o) =>
      o.direction !== rel.direction &&
      o.total.address === rel.total.address &&
      o.parts.some((p) => seen.reported.has(p.address)) &&
      sum(o.parts) === rel.total.cents,
  );
}

function reportDont(ctx: RuleContext, rel: DontRelation): void {
  const { area, dont, parent } = rel;
  if (dont.cents === null || parent.cents === null || dont.cents <= parent.cents) return;
  const { lines } = area.grid;
  ctx.report({
    ...target(area),
    cell: dont.address,
    severity: area.sure ? "error" : "warning",
    message:
      `${dont.address} : ${quoteText(lines[dont.cell.line].label)} (${euros(dont.cents)}) dépasse la ligne qu'il détaille, ` +
      `${quoteText(lines[parent.cell.line].label)} (${parent.address} : ${euros(parent.cents)}) : un « dont » est une partie de sa ligne, ` +
      `pas un montant qui s'y ajoute.`,
    related: [{ sheet: area.sheet.name, cell: parent.address }],
  });
}

/** A table read only in part says so, once, on its first amount: its totals are warnings and nothing is corrected. */
function reportPartial(ctx: RuleContext, area: MoneyArea): void {
  const [first] = area.grid.cells;
  if (!first || !area.table) return;
  const cell = cellAddress(first.row, first.col);
  ctx.report({ ...target(area), cell, severity: "info", message: `${cell} : ${area.table.partial}` });
}

export const totalParties: Rule = {
  meta: {
    id: "total-parties",
    number: 26,
    severity: "error",
    fixable: true,
    scope: "financier",
    title: "Total d'une fiche ou d'une annexe différent de ses parts",
    description:
      "Dans les budgets des fiches, les annexes des conventions et les zones non reconnues, chaque total (ligne ou colonne) doit être égal, au centime, à la somme de ses parts ; un « dont » ne dépasse pas sa ligne.",
  },
  check(ctx) {
    for (const area of moneyAreas(ctx)) {
      if (area.table?.partial) reportPartial(ctx, area);
      const { totals, donts } = areaRelations(ctx, area);
      const seen: Seen = { reported: new Set(), corrected: new Map() };
      for (const rel of totals) reportTotal(ctx, rel, totals, seen);
      for (const rel of donts) reportDont(ctx, rel);
    }
  },
};
