/**
 * The amounts each table gives an action for one year (SPEC §3 F5, F6, F7: « the same action's
 * amounts agree between the fiche, the annex and the récapitulatif table of the same year »): its
 * État, CD and total, each with the cells it is read from. A récapitulatif (F1–F4) gives one per
 * action row; an annex (F6, F11) one per action line; a fiche's budget (F5, F7, F8, F9) one per
 * year (or phase) for the action its title names.
 */
import { cellAddress } from "../../grid/address";
import { MatchableAction } from "../credits/match";
import { ColumnKey, FinancialFamily, FunderRole } from "../../referentiel/types";
import { ficheOfText } from "../../tables/fiche/table";
import { phaseOf } from "../../tables/fiche/vocab";
import { extractYear } from "../../tables/headerCell";
import { BudgetTable, column, FinancialTable, sheetColumn, Table } from "../../tables/model";
import { normalizeText } from "../../parse/text";
import { RuleContext } from "../types";
import { correctedColumnCents } from "../util/relations";
import { areaAmounts, GridAmount, moneyAreas } from "./areas";

export type Level = "recap" | "annexe" | "fiche";
export type Phase = "prevu" | "realise";
export type Slot = "etat" | "cd" | "total";

/** An amount of an entry: its cents and the cells it adds (one, or A+B). */
export interface SlotAmount {
  cents: number;
  cells: string[];
  /** The amount once a wrong row formula of its table is right (relations.ts correctedColumnCents), when it differs. */
  corrected?: number;
}

export interface Entry extends MatchableAction {
  table: Table;
  level: Level;
  year: number | null;
  phase: Phase;
  amounts: Partial<Record<Slot, SlotAmount>>;
}

/** Columns of each slot in a récapitulatif or annex row, by family (several columns add up: A+B). */
const SLOT_KEYS: Partial<Record<FinancialFamily, Partial<Record<Phase, Partial<Record<Slot, readonly ColumnKey[]>>>>>> = {
  F1: { prevu: { etat: ["etatNotifie"], cd: ["cdAffecte"], total: ["budget"] } },
  F2: { prevu: { etat: ["reportEtat", "etatNotifie"], cd: ["reportCd", "cdAffecteConvention"] } },
  F3: {
    prevu: { etat: ["etatVerse", "etatReporte"], cd: ["cdAffecte", "cdReporte"], total: ["budget"] },
    realise: { total: ["realise"] },
  },
  F4: { prevu: { etat: ["etatNotifie", "etatReporte"], cd: ["cdAffecte", "cdReporte"], total: ["budget"] } },
  F5: { prevu: { etat: ["etat"], cd: ["cd"], total: ["budget"] }, realise: { total: ["realise"] } },
  F6: { prevu: { etat: ["etat"], cd: ["cd"], total: ["budget"] } },
};

const LEVEL_OF: Record<FinancialFamily, Level> = {
  F1: "recap",
  F2: "recap",
  F3: "recap",
  F4: "recap",
  F5: "fiche",
  F6: "annexe",
};

const SLOTS: readonly Slot[] = ["etat", "cd", "total"];

/** The amount of a row's slot: its cells' addresses are built when asked (few entries are ever reported). */
class RowSlotAmount implements SlotAmount {
  constructor(
    readonly cents: number,
    private readonly row: number,
    private readonly cols: readonly number[],
    readonly corrected?: number,
  ) {}

  get cells(): string[] {
    return this.cols.map((c) => cellAddress(this.row, c));
  }
}

/** The sum of the cells of the keys at a row; undefined when the table lacks a key, or a cell is unreadable. */
function rowSlot(ctx: RuleContext, table: FinancialTable, row: number, keys: readonly ColumnKey[]): SlotAmount | undefined {
  let cents = 0;
  let corrected = 0;
  const cols: number[] = [];
  for (const key of keys) {
    const c = column(table, key);
    const value = ctx.cents(table, row, key);
    if (!c || value === null || value === undefined) return undefined;
    cents += value;
    const right = correctedColumnCents(ctx, table, c)[row - table.range.r1];
    corrected += Number.isNaN(right) ? value : right;
    cols.push(sheetColumn(table, row, c.col));
  }
  return new RowSlotAmount(cents, row, cols, corrected === cents ? undefined : corrected);
}

