/** R1C1 shape of a formula: what Excel shows in R1C1 notation, to compare formulas down a column. */
import { Node, Ref } from "./ast";
import { parseFormula } from "./parse";
import { printNode } from "./print";
import { sheetPrefix } from "./refText";

/**
 * Shapes already printed, by parsed formula (shared through the parse cache) and cell: the sheets
 * of one template repeat the same formulas at the same places (one sheet per département).
 */
const shapes = new WeakMap<Node, Map<number, string>>();

/**
 * "=D12+E12" at (11, 5) → "=RC[-2]+RC[-1]"; absolute parts as R5C3. Function names in upper case,
 * spaces dropped. A formula that does not parse is returned unchanged.
 */
export function r1c1Shape(formula: string, row: number, col: number): string {
  const parsed = parseFormula(formula);
  if (!parsed.ok) return formula;
  let byCell = shapes.get(parsed.ast);
  if (!byCell) {
    byCell = new Map();
    shapes.set(parsed.ast, byCell);
  }
  const cell = row * 16384 + col;
  let shape = byCell.get(cell);
  if (shape === undefined) {
    shape = `=${printNode(parsed.ast, (ref) => r1c1Reference(ref, row, col))}`;
    byCell.set(cell, shape);
  }
  return shape;
}

function part(letter: "R" | "C", index: number, absolute: boolean, base: number): string {
  if (absolute) return `${letter}${index + 1}`;
  return index === base ? letter : `${letter}[${index - base}]`;
}

function span(first: string, second: string): string {
  return first === second ? first : `${first}:${second}`;
}

export function r1c1Reference(ref: Readonly<Ref>, row: number, col: number): string {
  // Direct calls, no closures: rule 6 prints the shape of every formula of a money column.
  let body: string;
  if (ref.wholeColumn) body = span(part("C", ref.c1, ref.absC1, col), part("C", ref.c2, ref.absC2, col));
  else if (ref.wholeRow) body = span(part("R", ref.r1, ref.absR1, row), part("R", ref.r2, ref.absR2, row));
  else {
    body = span(
      part("R", ref.r1, ref.absR1, row) + part("C", ref.c1, ref.absC1, col),
      part("R", ref.r2, ref.absR2, row) + part("C", ref.c2, ref.absC2, col),
    );
  }
  return sheetPrefix(ref) + body;
}
