/** What table recognition produces: tables with column roles and row kinds (SPEC §3, §4). */
import { Range } from "../grid/address";
import { Sheet, Workbook } from "../grid/model";
import {
  BudgetFamily,
  ColumnKey,
  Dispositif,
  FunderRole,
  FinancialFamily,
  IndicatorColumnRole,
  IndicatorFamily,
} from "../referentiel/types";

export interface TableColumn {
  key: ColumnKey;
  /** 0-based sheet column. */
  col: number;
  /** Letter printed at the start of the header (« A », « K »), kept for messages; null if none. */
  letter: string | null;
  /** Header text as read, whitespace normalised. */
  header: string;
  /** Year written in the header, if any (« … en 2024 », « convention 2025 »). */
  year: number | null;
  /** Formula spelled in the header, in printed letters: « (A+B+C) » → "A+B+C"; null if none. */
  headerFormula: string | null;
}

/**
 * Row kinds of a financial table (SPEC §2):
 * - axe: an axe / thème label row with no action data;
 * - action: a funded action (fiche number and/or title and/or amounts);
 * - empty: a template row never filled (« intitulé de l'action n°1 », or only a fiche number);
 * - sousTotal: « Sous total » of one axe / thème group (level 1);
 * - sousTotalSection: « Sous-total engagements de mesures socle » / « … à l'initiative du département » (level 2);
 * - total: « TOTAUX FINANCIERS » (level 3);
 * - controle: « Total dit contrôle » (level 4);
 * - header: a repeated header row (after a page break);
 * - title: a title line inside the table's range (repeated title after a page break).
 */
export type FinancialRowKind =
  "axe" | "action" | "empty" | "sousTotal" | "sousTotalSection" | "total" | "controle" | "header" | "title";

export interface ChorusRef {
  /** Text of the Chorus cell (the top-left cell when merged). */
  raw: string;
  /** 0-based position of that cell. */
  row: number;
  col: number;
}

export interface FinancialRow {
  /** 0-based sheet row. */
  row: number;
  kind: FinancialRowKind;
  /** 1 sous-total, 2 section sous-total, 3 TOTAUX, 4 contrôle; 0 for other rows. */
  level: number;
  /** Label that decided the kind (« Sous total », « TOTAUX FINANCIERS »), or the axe label. */
  label: string;
  /** Normalised fiche number (« 1. » → "1", « 2.1 » → "2.1", « Fiche 12 » → "12"); null if none. */
  fiche: string | null;
  /** Title of the action, if any. */
  title: string | null;
  /** Axe / thème label this row belongs to (filled through merged cells and label rows). */
  axe: string | null;
  /** Chorus code cell that applies to this row (through merged cells), if the table has a Chorus column. */
  chorus: ChorusRef | null;
  /** Index in FinancialTable.groups; null for rows outside any group (TOTAUX…). */
  group: number | null;
  /** « socle » / « initiative » part of a CALPAE table, when the table is split that way. */
  section: "socle" | "initiative" | null;
  /**
   * Added for the F5 block variant (columns « Prévisionnel 2019 » → budget, « Réalisé 2019 » →
   * realise; one row per funder: « Financement Etat (FALPAE) », « Département », then « TOTAL »
   * of kind total): which funder the row is. Absent in every other table.
   */
  funder?: "etat" | "cd" | "autres";
}

/** One axe / thème block: its action rows and the sous-total that closes it. */
export interface RowGroup {
  index: number;
  axe: string | null;
  /** 0-based sheet row of the axe label (may be the first action row when the label is merged). */
  axeRow: number | null;
  /** 0-based sheet rows of the action and empty template rows, in order. */
  rows: number[];
  /** 0-based sheet row of its sous-total, or null when the group has none. */
  sousTotalRow: number | null;
  section: "socle" | "initiative" | null;
}

/**
 * Added: part of a table after a page break whose repeated header is shifted against the first
 * header (« décalé d'une colonne »). From `fromRow` (its repeated header) to `toRow`, the column
 * whose `col` is columns[i].col is read in sheet column cols[i]. Use sheetColumn().
 */
export interface TableSegment {
  fromRow: number;
  toRow: number;
  cols: number[];
}

interface TableBase {
  /** Stable id: `${sheet}!${range}`. */
  id: string;
  workbook: Workbook;
  sheet: Sheet;
  /**
   * 0-based rows of the header (the first one) and of its repetitions after page breaks. For a
   * header on two rows (a group header merged above its sub-headers), the lower row; `range`
   * starts at the upper one.
   */
  headerRow: number;
  repeatedHeaderRows: number[];
  /** Added: shifted parts of the table (absent or empty when every part has the first header's columns). */
  segments?: TableSegment[];
  /** Whole table including header and total rows. */
  range: Range;
  /** Title lines found above the header (« Prévisionnel Année 2024 »…). */
  titles: string[];
  dispositif: Dispositif | null;
  /** Year N the table is about (forecast year, or execution year); null when unknown. */
  year: number | null;
  /** How dispositif and year were decided, in French, for the user (« année lue dans l'en-tête « … » »). */
  detection: string;
}

export interface FinancialTable extends TableBase {
  kind: "financial";
  family: FinancialFamily;
  columns: TableColumn[];
  rows: FinancialRow[];
  groups: RowGroup[];
}

export type IndicatorKind = "count" | "rate" | "delay" | "average" | "qualitative" | "other";

