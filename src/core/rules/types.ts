/** A rule looks like an ESLint rule: meta + check(context) that reports findings with optional fixes. */
import { Cell, CellValue } from "../grid/model";
import { AmountParse } from "../parse/types";
import { ColumnKey } from "../referentiel/types";
import { Settings } from "../settings";
import { FinancialTable, IndicatorTable, Table, UnmappedRegion } from "../tables/model";

/** Severity in JSON and code; users read erreur / avertissement / information. */
export type Severity = "error" | "warning" | "info";

export const SEVERITY_LABEL: Record<Severity, string> = {
  error: "erreur",
  warning: "avertissement",
  info: "information",
};

export interface CellRef {
  /** Workbook name; only needed when the cell is in another workbook than the finding. */
  file?: string;
  sheet: string;
  /** A1 address. */
  cell: string;
}

/** A correction of one cell: a value or a formula. */
export type CellFix =
  | { kind: "value"; sheet: string; cell: string; value: number | string }
  | { kind: "formula"; sheet: string; cell: string; formula: string; /** expected result, euros */ expected?: number };

/**
 * A correction. Numbers are in euros as Excel stores them (cents / 100), so that a value fix can
 * be written as is; the rule computed them in cents.
 * Added: `cells`, the corrections of several cells of one sheet given by one finding (repetitive
 * warnings grouped into one finding, issue 7): `cell` is the first of them, `fixes` every one, in
 * order. A consumer applies or shows each of `fixes` (cellFixes() gives them for any fix).
 */
export type Fix =
  | CellFix
  | { kind: "comment"; sheet: string; cell: string; text: string }
  | { kind: "cells"; sheet: string; cell: string; fixes: CellFix[] };

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** Workbook name (path as given, or document name). */
  file: string;
  sheet: string;
  /** A1 address of the cell the finding is about (for a wrong total, the total cell). */
  cell: string;
  /** French message naming the cells and the numbers. */
  message: string;
  related: CellRef[];
  fix: Fix | null;
  /** Id of the table the finding belongs to, if any. */
  tableId: string | null;
}

export interface RuleMeta {
  /** kebab-case French id, also the doc page name: docs/regles/<id>.md. */
  id: string;
  /** Number in the SPEC §5 catalogue (1–25). */
  number: number;
  /** Default severity; a report may override it (e.g. per action warning, overall error). */
  severity: Severity;
  fixable: boolean;
  scope: "financier" | "indicateurs";
  /** Short French title, shown in lists (« Sous-total différent de la somme des actions »). */
  title: string;
  /** One French sentence: what the rule checks. */
  description: string;
}

/** A cell of a table's sheet with its value: cached, or computed from the formula when not cached. */
export interface ResolvedCell {
  cell: Cell | undefined;
  value: CellValue;
  /** A1 address. */
  address: string;
}

/** One amount cell of a financial table, read and parsed. */
export interface AmountCell {
  row: number;
  col: number;
  /** A1 address. */
  address: string;
  cell: Cell | undefined;
  /** Cached value, or the value computed from the formula when none was cached. */
  value: CellValue;
  parsed: AmountParse;
  /** Cents when readable (empty, « - » and « - € » read as 0); null when unreadable or an Excel error. */
  cents: number | null;
}

export interface ReportInput {
  table?: Table;
  /** Defaults to the table's workbook. */
  file?: string;
  /** Defaults to the table's sheet. */
  sheet?: string;
  cell: string;
  message: string;
  severity?: Severity;
  related?: CellRef[];
  fix?: Fix | null;
}

/** Where a cell is read: a table, or any sheet of a workbook (a zone non reconnue). */
export type SheetPlace = Pick<Table, "workbook" | "sheet">;

export interface RuleContext {
  readonly tables: readonly Table[];
  /** Added: the regions no family describes; those with a `zone` still have their totals and amounts checked. */
  readonly unmapped: readonly UnmappedRegion[];
  readonly settings: Settings;
  financialTables(): FinancialTable[];
  indicatorTables(): IndicatorTable[];
  /** Resolved cell of a table's sheet: cached value, or computed from the formula when not cached. */
  cell(table: SheetPlace, row: number, col: number): ResolvedCell;
  /** excelErrorCode(cell(…).value): the Excel error the cell holds, or null; cheaper, for scans of every cell. */
  errorCode(table: Table, row: number, col: number): string | null;
  /** Amount at (row, column key) of a financial table; undefined when the table has no such column. */
  amount(table: FinancialTable, row: number, key: ColumnKey): AmountCell | undefined;
  /** Only the cents of that amount (amount(…)?.cents), cheaper: for sums over many rows. */
  cents(table: FinancialTable, row: number, key: ColumnKey): number | null | undefined;
  /**
   * Its cents when the cell is empty (0) or a number with at most two decimals, the ordinary
   * case; null for anything else (text, error, more decimals: read amount()). Cheap: for scans.
   */
  plainCents(table: FinancialTable, row: number, key: ColumnKey): number | null | undefined;
  /**
   * A result derived from `owner` (a table, or one of its rows or columns) that several rules
   * need, computed once per analysis for each `name` (what a table's totals should be). Cells read
   * by `compute` must not change during the analysis (they do not: the workbook is a snapshot).
   */
  memo<V>(owner: object, name: string, compute: () => V): V;
  report(input: ReportInput): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}
