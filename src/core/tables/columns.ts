/** Header cells → the columns of a table: financial keys adjusted per family, indicator roles. */
import { F2_FORECAST_KEYS, F2_FORECAST_START, FAMILIES_WITHOUT_FICHE } from "../referentiel/headers";
import { ColumnKey, FinancialFamily, IndicatorColumnRole } from "../referentiel/types";
import { ParsedHeader } from "./headerCell";
import { isMoneyKey } from "./family";
import { IndicatorColumn, TableColumn } from "./model";

/** One header cell as read (two-row headers already combined). */
export interface HeaderCellRead {
  col: number;
  header: ParsedHeader;
}

/** The column of the given key under this header cell. */
export function financialColumn(key: ColumnKey, cell: HeaderCellRead): TableColumn {
  const h = cell.header;
  return { key, col: cell.col, letter: h.letter, header: h.text, year: h.year, headerFormula: h.formula };
}

/** F2: « affectés » and « autres financeurs » right of the year-N part are the forecast columns J and L. */
function forecastKeys(columns: TableColumn[]): TableColumn[] {
  const starts = columns.filter((c) => F2_FORECAST_START.includes(c.key)).map((c) => c.col);
  if (starts.length === 0) return columns;
  const start = Math.min(...starts);
  return columns.map((c) => {
    const forecast = F2_FORECAST_KEYS[c.key];
    return forecast && c.col > start ? { ...c, key: forecast } : c;
  });
}

/** F5 / F6: the action column may be headed « Fiche action », or left blank left of the amounts. */
function actionColumn(columns: TableColumn[], cells: readonly HeaderCellRead[]): TableColumn[] {
  if (columns.some((c) => c.key === "intitule")) return columns;
  const fiche = columns.find((c) => c.key === "fiche");
  if (fiche) return columns.map((c) => (c === fiche ? { ...c, key: "intitule" } : c));
  const firstMoney = Math.min(...columns.filter((c) => isMoneyKey(c.key)).map((c) => c.col));
  const col = firstMoney - 1;
  if (col < 0 || columns.some((c) => c.col === col)) return columns;
  const text = cells.find((c) => c.col === col)?.header.text ?? "";
  return [...columns, { key: "intitule", col, letter: null, header: text, year: null, headerFormula: null }];
}

const SINGLE_ROLES: readonly IndicatorColumnRole[] = ["action", "indicateur", "commentaire", "justification"];

/** One column per key: the first one when a key repeats. */
export function firstOfEachKey(columns: readonly TableColumn[]): TableColumn[] {
  return columns.filter((c, i) => columns.findIndex((d) => d.key === c.key) === i);
}

/** One column per role, except the year columns (situation, cibles, résultats) that repeat by nature. */
export function firstOfSingleRoles(columns: readonly IndicatorColumn[]): IndicatorColumn[] {
  return columns.filter((c, i) => !SINGLE_ROLES.includes(c.role) || columns.findIndex((d) => d.role === c.role) === i);
}

/** Columns of a financial table: one per key (the first one when a key repeats), in sheet order. */
export function financialColumns(cells: readonly HeaderCellRead[], family: FinancialFamily): TableColumn[] {
  let columns = cells.flatMap((c) => (c.header.key ? [financialColumn(c.header.key, c)] : []));
  if (family === "F2") columns = forecastKeys(columns);
  columns = firstOfEachKey(columns);
  if (FAMILIES_WITHOUT_FICHE.includes(family)) columns = actionColumn(columns, cells);
  return columns.sort((a, b) => a.col - b.col);
}

/** The column of the given role under this header cell; a part-year result is a semester unless it says quarter. */
export function indicatorColumn(role: IndicatorColumnRole, cell: HeaderCellRead): IndicatorColumn {
  const h = cell.header;
  const period = role !== "resultatPartiel" ? "annee" : /trimestre/.test(h.norm) ? "trimestre" : "semestre";
  return { role, col: cell.col, header: h.text, year: h.year, period };
}

/**
 * Columns of an indicator table. A header that is only a year (« 2019 ») is a result; when a
 * table has several such columns and no « Situation » column, the first one is the baseline.
 */
export function indicatorColumns(cells: readonly HeaderCellRead[]): IndicatorColumn[] {
  const bareYears = cells.filter((c) => c.header.role === null && c.header.bareYear);
  const hasSituation = cells.some((c) => c.header.role === "situation");
  const baseline = !hasSituation && bareYears.length >= 2 ? bareYears[0] : null;
  const columns = cells.flatMap((cell) => {
    const h = cell.header;
    const role = h.role ?? (h.bareYear ? (cell === baseline ? "situation" : "resultat") : null);
    return role ? [indicatorColumn(role, cell)] : [];
  });
  return firstOfSingleRoles(columns);
}
