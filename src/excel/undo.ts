/**
 * « Annuler les corrections VerifPacte » (SPEC §6), in five syncs: (1) sheets with their ids, notes
 * and comments, the document settings; (2) the journal's size, where the notes and comments are;
 * (3) its rows; (4) where each journaled cell is now (its repère, a hidden name Excel moved with
 * it) and what it holds; (5) the restoration, then the journal emptied (its sheet kept: deleting a
 * sheet wipes the user's undo stack) and its names removed; the « Contrôles VerifPacte » sheet
 * VerifPacte created is deleted. What to give back is decided in undoChains.ts.
 *
 * The journal is data, never code: it is used only when its identity is the one VerifPacte stored
 * in the document settings; each row is checked (journal.ts) and a row VerifPacte could not have
 * written is refused and listed; cells are found only in this workbook, sheets only by their id.
 * A journal or a restoration larger than Excel's payload limits takes more syncs.
 */
import { rangeAddress } from "../core/grid/address";
import { count } from "../core/report/french";
import { WHOLE_SHEET, parseQualified } from "./addresses";
import { Session, queueCellEntries } from "./apply";
import { syncChunks, syncGroups } from "./batches";
import { byteBudget, cellBudget, chunkBySize, packBlocks, rowBlocks, splitRows } from "./blocks";
import { queueIdentityWrite } from "./identity";
import { JOURNAL_FIRST_ENTRY, JournalEntry, journalIdentity, parseJournalRow } from "./journal";
import { placeOf } from "./inspect";
import { JOURNAL_SHEET } from "./names";
import { Annotations, SheetInfo, Structure, findSheet, placeKey, queueLocations, queueStructure, sheetById } from "./structure";
import { Decisions, Target, UndoAction, decide } from "./undoChains";
import { OfficeScalar, coreValue, formulaOf } from "./values";

export interface Restoration {
  decisions: Decisions | null;
  /** Rows of the journal refused: « ligne 7 (formule « =WEBSERVICE(…) » refusée : …) ». */
  refused: string[];
  /** Journaled cells no longer in the workbook (row or sheet deleted). */
  gone: string[];
  /** « Contrôles VerifPacte » sheet deleted. */
  sheetDeleted: string | null;
  /** French reason why nothing was done (protection, foreign journal), or null. */
  blocked: string | null;
}

const NOTHING = "Aucune modification n'a été faite.";

export const FOREIGN_JOURNAL =
  "Le journal de corrections trouvé dans ce classeur n'a pas été écrit par VerifPacte pour ce classeur " +
  `(classeur reçu d'ailleurs, journal copié ou d'une version précédente) : il est ignoré. ${NOTHING}`;

/**
 * The journal's rows, read in row blocks (a long journal takes more than one sync); `extras` are
 * small loads sent with the first sync.
 */
