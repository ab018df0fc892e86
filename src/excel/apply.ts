/**
 * Applying a write plan in three syncs: (1) sheets, protection, notes and comments, the document
 * settings; (2) the target cells' contents and locked states, where the notes are, the journal's
 * identity and end; then, when nothing would be refused, (3) every write at once with the
 * recalculation suspended: the journal rows first (what VerifPacte finds and writes, with a hidden
 * name that follows each cell), then values and formulas as 2-D arrays per block, and the
 * commentaires. A journal that starts takes one sync more (journalSheet.ts). A plan larger than
 * Excel's request limit is written in several syncs, each with its journal rows.
 * A sync that fails part-way leaves the journal consistent: its rows are written before the cells,
 * and undo gives back only cells that hold what VerifPacte wrote (undo.ts).
 */
import { WritePlan } from "../core/engine/plan";
import { localDateFr } from "../core/engine/text";
import { rangeAddress } from "../core/grid/address";
import { qualified } from "./addresses";
import { byteBudget, cellBudget, chunkBySize, entryGrid, packBlocks, writeRectangles } from "./blocks";
import { syncGroups } from "./batches";
import { Change, Changes, planCells, planChanges } from "./changes";
import { Capabilities, PayloadLimits } from "./host";
import { CellState, StateBlock, WriteTargets, blockedReason, queueStates, splitStateBlock, stateBlocks } from "./inspect";
import { JournalEntry, cellContent, journalRow, markerName } from "./journal";
import { JournalState, openJournal, queueJournalRows, queueJournalState, queueMarker } from "./journalSheet";
import { JOURNAL_SHEET } from "./names";
import { OwnWrites } from "./ownWrites";
import { Annotations, SheetInfo, Structure, findSheet, placeKey, queueLocations, queueStructure } from "./structure";
import { Entry, textEntry } from "./values";

export interface Session {
  context: Excel.RequestContext;
  caps: Capabilities;
  limits: PayloadLimits;
  own: OwnWrites;
}

export interface Prepared extends Changes {
  structure: Structure;
  annotations: Annotations;
  /** French reason why nothing can be written, or null. */
  blocked: string | null;
  journal: JournalState;
}

/** What else must be known before writing (the « Contrôles » sheet's place, for the report). */
export type PrepareExtras<E> = (structure: Structure) => () => E;

/**
 * Syncs 1 and 2: what the plan's cells hold, and whether Excel would refuse anything (a plan whose
 * cells do not fit in one response is read in more syncs). `extras` are read with sync 2.
 */
export async function prepare<E = undefined>(
  session: Session,
  plan: WritePlan,
  extras?: PrepareExtras<E>,
  newSheets: (extra: E | undefined) => string[] = () => [],
): Promise<Prepared & { extra: E | undefined }> {
  const { context, caps, limits } = session;
  const readStructure = queueStructure(context, caps);
  await context.sync();
  const structure = readStructure();
  const states = new Map<string, CellState>();
  const { annotations, journal, extra } = await syncGroups(context, {
    groups: packBlocks(stateBlocks(structure, planCells(plan)), cellBudget(limits)),
    queue: (block: StateBlock) => queueStates(caps, block, states),
    split: splitStateBlock,
    extras: () => {
      const readLocations = queueLocations(structure);
      const readJournal = queueJournalState(structure);
      const readExtra = extras?.(structure);
      return () => ({ annotations: readLocations(), journal: readJournal(), extra: readExtra?.() });
    },
  });
  const changes = planChanges(plan, states, annotations, caps);
  const sheets = [...plan.cells, ...plan.comments].map((w) => w.sheet);
  const created = [...(changes.changes.length > 0 && journal.sheet === null ? [JOURNAL_SHEET] : []), ...newSheets(extra)];
  const blocked = blockedReason(structure, { sheets, ...targetsOf(changes.changes), newSheets: created }, states);
  return { ...changes, structure, annotations, blocked, journal, extra };
}

function targetsOf(changes: Change[]): Omit<WriteTargets, "sheets" | "newSheets"> {
  const isCell = (c: Change) => c.kind === "cell" || c.kind === "column";
  return {
    cells: changes.filter(isCell).map((c) => c.place),
    annotations: changes.filter((c) => !isCell(c)).map((c) => c.place),
  };
}

export interface Stamp {
  batch: string;
  date: string;
}

export function stampOf(now: Date): Stamp {
  const time = `${String(now.getHours()).padStart(2, "0")}:${String(now.getMinutes()).padStart(2, "0")}`;
  return { batch: now.toISOString(), date: `${localDateFr(now)} ${time}` };
}

const EMPTY = { type: "vide" } as const;

