/** Rows of a financial table: lookups, kinds, and row lists written for the user. */
import { rowRuns } from "../../formula/build";
import { joinFr } from "../../parse/format";
import { FinancialRow, FinancialTable } from "../../tables/model";

/** actionRows by the table's rows (shared with the tables over the corrected sheets). */
const actionRowsOf = new WeakMap<readonly FinancialRow[], readonly FinancialRow[]>();

/** Rows holding an action's amounts (filled action rows only); never change the list. */
export function actionRows(table: FinancialTable): readonly FinancialRow[] {
  let rows = actionRowsOf.get(table.rows);
  if (!rows) actionRowsOf.set(table.rows, (rows = table.rows.filter((r) => r.kind === "action")));
  return rows;
}

/** Rows a total adds up: action rows and empty template rows. */
export function isLeaf(row: FinancialRow): boolean {
  return row.kind === "action" || row.kind === "empty";
}

/** Sous-totaux, section sous-totaux, TOTAUX FINANCIERS and Total dit contrôle, in order. */
export function totalRowsOf(table: FinancialTable): FinancialRow[] {
  return table.rows.filter((r) => r.level > 0);
}

/**
 * Rows of each table by sheet row − the table's first row (looked up for every row a formula
 * covers); by the table's rows, which a table over the corrected sheets shares with its original.
 */
const rowIndexes = new WeakMap<readonly FinancialRow[], readonly (FinancialRow | undefined)[]>();

/** The table's rows by sheet row − the table's first row (for loops over sheet rows; see rowAt). */
export function rowIndex(table: FinancialTable): readonly (FinancialRow | undefined)[] {
  let index = rowIndexes.get(table.rows);
  if (!index) {
    const byRow: (FinancialRow | undefined)[] = [];
    for (const r of table.rows) byRow[r.row - table.range.r1] = r;
    rowIndexes.set(table.rows, (index = byRow));
  }
  return index;
}

/** The row of the table at a 0-based sheet row, if any. */
export function rowAt(table: FinancialTable, sheetRow: number): FinancialRow | undefined {
  return rowIndex(table)[sheetRow - table.range.r1];
}

/** French name of a total row, by kind (« le sous-total », « TOTAUX FINANCIERS »). */
export function totalName(row: FinancialRow): string {
  switch (row.kind) {
    case "sousTotal":
      return "le sous-total";
    case "sousTotalSection":
      return "le sous-total de section";
    case "total":
      // Named as the workbook writes it when it is not the template's « TOTAUX FINANCIERS »
      // (a fiche budget's « TOTAL », a « Total général »): the user looks for that label.
      return /^\s*totaux\s+financiers\b/i.test(row.label) || row.label.trim() === ""
        ? "TOTAUX FINANCIERS"
        : `la ligne « ${row.label.trim()} »`;
    default:
      return "le Total dit contrôle";
  }
}

/**
 * 0-based sheet rows → French list of row numbers as printed:
 * [4, 5, 6, 8] → « les lignes 5 à 7 et 9 »; [6] → « la ligne 7 ».
 */
export function rowList(rows: readonly number[]): string {
  const runs = rowRuns(rows);
  if (runs.length === 1 && runs[0][0] === runs[0][1]) return `la ligne ${runs[0][0] + 1}`;
  const items = runs.flatMap(([a, b]) =>
    b > a + 1 ? [`${a + 1} à ${b + 1}`] : a === b ? [`${a + 1}`] : [`${a + 1}`, `${b + 1}`],
  );
  return `les lignes ${joinFr(items)}`;
}

/** « de la ligne 7 », « des lignes 5 à 7 ». */
export function ofRowList(rows: readonly number[]): string {
  const list = rowList(rows);
  return list.startsWith("les ") ? `des ${list.slice(4)}` : `de ${list}`;
}

/** TOTAUX FINANCIERS, else the last action row: where a finding about the whole table goes; null without action rows. */
export function tableTotalRow(table: FinancialTable): number | null {
  const total = table.rows.find((r) => r.kind === "total");
  const actions = actionRows(table);
  return total?.row ?? actions[actions.length - 1]?.row ?? null;
}
