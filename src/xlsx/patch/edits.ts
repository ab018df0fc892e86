/**
 * What a corrected copy changes in a workbook, said in the workbook's terms (sheets, cells,
 * notes), independently of how the .xlsx stores it. The CLI builds it from a write plan, the
 * workbench from what the task pane changed in its in-memory Excel.
 */
import { ErrorValue, SheetState } from "../../core/grid/model";

export type Scalar = number | string | boolean | ErrorValue;

export type CellContent =
  /** A constant; null empties the cell (its style stays). */
  | { kind: "value"; value: Scalar | null }
  /** A formula (English, with or without « = ») and its result when known. */
  | { kind: "formula"; formula: string; result?: Scalar | null }
  /** The formula stays as written; only its cached result changes (a recomputed dependent). */
  | { kind: "result"; result: Scalar | null };

export interface StyleChange {
  numFmt?: string;
  bold?: boolean;
  /** Font colour « #RRGGBB ». */
  color?: string;
  wrap?: boolean;
}

export interface CellEdit {
  /** 0-based. */
  row: number;
  col: number;
  content?: CellContent;
  style?: StyleChange;
  /** Target of an internal hyperlink, e.g. « 'Tableau financier'!H12 ». */
  link?: string;
}

export interface SheetEdits {
  cells: CellEdit[];
  /** New full text of the note of a cell (« A1 »), or null to remove it. */
  notes?: Map<string, string | null>;
  /** Column widths in characters, by 0-based column. */
  widths?: Map<number, number>;
  state?: SheetState;
}

/** A sheet written whole: a new one, or one of VerifPacte's own sheets rebuilt. */
export interface WholeSheet extends SheetEdits {
  name: string;
  /** Header row frozen at the top: the rows above and including it stay visible. */
  freezeRows?: number;
  /** Range of the automatic filter, as « A6:G40 ». */
  autoFilter?: string;
}

export interface PackageEdits {
  /** Edits of existing sheets, by name. */
  sheets: Map<string, SheetEdits>;
  /** Sheets written whole: replace the sheet of that name when it exists, else added at the end. */
  whole: WholeSheet[];
}

export function emptyEdits(): PackageEdits {
  return { sheets: new Map(), whole: [] };
}

/** Why an edit was not written: the user reads `reason` after the cell (« D12 (feuille « X ») : … »). */
export interface Refusal {
  sheet: string;
  /** A1 address, or "" for the whole sheet. */
  cell: string;
  reason: string;
  /** The sheet is protected: its findings stay « feuille protégée ». */
  protectedSheet: boolean;
}

export interface PatchResult {
  bytes: Uint8Array;
  refused: Refusal[];
  /** Sheets written whole that could not be added (workbook structure protected). */
  notAdded: string[];
  /** Names of the parts whose content changed, was added or removed. */
  touched: string[];
}
