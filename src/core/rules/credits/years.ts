/**
 * Which year the amounts of a column are about, for the carry-forward rules (13, 14):
 * the year written in the header when there is one (« Montant à reporter en 2023 », « Crédits État
 * versés en 2024 »), else the table's year N shifted by the template's convention.
 */
import { ColumnKey } from "../../referentiel/types";
import { column, FinancialTable } from "../../tables/model";

/** The column's header year, else table.year + offset; null when neither is known. */
export function columnYear(table: FinancialTable, key: ColumnKey, offset: number): number | null {
  const year = column(table, key)?.year ?? null;
  if (year !== null) return year;
  return table.year === null ? null : table.year + offset;
}

/**
 * Year into which « Montant à reporter » (reportEtat / reportCd) carries the credits: in an
 * execution table of N (F3) it is N + 1; in a récapitulatif prévisionnel N (F2) the carry-forward
 * « à reporter en N » feeds the budget of N itself (I = F + H).
 */
export function carryIntoYear(table: FinancialTable, key: "reportEtat" | "reportCd"): number | null {
  return columnYear(table, key, table.family === "F2" ? 0 : 1);
}

/** Year onto which « Crédits … reportés sur N » (etatReporte / cdReporte) were carried: the table's year. */
export function carriedOntoYear(table: FinancialTable): number | null {
  return table.year;
}