function journalEntry(change: Change, stamp: Stamp, sheetId: string, marker: string): JournalEntry {
  const base = { ...stamp, sheetId, sheet: change.place.sheet, cell: change.place.cell, marker, findings: change.findings };
  switch (change.kind) {
    case "cell": {
      const written =
        change.write === "formula"
          ? { type: "formule" as const, value: String(change.entry) }
          : cellContent({ value: typeof change.entry === "string" ? change.after : change.entry });
      return {
        ...base,
        kind: "cellule",
        found: cellContent(change.before),
        foundFormat: change.before.numberFormat,
        written,
        writtenFormat: change.format ?? "",
        appended: "",
      };
    }
    case "column":
      return {
        ...base,
        kind: "commentaire",
        found: cellContent(change.before),
        foundFormat: change.before.numberFormat,
        written: EMPTY,
        writtenFormat: "",
        appended: change.added,
      };
    case "note":
      return {
        ...base,
        kind: "note",
        found: change.before === null ? { type: "absente" } : { type: "note", value: change.before },
        foundFormat: "",
        written: EMPTY,
        writtenFormat: "",
        appended: change.added,
      };
    case "threaded":
      return {
        ...base,
        kind: "commentaire Excel",
        found: { type: "absente" },
        foundFormat: "",
        written: EMPTY,
        writtenFormat: "",
        appended: change.added,
      };
  }
}

/** Writes `formulas` entries per rectangle of each sheet (null where nothing changes). */
export function queueCellEntries(
  session: Session,
  structure: Structure,
  cells: { sheet: string; row: number; col: number; entry: Entry; format?: string }[],
): void {
  const sheets = new Map<string, typeof cells>();
  for (const cell of cells) {
    const list = sheets.get(cell.sheet);
    if (list) list.push(cell);
    else sheets.set(cell.sheet, [cell]);
  }
  for (const [name, list] of sheets) {
    const info = findSheet(structure, name) as SheetInfo;
    for (const { range, cells: block } of writeRectangles(list)) {
      const target = info.worksheet.getRange(rangeAddress(range));
      target.formulas = entryGrid(range, block, (c) => c.entry);
      if (block.some((c) => c.format !== undefined)) target.numberFormat = entryGrid(range, block, (c) => c.format ?? null);
      session.own.record(range);
    }
  }
}

function queueAnnotations(session: Session, prepared: Prepared, changes: Change[]): void {
  for (const change of changes) {
    const { sheet, cell } = change.place;
    if (change.kind === "note") {
      const existing = prepared.annotations.notes.get(placeKey(sheet, cell));
      if (existing) existing.proxy.content = change.text;
      else (findSheet(prepared.structure, sheet) as SheetInfo).worksheet.notes.add(cell, change.text);
    } else if (change.kind === "threaded") {
      session.context.workbook.comments.add(qualified(sheet, cell), change.text);
    }
  }
}

function cellEntry(change: Change): Entry | null {
  if (change.kind === "cell") return change.entry;
  return change.kind === "column" ? textEntry(change.text) : null;
}

/** Estimated request size of one change with its journal row and its repère (a name added, then hidden). */
function changeBytes(change: Change, entry: JournalEntry): number {
  return (
    JSON.stringify(cellEntry(change) ?? change.place).length +
    JSON.stringify(journalRow(entry)).length +
    entry.marker.length * 2 +
    320
  );
}

/**
 * Sync 3 (more only for plans larger than the request limit): every change with its journal row
 * and its repère. Returns the journal entries written.
 */
export async function writeChanges(session: Session, prepared: Prepared, stamp: Stamp): Promise<JournalEntry[]> {
  const { changes, structure } = prepared;
  if (changes.length === 0) return [];
  const journal = await openJournal(session, structure, prepared.journal);
  const first = prepared.journal.nextRow;
  const entries = changes.map((c, i) =>
    journalEntry(
      c,
      stamp,
      (findSheet(structure, c.place.sheet) as SheetInfo).id,
      markerName(journal.identity.journal, first + i),
    ),
  );
  const indexes = changes.map((_, i) => i);
  for (const chunk of chunkBySize(indexes, (i) => changeBytes(changes[i], entries[i]), byteBudget(session.limits))) {
    if (session.caps.suspendCalculation) session.context.workbook.application.suspendApiCalculationUntilNextSync();
    queueJournalRows(
      session,
      journal.worksheet,
      first + chunk[0],
      chunk.map((i) => journalRow(entries[i])),
    );
    for (const i of chunk) {
      const info = findSheet(structure, changes[i].place.sheet) as SheetInfo;
      queueMarker(session.context, info.worksheet, entries[i].marker, changes[i].place.cell);
    }
    const picked = chunk.map((i) => changes[i]);
    const cells = picked.flatMap((c) => {
      const entry = cellEntry(c);
      const format = c.kind === "cell" ? c.format : undefined;
      return entry === null
        ? []
        : [{ sheet: c.place.sheet, row: c.place.row, col: c.place.col, entry, ...(format ? { format } : {}) }];
    });
    queueCellEntries(session, structure, cells);
    queueAnnotations(session, prepared, picked);
    await session.context.sync();
  }
  return entries;
}
