/** Copying a formula to another cell: relative references move, absolute ones stay (Excel's rule). */
import { MAX_COL, MAX_ROW, Ref } from "./ast";
import { parseFormula } from "./parse";
import { printNode } from "./print";
import { formatReference, normalizeRef } from "./refText";

/**
 * The formula of (fromRow, fromCol) as it reads once copied to (toRow, toCol), e.g. for ExcelJS
 * shared formulas. A reference pushed off the sheet becomes #REF!, as in Excel. The result is
 * printed in canonical form, with its leading "=", upper-case function names and no spaces; a
 * formula that does not parse is returned unchanged.
 */
export function translateFormula(formula: string, fromRow: number, fromCol: number, toRow: number, toCol: number): string {
  const parsed = parseFormula(formula);
  if (!parsed.ok) return formula;
  const dr = toRow - fromRow;
  const dc = toCol - fromCol;
  return `=${printNode(parsed.ast, (ref) => {
    const moved = shiftReference(ref, dr, dc);
    return moved ? formatReference(moved) : "#REF!";
  })}`;
}

/** The reference moved by (dr, dc); null when it leaves the sheet. */
export function shiftReference(ref: Readonly<Ref>, dr: number, dc: number): Ref | null {
  const rows = !ref.wholeColumn;
  const cols = !ref.wholeRow;
  const moved: Ref = {
    ...ref,
    r1: rows && !ref.absR1 ? ref.r1 + dr : ref.r1,
    r2: rows && !ref.absR2 ? ref.r2 + dr : ref.r2,
    c1: cols && !ref.absC1 ? ref.c1 + dc : ref.c1,
    c2: cols && !ref.absC2 ? ref.c2 + dc : ref.c2,
  };
  const inside = (i: number, max: number) => i >= 0 && i <= max;
  if (![moved.r1, moved.r2].every((r) => inside(r, MAX_ROW)) || ![moved.c1, moved.c2].every((c) => inside(c, MAX_COL))) {
    return null;
  }
  return normalizeRef(moved);
}
