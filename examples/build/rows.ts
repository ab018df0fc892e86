/** Small helpers for writing total rows in descriptions. */
import { columnIndex, columnLetter } from "../../src/core/grid/address";
import { CellInput } from "./types";

/**
 * The cells of a total row: `label` (the first cells), then one formula per column from `first`
 * to `last`, e.g. totals(["Sous total"], "D", "G", (c) => `=SUM(${c}6:${c}8)`).
 */
export function totals(label: CellInput[], first: string, last: string, formula: (col: string) => string): CellInput[] {
  const from = columnIndex(first);
  if (label.length !== from) throw new Error(`le libellé d'une ligne de total doit remplir les colonnes avant ${first}`);
  const cells: CellInput[] = [...label];
  for (let c = from; c <= columnIndex(last); c++) cells.push(formula(columnLetter(c)));
  return cells;
}