export async function readJournal<E>(
  session: Session,
  journal: SheetInfo,
  extras: () => () => E,
): Promise<{ rows: unknown[][]; extra: E }> {
  const { context, limits } = session;
  const used = journal.worksheet.getUsedRangeOrNullObject(true).load("rowIndex, rowCount, columnIndex, columnCount");
  const readExtras = extras();
  await context.sync();
  const extra = readExtras();
  if (used.isNullObject) return { rows: [], extra };
  const area = { r1: 0, c1: 0, r2: used.rowIndex + used.rowCount - 1, c2: Math.max(used.columnIndex + used.columnCount - 1, 14) };
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

/** The journal's entries when it is VerifPacte's own for this workbook; null otherwise. */
export function trustedEntries(
  structure: Structure,
  journal: SheetInfo | undefined,
  rows: unknown[][],
): { entries: JournalEntry[]; refused: string[] } | null {
  const identity = structure.identity;
  if (!identity || !journal || journal.id !== identity.journalSheet) return null;
  if (rows.length > 0 && journalIdentity(rows) !== identity.journal) return null;
  const entries: JournalEntry[] = [];
  const refused: string[] = [];
  rows.slice(JOURNAL_FIRST_ENTRY).forEach((row, i) => {
    const parsed = parseJournalRow(row, identity.journal);
    if (parsed === null) return;
    if (parsed.ok) entries.push(parsed.entry);
    else refused.push(`ligne ${i + JOURNAL_FIRST_ENTRY + 1} (${parsed.reason})`);
  });
  return { entries, refused };
}

/** The journal sheet VerifPacte knows (by id), or a sheet that only bears its name. */
function journalSheetOf(structure: Structure): { own: SheetInfo | undefined; named: SheetInfo | undefined } {
  const own = sheetById(structure, structure.identity?.journalSheet);
  return { own, named: own ?? findSheet(structure, JOURNAL_SHEET) };
}

interface Located {
  entry: JournalEntry;
  name: Excel.NamedItem | null;
  range: Excel.Range | null;
}

/** Sync 4 (more for a long journal): each repère's range, with what its cell holds. */
function locate(session: Session, entries: JournalEntry[]): Promise<Located[]> {
  return syncChunks(
    session.context,
    entries,
    (e) => e.marker.length * 2 + 240,
    byteBudget(session.limits),
    (entry): (() => Located) => {
      if (entry.kind === "feuille") return () => ({ entry, name: null, range: null });
      const name = session.context.workbook.names.getItemOrNullObject(entry.marker);
      const range = name.getRangeOrNullObject().load("address, values, formulas, valueTypes, numberFormat");
      return () => ({ entry, name, range });
    },
  );
}

function targetOf(structure: Structure, annotations: Annotations, { entry, range }: Located): Target | string {
  const gone = `'${entry.sheet.replace(/'/g, "''")}'!${entry.cell}`;
  if (!range || range.isNullObject) return gone;
  const at = parseQualified(range.address);
  const sheet = at && findSheet(structure, at.sheet);
  if (!at || !sheet || sheet.id !== entry.sheetId || at.range.r1 !== at.range.r2 || at.range.c1 !== at.range.c2) return gone;
  const cell = rangeAddress({ ...at.range });
  const key = placeKey(sheet.name, cell);
  if (entry.kind === "note") return { entry, sheet: sheet.name, cell, annotation: annotations.notes.get(key)?.content ?? null };
  if (entry.kind === "commentaire Excel")
    return { entry, sheet: sheet.name, cell, annotation: annotations.threads.get(key)?.content ?? null };
  const value = range.values[0][0] as OfficeScalar;
  const type = range.valueTypes[0][0];
  const formula = formulaOf(range.formulas[0][0] as OfficeScalar, value, type);
  const state = {
    value: coreValue(value, type),
    numberFormat: String(range.numberFormat[0][0]),
    ...(formula === undefined ? {} : { formula }),
  };
  return { entry, sheet: sheet.name, cell, state };
}

function blockedUndo(structure: Structure, actions: UndoAction[], sheetToDelete: SheetInfo | undefined): string | null {
  const locked = [...new Set(actions.map((a) => a.sheet))].filter((s) => findSheet(structure, s)?.protected);
  if (locked.length > 0) {
    return (
      `${locked.length > 1 ? "Les feuilles" : "La feuille"} ${locked.map((s) => `« ${s} »`).join(", ")} ` +
      `${locked.length > 1 ? "sont protégées" : "est protégée"} : ôtez la protection (onglet Révision), puis recommencez. ${NOTHING}`
    );
  }
  if (sheetToDelete && structure.structureProtected) {
    return `La structure du classeur est protégée : la feuille « ${sheetToDelete.name} » ne peut pas être supprimée. Ôtez la protection du classeur (onglet Révision), puis recommencez. ${NOTHING}`;
  }
  return null;
}

function queueAction(structure: Structure, annotations: Annotations, action: UndoAction): void {
  const key = placeKey(action.sheet, action.cell);
  if (action.kind === "thread") annotations.threads.get(key)?.proxy.delete();
  else if (action.kind === "note") {
    const note = annotations.notes.get(key);
    if (action.content === null) note?.proxy.delete();
    else if (note) note.proxy.content = action.content;
    else (findSheet(structure, action.sheet) as SheetInfo).worksheet.notes.add(action.cell, action.content);
  }
}

const empty = (blocked: string | null, refused: string[] = []): Restoration => ({
  decisions: null,
  refused,
  gone: [],
  sheetDeleted: null,
  blocked,
});

export async function restoreJournal(session: Session): Promise<Restoration> {
  const { context, caps } = session;
  const readStructure = queueStructure(context, caps);
  await context.sync();
  const structure = readStructure();
  const { own, named } = journalSheetOf(structure);
  if (!named) return empty(null);
  const { rows, extra: annotations } = await readJournal(session, named, () => queueLocations(structure));
  const trusted = trustedEntries(structure, own, rows);
  if (!trusted) return empty(rows.length > 0 ? FOREIGN_JOURNAL : null);
  const { entries, refused } = trusted;
  if (entries.length === 0) return empty(null, refused);
  const located = await locate(session, entries);
  const targets: Target[] = [];
  const gone: string[] = [];
  for (const l of located.filter((x) => x.entry.kind !== "feuille")) {
    const target = targetOf(structure, annotations, l);
    if (typeof target === "string") gone.push(target);
    else targets.push(target);
  }
  const decisions = decide(targets);
  const controles = entries.some((e) => e.kind === "feuille" && e.sheetId === structure.identity?.controlesSheet)
    ? sheetById(structure, structure.identity?.controlesSheet)
    : undefined;
  const blocked = blockedUndo(structure, decisions.actions, controles);
  if (blocked) return { ...empty(blocked, refused), gone };
  await restore(session, structure, annotations, decisions.actions, located, own as SheetInfo, controles);
  return { decisions, refused, gone, sheetDeleted: controles?.name ?? null, blocked: null };
}

/** Sync 5 (more for a restoration larger than the limits): the actions, the journal emptied, its names removed. */
async function restore(
  session: Session,
  structure: Structure,
  annotations: Annotations,
  actions: UndoAction[],
  located: Located[],
  journal: SheetInfo,
  controles: SheetInfo | undefined,
): Promise<void> {
  const { context, caps } = session;
  const chunks = chunkBySize(actions, (a) => JSON.stringify(a).length + 64, byteBudget(session.limits));
  if (chunks.length === 0) chunks.push([]);
  for (const [i, chunk] of chunks.entries()) {
    if (caps.suspendCalculation) context.workbook.application.suspendApiCalculationUntilNextSync();
    const cells = chunk.flatMap((a) => {
      const place = a.kind === "cell" ? placeOf(a.sheet, a.cell) : null;
      return a.kind === "cell" && place ? [{ ...place, entry: a.entry, ...(a.format ? { format: a.format } : {}) }] : [];
    });
    queueCellEntries(session, structure, cells);
    for (const action of chunk) queueAction(structure, annotations, action);
    if (i === chunks.length - 1) {
      journal.worksheet.getRange().clear();
      session.own.record(WHOLE_SHEET);
      if (controles) {
        controles.worksheet.delete();
        if (structure.identity) queueIdentityWrite(context, { ...structure.identity, controlesSheet: null });
      }
    }
    await context.sync();
  }
  // The repères, many small deletions: as many syncs as the request budget needs.
  const names = located.flatMap(({ name }) => (name && !name.isNullObject ? [name] : []));
  for (const chunk of chunkBySize(names, () => 120, byteBudget(session.limits))) {
    for (const name of chunk) name.delete();
    await context.sync();
  }
}

function list(items: string[]): string {
  return items.length > 8 ? `${items.slice(0, 8).join(", ")}… (${items.length} en tout)` : items.join(", ");
}

/** Nothing was left, refused or ignored. */
export function undoComplete(r: Restoration): boolean {
  const d = r.decisions;
  return (
    r.blocked === null &&
    r.refused.length === 0 &&
    r.gone.length === 0 &&
    (!d || (d.changed.length === 0 && d.moved.length === 0))
  );
}

export function undoMessage(r: Restoration): string {
  if (r.blocked) return r.blocked;
  const d = r.decisions;
  const parts: string[] = [];
  if (!d || (d.cells === 0 && d.comments === 0 && r.sheetDeleted === null)) parts.push("Aucune correction VerifPacte à annuler.");
  else {
    parts.push(
      `Corrections annulées : ${count(d.cells, "cellule restaurée", "cellules restaurées")}, ${count(d.comments, "commentaire retiré", "commentaires retirés")}.`,
    );
  }
  if (r.sheetDeleted) parts.push(`Feuille « ${r.sheetDeleted} » supprimée.`);
  if (d && d.changed.length > 0) parts.push(`Modifiées depuis la correction, laissées telles quelles : ${list(d.changed)}.`);
  if (d && d.moved.length > 0)
    parts.push(`Lignes déplacées depuis la correction, ancienne formule à remettre à la main : ${list(d.moved)}.`);
  if (r.gone.length > 0)
    parts.push(`Introuvables, ligne ou feuille supprimée depuis (adresses lors de la correction) : ${list(r.gone)}.`);
  if (r.refused.length > 0)
    parts.push(`Lignes du journal refusées, car VerifPacte n'écrit pas ces contenus : ${list(r.refused)}.`);
  return parts.join(" ");
}
