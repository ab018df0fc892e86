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
 * The formulas that may read the written sheets: every formula of those sheets, and of the other
 * sheets where a formula names a sheet (an « ! » in its text: what it computes may flow on to the
 * sheet's own formulas), with a reverse index of the places they read (built once: a settle asks
 * it again at every round).
 */
export class FormulaList {
  readonly formulas: FormulaCell[] = [];
  private index: ReaderIndex | null = null;

  constructor(workbook: Workbook, written: ReadonlySet<string>) {
    for (const sheet of workbook.sheets) {
      const name = sheet.name.toUpperCase();
      if (!written.has(name) && !namesSheet(sheet)) continue;
      for (let row = 0; row < sheet.rowCount; row++) {
        for (let col = 0; col < sheet.rowLength(row); col++) {
          const formula = sheet.get(row, col)?.formula;
          if (!formula) continue;
          const refs = refsOf(formula).map((ref) => ({ sheet: ref.sheet === null ? name : ref.sheet.toUpperCase(), ref }));
          if (refs.length > 0) this.formulas.push({ sheet, row, col, refs });
        }
      }
    }
  }

  /** The formulas reading a place (directly). */
  readersOf(place: Place): readonly FormulaCell[] {
    this.index ??= new ReaderIndex(this.formulas);
    return this.index.readers(place);
  }
}

/** Whether a formula of the sheet names a sheet (an « ! » in its text). */
function namesSheet(sheet: Sheet): boolean {
  for (let row = 0; row < sheet.rowCount; row++) {
    for (let col = 0; col < sheet.rowLength(row); col++) {
      if (sheet.get(row, col)?.formula?.includes("!")) return true;
    }
  }
  return false;
}

/** Widest column span indexed column by column; wider references are checked one by one. */
const NARROW = 64;

/** A multi-row reference of one column: rows r1..r2 read by a formula. */
interface Span {
  r1: number;
  r2: number;
  formula: FormulaCell;
}

/** The formulas reading each place: single-row references by cell, column spans by column, wide ones apart. */
class ReaderIndex {
  /** « SHEET » → column → row → the formula(s) reading that cell through a one-row reference (most cells: one). */
  private readonly cells = new Map<string, Map<number, (FormulaCell | FormulaCell[])[]>>();
  /** « SHEET » → column → multi-row spans. */
  private readonly spans = new Map<string, Map<number, Span[]>>();
  /** « SHEET » → references wider than NARROW columns, with their formula. */
  private readonly wide = new Map<string, { ref: Ref; formula: FormulaCell }[]>();

  constructor(formulas: readonly FormulaCell[]) {
    for (const formula of formulas) {
      for (const { sheet, ref } of formula.refs) {
        if (ref.c2 - ref.c1 > NARROW) {
          push(this.wide, sheet, { ref, formula });
          continue;
        }
        if (ref.r1 === ref.r2) {
          let cells = this.cells.get(sheet);
          if (!cells) this.cells.set(sheet, (cells = new Map()));
          for (let c = ref.c1; c <= ref.c2; c++) {
            let rows = cells.get(c);
            if (!rows) cells.set(c, (rows = []));
            const there = rows[ref.r1];
            if (there === undefined) rows[ref.r1] = formula;
            else if (Array.isArray(there)) there.push(formula);
            else rows[ref.r1] = [there, formula];
          }
          continue;
        }
        let columns = this.spans.get(sheet);
        if (!columns) this.spans.set(sheet, (columns = new Map()));
        for (let c = ref.c1; c <= ref.c2; c++) push(columns, c, { r1: ref.r1, r2: ref.r2, formula });
      }
    }
  }

  readers(place: Place): FormulaCell[] {
    const there = this.cells.get(place.sheet)?.get(place.col)?.[place.row];
    const out: FormulaCell[] = there === undefined ? [] : Array.isArray(there) ? [...there] : [there];
    for (const span of this.spans.get(place.sheet)?.get(place.col) ?? []) {
      if (place.row >= span.r1 && place.row <= span.r2) out.push(span.formula);
    }
    for (const { ref, formula } of this.wide.get(place.sheet) ?? []) {
      if (place.row >= ref.r1 && place.row <= ref.r2 && place.col >= ref.c1 && place.col <= ref.c2) out.push(formula);
    }
    return out;
  }
}

function push<K, V>(map: Map<K, V[]>, k: K, value: V): void {
  const list = map.get(k);
  if (list) list.push(value);
  else map.set(k, [value]);
}

/** The formula cells depending, directly or not, on the written places (each reached once). */
function dependents(list: FormulaList, written: Place[]): FormulaCell[] {
  const seen = new Set<FormulaCell>();
  const queue = [...written];
  for (let i = 0; i < queue.length; i++) {
    for (const formula of list.readersOf(queue[i])) {
      if (seen.has(formula)) continue;
      seen.add(formula);
      queue.push({ sheet: formula.sheet.name.toUpperCase(), row: formula.row, col: formula.col });
    }
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
