/**
 * The F2 template error (SPEC §3 F2): the official header says « K Budget total CD prévu pour
 * 2025 (G+I) », adding the State total (I) to the CD carry-forward (G); K must be G+J.
 * Rule 2 owns every cell that implements G+I; rules 1, 3, 5 and 6 leave those cells to it.
 */
import { column, FinancialTable } from "../../tables/model";
import { refersTo } from "./cells";
import { colAt } from "./columns";

/** The cdTotal cell of this row holds a formula that adds G and I (or G, F and H) without J. */
export function implementsGPlusI(table: FinancialTable, row: number): boolean {
  const k = column(table, "cdTotal");
  const g = column(table, "reportCd");
  const formula = k && table.sheet.get(row, colAt(table, row, k))?.formula;
  if (table.family !== "F2" || !formula || !g || !refersTo(table, formula, row, colAt(table, row, g))) return false;
  const has = (key: "etatTotal" | "reportEtat" | "etatNotifie" | "cdAffecteConvention") => {
    const c = column(table, key);
    return c !== undefined && refersTo(table, formula, row, colAt(table, row, c));
  };
  return !has("cdAffecteConvention") && (has("etatTotal") || (has("reportEtat") && has("etatNotifie")));
}
