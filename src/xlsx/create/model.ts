/**
 * What the writer of NEW workbooks takes: sheets of cells (value, formula with its cached result,
 * style, link), column widths, merged areas, frozen panes, a filter, conditional formats. The
 * writer (./write.ts) turns it into a minimal, valid SpreadsheetML package. It never reads or
 * patches an existing workbook (that is src/xlsx's reader and patcher).
 */

export type NewValue = string | number | boolean | null;

/** A cell style, by what it looks like; the writer shares equal styles. Colours are RGB hex (« 9C0006 »). */
export interface NewStyle {
  /** Number format code in Excel's invariant syntax (« #,##0.00\ "€" », « 0.0\ % »). */
  numFmt?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  color?: string;
  fill?: string;
  wrap?: boolean;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "center" | "bottom";
  /** Thin border on every side. */
  border?: boolean;
}

/** A link: to another file (relative path or URI, with « #'Feuille'!A1 » to open at a cell), or inside the workbook. */
export type NewLink = { target: string; tooltip?: string } | { location: string; tooltip?: string };

export interface NewCell {
  /** The value shown; for a formula, its cached result (what Excel would have saved). */
  value: NewValue;
  /** English-syntax formula without its « = » (« SUM(E4:E9) »). */
  formula?: string;
  style?: NewStyle;
  link?: NewLink;
}

/** The style of the cells a conditional format colours (a « dxf »). */
export interface ConditionalStyle {
  color?: string;
  fill?: string;
  bold?: boolean;
  italic?: boolean;
}

/**
 * A conditional format: `formula` is an English-syntax expression written for the top-left cell of
 * `range` (relative references move with each cell), true where the style applies.
 */
export interface ConditionalFormat {
  range: string;
  formula: string;
  style: ConditionalStyle;
}

export interface NewSheet {
  /** 31 characters at most, none of []:*?/\ (checked by the writer). */
  name: string;
  /** Rows from row 1, cells from column A; null or missing = empty. */
  rows: (NewCell | null)[][];
  /** Column widths in characters, from column A. */
  widths?: number[];
  /** Row heights in points, by 0-based row. */
  heights?: Record<number, number>;
  merges?: string[];
  /** Rows and columns kept in view when scrolling (frozen panes). */
  freeze?: { rows: number; cols: number };
  /** Range of the filter buttons, header row included (« A3:Y12 »). */
  autoFilter?: string;
  conditionalFormats?: ConditionalFormat[];
  /** Landscape, fitted to the page width when printed. */
  landscape?: boolean;
  /** « veryHidden »: only a program can show it again. Default: visible. */
  state?: "visible" | "hidden" | "veryHidden";
}

export interface NewWorkbook {
  sheets: NewSheet[];
  /** Document properties. */
  title?: string;
  creator?: string;
  /** Creation date written in the properties (fixed in tests for reproducible files). */
  created?: Date;
}
