/**
 * Which table of year N−1 a table of year N is compared with (rule 13): same year of the amounts,
 * same dispositif (or unknown), at least one common column; the same workbook first. Tables may be
 * on another sheet or in another workbook: messages then say where.
 */
import { FinancialTable } from "../../tables/model";
import { CellRef, RuleContext } from "../types";
import { commonSlots, CrossYearLink } from "./links";

export interface SourceChoice {
  table: FinancialTable;
  /** The year the compared amounts are for. */
  year: number;
  /** French sentence when several tables could have been chosen; "" otherwise. */
  note: string;
}

function sameDispositif(a: FinancialTable, b: FinancialTable): boolean {
  return a.dispositif === null || b.dispositif === null || a.dispositif === b.dispositif;
}

/** « feuille « Exécution 2022 », classeur « execution.xlsx » » seen from `from`; "" on the same sheet. */
export function placeOf(table: FinancialTable, from: FinancialTable): string {
  if (table.workbook !== from.workbook) return `feuille « ${table.sheet.name} », classeur « ${table.workbook.name} »`;
  return table.sheet === from.sheet ? "" : `feuille « ${table.sheet.name} »`;
}

/** « L8 » on the same sheet, « L8, feuille « Exécution 2022 » » elsewhere. */
export function cellPlace(table: FinancialTable, cell: string, from: FinancialTable): string {
  const place = placeOf(table, from);
  return place ? `${cell}, ${place}` : cell;
}

/** A cell of `table` as a related reference of a finding made in `from` (file named when it differs). */
export function relatedRef(table: FinancialTable, cell: string, from: FinancialTable): CellRef {
  const ref: CellRef = { sheet: table.sheet.name, cell };
  return table.workbook === from.workbook ? ref : { file: table.workbook.name, ...ref };
}

/** « le tableau de 2022 », or « le tableau » when its year is unknown. */
export function tableName(table: FinancialTable): string {
  return table.year === null ? "le tableau" : `le tableau de ${table.year}`;
}

function choiceNote(count: number, chosen: FinancialTable, inSameWorkbook: boolean, target: FinancialTable): string {
  if (count <= 1) return "";
  const where = placeOf(chosen, target) || "même feuille";
  const why = inSameWorkbook ? "celui du même classeur" : "le premier trouvé";
  return `${count} tableaux conviennent : comparaison avec ${why} (${where}).`;
}

/** The table of N−1 to compare `target` with under `link`, or null when there is none. */
export function chooseSource(ctx: RuleContext, link: CrossYearLink, target: FinancialTable): SourceChoice | null {
  const year = link.targetYear(target);
  if (year === null) return null;
  const candidates = ctx
    .financialTables()
    .filter(
      (s) =>
        s !== target &&
        link.sources[s.family] !== undefined &&
        link.sourceYear(s) === year &&
        sameDispositif(s, target) &&
        commonSlots(link, s, target).length > 0,
    );
  if (candidates.length === 0) return null;
  const sameWorkbook = candidates.filter((s) => s.workbook === target.workbook);
  const table = (sameWorkbook.length > 0 ? sameWorkbook : candidates)[0];
  return { table, year, note: choiceNote(candidates.length, table, sameWorkbook.length > 0, target) };
}
