/**
 * Built-in functions. Excel's two readings of an argument are kept apart: a cell of a reference
 * or array is taken only when it holds a number (text and booleans ignored), a value written
 * directly in the call is converted (« "3" » → 3, TRUE → 1, other text → #VALUE!).
 */
import { ErrorValue } from "../grid/model";
import { Node, refOf } from "./ast";
import { ERRORS, formatNumber, isError, scalar, toBoolean, toNumber } from "./coerce";
import { criterion } from "./criteria";
import { EvalContext, Grid, Scalar, Value, isGrid } from "./evalTypes";

type Fn = (args: readonly Node[], ctx: EvalContext) => Value;

interface ArgumentValue {
  value: Scalar;
  /** Read from a reference or an array rather than written in the call. */
  inRange: boolean;
}

/** `(A1:A3,C5)` inside SUM: the parts of a union. */
function unionParts(node: Node): Node[] {
  const inner = node.kind === "paren" ? node.inner : node;
  if (inner.kind === "binary" && inner.op === ",") return [...unionParts(inner.left), ...unionParts(inner.right)];
  return [node];
}

function* argumentValues(args: readonly Node[], ctx: EvalContext): Generator<ArgumentValue> {
  for (const part of args.flatMap(unionParts)) {
    const v = ctx.eval(part);
    if (!isGrid(v)) {
      yield { value: v, inRange: false };
      continue;
    }
    for (let i = 0; i < v.usedRows; i++) {
      for (let j = 0; j < v.usedCols; j++) yield { value: v.at(i, j), inRange: true };
    }
  }
}

/** Numbers of the arguments; "strict" stops at the first error, "count" skips what is not a number. */
function numbers(args: readonly Node[], ctx: EvalContext, mode: "strict"): number[] | ErrorValue;
function numbers(args: readonly Node[], ctx: EvalContext, mode: "count"): number[];
function numbers(args: readonly Node[], ctx: EvalContext, mode: "strict" | "count"): number[] | ErrorValue {
  // argumentValues written out: a SUM over thousands of rows reads each cell without an object for it.
  const out: number[] = [];
  for (const part of args.flatMap(unionParts)) {
    const v = ctx.eval(part);
    if (!isGrid(v)) {
      const n = toNumber(v);
      if (!isError(n)) out.push(n);
      else if (mode === "strict") return n;
      continue;
    }
    for (let i = 0; i < v.usedRows; i++) {
      for (let j = 0; j < v.usedCols; j++) {
        const value = v.at(i, j);
        if (typeof value === "number") out.push(value);
        else if (isError(value) && mode === "strict") return value;
      }
    }
  }
  return out;
}

function aggregate(f: (ns: number[]) => number | ErrorValue): Fn {
  return (args, ctx) => {
    if (args.length === 0) return ERRORS.value;
    const ns = numbers(args, ctx, "strict");
    return isError(ns) ? ns : f(ns);
  };
}

function arity(min: number, max: number, f: Fn): Fn {
  return (args, ctx) => (args.length < min || args.length > max ? ERRORS.value : f(args, ctx));
}

function numberArg(node: Node, ctx: EvalContext): number | ErrorValue {
  return toNumber(scalar(ctx.eval(node)));
}

/** ROUND family: digits may be negative; float noise is removed before rounding (2.675 → 2.68). */
function rounding(round: (n: number) => number): Fn {
  return arity(2, 2, (args, ctx) => {
    const x = numberArg(args[0], ctx);
    if (isError(x)) return x;
    const d = numberArg(args[1], ctx);
    if (isError(d)) return d;
    const digits = Math.max(Math.trunc(d), -300);
    if (digits > 15) return x;
    const factor = 10 ** digits;
    const scaled = Number(formatNumber(Math.abs(x) * factor));
    const r = (Math.sign(x) * round(scaled)) / factor;
    return Number.isFinite(r) ? Number(formatNumber(r)) : ERRORS.num;
  });
}

