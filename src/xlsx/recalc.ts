/**
 * After corrections, the formulas that read a corrected cell (directly or through other
 * formulas) still hold their old cached result: a sous-total above a corrected action row would
 * show the old sum to every reader but Excel. Their results are recomputed with the core's
 * evaluator and written as "result" edits; a result the core cannot compute is left out (Excel
 * recomputes everything on opening the copy). The written formulas get their result computed on
 * the corrected cells too (a fix's expected result was computed before the other fixes).
 */
import { formulaReferences, Ref, refContains } from "../core/formula";
import { Cell, CellValue, isErrorValue, Sheet, Workbook } from "../core/grid/model";
import { createResolver } from "../core/grid/values";
import { CellEdit, Scalar } from "./patch/edits";

export interface WrittenCell {
  sheet: string;
  row: number;
  col: number;
  /** The cell as written (value, or formula with its result when known). */
  cell: Cell;
}

interface FormulaCell {
  sheet: Sheet;
  row: number;
  col: number;
  refs: Ref[];
}

function formulaCells(workbook: Workbook): Map<string, FormulaCell[]> {
  const out = new Map<string, FormulaCell[]>();
  const byName = new Map(workbook.sheets.map((s) => [s.name.toUpperCase(), s]));
  for (const sheet of workbook.sheets) {
    for (let row = 0; row < sheet.rowCount; row++) {
      for (let col = 0; col < sheet.rowLength(row); col++) {
        const formula = sheet.get(row, col)?.formula;
        if (!formula) continue;
        for (const ref of formulaReferences(formula)) {
          if (ref.workbook !== undefined) continue;
          const target = ref.sheet === null ? sheet : byName.get(ref.sheet.toUpperCase());
          if (!target) continue;
          const list = out.get(target.name) ?? [];
          const last = list[list.length - 1];
          if (last && last.sheet === sheet && last.row === row && last.col === col) last.refs.push(ref);
          else list.push({ sheet, row, col, refs: [ref] });
          out.set(target.name, list);
        }
      }
    }
  }
  return out;
}

/** The formula cells depending, directly or not, on the written cells (the written ones excluded). */
function dependents(workbook: Workbook, written: WrittenCell[]): FormulaCell[] {
  const readers = formulaCells(workbook);
  const key = (sheet: string, row: number, col: number) => `${sheet}\u0000${row}\u0000${col}`;
  const writtenKeys = new Set(written.map((w) => key(w.sheet, w.row, w.col)));
  const stale = new Map<string, FormulaCell>();
  const queue: { sheet: string; row: number; col: number }[] = written.map(({ sheet, row, col }) => ({ sheet, row, col }));
  while (queue.length > 0) {
    const place = queue.pop() as { sheet: string; row: number; col: number };
    for (const reader of readers.get(place.sheet) ?? []) {
      const k = key(reader.sheet.name, reader.row, reader.col);
      if (stale.has(k) || writtenKeys.has(k) || !reader.refs.some((ref) => refContains(ref, place.row, place.col))) continue;
      stale.set(k, reader);
      queue.push({ sheet: reader.sheet.name, row: reader.row, col: reader.col });
    }
  }
  return [...stale.values()];
}

function scalar(value: CellValue): Scalar | null {
  if (value === null || value instanceof Date) return null;
  if (isErrorValue(value)) return null;
  return value;
}

/**
 * The "result" edits of the formulas to recompute, by sheet, and the results of the written
 * formulas (by « sheet!row:col »; null when the core cannot compute it). The workbook is changed while computing and restored after.
 */
export function recomputedResults(
  workbook: Workbook,
  written: WrittenCell[],
): { results: Map<string, CellEdit[]>; computed: Map<string, Scalar | null> } {
  const stale = dependents(workbook, written);
  const saved: { sheet: Sheet; row: number; col: number; cell: Cell | undefined }[] = [];
  const put = (sheet: Sheet, row: number, col: number, cell: Cell) => {
    saved.push({ sheet, row, col, cell: sheet.get(row, col) });
    sheet.set(row, col, cell);
  };
  const results = new Map<string, CellEdit[]>();
  const computed = new Map<string, Scalar | null>();
  try {
    for (const w of written) {
      const sheet = workbook.sheet(w.sheet);
      if (sheet) put(sheet, w.row, w.col, w.cell.formula ? { ...w.cell, value: null } : w.cell);
    }
    for (const f of stale) put(f.sheet, f.row, f.col, { ...(f.sheet.get(f.row, f.col) as Cell), value: null });
    const resolver = createResolver(workbook);
    for (const w of written) {
      const sheet = workbook.sheet(w.sheet);
      if (sheet && w.cell.formula) computed.set(`${w.sheet}!${w.row}:${w.col}`, scalar(resolver.value(sheet, w.row, w.col)));
    }
    for (const f of stale) {
      const edits = results.get(f.sheet.name) ?? [];
      edits.push({ row: f.row, col: f.col, content: { kind: "result", result: scalar(resolver.value(f.sheet, f.row, f.col)) } });
      results.set(f.sheet.name, edits);
    }
  } finally {
    for (const s of saved.reverse()) {
      if (s.cell) s.sheet.set(s.row, s.col, s.cell);
      else s.sheet.set(s.row, s.col, undefined as unknown as Cell);
    }
  }
  return { results, computed };
}
