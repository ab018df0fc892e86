/**
 * The workbooks as a write plan leaves them, without copying them: each sheet the plan writes, or
 * whose formulas read a written cell (directly or through other formulas, on any sheet), is seen
 * through an overlay that gives the written contents, and gives the formulas depending on them
 * without their cached result, so that the resolver (grid/values.ts) computes them again, as
 * Excel recalculates after the writes. Sheets the plan does not reach are the original objects.
 */
import { Ref } from "../formula/ast";
import { formulaReferences } from "../formula/parse";
import { cellAddress, parseCellAddress } from "../grid/address";
import { Cell, CellValue, Sheet, Workbook } from "../grid/model";
import { createResolver, ValueResolver } from "../grid/values";
import { CellWrite } from "./plan";

const COLS = 16384;
const key = (row: number, col: number) => row * COLS + col;

/** A sheet with some cells replaced and some formulas to compute again. */
export class OverlaySheet extends Sheet {
  private readonly lastCol = new Map<number, number>();
  private readonly rowTotal: number;
  private readonly colTotal: number;

  constructor(
    readonly base: Sheet,
    private readonly written: ReadonlyMap<number, Cell>,
    private readonly stale: ReadonlySet<number>,
  ) {
    super(base.name, { merges: base.merges, notes: base.notes });
    this.state = base.state;
    this.protected = base.protected;
    let rows = base.rowCount;
    let cols = base.colCount;
    for (const k of written.keys()) {
      const row = Math.floor(k / COLS);
      const col = k % COLS;
      rows = Math.max(rows, row + 1);
      cols = Math.max(cols, col + 1);
      this.lastCol.set(row, Math.max(this.lastCol.get(row) ?? -1, col));
    }
    this.rowTotal = rows;
    this.colTotal = cols;
  }

  override get rowCount(): number {
    return this.rowTotal;
  }

  override get colCount(): number {
    return this.colTotal;
  }

  override rowLength(row: number): number {
    return Math.max(this.base.rowLength(row), (this.lastCol.get(row) ?? -1) + 1);
  }

  override get(row: number, col: number): Cell | undefined {
    const k = key(row, col);
    const written = this.written.get(k);
    if (written) return written;
    const cell = this.base.get(row, col);
    return cell && this.stale.has(k) ? { ...cell, value: null } : cell;
  }

  override set(): void {
    throw new Error("une vue corrigée d'une feuille ne se modifie pas");
  }

  private changedByColumn: Map<number, number[]> | null = null;

  /** Rows of a column whose cell differs from the base sheet's (written, or a formula to compute again). */
  changedRows(col: number): readonly number[] {
    if (!this.changedByColumn) {
      this.changedByColumn = new Map();
      for (const k of [...this.written.keys(), ...this.stale]) {
        const c = k % COLS;
        const rows = this.changedByColumn.get(c);
        if (rows) rows.push(Math.floor(k / COLS));
        else this.changedByColumn.set(c, [Math.floor(k / COLS)]);
      }
    }
    return this.changedByColumn.get(col) ?? [];
  }
}

/** The content a write gives a cell (a formula without result: the resolver computes it). */
function writtenCell(write: CellWrite, before: Cell | undefined): Cell {
  const numFmt = before?.numFmt ?? write.numFmt;
  const format = numFmt === undefined ? {} : { numFmt };
  if (write.kind === "formula") return { value: null, formula: write.formula as string, ...format };
  return { value: write.value ?? null, ...format };
}

interface FormulaCell {
  sheet: Sheet;
  row: number;
  col: number;
  /** References into this workbook, with their sheet's upper-case name. */
  refs: { sheet: string; ref: Ref }[];
}

/** A place of a sheet, by upper-case sheet name (formulas name sheets in any case). */
interface Place {
  sheet: string;
  row: number;
  col: number;
}

/** References of a formula text, worked out once per text (a template repeats its formulas on every sheet). */
const refsByText = new Map<string, Ref[]>();

function refsOf(formula: string): Ref[] {
  let refs = refsByText.get(formula);
  if (!refs) {
    refs = formulaReferences(formula).filter((r) => r.workbook === undefined);
    if (refsByText.size > 50_000) refsByText.clear();
    refsByText.set(formula, refs);
  }
  return refs;
}

/**
 * The formulas that may read the written sheets: every formula of those sheets, and the formulas
 * of other sheets that name a sheet (an « ! » in their text).
 */
export class FormulaList {
  readonly formulas: FormulaCell[] = [];

  constructor(workbook: Workbook, written: ReadonlySet<string>) {
    for (const sheet of workbook.sheets) {
      const own = written.has(sheet.name.toUpperCase());
      const name = sheet.name.toUpperCase();
      for (let row = 0; row < sheet.rowCount; row++) {
        for (let col = 0; col < sheet.rowLength(row); col++) {
          const formula = sheet.get(row, col)?.formula;
          if (!formula || (!own && !formula.includes("!"))) continue;
          const refs = refsOf(formula).map((ref) => ({ sheet: ref.sheet === null ? name : ref.sheet.toUpperCase(), ref }));
          if (refs.length > 0) this.formulas.push({ sheet, row, col, refs });
        }
      }
    }
  }
}

/** Places by « SHEET!col », rows sorted: does a reference cover one of them? */
class PlaceIndex {
  private readonly byColumn = new Map<string, number[]>();
  private readonly bySheet = new Map<string, Place[]>();

  constructor(places: Place[]) {
    for (const p of places) {
      const k = `${p.sheet}!${p.col}`;
      const rows = this.byColumn.get(k);
      if (rows) rows.push(p.row);
      else this.byColumn.set(k, [p.row]);
      const list = this.bySheet.get(p.sheet);
      if (list) list.push(p);
      else this.bySheet.set(p.sheet, [p]);
    }
    for (const rows of this.byColumn.values()) rows.sort((a, b) => a - b);
  }

