/**
 * The fake's calculation engine: after a write, the formulas that read the changed cells (directly
 * or through other formulas) are recomputed with the core's evaluator, as Excel recalculates at
 * the end of a sync. The evaluator reads the fake's cells through a read-only view of the core's
 * Sheet, so nothing is copied.
 */
import { Ref } from "../core/formula/ast";
import { scalarOf } from "../core/formula/coerce";
import { formulaReferences } from "../core/formula/parse";
import { Cell, Sheet, Workbook } from "../core/grid/model";
import { createResolver } from "../core/grid/values";
import { FakeSheet, FakeValue, cellKey, keyCol, keyRow } from "./model";

export interface Place {
  sheet: FakeSheet;
  row: number;
  col: number;
}

/** The core's view of a fake sheet; formulas to recompute read as not cached (value null). */
class CalcSheet extends Sheet {
  constructor(
    private readonly fake: FakeSheet,
    private readonly stale: ReadonlySet<number>,
    private readonly size: { rows: number; cols: number },
  ) {
    super(fake.name);
  }

  override get(row: number, col: number): Cell | undefined {
    const cell = this.fake.cell(row, col);
    if (!cell) return undefined;
    const value = this.stale.has(cellKey(row, col)) ? null : cell.value;
    return cell.formula === undefined ? { value } : { value, formula: cell.formula };
  }

  override get rowCount(): number {
    return this.size.rows;
  }

  override get colCount(): number {
    return this.size.cols;
  }
}

interface FormulaCell extends Place {
  refs: Ref[];
}

const refsCache = new Map<string, Ref[]>();

function refsOf(formula: string): Ref[] {
  let refs = refsCache.get(formula);
  if (!refs) {
    refs = formulaReferences(formula);
    refsCache.set(formula, refs);
  }
  return refs;
}

function formulaCells(sheets: readonly FakeSheet[]): FormulaCell[] {
  const out: FormulaCell[] = [];
  for (const sheet of sheets) {
    for (const key of sheet.formulaKeys) {
      const row = keyRow(key);
      const col = keyCol(key);
      out.push({ sheet, row, col, refs: refsOf(sheet.cell(row, col)?.formula ?? "") });
    }
  }
  return out;
}

/** Changed places by upper-case sheet name, sorted by row (for a binary search). */
function indexPlaces(places: Place[]): Map<string, Place[]> {
  const index = new Map<string, Place[]>();
  for (const place of places) {
    const name = place.sheet.name.toUpperCase();
    const list = index.get(name);
    if (list) list.push(place);
    else index.set(name, [place]);
  }
  for (const list of index.values()) list.sort((a, b) => a.row - b.row);
  return index;
}

function firstAtOrAfter(list: Place[], row: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].row < row) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function readsAny(formula: FormulaCell, index: Map<string, Place[]>): boolean {
  return formula.refs.some((ref) => {
    if (ref.workbook !== undefined) return false;
    const list = index.get((ref.sheet ?? formula.sheet.name).toUpperCase());
    if (!list) return false;
    for (let i = firstAtOrAfter(list, ref.r1); i < list.length && list[i].row <= ref.r2; i++) {
      if (list[i].col >= ref.c1 && list[i].col <= ref.c2) return true;
    }
    return false;
  });
}

/** The formula cells among `changed` and every formula depending on them, directly or not. */
function staleFormulas(sheets: readonly FakeSheet[], changed: Place[]): Place[] {
  const formulas = formulaCells(sheets);
  const changedKeys = new Map<FakeSheet, Set<number>>();
  for (const p of changed) {
    const keys = changedKeys.get(p.sheet);
    if (keys) keys.add(cellKey(p.row, p.col));
    else changedKeys.set(p.sheet, new Set([cellKey(p.row, p.col)]));
  }
  const stale = new Set<FormulaCell>(formulas.filter((f) => changedKeys.get(f.sheet)?.has(cellKey(f.row, f.col))));
  let wave: Place[] = changed;
  while (wave.length > 0) {
    const index = indexPlaces(wave);
    const reached = formulas.filter((f) => !stale.has(f) && readsAny(f, index));
    for (const f of reached) stale.add(f);
    wave = reached;
  }
  return [...stale];
}

function fakeValue(value: ReturnType<typeof scalarOf>): FakeValue {
  return value ?? 0;
}

/** Recomputes the formulas affected by `changed`; returns how many were recomputed. */
export function recalculate(sheets: readonly FakeSheet[], changed: Place[]): number {
  if (changed.length === 0) return 0;
  const stale = staleFormulas(sheets, changed);
  if (stale.length === 0) return 0;
  const keys = new Map<FakeSheet, Set<number>>(sheets.map((s) => [s, new Set<number>()]));
  for (const p of stale) keys.get(p.sheet)?.add(cellKey(p.row, p.col));
  const view = new Workbook("");
  const views = new Map<FakeSheet, CalcSheet>();
  for (const sheet of sheets) {
    const used = sheet.usedRange(true);
    const size = { rows: used ? used.r2 + 1 : 0, cols: used ? used.c2 + 1 : 0 };
    const calcSheet = new CalcSheet(sheet, keys.get(sheet) ?? new Set(), size);
    view.sheets.push(calcSheet);
    views.set(sheet, calcSheet);
  }
  const resolver = createResolver(view);
  const results = stale.map((p) => fakeValue(scalarOf(resolver.value(views.get(p.sheet) as CalcSheet, p.row, p.col))));
  stale.forEach((p, i) => p.sheet.patch(p.row, p.col, { value: results[i] }));
  return stale.length;
}
