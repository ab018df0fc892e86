/** Building fixes (SPEC §6): a formula where the template expects one, with its expected result. */
import { cellAddress } from "../../grid/address";
import { Table } from "../../tables/model";
import { CellFix, Fix } from "../types";
import { toEuros } from "./money";

/** Formula fix for (row, col) of the table's sheet; expected in cents, omitted when unknown. */
export function formulaFix(table: Table, row: number, col: number, formula: string, expected: number | null): CellFix {
  const fix: CellFix = { kind: "formula", sheet: table.sheet.name, cell: cellAddress(row, col), formula };
  return expected === null ? fix : { ...fix, expected: toEuros(expected) };
}

/** Value fix for (row, col) of the table's sheet: a number in euros (cents / 100) or a text. */
export function valueFix(table: Table, row: number, col: number, value: number | string): CellFix {
  return { kind: "value", sheet: table.sheet.name, cell: cellAddress(row, col), value };
}

/** The cell corrections a fix makes: itself for a value or formula fix, each one for a `cells` fix, none for a comment. */
export function cellFixes(fix: Fix | null): CellFix[] {
  if (fix === null || fix.kind === "comment") return [];
  return fix.kind === "cells" ? fix.fixes : [fix];
}