  covers(sheet: string, ref: Ref): boolean {
    if (ref.c2 - ref.c1 > 64) {
      return (this.bySheet.get(sheet) ?? []).some(
        (p) => p.row >= ref.r1 && p.row <= ref.r2 && p.col >= ref.c1 && p.col <= ref.c2,
      );
    }
    for (let c = ref.c1; c <= ref.c2; c++) {
      const rows = this.byColumn.get(`${sheet}!${c}`);
      if (!rows) continue;
      let lo = 0;
      let hi = rows.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (rows[mid] < ref.r1) lo = mid + 1;
        else hi = mid;
      }
      if (lo < rows.length && rows[lo] <= ref.r2) return true;
    }
    return false;
  }
}

/** The formula cells depending, directly or not, on the written places: wave after wave. */
function dependents(list: FormulaList, written: Place[]): FormulaCell[] {
  const seen = new Set<FormulaCell>();
  let wave = written;
  while (wave.length > 0) {
    const index = new PlaceIndex(wave);
    const next: Place[] = [];
    for (const formula of list.formulas) {
      if (seen.has(formula) || !formula.refs.some((r) => index.covers(r.sheet, r.ref))) continue;
      seen.add(formula);
      next.push({ sheet: formula.sheet.name.toUpperCase(), row: formula.row, col: formula.col });
    }
    wave = next;
  }
  return [...seen];
}

/** One workbook as the plan leaves it. */
export interface CorrectedWorkbook {
  original: Workbook;
  workbook: Workbook;
  /** Overlay of each original sheet the plan reaches. */
  overlays: Map<Sheet, OverlaySheet>;
  resolver: ValueResolver;
}

export interface Corrected {
  workbooks: CorrectedWorkbook[];
  /** The corrected view of an original sheet (the sheet itself when the plan does not reach it). */
  sheetOf(sheet: Sheet): Sheet;
  /** The value a cell shows once the plan is applied (formulas computed); undefined for an unknown place. */
  value(file: string, sheet: string, cell: string): CellValue | undefined;
}

/** Formula lists are built once per workbook and set of written sheets (a settle reuses them). */
export type IndexCache = Map<string, FormulaList>;

function correctWorkbook(original: Workbook, writes: CellWrite[], indexes: IndexCache): CorrectedWorkbook {
  const bySheet = new Map<Sheet, Map<number, Cell>>();
  const places: Place[] = [];
  for (const write of writes) {
    const sheet = original.sheet(write.sheet) ?? original.sheets.find((s) => s.name.toUpperCase() === write.sheet.toUpperCase());
    const at = parseCellAddress(write.cell);
    if (!sheet || !at) continue;
    const cells = bySheet.get(sheet) ?? new Map<number, Cell>();
    cells.set(key(at.row, at.col), writtenCell(write, sheet.get(at.row, at.col)));
    bySheet.set(sheet, cells);
    places.push({ sheet: sheet.name.toUpperCase(), row: at.row, col: at.col });
  }
  const names = new Set([...bySheet.keys()].map((s) => s.name.toUpperCase()));
  const indexKey = `${original.name}\n${[...names].sort().join("\n")}`;
  let index = indexes.get(indexKey);
  if (!index && places.length > 0) {
    index = new FormulaList(original, names);
    indexes.set(indexKey, index);
  }
  const stale = new Map<Sheet, Set<number>>();
  for (const formula of index ? dependents(index, places) : []) {
    const set = stale.get(formula.sheet) ?? new Set<number>();
    set.add(key(formula.row, formula.col));
    stale.set(formula.sheet, set);
  }
  const workbook = new Workbook(original.name);
  const overlays = new Map<Sheet, OverlaySheet>();
  for (const sheet of original.sheets) {
    const cells = bySheet.get(sheet);
    const stales = stale.get(sheet);
    if (!cells && !stales) {
      workbook.sheets.push(sheet);
      continue;
    }
    const overlay = new OverlaySheet(sheet, cells ?? new Map(), stales ?? new Set());
    overlays.set(sheet, overlay);
    workbook.sheets.push(overlay);
  }
  return { original, workbook, overlays, resolver: createResolver(workbook) };
}

/** The workbooks once the plan's cell writes are applied, formulas recomputed where they changed. */
export function correctedWorkbooks(
  workbooks: readonly Workbook[],
  writes: readonly CellWrite[],
  indexes: IndexCache = new Map(),
): Corrected {
  const corrected = workbooks.map((w) =>
    correctWorkbook(
      w,
      writes.filter((x) => x.file === w.name),
      indexes,
    ),
  );
  const overlayOf = new Map<Sheet, Sheet>();
  for (const c of corrected) for (const [sheet, overlay] of c.overlays) overlayOf.set(sheet, overlay);
  return {
    workbooks: corrected,
    sheetOf: (sheet) => overlayOf.get(sheet) ?? sheet,
    value(file, sheetName, cell) {
      const c = corrected.find((w) => w.original.name === file);
      const sheet =
        c?.workbook.sheet(sheetName) ?? c?.workbook.sheets.find((s) => s.name.toUpperCase() === sheetName.toUpperCase());
      const at = parseCellAddress(cell);
      if (!c || !sheet || !at) return undefined;
      return c.resolver.value(sheet, at.row, at.col);
    },
  };
}

/** « 'Feuil 1'!B5 » style key of a write, for maps. */
export function writeKey(write: Pick<CellWrite, "file" | "sheet" | "cell">): string {
  const at = parseCellAddress(write.cell);
  return JSON.stringify([write.file, write.sheet.toUpperCase(), at ? cellAddress(at.row, at.col) : write.cell]);
}
