/**
 * Readable descriptions of the sample workbooks (examples/descriptions/*.ts), turned into .xlsx
 * files by scripts/generate-examples.ts. Rows are keyed by their Excel row number (1-based) so
 * that the formulas written in them (« =D7+E7 ») can be read next to the rows they name.
 */

/**
 * One cell of a description:
 * - a number;
 * - a text (« 67 500,00 € » stays a text: that is the point of some samples);
 * - a text starting with "=": a formula, saved with the result the generator computes;
 * - { formule, sansResultat: true }: a formula saved WITHOUT a cached result (as other tools do);
 * - { valeur, format }: a number with its own number format (« 0% » for a rate);
 * - null: an empty cell.
 */
export type CellInput = number | string | null | { formule: string; sansResultat: true } | { valeur: number; format: string };

export interface SheetDescription {
  /** Sheet name (31 characters at most). */
  name: string;
  /** Excel row number → the cells of that row, from column A. */
  rows: Record<number, CellInput[]>;
  /** Number formats by columns, for numbers and formulas: { "D:G": EURO }. */
  formats?: Record<string, string>;
  /** Merged areas: ["A6:A8"]. */
  merges?: string[];
  /** Notes (commentaires de cellule) by cell: { "O9": "…" }. */
  notes?: Record<string, string>;
  /** Column widths in characters, by column letter. */
  widths?: Record<string, number>;
  /** Header rows: bold, wrapped text. */
  headerRows?: number[];
  /** Title and total rows: bold. */
  boldRows?: number[];
}

export type Severity = "error" | "warning" | "info";

/** The correction expected: none, a value (a number, or a text such as a Chorus code), a formula, a comment. */
export type ExpectedFix = null | { value: number | string } | { formula: string } | { comment: true };

/** A finding the engine should report on the « erreurs plantées » workbook. */
export interface ExpectedFinding {
  ruleId: string;
  sheet: string;
  /** Cell the finding is about (for a wrong total, the total cell). */
  cell: string;
  severity: Severity;
  fix: ExpectedFix;
  /** French description of the planted mistake. */
  why: string;
}

export interface WorkbookDescription {
  /** File name inside examples/. */
  file: string;
  sheets: SheetDescription[];
  /** Findings written to `<file without .xlsx>.attendu.json`, when given. */
  expected?: ExpectedFinding[];
}
