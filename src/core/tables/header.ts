/**
 * Finding header rows: a cheap signal per row (its own text cells), then, for a candidate, the
 * header read on one row or on two (a group header merged above its sub-headers).
 */
import { CellValue, Sheet } from "../grid/model";
import { ColumnKey, FinancialFamily, IndicatorColumnRole, IndicatorFamily } from "../referentiel/types";
import { financialColumns, HeaderCellRead, indicatorColumns } from "./columns";
import { financialFamily, indicatorFamily, isMoneyKey, isValueRole } from "./family";
import { ParsedHeader } from "./headerCell";
import { FUNDERS } from "./labels";
import { IndicatorColumn, TableColumn } from "./model";
import { SheetScan } from "./scan";

/** What a row's own text cells say, before any header is read. */
export interface RowSignal {
  keys: Set<ColumnKey>;
  roles: Set<IndicatorColumnRole>;
  /** Cells with money vocabulary (crédits, montant, budget…). */
  moneyCells: number;
  /** Cells that are only a year. */
  years: number;
}

interface HeaderBase {
  mainRow: number;
  /** Row of the group header merged above the main row, if the header spans two rows. */
  groupRow: number | null;
  cells: HeaderCellRead[];
}

export type HeaderRead =
  | (HeaderBase & { kind: "financial"; family: FinancialFamily; columns: TableColumn[] })
  | (HeaderBase & { kind: "indicator"; family: IndicatorFamily; columns: IndicatorColumn[] })
  | (HeaderBase & { kind: "none" });

/** Caches by sheet and row: a row is read as a header once per recognition. */
const signals = new WeakMap<SheetScan, Map<number, RowSignal>>();
const readings = new WeakMap<SheetScan, Map<number, HeaderRead>>();

/** The row can be a header: two cells or more, texts and years only (« Indicateur | 2018 | 2019 »). */
function headerLike(scan: SheetScan, row: number): boolean {
  const years = scan.yearCount(row);
  return scan.textCount(row) > 0 && scan.valueCount(row) === years && scan.textCount(row) + years >= 2;
}

export function rowSignal(scan: SheetScan, row: number): RowSignal {
  let bySheet = signals.get(scan);
  if (!bySheet) signals.set(scan, (bySheet = new Map()));
  let signal = bySheet.get(row);
  if (signal) return signal;
  signal = { keys: new Set(), roles: new Set(), moneyCells: 0, years: scan.yearCount(row) };
  for (const cell of scan.texts(row)) {
    const h = scan.header(cell.raw);
    if (!h) continue;
    if (h.key) signal.keys.add(h.key);
    if (h.role) signal.roles.add(h.role);
    if (h.money) signal.moneyCells++;
    if (h.bareYear) signal.years++;
  }
  bySheet.set(row, signal);
  return signal;
}

/** The first row under `row` names a funder (« Financement Etat (FALPAE) », « Département ») left of column `col`. */
function funderBelow(scan: SheetScan, row: number, col: number): boolean {
  if (row + 1 >= scan.rowCount) return false;
  const label = scan.texts(row + 1).find((t) => t.col < col);
  return label !== undefined && FUNDERS.some(([re]) => re.test(scan.norm(label.raw)));
}

/** The money columns of a reading (keys that are amounts). */
function moneyColumns(h: HeaderRead): TableColumn[] {
  return h.kind === "financial" ? h.columns.filter((c) => isMoneyKey(c.key)) : [];
}

/**
 * The header of an F5 budget block with one amount column (SPEC §2): « Prévisionnel 2019 » or
 * « Réalisé 2019 » alone in its row, over rows naming the funders.
 */
function singleColumnBlock(scan: SheetScan, row: number): boolean {
  if (scan.textCount(row) !== 1 || scan.valueCount(row) !== 0) return false;
  const [cell] = scan.texts(row);
  const key = scan.header(cell.raw)?.key;
  return (key === "budget" || key === "realise") && funderBelow(scan, row, cell.col);
}

/** Worth reading as a header: a financial or indicator header, or money vocabulary (unmapped). */
export function isCandidate(scan: SheetScan, row: number): boolean {
  if (!headerLike(scan, row)) return singleColumnBlock(scan, row);
  const s = rowSignal(scan, row);
  const moneyKeys = [...s.keys].filter(isMoneyKey).length;
  const indicator = s.roles.has("indicateur") && ([...s.roles].some(isValueRole) || s.years > 0);
  return (s.keys.size >= 2 && moneyKeys >= 1) || indicator || s.moneyCells >= 2;
}

function headerString(v: CellValue): string | null {
  if (typeof v === "string") return v.trim() === "" ? null : v;
  if (typeof v === "number" && Number.isInteger(v) && v >= 2000 && v <= 2099) return String(v);
  return null;
}

/** Text of the main row's cell: a cell merged from above shows the top cell; one merged from the left belongs to it. */
function mainText(sheet: Sheet, row: number, col: number): string | null {
  const m = sheet.mergeAt(row, col);
  if (m && m.c1 !== col) return null;
  return headerString(m ? sheet.value(m.r1, m.c1) : sheet.value(row, col));
}

