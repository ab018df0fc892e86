/**
 * Cell values as the rules read them. A formula saved without a cached result (files written by
 * other tools than Excel) is computed from the cells it references, never read as 0 or empty
 * (SPEC §2). Evaluation is memoised and iterative: a chain of thousands of formulas, each
 * referencing the previous one, does not grow the call stack; a cycle gives CYCLE_ERROR.
 */
import { Ref, references } from "../formula/ast";
import { evaluate } from "../formula/evaluate";
import { CellLookup } from "../formula/evalTypes";
import { parseFormula } from "../formula/parse";
import { Cell, CellValue, ErrorValue, Sheet, Workbook } from "./model";

export interface ValueResolver {
  value(sheet: Sheet, row: number, col: number): CellValue;
}

/** Value of a cell whose formula depends on itself (Excel has no error code for it). */
export const CYCLE_ERROR = "#CIRCULAIRE!";
/** Value of a formula without cached result that cannot be read. */
const UNREADABLE: ErrorValue = Object.freeze({ error: "#NAME?" });
const CYCLE: ErrorValue = Object.freeze({ error: CYCLE_ERROR });
const MISSING_SHEET: ErrorValue = Object.freeze({ error: "#REF!" });

function needsEvaluation(cell: Cell | undefined): cell is Cell & { formula: string } {
  return !!cell?.formula && cell.value === null;
}

function key(row: number, col: number): number {
  return row * 16384 + col;
}

/** A formula cell without cached value: sheet, row, column, formula. */
type Pending = [Sheet, number, number, string];

interface Frame {
  sheet: Sheet;
  row: number;
  col: number;
  formula: string;
  /** Formula cells without cached value this one reads, still to be computed. */
  deps: Iterator<Pending>;
}

export function createResolver(workbook: Workbook): ValueResolver {
  const memo = new Map<Sheet, Map<number, CellValue>>();
  const onPath = new Map<Sheet, Set<number>>();
  const sheetsByName = new Map<string, Sheet | undefined>();

  const memoOf = (sheet: Sheet) => mapOf(memo, sheet, () => new Map<number, CellValue>());
  const pathOf = (sheet: Sheet) => mapOf(onPath, sheet, () => new Set<number>());

  const findSheet = (name: string): Sheet | undefined => {
    if (!sheetsByName.has(name)) {
      const upper = name.toUpperCase();
      sheetsByName.set(name, workbook.sheet(name) ?? workbook.sheets.find((s) => s.name.toUpperCase() === upper));
    }
    return sheetsByName.get(name);
  };

  const targetSheet = (from: Sheet, ref: Readonly<Ref>): Sheet | undefined =>
    ref.workbook !== undefined ? undefined : ref.sheet === null ? from : findSheet(ref.sheet);

  /** Known value of a cell, or undefined while a formula of it is still to be computed. */
  const known = (sheet: Sheet, row: number, col: number): CellValue | undefined => {
    const cell = sheet.get(row, col);
    return needsEvaluation(cell) ? memoOf(sheet).get(key(row, col)) : (cell?.value ?? null);
  };

  function* dependencies(sheet: Sheet, formula: string): Generator<Pending> {
    const parsed = parseFormula(formula);
    if (!parsed.ok) return;
    for (const ref of references(parsed.ast)) {
      const target = targetSheet(sheet, ref);
      if (!target) continue;
      const r2 = Math.min(ref.r2, target.rowCount - 1);
      const c2 = Math.min(ref.c2, target.colCount - 1);
      for (let r = ref.r1; r <= r2; r++) {
        for (let c = ref.c1; c <= c2; c++) {
          const cell = target.get(r, c);
          if (needsEvaluation(cell) && !memoOf(target).has(key(r, c))) yield [target, r, c, cell.formula];
        }
      }
    }
  }

  const lookupFor = (sheet: Sheet): CellLookup => ({
    cell(name, row, col) {
      const target = name === null ? sheet : findSheet(name);
      if (!target) return MISSING_SHEET;
      const v = known(target, row, col);
      if (v !== undefined) return v;
      // Not computed beforehand: on the current path (a cycle), or outside the written
      // references (the sum range of SUMIF is resized to the criteria range).
      return pathOf(target).has(key(row, col)) ? CYCLE : resolver.value(target, row, col);
    },
    sheetExists: (name) => findSheet(name) !== undefined,
    usedSize(name) {
      const target = name === null ? sheet : findSheet(name);
      return target && { rows: target.rowCount, cols: target.colCount };
    },
  });

  const compute = (sheet: Sheet, formula: string): CellValue => {
    const parsed = parseFormula(formula);
    return parsed.ok ? evaluate(parsed.ast, lookupFor(sheet)) : UNREADABLE;
  };

  const push = (stack: Frame[], sheet: Sheet, row: number, col: number, formula: string) => {
    pathOf(sheet).add(key(row, col));
    stack.push({ sheet, row, col, formula, deps: dependencies(sheet, formula) });
  };

  /** Depth-first over the formulas to compute, with an explicit stack: dependencies first. */
  const resolve = (sheet: Sheet, row: number, col: number, formula: string) => {
    const stack: Frame[] = [];
    push(stack, sheet, row, col, formula);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const next = top.deps.next();
      if (!next.done) {
        const [s, r, c, f] = next.value;
        if (known(s, r, c) === undefined && !pathOf(s).has(key(r, c))) push(stack, s, r, c, f);
        continue;
      }
      stack.pop();
      memoOf(top.sheet).set(key(top.row, top.col), compute(top.sheet, top.formula));
      pathOf(top.sheet).delete(key(top.row, top.col));
    }
  };

  const resolver: ValueResolver = {
    value(sheet, row, col) {
      const cell = sheet.get(row, col);
      if (!needsEvaluation(cell)) return cell?.value ?? null;
      const v = memoOf(sheet).get(key(row, col));
      if (v !== undefined) return v;
      resolve(sheet, row, col, cell.formula);
      return memoOf(sheet).get(key(row, col)) as CellValue;
    },
  };
  return resolver;
}

function mapOf<K, V>(map: Map<K, V>, k: K, create: () => V): V {
  let v = map.get(k);
  if (v === undefined) {
    v = create();
    map.set(k, v);
  }
  return v;
}
