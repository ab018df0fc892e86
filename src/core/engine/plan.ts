/** The write plan: every fix of the findings the user chose, merged, with conflicts detected. */

export interface CellWrite {
  file: string;
  sheet: string;
  /** A1 address. */
  cell: string;
  kind: "value" | "formula";
  /** Value to write (numbers in euros as Excel stores them). */
  value?: number | string;
  /** Formula to write, English syntax with leading "=". */
  formula?: string;
  /** Expected result of the formula, in euros, when known (preview, and the fake's recalculation). */
  expected?: number;
  /** Keys of the findings this write resolves (see findingKey). */
  findings: string[];
  /**
   * Number format to give the cell because it has none (a total written into an empty cell):
   * the format of the column's nearest formatted cell in the table, so the new total shows
   * « 225 000,00 € » like its neighbours. Absent when the cell keeps its own format.
   */
  numFmt?: string;
}

export interface CommentWrite {
  file: string;
  sheet: string;
  /** Where the text goes: a cell of the Commentaire / Justification column, or the cell that gets a note. */
  cell: string;
  /** "column": appended to the table's comment column; "note": a cell note (or threaded comment). */
  mode: "column" | "note";
  /** The cell the comment is about. */
  aboutCell: string;
  /** Full text to append, already prefixed « [Contrôle JJ/MM/AAAA] ». */
  text: string;
  findings: string[];
}

export interface PlanConflict {
  file: string;
  sheet: string;
  cell: string;
  /** French explanation: two fixes want different contents for one cell. */
  message: string;
  findings: string[];
}

export interface WritePlan {
  cells: CellWrite[];
  comments: CommentWrite[];
  conflicts: PlanConflict[];
}