/** AND (all = true) and OR: cells of references count when numbers or booleans; errors win. */
function logical(all: boolean): Fn {
  return (args, ctx) => {
    let seen = false;
    let result = all;
    for (const { value, inRange } of argumentValues(args, ctx)) {
      if (inRange && (value === null || typeof value === "string")) continue;
      const b = toBoolean(value);
      if (isError(b)) return b;
      seen = true;
      if (b !== all) result = b;
    }
    return seen ? result : ERRORS.value;
  };
}

function sumIf(args: readonly Node[], ctx: EvalContext): Value {
  const rangeRef = refOf(args[0]);
  const sumNode = args[2]?.kind === "empty" ? undefined : args[2];
  const sumRef = sumNode ? refOf(sumNode) : rangeRef;
  if (!rangeRef || !sumRef) return ERRORS.value;
  const range = ctx.refGrid(rangeRef);
  if (!isGrid(range)) return range;
  const crit = scalar(ctx.eval(args[1]));
  if (isError(crit)) return crit;
  const sums = ctx.refGrid(sumRef, range.rows, range.cols);
  if (!isGrid(sums)) return sums;
  const matches = criterion(crit);
  let total = 0;
  for (let i = 0; i < range.usedRows; i++) {
    for (let j = 0; j < range.usedCols; j++) {
      if (!matches(range.at(i, j))) continue;
      const v = sums.at(i, j);
      if (isError(v)) return v;
      if (typeof v === "number") total += v;
    }
  }
  return total;
}

function asGrid(v: Value): Grid {
  return isGrid(v) ? v : { kind: "grid", rows: 1, cols: 1, usedRows: 1, usedCols: 1, at: () => v };
}

function sumProduct(args: readonly Node[], ctx: EvalContext): Value {
  const grids = args.map((a) => asGrid(ctx.eval(a)));
  const [first] = grids;
  if (grids.some((g) => g.rows !== first.rows || g.cols !== first.cols)) return ERRORS.value;
  const rows = Math.max(...grids.map((g) => g.usedRows));
  const cols = Math.max(...grids.map((g) => g.usedCols));
  let total = 0;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      let product = 1;
      for (const g of grids) {
        const v = g.at(i, j);
        if (isError(v)) return v;
        product *= typeof v === "number" ? v : 0;
      }
      total += product;
    }
  }
  return total;
}

export const FUNCTIONS: Readonly<Record<string, Fn>> = {
  SUM: aggregate((ns) => ns.reduce((a, b) => a + b, 0)),
  MIN: aggregate((ns) => (ns.length === 0 ? 0 : Math.min(...ns))),
  MAX: aggregate((ns) => (ns.length === 0 ? 0 : Math.max(...ns))),
  AVERAGE: aggregate((ns) => (ns.length === 0 ? ERRORS.div0 : ns.reduce((a, b) => a + b, 0) / ns.length)),
  COUNT: (args, ctx) => numbers(args, ctx, "count").length,
  COUNTA: (args, ctx) => {
    let n = 0;
    for (const { value, inRange } of argumentValues(args, ctx)) if (!inRange || value !== null) n++;
    return n;
  },
  SUMIF: arity(2, 3, sumIf),
  SUMPRODUCT: arity(1, 255, sumProduct),
  ROUND: rounding(Math.round),
  ROUNDUP: rounding(Math.ceil),
  ROUNDDOWN: rounding(Math.floor),
  ABS: arity(1, 1, (args, ctx) => {
    const x = numberArg(args[0], ctx);
    return isError(x) ? x : Math.abs(x);
  }),
  IF: arity(2, 3, (args, ctx) => {
    const cond = toBoolean(scalar(ctx.eval(args[0])));
    if (isError(cond)) return cond;
    if (cond) return ctx.eval(args[1]);
    return args[2] ? ctx.eval(args[2]) : false;
  }),
  IFERROR: arity(2, 2, (args, ctx) => {
    const v = ctx.eval(args[0]);
    return isError(v) ? ctx.eval(args[1]) : v;
  }),
  AND: logical(true),
  OR: logical(false),
  NOT: arity(1, 1, (args, ctx) => {
    const b = toBoolean(scalar(ctx.eval(args[0])));
    return isError(b) ? b : !b;
  }),
};