export interface IndicatorColumn {
  role: IndicatorColumnRole;
  col: number;
  header: string;
  year: number | null;
  /** For resultatPartiel: which part of the year. */
  period: "annee" | "semestre" | "trimestre";
}

export interface IndicatorRow {
  row: number;
  kind: "axe" | "indicator" | "header";
  /** Action / mesure label this indicator belongs to (« Action 1 : … »), filled down. */
  action: string | null;
  /** Indicator label (« Nombre de … »). */
  label: string;
  indicatorKind: IndicatorKind;
  /** For a « Dont … » row: the 0-based row of its parent indicator. */
  parentRow: number | null;
  /** The label itself says « X dont Y » (parent and part in one row). */
  inlineDont: boolean;
}

export interface IndicatorTable extends TableBase {
  kind: "indicator";
  family: IndicatorFamily;
  columns: IndicatorColumn[];
  rows: IndicatorRow[];
}

export type Table = FinancialTable | IndicatorTable | BudgetTable;

/** A sheet (or a region of one) that looks like a financial table but could not be mapped. */
export interface UnmappedRegion {
  workbook: Workbook;
  sheet: Sheet;
  /** 0-based row of the header-like row, if one was found. */
  headerRow: number | null;
  /** French explanation: which columns were missing or ambiguous. */
  reason: string;
  /**
   * Added: a block of amounts with a total that no family describes: its bounds and its amounts,
   * so that its totals and the writing of its amounts are still checked (rules total-parties, 8, 9).
   */
  zone?: { range: Range; grid: MoneyGrid };
}

export interface Recognition {
  tables: Table[];
  unmapped: UnmappedRegion[];
}

export function column(table: FinancialTable, key: ColumnKey): TableColumn | undefined {
  return table.columns.find((c) => c.key === key);
}

/**
 * Added: the sheet column to read at `row` for the table column whose `col` is given: `col`
 * itself, except in a segment shifted by a page break (TableSegment).
 */
export function sheetColumn(table: Table, row: number, col: number): number {
  // Asked for nearly every cell a rule reads: most tables have no shifted segment.
  const segments = table.segments;
  if (segments === undefined || segments.length === 0 || table.kind === "budget") return col;
  const segment = segments.find((s) => row >= s.fromRow && row <= s.toRow);
  if (!segment) return col;
  const index = table.columns.findIndex((c: { col: number }) => c.col === col);
  return index < 0 ? col : segment.cols[index];
}

/**
 * Added (SPEC §3 F7): the tables conventions and execution reports print besides the templates —
 * a fiche's budget by year, label / amount lines, a two-way « Budget Etat | Budget Département »
 * table, amounts per axe or thème, the money part of a convention annex. Their amounts are laid
 * out as a grid: lines (rows, or label / amount lines) × measures (year, prévisionnel / exécuté, or
 * funder columns), each money cell at its own sheet position. Families in referentiel/fiches.ts.
 */

export interface BudgetLine {
  /** 0-based sheet row of the line's label. */
  row: number;
  /** Label as printed (« Participation Etat », « TOTAL Département », « Fiche 3 – Référents »). */
  label: string;
  /**
   * part: an amount that adds up (a funder, an action, an axe); dont: « Dont … », a part of the
   * line above it, never an addend; sousTotal: « Sous-total », the parts since the previous
   * total; total: « TOTAL », « TOTAL Etat », « Coût total de l'action ».
   */
  kind: "part" | "dont" | "sousTotal" | "total";
  /** Funder the label names (« Département », « TOTAL Etat »); null when it names none. */
  funder: FunderRole | null;
  /** The label names the FAPI (a State fund, not the contract's credits). */
  fapi: boolean;
  /** For a « Dont » line: index (in lines) of the line it details. */
  parent: number | null;
  /** Fiche number and title of an action line (annexes, amounts per action); null otherwise. */
  fiche: string | null;
  title: string | null;
}

export interface BudgetMeasure {
  /** Header as read (« 2021 », « Montant prévisionnel 2021 », « Budget Etat »), "" when none. */
  header: string;
  year: number | null;
  /** prévu: prévisionnel, budget, convention; réalisé: exécuté, réalisé, bilan. */
  phase: "prevu" | "realise" | null;
  /** Funder the header names (« Budget Etat »); null for a year or phase column. */
  funder: FunderRole | null;
  /** « Total », « Coût total », « Budget global »: the sum of the other measures of its line. */
  total: boolean;
}

export interface BudgetCell {
  /** Indexes in lines and measures. */
  line: number;
  measure: number;
  /** 0-based sheet position of the cell holding the amount. */
  row: number;
  col: number;
  /**
   * The amount is written in a text after its label (« Coût total de l'action : 150 000 € »):
   * the part of the cell's text that is the amount.
   */
  inline?: { text: string };
}

export interface MoneyGrid {
  lines: BudgetLine[];
  measures: BudgetMeasure[];
  cells: BudgetCell[];
}

export interface BudgetTable extends TableBase {
  kind: "budget";
  family: BudgetFamily;
  grid: MoneyGrid;
  /** The action the table is about (a fiche's budget), from its title; null for tables of several actions. */
  action: { fiche: string | null; title: string | null } | null;
  /** Set when the layout was only partly recognised: what was not, in French (no value fix is then offered). */
  partial: string | null;
}