function entry(
  table: Table,
  level: Level,
  who: MatchableAction,
  year: number | null,
  phase: Phase,
  amounts: Entry["amounts"],
): Entry | null {
  return Object.keys(amounts).length === 0
    ? null
    : { table, level, fiche: who.fiche, title: who.title, axe: who.axe, year, phase, amounts };
}

/** F5 in blocks (« Prévisionnel 2019 | Réalisé 2019 », one row per funder): the action is the fiche of its title. */
function funderBlockEntries(ctx: RuleContext, table: FinancialTable): Entry[] {
  const fiche = [...table.titles]
    .reverse()
    .map(ficheOfText)
    .find((f) => f !== null);
  if (!fiche) return [];
  const who = { fiche: fiche.fiche, title: fiche.title, axe: null };
  const out: Entry[] = [];
  for (const [phase, key] of [
    ["prevu", "budget"],
    ["realise", "realise"],
  ] as const) {
    const amounts: Entry["amounts"] = {};
    for (const row of table.rows) {
      const slot: Slot | null = row.kind === "total" ? "total" : row.funder === "etat" || row.funder === "cd" ? row.funder : null;
      const value = slot && !amounts[slot] ? rowSlot(ctx, table, row.row, [key]) : undefined;
      if (slot && value) amounts[slot] = value;
    }
    const e = column(table, key) ? entry(table, "fiche", who, table.year, phase, amounts) : null;
    if (e) out.push(e);
  }
  return out;
}

function financialEntries(ctx: RuleContext, table: FinancialTable): Entry[] {
  if (table.rows.some((r) => r.funder)) return funderBlockEntries(ctx, table);
  const byPhase = SLOT_KEYS[table.family] ?? {};
  const out: Entry[] = [];
  for (const row of table.rows) {
    if (row.kind !== "action") continue;
    for (const phase of ["prevu", "realise"] as const) {
      const keys = byPhase[phase];
      if (!keys) continue;
      const amounts: Entry["amounts"] = {};
      for (const slot of SLOTS) {
        const value = keys[slot] ? rowSlot(ctx, table, row.row, keys[slot]!) : undefined;
        if (value) amounts[slot] = value;
      }
      const e = entry(table, LEVEL_OF[table.family], row, table.year, phase, amounts);
      if (e) out.push(e);
    }
  }
  return out;
}

function add(amounts: readonly GridAmount[]): SlotAmount | undefined {
  if (amounts.length === 0 || amounts.some((a) => a.cents === null)) return undefined;
  return { cents: amounts.reduce((s, a) => s + (a.cents as number), 0), cells: amounts.map((a) => a.address) };
}

/** État, CD and total of the lines of one measure (F7, F8): the funders' lines, else their totals; with a FAPI line, the total only. */
function measureSlots(table: BudgetTable, cells: readonly GridAmount[]): Entry["amounts"] {
  const { lines } = table.grid;
  const of = (funder: FunderRole, kind: "part" | "total") =>
    cells.filter((a) => lines[a.cell.line].kind === kind && lines[a.cell.line].funder === funder && !lines[a.cell.line].fapi);
  const amounts: Entry["amounts"] = {};
  // The FAPI may be counted with the State or with the département (« TOTAL Département »): the
  // funders' shares are then uncertain, only the total is compared.
  const fapi = cells.some((a) => lines[a.cell.line].kind === "part" && lines[a.cell.line].fapi && a.cents !== 0);
  for (const funder of fapi ? [] : (["etat", "cd"] as const)) {
    const parts = of(funder, "part");
    const value = add(parts.length > 0 ? parts : of(funder, "total").slice(0, 1));
    if (value) amounts[funder] = value;
  }
  const total = cells.find((a) => lines[a.cell.line].kind === "total" && lines[a.cell.line].funder === null);
  const value = total ? add([total]) : undefined;
  if (value) amounts.total = value;
  return amounts;
}

