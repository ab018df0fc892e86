/** Formulas proposed as fixes, and what a sum formula covers (to tell which rows a total includes). */
import { cellAddress, columnLetter } from "../grid/address";
import { Node, Ref, refOf } from "./ast";
import { parseFormula } from "./parse";

/** Consecutive rows as [first, last] runs: [4, 5, 6, 8] → [[4, 6], [8, 8]]. */
export function rowRuns(rows: readonly number[]): [number, number][] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const r of sorted) {
    const last = runs[runs.length - 1];
    if (last && r === last[1] + 1) last[1] = r;
    else runs.push([r, r]);
  }
  return runs;
}

/** (4, [4, 5, 6, 8]) → "=SUM(E5:E7,E9)"; no rows → "=0". */
export function sumFormula(col: number, rows: readonly number[]): string {
  const runs = rowRuns(rows);
  if (runs.length === 0) return "=0";
  const letter = columnLetter(col);
  const parts = runs.map(([a, b]) => (a === b ? `${letter}${a + 1}` : `${letter}${a + 1}:${letter}${b + 1}`));
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