/** Text of the group row above a column: a header merged over several columns, or a cell alone above an empty one. */
function groupText(sheet: Sheet, group: number, main: number, col: number, hasMain: boolean): string | null {
  const m = sheet.mergeAt(group, col);
  if (m && m.r2 >= main) return null;
  if (m && m.c2 > m.c1) return headerString(sheet.value(m.r1, m.c1));
  return hasMain ? null : headerString(sheet.value(group, col));
}

/**
 * A cell of a row of letters printed under the header (« A », « (B) », « F = A+B+C+D+E »,
 * « (A+B+C) »): its letter and formula, else null.
 */
const LETTER_CELL = /^\(?([A-Z])?\)?\s*[=:]?\s*(\(?[A-Z](?:\s*\+\s*[A-Z])+\)?)?$/;

function letterCell(text: string): { letter: string | null; formula: string | null } | null {
  const m = LETTER_CELL.exec(text.trim());
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  return { letter: m[1] ?? null, formula: m[2] ?? null };
}

function combine(scan: SheetScan, top: string, bottom: string): ParsedHeader {
  const letters = letterCell(bottom);
  // A letter row: the header is the text above, with the letter before it and the formula after.
  if (letters) return scan.parse([letters.letter, top, letters.formula].filter((t) => t !== null).join(" "));
  const below = scan.parse(bottom);
  const both = scan.parse(`${top} ${bottom}`);
  return {
    ...both,
    letter: below.letter,
    key: below.key ?? both.key,
    role: below.role ?? both.role,
    year: below.year ?? both.year,
    formula: below.formula ?? both.formula,
    bareYear: below.bareYear,
  };
}

/** The header cells of `main`, combined with the group header row above when given. */
export function readCells(scan: SheetScan, main: number, group: number | null): HeaderCellRead[] {
  const cells: HeaderCellRead[] = [];
  for (let col = 0; col < scan.width; col++) {
    const bottom = mainText(scan.sheet, main, col);
    const top = group === null ? null : groupText(scan.sheet, group, main, col, bottom !== null && !letterCell(bottom));
    if (bottom === null && top === null) continue;
    const header = bottom !== null && top !== null ? combine(scan, top, bottom) : scan.parse((bottom ?? top)!);
    cells.push({ col, header });
  }
  return cells;
}

function decide(cells: HeaderCellRead[], mainRow: number, groupRow: number | null): HeaderRead {
  const base = { mainRow, groupRow, cells };
  const indicator = indicatorColumns(cells);
  const action = indicator.find((c) => c.role === "action");
  const iFamily = indicatorFamily(
    indicator.map((c) => c.role),
    action ? cells.find((c) => c.col === action.col)!.header.norm : null,
    indicator.flatMap((c) => (c.year === null ? [] : [c.year])),
  );
  if (iFamily) return { ...base, kind: "indicator", family: iFamily, columns: indicator };
  const family = financialFamily(new Set(cells.flatMap((c) => (c.header.key ? [c.header.key] : []))));
  if (family) return { ...base, kind: "financial", family, columns: financialColumns(cells, family) };
  return { ...base, kind: "none" };
}

/** Columns recognised; on a tie, the reading that gives more printed letters (a letter row under the header). */
function score(h: HeaderRead): number {
  if (h.kind === "none") return h.cells.filter((c) => c.header.key || c.header.role).length;
  const letters = h.kind === "financial" ? h.columns.filter((c) => c.letter !== null).length : 0;
  return 1000 + h.columns.length + letters / 100;
}

/**
 * The header at `row`: read on the row alone, with the row above as group header, or as the
 * group header of the row below; the reading that recognises a table with most columns wins
 * (then the one with most printed letters; then the single row).
 */
export function readHeader(scan: SheetScan, row: number): HeaderRead {
  let bySheet = readings.get(scan);
  if (!bySheet) readings.set(scan, (bySheet = new Map()));
  let header = bySheet.get(row);
  if (!header) bySheet.set(row, (header = bestReading(scan, row)));
  return header;
}

function bestReading(scan: SheetScan, row: number): HeaderRead {
  const options = [decide(readCells(scan, row, null), row, null)];
  if (row > 0 && headerLike(scan, row - 1)) options.push(decide(readCells(scan, row, row - 1), row, row - 1));
  if (row + 1 < scan.rowCount && headerLike(scan, row + 1)) options.push(decide(readCells(scan, row + 1, row), row + 1, row));
  return options.map((o) => withFunderRows(scan, o)).reduce((best, o) => (score(o) > score(best) ? o : best));
}

/** An F5 block with a single amount column is one only over funder rows; any other reading is kept. */
function withFunderRows(scan: SheetScan, h: HeaderRead): HeaderRead {
  const money = moneyColumns(h);
  if (h.kind !== "financial" || h.family !== "F5" || money.length !== 1 || money[0].key === "etat" || money[0].key === "cd")
    return h;
  return funderBelow(scan, h.mainRow, money[0].col)
    ? h
    : { mainRow: h.mainRow, groupRow: h.groupRow, cells: h.cells, kind: "none" };
}