/** État, CD and total of one line across its funder measures (F9, F11), for one year and phase. */
function lineSlots(table: BudgetTable, cells: readonly GridAmount[]): Entry["amounts"] {
  const { measures } = table.grid;
  const amounts: Entry["amounts"] = {};
  for (const slot of SLOTS) {
    const own = cells.filter((a) =>
      slot === "total" ? measures[a.cell.measure].total : measures[a.cell.measure].funder === slot,
    );
    const value = own.length > 0 ? add(own) : undefined;
    if (value) amounts[slot] = value;
  }
  return amounts;
}

/** The year and phase of a measure; a line's label may say them (« Réalisé 2021 » in a two-way table). */
function when(table: BudgetTable, measure: number, label = ""): { year: number | null; phase: Phase } {
  const m = table.grid.measures[measure];
  const fromLabel = label ? phaseOf(normalizeText(label)) : null;
  return { year: m.year ?? extractYear(label) ?? table.year, phase: m.phase ?? fromLabel ?? "prevu" };
}

function budgetEntries(ctx: RuleContext, table: BudgetTable): Entry[] {
  const area = moneyAreas(ctx).find((a) => a.table === table);
  if (!area || table.family === "F10") return [];
  const amounts = areaAmounts(ctx, area);
  const out: Entry[] = [];
  const level: Level = table.family === "F11" ? "annexe" : "fiche";
  const grouped = new Map<string, GridAmount[]>();
  const perLine = table.family === "F9" || table.family === "F11";
  for (const a of amounts) {
    const line = table.grid.lines[a.cell.line];
    // across the years, a fiche's « Total » column is no year's amount
    if ((perLine && line.kind !== "part") || (!perLine && table.grid.measures[a.cell.measure].total)) continue;
    const w = when(table, a.cell.measure, perLine ? line.label : "");
    const key = `${perLine ? a.cell.line : ""}|${w.year}|${w.phase}|${perLine ? "" : a.cell.measure}`;
    grouped.set(key, [...(grouped.get(key) ?? []), a]);
  }
  for (const cells of grouped.values()) {
    const first = cells[0];
    const line = table.grid.lines[first.cell.line];
    const w = when(table, first.cell.measure, perLine ? line.label : "");
    const who =
      table.family === "F11" || !table.action
        ? { fiche: line.fiche, title: line.title, axe: null }
        : { ...table.action, axe: null };
    if (who.fiche === null && who.title === null) continue;
    const slots = perLine ? lineSlots(table, cells) : measureSlots(table, cells);
    const e = entry(table, level, who, w.year, w.phase, slots);
    if (e) out.push(e);
  }
  return out;
}

/** The table may give a fiche's or an annex's entries (a récapitulatif's rows are only compared with those). */
function mayDetail(t: Table): boolean {
  return t.kind === "budget" || (t.kind === "financial" && (LEVEL_OF[t.family] !== "recap" || t.rows.some((r) => r.funder)));
}

/**
 * Every entry of every table of the analysis (computed once); none when no table is a fiche or an
 * annex: récapitulatif entries are only compared with theirs, and a big récapitulatif has 100 000 rows.
 */
export function allEntries(ctx: RuleContext): Entry[] {
  return ctx.memo(ctx.tables, "entries", () =>
    !ctx.tables.some(mayDetail)
      ? []
      : ctx.tables.flatMap((t) =>
          t.kind === "financial" ? financialEntries(ctx, t) : t.kind === "budget" ? budgetEntries(ctx, t) : [],
        ),
  );
}
