/** The syntax tree of an Excel formula (English syntax, as stored in xlsx files). */

/** Last row and last column index of a worksheet (0-based: 1 048 576 rows, columns A…XFD). */
export const MAX_ROW = 1_048_575;
export const MAX_COL = 16_383;

/**
 * A cell or range reference. Rows and columns are 0-based and inclusive, r1 ≤ r2 and c1 ≤ c2.
 * A whole column (`A:C`) spans rows 0…MAX_ROW, a whole row (`3:5`) columns 0…MAX_COL; their
 * missing half carries no `$` marker and never moves when the formula is copied.
 */
export interface Ref {
  /** Sheet name as written (unquoted, '' unescaped); null for the formula's own sheet. */
  sheet: string | null;
  /** External workbook part (`[1]`, `C:\dossier\[Budget.xlsx]`), when the reference points outside. */
  workbook?: string;
  r1: number;
  c1: number;
  r2: number;
  c2: number;
  absR1: boolean;
  absC1: boolean;
  absR2: boolean;
  absC2: boolean;
  wholeColumn?: boolean;
  wholeRow?: boolean;
}

export type BinaryOp =
  | "+"
  | "-"
  | "*"
  | "/"
  | "^"
  | "&"
  | "="
  | "<>"
  | "<"
  | ">"
  | "<="
  | ">="
  /** Range operator, only between a reference and a function (`A1:INDEX(…)`); `A1:B2` is one Ref. */
  | ":"
  /** Intersection (a space between two references). */
  | " "
  /** Union (a comma inside parentheses: `SUM((A1,B2))`). */
  | ",";

/**
 * Nodes are shared between callers through the parse cache: never mutate them.
 * The tokenizer drops a leading unary "+", so the only prefix operator left is "-".
 */
export type Node =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "string"; readonly value: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "error"; readonly value: string }
  | { readonly kind: "ref"; readonly ref: Readonly<Ref> }
  /** A defined name, a table reference or any identifier that is not a cell reference. */
  | { readonly kind: "name"; readonly name: string }
  /** Function call; `name` in upper case. An omitted argument (`IF(A1,,2)`) is an "empty" node. */
  | { readonly kind: "call"; readonly name: string; readonly args: readonly Node[] }
  | { readonly kind: "empty" }
  | { readonly kind: "unary"; readonly op: "-"; readonly operand: Node }
  | { readonly kind: "percent"; readonly operand: Node }
  | { readonly kind: "binary"; readonly op: BinaryOp; readonly left: Node; readonly right: Node }
  /** Parentheses written by the user, kept so that a printed formula reads like the original. */
  | { readonly kind: "paren"; readonly inner: Node }
  /** Constant array `{1,2;3,4}`: rows of constants. */
  | { readonly kind: "array"; readonly rows: readonly (readonly Node[])[] };

export type ParseResult = { ok: true; ast: Node } | { ok: false; reason: string };

/** Calls `visit` on every node of the tree, parents before children (iterative: no deep recursion). */
export function walk(ast: Node, visit: (node: Node) => void): void {
  const stack: Node[] = [ast];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    visit(node);
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

function childrenOf(node: Node): readonly Node[] {
  switch (node.kind) {
    case "call":
      return node.args;
    case "unary":
    case "percent":
      return [node.operand];
    case "binary":
      return [node.left, node.right];
    case "paren":
      return [node.inner];
    case "array":
      return node.rows.flat();
    default:
      return [];
  }
}

/** The references of a tree, in the order they are written (copies: the tree stays intact). */
export function references(ast: Node): Ref[] {
  const out: Ref[] = [];
  walk(ast, (node) => {
    if (node.kind === "ref") out.push({ ...node.ref });
  });
  return out;
}

/** True when (row, col) lies inside the reference's rectangle (the sheet is not compared). */
export function refContains(ref: Readonly<Ref>, row: number, col: number): boolean {
  return row >= ref.r1 && row <= ref.r2 && col >= ref.c1 && col <= ref.c2;
}

/** The reference a node stands for, through parentheses; null for anything else. */
export function refOf(node: Node): Readonly<Ref> | null {
  if (node.kind === "paren") return refOf(node.inner);
  return node.kind === "ref" ? node.ref : null;
}
