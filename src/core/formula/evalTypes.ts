/** Values handled while evaluating a formula. */
import { CellValue, ErrorValue } from "../grid/model";
import { Node, Ref } from "./ast";

/** What the evaluator reads from the workbook. */
export interface CellLookup {
  /** Value of a cell; sheet null = the formula's own sheet. */
  cell(sheet: string | null, row: number, col: number): CellValue;
  /** When given, a reference to a sheet for which this is false gives #REF!. */
  sheetExists?(name: string): boolean;
  /** Used size of a sheet, when known: whole columns and rows are only read inside it. */
  usedSize?(sheet: string | null): { rows: number; cols: number } | undefined;
}

/** A single value; dates are read as Excel serial numbers, an empty cell is null. */
export type Scalar = number | string | boolean | ErrorValue | null;

/**
 * A rectangle of values: a reference or a constant array. `rows`/`cols` are its nominal size;
 * cells at or beyond `usedRows`/`usedCols` are known to be empty and are not visited.
 */
export interface Grid {
  readonly kind: "grid";
  readonly rows: number;
  readonly cols: number;
  readonly usedRows: number;
  readonly usedCols: number;
  at(i: number, j: number): Scalar;
}

export type Value = Scalar | Grid;

/** Given to the built-in functions. */
export interface EvalContext {
  /** Evaluates a node (arguments are evaluated only when a function asks, as IF needs). */
  eval(node: Node): Value;
  /** The grid of a reference, resized to rows × cols from its top-left cell when given. */
  refGrid(ref: Readonly<Ref>, rows?: number, cols?: number): Grid | ErrorValue;
}

export function isGrid(v: Value): v is Grid {
  return typeof v === "object" && v !== null && "kind" in v;
}
