/**
 * The journal sheet: which one is VerifPacte's (found by the id stored in the document settings,
 * with the identity in its first row), where its next row goes, and how it is opened for writing.
 * A sheet named like the journal that is not VerifPacte's own for this workbook (received with the
 * file, copied from another workbook, or left by an older version) is never trusted: it is emptied
 * and a new journal starts in it, under a new identity, and the user is told.
 */
import { rangeAddress } from "../core/grid/address";
import { Session } from "./apply";
import { Identity, newJournalId, queueIdentityWrite } from "./identity";
import { JOURNAL_FIRST_ENTRY, JOURNAL_HEADER, identityRow, journalIdentity } from "./journal";
import { JOURNAL_SHEET } from "./names";
import { SheetInfo, Structure, findSheet, sheetById } from "./structure";
import { Entry, textEntry } from "./values";

export interface JournalState {
  /** The journal's identity (a new one when the journal starts). */
  id: string;
  /** The sheet to write into: VerifPacte's own, or a foreign one to empty; null when it must be created. */
  sheet: SheetInfo | null;
  /** The journal starts (new sheet, emptied sheet, or emptied by an undo): identity and header first. */
  fresh: boolean;
  /** A journal sheet that was not VerifPacte's for this workbook is replaced. */
  replaced: boolean;
  /** 0-based row of the next entry. */
  nextRow: number;
}

/** Queues what tells whether the journal is trusted, and where it ends; the reader decides. */
export function queueJournalState(structure: Structure): () => JournalState {
  const own = sheetById(structure, structure.identity?.journalSheet);
  const named = own ?? findSheet(structure, JOURNAL_SHEET);
  const used = named?.worksheet.getUsedRangeOrNullObject(true).load("rowIndex, rowCount");
  const first = named?.worksheet.getRange("A1:B1").load("values");
  return () => {
    const end = used && !used.isNullObject ? used.rowIndex + used.rowCount : 0;
    const identity = first ? journalIdentity(first.values) : null;
    if (own && structure.identity && (end === 0 || identity === structure.identity.journal)) {
      const fresh = end === 0;
      return {
        id: structure.identity.journal,
        sheet: own,
        fresh,
        replaced: false,
        nextRow: fresh ? JOURNAL_FIRST_ENTRY : Math.max(end, JOURNAL_FIRST_ENTRY),
      };
    }
    return {
      id: newJournalId(),
      sheet: named ?? null,
      fresh: true,
      replaced: named !== undefined && end > 0,
      nextRow: JOURNAL_FIRST_ENTRY,
    };
  };
}

/**
 * Opens the journal for writing, in a sync of its own when it starts (creation or emptying, its
 * identity row and header, its id read back), so that the document settings can name it before
 * any cell is changed. Returns the worksheet and the identity to store.
 */
export async function openJournal(
  session: Session,
  structure: Structure,
  state: JournalState,
): Promise<{ worksheet: Excel.Worksheet; identity: Identity }> {
  const identity = (id: string): Identity => ({
    journal: state.id,
    journalSheet: id,
    controlesSheet: structure.identity?.controlesSheet ?? null,
  });
  if (!state.fresh && state.sheet) return { worksheet: state.sheet.worksheet, identity: identity(state.sheet.id) };
  const { context } = session;
  let worksheet: Excel.Worksheet;
  if (state.sheet) {
    worksheet = state.sheet.worksheet;
    worksheet.getRange().clear();
  } else {
    worksheet = context.workbook.worksheets.add(JOURNAL_SHEET);
    worksheet.visibility = "VeryHidden";
  }
  const head: Entry[][] = [
    [...identityRow(state.id), ...Array<Entry>(JOURNAL_HEADER.length - 2).fill("")],
    JOURNAL_HEADER.map((h) => textEntry(h)),
  ];
  const range = { r1: 0, c1: 0, r2: 1, c2: JOURNAL_HEADER.length - 1 };
  worksheet.getRange(rangeAddress(range)).values = head;
  session.own.record(range);
  worksheet.load("id");
  await context.sync();
  const stored = identity(worksheet.id);
  queueIdentityWrite(context, stored);
  return { worksheet, identity: stored };
}

/** Queues journal rows from 0-based row `first`. */
export function queueJournalRows(session: Session, worksheet: Excel.Worksheet, first: number, rows: Entry[][]): void {
  if (rows.length === 0) return;
  const range = { r1: first, c1: 0, r2: first + rows.length - 1, c2: JOURNAL_HEADER.length - 1 };
  worksheet.getRange(rangeAddress(range)).values = rows;
  session.own.record(range);
}

/** Queues a hidden name on a cell: the repère that follows it (journal.ts). */
export function queueMarker(context: Excel.RequestContext, worksheet: Excel.Worksheet, name: string, cell: string): void {
  const item = context.workbook.names.add(name, worksheet.getRange(cell));
  item.visible = false;
}
