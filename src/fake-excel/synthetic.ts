/**
 * Generated workbooks of any size for tests and benchmarks: per sheet a title (merged), a header,
 * then rows of a label, amounts with a euro format and a total formula per row.
 */
import { columnLetter } from "../core/grid/address";
import { Workbook } from "../core/grid/model";

export interface SyntheticOptions {
  sheets: number;
  /** Data rows per sheet. */
  rows: number;
  /** Amount columns per row (a label before them, a total after). */
  amounts: number;
}

const EURO = '#,##0.00 "€"';

export function syntheticWorkbook(options: SyntheticOptions): Workbook {
  const workbook = new Workbook("synthetique.xlsx");
  const last = options.amounts + 1;
  for (let s = 0; s < options.sheets; s++) {
    const sheet = workbook.addSheet(`Feuille ${s + 1}`);
    sheet.set(0, 0, { value: `Tableau financier ${s + 1}` });
    sheet.addMerge({ r1: 0, c1: 0, r2: 0, c2: last });
    sheet.set(1, 0, { value: "Intitulé de l'action" });
    for (let a = 1; a <= options.amounts; a++) sheet.set(1, a, { value: `Montant ${a}` });
    sheet.set(1, last, { value: "Total" });
    sheet.notes.set("A2", "En-tête");
    for (let r = 2; r < options.rows + 2; r++) {
      sheet.set(r, 0, { value: `Action ${r - 1}` });
      let total = 0;
      for (let a = 1; a <= options.amounts; a++) {
        const amount = ((r * 37 + a * 101 + s * 7) % 1000) * 100;
        total += amount;
        sheet.set(r, a, { value: amount, numFmt: EURO });
      }
      sheet.set(r, last, { value: total, formula: `=SUM(B${r + 1}:${columnLetter(options.amounts)}${r + 1})`, numFmt: EURO });
    }
  }
  return workbook;
}
