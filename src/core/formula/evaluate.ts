/**
 * Formula evaluation with Excel's semantics for the operators and the functions of ./functions.
 * Arithmetic is done in floating point, as Excel does: a sum of euros may carry noise such as
 * 0.30000000000000004; callers convert results to integer cents before comparing amounts.
 */
import { CellValue, ErrorValue } from "../grid/model";
import { BinaryOp, Node, Ref, refOf } from "./ast";
import { ERRORS, compareScalars, isError, scalar, scalarOf, toNumber, toText } from "./coerce";
import { CellLookup, EvalContext, Grid, Scalar, Value } from "./evalTypes";
import { FUNCTIONS } from "./functions";

/** The value of a formula; an empty result reads as 0, as in the cell Excel would show. */
export function evaluate(ast: Node, lookup: CellLookup): CellValue {
  const ctx = createContext(lookup);
  return scalar(ctx.eval(ast)) ?? 0;
}

function createContext(lookup: CellLookup): EvalContext {
  const ctx: EvalContext = {
    eval: (node) => evalNode(node, ctx),
    refGrid: (ref, rows, cols) => refGrid(lookup, ref, rows, cols),
  };
  return ctx;
}

function refGrid(
  lookup: CellLookup,
  ref: Readonly<Ref>,
  rows = ref.r2 - ref.r1 + 1,
  cols = ref.c2 - ref.c1 + 1,
): Grid | ErrorValue {
  if (ref.workbook !== undefined) return ERRORS.ref;
  if (ref.sheet !== null && lookup.sheetExists && !lookup.sheetExists(ref.sheet)) return ERRORS.ref;
  const used = lookup.usedSize?.(ref.sheet);
  const clip = (size: number, start: number, usedSize: number | undefined) =>
    usedSize === undefined ? size : Math.max(0, Math.min(size, usedSize - start));
  return {
    kind: "grid",
    rows,
    cols,
    usedRows: clip(rows, ref.r1, used?.rows),
    usedCols: clip(cols, ref.c1, used?.cols),
    at: (i, j) => scalarOf(lookup.cell(ref.sheet, ref.r1 + i, ref.c1 + j)),
  };
}

function evalNode(node: Node, ctx: EvalContext): Value {
  switch (node.kind) {
    case "number":
    case "string":
    case "boolean":
      return node.value;
    case "error":
      return { error: node.value };
    case "empty":
      return null;
    case "ref":
      return ctx.refGrid(node.ref);
    case "name":
      return ERRORS.name;
    case "call":
      return callFunction(node.name, node.args, ctx);
    case "unary":
      return numeric(scalar(ctx.eval(node.operand)), (n) => -n);
    case "percent":
      return numeric(scalar(ctx.eval(node.operand)), (n) => n / 100);
    case "paren":
      return ctx.eval(node.inner);
    case "array":
      return arrayGrid(node.rows, ctx);
    case "binary":
      return node.op === " " ? intersection(node.left, node.right, ctx) : binaryChain(node, ctx);
  }
}

function callFunction(name: string, args: readonly Node[], ctx: EvalContext): Value {
  const fn = FUNCTIONS[name.replace(/^_XL(FN|WS)\./, "")];
  return fn ? fn(args, ctx) : ERRORS.name;
}

function arrayGrid(rows: readonly (readonly Node[])[], ctx: EvalContext): Grid {
  const values = rows.map((row) => row.map((n) => scalar(ctx.eval(n))));
  const cols = Math.max(...values.map((r) => r.length));
  return {
    kind: "grid",
    rows: values.length,
    cols,
    usedRows: values.length,
    usedCols: cols,
    at: (i, j) => values[i][j] ?? ERRORS.value,
  };
}

function numeric(v: Scalar, f: (n: number) => number): Scalar {
  const n = toNumber(v);
  return isError(n) ? n : finite(f(n));
}

function finite(n: number): number | ErrorValue {
  return Number.isFinite(n) ? n : ERRORS.num;
}

const ARITHMETIC: Partial<Record<BinaryOp, (a: number, b: number) => number | ErrorValue>> = {
  "+": (a, b) => a + b,
  "-": (a, b) => a - b,
  "*": (a, b) => a * b,
  "/": (a, b) => (b === 0 ? ERRORS.div0 : a / b),
  "^": (a, b) => (a === 0 && b === 0 ? ERRORS.num : a ** b),
};

const COMPARISON: Partial<Record<BinaryOp, (sign: number) => boolean>> = {
  "=": (s) => s === 0,
  "<>": (s) => s !== 0,
  "<": (s) => s < 0,
  ">": (s) => s > 0,
  "<=": (s) => s <= 0,
  ">=": (s) => s >= 0,
};

type BinaryNode = Extract<Node, { kind: "binary" }>;

/**
 * `=E5+E6+…+E900` is a left-leaning tree as deep as it is long: its left spine is walked with a
 * loop, not with recursion, so that the longest formulas Excel accepts do not exhaust the stack.
 */
function binaryChain(node: BinaryNode, ctx: EvalContext): Value {
  const spine: BinaryNode[] = [];
  let n: Node = node;
  while (n.kind === "binary" && n.op !== " ") {
    spine.push(n);
    n = n.left;
  }
  let acc = ctx.eval(n);
  for (let i = spine.length - 1; i >= 0; i--) acc = binary(spine[i].op, acc, ctx.eval(spine[i].right));
  return acc;
}

function binary(op: BinaryOp, a: Value, b: Value): Value {
  const arithmetic = ARITHMETIC[op];
  if (arithmetic) return arithmeticOf(scalar(a), scalar(b), arithmetic);
  const comparison = COMPARISON[op];
  if (comparison) {
    const sign = compareScalars(scalar(a), scalar(b));
    return isError(sign) ? sign : comparison(sign);
  }
  if (op === "&") {
    const x = toText(scalar(a));
    const y = toText(scalar(b));
    return isError(x) ? x : isError(y) ? y : x + y;
  }
  // ":" with a function (A1:INDEX(…)) and a union outside an aggregate: errors first, then #VALUE!.
  for (const v of [a, b]) if (isError(v)) return v;
  return ERRORS.value;
}

function arithmeticOf(a: Scalar, b: Scalar, f: (a: number, b: number) => number | ErrorValue): Scalar {
  const x = toNumber(a);
  if (isError(x)) return x;
  const y = toNumber(b);
  if (isError(y)) return y;
  const r = f(x, y);
  return isError(r) ? r : finite(r);
}

/** `A1:C5 B2:B9`: the common cells of two references of the same sheet, else #NULL!. */
function intersection(left: Node, right: Node, ctx: EvalContext): Value {
  const a = refOf(left);
  const b = refOf(right);
  if (!a || !b || a.sheet !== b.sheet || a.workbook !== b.workbook) return ERRORS.null;
  const r1 = Math.max(a.r1, b.r1);
  const c1 = Math.max(a.c1, b.c1);
  const r2 = Math.min(a.r2, b.r2);
  const c2 = Math.min(a.c2, b.c2);
  if (r1 > r2 || c1 > c2) return ERRORS.null;
  return ctx.refGrid({ ...a, r1, c1, r2, c2 });
}
