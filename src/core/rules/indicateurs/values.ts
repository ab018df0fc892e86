/**
 * The value cells of indicator tables (SPEC §4), shared by rules 19–25: which rows and columns hold
 * values, each cell read with parseIndicator, and how indicators, columns and values are named in
 * messages.
 */
import { CellValue } from "../../grid/model";
import { formatNumberFr, formatPercentFr, quoteText } from "../../parse/format";
import { frenchErrorCode } from "../../parse/errors";
import { parseIndicator } from "../../parse/indicator";
import { IndicatorParse } from "../../parse/types";
import { IndicatorColumnRole } from "../../referentiel/types";
import { IndicatorColumn, IndicatorRow, IndicatorTable, sheetColumn } from "../../tables/model";
import { CellRef, RuleContext } from "../types";

/** Columns holding values: baseline, targets, full-year and part-year results. */
const VALUE_ROLES: readonly IndicatorColumnRole[] = ["situation", "cible", "resultat", "resultatPartiel"];

export interface IndicatorValue {
  row: IndicatorRow;
  column: IndicatorColumn;
  /** A1 address of the sheet cell read (a part of the table shifted by a page break taken into account). */
  address: string;
  /** Resolved value: cached, or computed from the formula. */
  value: CellValue;
  parsed: IndicatorParse;
}

export type NumberParse = Extract<IndicatorParse, { kind: "number" }>;
export type NumberValue = IndicatorValue & { parsed: NumberParse };

/** Rows holding an indicator (not axe labels nor repeated headers). */
export function indicatorRows(table: IndicatorTable): IndicatorRow[] {
  return table.rows.filter((r) => r.kind === "indicator");
}

export function valueColumns(table: IndicatorTable): IndicatorColumn[] {
  return table.columns.filter((c) => VALUE_ROLES.includes(c.role));
}

/** One cell read as an indicator value; the user's accepted markers count as markers. */
export function readValue(ctx: RuleContext, table: IndicatorTable, row: IndicatorRow, column: IndicatorColumn): IndicatorValue {
  const { cell, value, address } = ctx.cell(table, row.row, sheetColumn(table, row.row, column.col));
  return { row, column, address, value, parsed: parseIndicator(value, cell?.numFmt, ctx.settings.marqueursAcceptes) };
}

/** Every value cell of the table's indicator rows, row by row. */
export function valueCells(ctx: RuleContext, table: IndicatorTable): IndicatorValue[] {
  const columns = valueColumns(table);
  return indicatorRows(table).flatMap((row) => columns.map((column) => readValue(ctx, table, row, column)));
}

export function isNumber(v: IndicatorValue): v is NumberValue {
  return v.parsed.kind === "number";
}

/** Two numbers can be compared: both percentages or both plain numbers. */
export function sameScale(a: NumberValue, b: NumberValue): boolean {
  return a.parsed.percent === b.parsed.percent;
}

/** « 45 % », « 32,7 », « 1 234 ». */
export function showNumber(parsed: NumberParse): string {
  return parsed.percent ? formatPercentFr(parsed.value) : formatNumberFr(parsed.value);
}

/** How a cell reads in a message: « 120 », « 45 % », « « NC » », « « environ 120 » », « #DIV/0! ». */
export function showValue(v: IndicatorValue): string {
  switch (v.parsed.kind) {
    case "number":
      return showNumber(v.parsed);
    case "marker":
      return `« ${v.parsed.marker} »`;
    case "error":
      return frenchErrorCode(v.parsed.code);
    case "text":
      return quoteText(v.parsed.text);
    case "empty":
      return "vide";
    default:
      return quoteText(String(v.value));
  }
}

/** « l'indicateur « Nombre de visites à domicile » », or « l'indicateur de la ligne 5 » when it has no label. */
export function indicatorName(row: IndicatorRow): string {
  return row.label.trim() === "" ? `l'indicateur de la ligne ${row.row + 1}` : `l'indicateur ${quoteText(row.label)}`;
}

/** « la colonne « Résultat atteint en 2024 » ». */
export function columnPhrase(column: IndicatorColumn): string {
  return `la colonne ${quoteText(column.header)}`;
}

/** The cell of a value, for Finding.related. */
export function valueRef(table: IndicatorTable, v: IndicatorValue): CellRef {
  return { sheet: table.sheet.name, cell: v.address };
}
