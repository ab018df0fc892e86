/**
 * The first sync of every operation: the sheets (name, visibility, protection), the workbook's
 * name and structure protection, and the notes and threaded comments; then, in the next sync,
 * where those notes and comments are (their cells). Each `queue…` function queues loads and
 * returns the reader to call after `context.sync()`.
 */
import { cellAddress } from "../core/grid/address";
import { parseQualified } from "./addresses";
import { Capabilities } from "./host";
import { Identity, queueIdentity } from "./identity";

export interface SheetInfo {
  /** worksheet.id: kept when the sheet is renamed, never given to another sheet. */
  id: string;
  name: string;
  visibility: string;
  protected: boolean;
  /** Notes and comments may be edited on the protected sheet. */
  allowEditObjects: boolean;
  worksheet: Excel.Worksheet;
}

export interface Structure {
  sheets: SheetInfo[];
  /** Workbook name (ExcelApi 1.7), else null. */
  name: string | null;
  /** Workbook structure protected: no sheet can be added. */
  structureProtected: boolean;
  notes: Excel.Note[];
  threads: Excel.Comment[];
  /** VerifPacte's identity in the document settings (identity.ts), null when none. */
  identity: Identity | null;
}

/** `annotations`: also load the notes and threaded comments (their contents). */
export function queueStructure(context: Excel.RequestContext, caps: Capabilities, annotations = true): () => Structure {
  const worksheets = context.workbook.worksheets.load(
    "items/id, items/name, items/visibility, items/protection/protected, items/protection/options",
  );
  const readIdentity = queueIdentity(context);
  const info = caps.workbookInfo ? context.workbook.load("name") : null;
  const protection = caps.workbookInfo ? context.workbook.protection.load("protected") : null;
  const notes = annotations && caps.notes ? context.workbook.notes.load("items/content") : null;
  const threads = annotations && caps.threadedComments ? context.workbook.comments.load("items/content") : null;
  return () => ({
    sheets: worksheets.items.map((worksheet) => ({
      id: worksheet.id,
      name: worksheet.name,
      visibility: worksheet.visibility,
      protected: worksheet.protection.protected,
      allowEditObjects: worksheet.protection.options.allowEditObjects ?? false,
      worksheet,
    })),
    name: info ? info.name : null,
    structureProtected: protection ? protection.protected : false,
    notes: notes ? notes.items : [],
    threads: threads ? threads.items : [],
    identity: readIdentity(),
  });
}

export function sheetById(structure: Structure, id: string | null | undefined): SheetInfo | undefined {
  return id ? structure.sheets.find((s) => s.id === id) : undefined;
}

export function findSheet(structure: Structure, name: string): SheetInfo | undefined {
  const upper = name.toUpperCase();
  return structure.sheets.find((s) => s.name.toUpperCase() === upper);
}

/** Key of a cell of a sheet, sheet names compared without case as Excel does. */
export function placeKey(sheet: string, cell: string): string {
  return `${sheet.toUpperCase()}!${cell}`;
}

export interface Annotation<T> {
  sheet: string;
  cell: string;
  content: string;
  proxy: T;
}

export interface Annotations {
  notes: Map<string, Annotation<Excel.Note>>;
  threads: Map<string, Annotation<Excel.Comment>>;
}

/** Queues the cells of the notes and comments; the reader gives them by placeKey. */
export function queueLocations(structure: Structure): () => Annotations {
  const noteCells = structure.notes.map((note) => note.getLocation().load("address"));
  const threadCells = structure.threads.map((thread) => thread.getLocation().load("address"));
  const index = <T extends { content: string }>(proxies: T[], cells: Excel.Range[]) => {
    const out = new Map<string, Annotation<T>>();
    proxies.forEach((proxy, i) => {
      const at = parseQualified(cells[i].address);
      if (!at) return;
      const cell = cellAddress(at.range.r1, at.range.c1);
      out.set(placeKey(at.sheet, cell), { sheet: at.sheet, cell, content: proxy.content, proxy });
    });
    return out;
  };
  return () => ({ notes: index(structure.notes, noteCells), threads: index(structure.threads, threadCells) });
}
