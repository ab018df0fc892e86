/**
 * What the task pane asks of the workbook. Implemented in src/excel over the Excel JavaScript API
 * (real Excel through Excel.run, or the in-memory fake of src/fake-excel in tests and in the browser
 * workbench); the task pane only knows this interface.
 */
import type { Analysis } from "../core/engine/analyze";
import type { PlanConflict } from "../core/engine/plan";
import type { Finding } from "../core/rules/types";
import type { Settings } from "../core/settings";

export type Progress = (step: string, fraction: number) => void;

/** One change shown in the preview dialog (« ancien → nouveau »). */
export interface PreviewItem {
  sheet: string;
  cell: string;
  kind: "value" | "formula" | "comment" | "note";
  /** What the cell shows now (value, or formula text), or the existing comment text. */
  before: string;
  /** What it will show after the change. */
  after: string;
  /** Keys of the findings this change resolves. */
  findings: string[];
}

export interface Preview {
  items: PreviewItem[];
  /** Fixes that cannot be applied together (two different contents for one cell). */
  conflicts: PlanConflict[];
  /** French reason why nothing can be applied (protected sheet, locked cell…), or null. */
  blocked: string | null;
}

export interface ApplyResult {
  /** Cells written (values and formulas). */
  cells: number;
  /** Commentaires written (column or note or threaded comment). */
  comments: number;
  /** Where the commentaires went: the comment column, notes, threaded comments, or only the report sheet. */
  commentMode: "column" | "note" | "threaded" | "report" | "mixed" | "none";
  conflicts: PlanConflict[];
  /** French reason when nothing was applied. */
  blocked: string | null;
  /** The « Contrôles VerifPacte » sheet rebuilt after the corrections (its name), null when nothing was applied. */
  report?: string | null;
  /** Something else the user must know (a foreign journal replaced), in French, or null. */
  notice?: string | null;
}

export interface UndoResult {
  /** Cells restored. */
  restored: number;
  /** French message for the user (what was undone, and what was left and why). */
  message: string;
  /** False when something was left as it is (changed since, not found, refused) or the journal ignored. */
  complete?: boolean;
}

/** First rows of a sheet as shown text, for pointing at a header row by hand. */
export interface SheetSample {
  sheet: string;
  rows: string[][];
}

/** What « Analyser » needs, read together: the analysis, the settings and whether there is a journal. */
export interface WorkbookAnalysis {
  analysis: Analysis;
  settings: Settings;
  hasJournal: boolean;
}

export interface WorkbookService {
  analyze(progress?: Progress): Promise<Analysis>;
  /** analyze, with the settings and the journal's state from the same reads (at most 3 syncs). */
  analyzeWorkbook(progress?: Progress): Promise<WorkbookAnalysis>;
  preview(fixes: Finding[], commentOnly?: Finding[]): Promise<Preview>;
  apply(fixes: Finding[], commentOnly?: Finding[]): Promise<ApplyResult>;
  /** Remembers « Ignorer » in the workbook (settings.ignores). */
  ignore(finding: Finding): Promise<void>;
  unignore(finding: Finding): Promise<void>;
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Rebuilds the « Contrôles » sheet (by clearing it, never by deleting it). */
  writeReport(analysis: Analysis): Promise<void>;
  /** Undoes what VerifPacte changed and nothing else, from the journal kept in the workbook (excel/undo.ts). */
  undo(): Promise<UndoResult>;
  hasJournal(): Promise<boolean>;
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  sheetNames(): Promise<string[]>;
  sample(sheet: string, maxRows: number): Promise<SheetSample>;
  /** Live mode: calls back after the user edits a sheet (the add-in's own writes are ignored). */
  watch(onUserEdit: () => void): Promise<() => Promise<void>>;
}
