/** Formulas proposed as fixes, and what a sum formula covers (to tell which rows a total includes). */
import { cellAddress, columnLetter } from "../grid/address";
import { Node, Ref, refOf } from "./ast";
import { parseFormula } from "./parse";

/** Consecutive rows as [first, last] runs: [4, 5, 6, 8] → [[4, 6], [8, 8]]. */
export function rowRuns(rows: readonly number[]): [number, number][] {
  // Rows usually come in order, each once (a total's thousands of rows): nothing to sort then.
  const sorted = increasing(rows, (r) => r) ? rows : [...new Set(rows)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const r of sorted) {
    const last = runs[runs.length - 1];
    if (last && r === last[1] + 1) last[1] = r;
    else runs.push([r, r]);
  }
  return runs;
}

/** The items' rows strictly increase: no duplicate, already in order. */
function increasing<T>(items: readonly T[], rowOf: (item: T) => number): boolean {
  for (let i = 1; i < items.length; i++) if (rowOf(items[i]) <= rowOf(items[i - 1])) return false;
  return true;
}

/** (4, [4, 5, 6, 8]) → "=SUM(E5:E7,E9)"; no rows → "=0". */
export function sumFormula(col: number, rows: readonly number[]): string {
  return sumCellsFormula(rows.map((row) => ({ row, col })));
}

/**
 * Cells of one column that may move sideways (a table part shifted after a page break), in row
 * order: [{4, E}, {5, E}, {8, F}] → "=SUM(E5:E6,F9)"; consecutive rows of one column make a range.
 */
export function sumCellsFormula(cells: readonly { row: number; col: number }[]): string {
  const sorted = increasing(cells, (c) => c.row)
    ? cells
    : [...new Map(cells.map((c) => [c.row, c])).values()].sort((a, b) => a.row - b.row);
  const runs: { col: number; from: number; to: number }[] = [];
  for (const { row, col } of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.col === col && row === last.to + 1) last.to = row;
    else runs.push({ col, from: row, to: row });
  }
  if (runs.length === 0) return "=0";
  const parts = runs.map(({ col, from, to }) => {
    const letter = columnLetter(col);
    return from === to ? `${letter}${from + 1}` : `${letter}${from + 1}:${letter}${to + 1}`;
  });
  return `=SUM(${parts.join(",")})`;
}

/** [{row: 11, col: 6}, {row: 11, col: 9}] → "=G12+J12"; no cells → "=0". */
export function addFormula(cells: readonly { row: number; col: number }[]): string {
  if (cells.length === 0) return "=0";
  return `=${cells.map((c) => cellAddress(c.row, c.col)).join("+")}`;
}

/**
 * The references a pure sum covers: `=SUM(E5:E7,E9)+E12` → E5:E7, E9, E12. Null when the formula
 * is anything else (a subtraction, a product, a constant, another function) or does not parse.
 */
export function sumRanges(formula: string): Ref[] | null {
  const parsed = parseFormula(formula);
  if (!parsed.ok) return null;
  const out: Ref[] = [];
  return collectSum(parsed.ast, out) ? out : null;
}

function collectSum(node: Node, out: Ref[]): boolean {
  if (node.kind === "paren") return collectSum(node.inner, out);
  if (node.kind === "binary" && node.op === "+") return collectSum(node.left, out) && collectSum(node.right, out);
  if (node.kind === "call" && node.name === "SUM") return node.args.length > 0 && node.args.every((a) => collectSum(a, out));
  const ref = refOf(node);
  if (!ref) return false;
  out.push({ ...ref });
  return true;
}
