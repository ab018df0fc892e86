/** R1C1 shape of a formula: what Excel shows in R1C1 notation, to compare formulas down a column. */
import { Ref } from "./ast";
import { parseFormula } from "./parse";
import { printNode } from "./print";
import { sheetPrefix } from "./refText";

/**
 * "=D12+E12" at (11, 5) → "=RC[-2]+RC[-1]"; absolute parts as R5C3. Function names in upper case,
 * spaces dropped. A formula that does not parse is returned unchanged.
 */
export function r1c1Shape(formula: string, row: number, col: number): string {
  const parsed = parseFormula(formula);
  if (!parsed.ok) return formula;
  return `=${printNode(parsed.ast, (ref) => r1c1Reference(ref, row, col))}`;
}

function part(letter: "R" | "C", index: number, absolute: boolean, base: number): string {
  if (absolute) return `${letter}${index + 1}`;
  return index === base ? letter : `${letter}[${index - base}]`;
}

function span(first: string, second: string): string {
  return first === second ? first : `${first}:${second}`;
}

export function r1c1Reference(ref: Readonly<Ref>, row: number, col: number): string {
  const r = (i: number, abs: boolean) => part("R", i, abs, row);
  const c = (i: number, abs: boolean) => part("C", i, abs, col);
  let body: string;
  if (ref.wholeColumn) body = span(c(ref.c1, ref.absC1), c(ref.c2, ref.absC2));
  else if (ref.wholeRow) body = span(r(ref.r1, ref.absR1), r(ref.r2, ref.absR2));
  else body = span(r(ref.r1, ref.absR1) + c(ref.c1, ref.absC1), r(ref.r2, ref.absR2) + c(ref.c2, ref.absC2));
  return sheetPrefix(ref) + body;
}
