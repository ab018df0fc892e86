/**
 * « Annuler les corrections VerifPacte »: every target of the journal gets back its oldest
 * journaled content (value or formula, number format; note or no note; no threaded comment),
 * then the journal is cleared (its sheet is kept: deleting a sheet wipes the user's undo stack).
 * A journal or a restoration larger than Excel's payload limits takes more syncs.
 */
import { rangeAddress } from "../core/grid/address";
import { count } from "../core/report/french";
import { WHOLE_SHEET } from "./addresses";
import { Session, queueCellEntries } from "./apply";
import { syncGroups } from "./batches";
import { byteBudget, cellBudget, chunkBySize, packBlocks, rowBlocks, splitRows } from "./blocks";
import { placeOf } from "./inspect";
import { JournalEntry, parseJournalRow, restoreEntry } from "./journal";
import { JOURNAL_SHEET } from "./names";
import { Annotations, SheetInfo, Structure, findSheet, placeKey, queueLocations, queueStructure } from "./structure";

export interface Restoration {
  /** Corrected cells given back their old content. */
  cells: number;
  /** Commentaires taken back (comment-column texts, notes, threaded comments). */
  comments: number;
  blocked: string | null;
}

function isCellEntry(e: JournalEntry): boolean {
  return e.kind === "cellule" || e.kind === "commentaire";
}

/** The oldest entry of each target: restoring it undoes every later change of that target. */
function oldestByTarget(entries: JournalEntry[]): JournalEntry[] {
  const out = new Map<string, JournalEntry>();
  for (const entry of entries) {
    const key = `${isCellEntry(entry) ? "cell" : entry.kind}|${placeKey(entry.sheet, entry.cell)}`;
    if (!out.has(key)) out.set(key, entry);
  }
  return [...out.values()];
}

function blockedUndo(structure: Structure, entries: JournalEntry[]): string | null {
  const sheets = [...new Set(entries.map((e) => e.sheet))];
  const missing = sheets.find((s) => !findSheet(structure, s));
  if (missing) return `La feuille « ${missing} » n'existe plus : les corrections qui la concernent ne peuvent pas être annulées. Aucune modification n'a été faite.`;
  const locked = sheets.filter((s) => findSheet(structure, s)?.protected);
  if (locked.length === 0) return null;
  return (
    `${locked.length > 1 ? "Les feuilles" : "La feuille"} ${locked.map((s) => `« ${s} »`).join(", ")} ` +
    `${locked.length > 1 ? "sont protégées" : "est protégée"} : ôtez la protection (onglet Révision), puis recommencez. ` +
    "Aucune modification n'a été faite."
  );
}

function queueAnnotationRestore(structure: Structure, annotations: Annotations, entry: JournalEntry): void {
  const key = placeKey(entry.sheet, entry.cell);
  if (entry.kind === "commentaire Excel") {
    annotations.threads.get(key)?.proxy.delete();
    return;
  }
  const note = annotations.notes.get(key);
  if (entry.old.type !== "note") note?.proxy.delete();
  else if (note) note.proxy.content = entry.old.value;
  else (findSheet(structure, entry.sheet) as SheetInfo).worksheet.notes.add(entry.cell, entry.old.value);
}

/**
 * The journal's rows, read in row blocks (a long journal takes more than one sync); `extras` are
 * small loads sent with the first sync.
 */
export async function readJournal<E>(session: Session, journal: SheetInfo, extras: () => () => E): Promise<{ rows: unknown[][]; extra: E }> {
  const { context, limits } = session;
  const used = journal.worksheet.getUsedRangeOrNullObject(true).load("rowIndex, rowCount, columnIndex, columnCount");
  const readExtras = extras();
  await context.sync();
  const extra = readExtras();
  if (used.isNullObject) return { rows: [], extra };
  const area = { r1: used.rowIndex, c1: used.columnIndex, r2: used.rowIndex + used.rowCount - 1, c2: used.columnIndex + used.columnCount - 1 };
  const budget = cellBudget(limits);
  const parts: { r1: number; values: unknown[][] }[] = [];
  await syncGroups(context, {
    groups: packBlocks(rowBlocks(journal.name, area, budget), budget),
    queue: (block) => {
      const range = journal.worksheet.getRange(rangeAddress(block.range)).load("values");
      return () => void parts.push({ r1: block.range.r1, values: range.values });
    },
    split: splitRows,
    extras: () => () => undefined,
  });
  parts.sort((a, b) => a.r1 - b.r1);
  return { rows: parts.flatMap((p) => p.values), extra };
}

/** Four syncs: sheets and comments; the journal's size and where the comments are; its rows; the restoration. */
export async function restoreJournal(session: Session): Promise<Restoration> {
  const { context, caps } = session;
  const readStructure = queueStructure(context, caps);
  await context.sync();
  const structure = readStructure();
  const journal = findSheet(structure, JOURNAL_SHEET);
  if (!journal) return { cells: 0, comments: 0, blocked: null };
  const { rows, extra: annotations } = await readJournal(session, journal, () => queueLocations(structure));
  const entries = oldestByTarget(rows.map(parseJournalRow).filter((e): e is JournalEntry => e !== null));
  if (entries.length === 0) return { cells: 0, comments: 0, blocked: null };
  const blocked = blockedUndo(structure, entries);
  if (blocked) return { cells: 0, comments: 0, blocked };
  const chunks = chunkBySize(entries, (e) => JSON.stringify(e).length, byteBudget(session.limits));
  for (const [i, chunk] of chunks.entries()) {
    if (caps.suspendCalculation) context.workbook.application.suspendApiCalculationUntilNextSync();
    const cells = chunk.filter(isCellEntry).flatMap((e) => {
      const place = placeOf(e.sheet, e.cell);
      return place ? [{ ...place, entry: restoreEntry(e.old), format: e.oldFormat || "General" }] : [];
    });
    queueCellEntries(session, structure, cells);
    for (const entry of chunk.filter((e) => !isCellEntry(e))) queueAnnotationRestore(structure, annotations, entry);
    if (i === chunks.length - 1) {
      journal.worksheet.getRange().clear();
      session.own.record(WHOLE_SHEET);
    }
    await context.sync();
  }
  const corrected = entries.filter((e) => e.kind === "cellule").length;
  return { cells: corrected, comments: entries.length - corrected, blocked: null };
}

export function undoMessage(r: Restoration): string {
  if (r.blocked) return r.blocked;
  if (r.cells === 0 && r.comments === 0) return "Aucune correction VerifPacte à annuler.";
  return (
    `Corrections annulées : ${count(r.cells, "cellule restaurée", "cellules restaurées")}, ` +
    `${count(r.comments, "commentaire retiré", "commentaires retirés")}.`
  );
}
