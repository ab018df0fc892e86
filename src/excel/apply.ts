/**
 * Applying a write plan in three syncs: (1) sheets, protection, notes and comments; (2) the target
 * cells' contents and locked states, where the notes are, the end of the journal; then, when
 * nothing would be refused, (3) every write at once with the recalculation suspended: values and
 * formulas as 2-D arrays per block, commentaires, and the journal rows of every change.
 * A plan larger than Excel's request limit is written in several syncs, each with its journal rows.
 */
import { WritePlan } from "../core/engine/plan";
import { localDateFr } from "../core/engine/text";
import { Range, rangeAddress } from "../core/grid/address";
import { qualified } from "./addresses";
import { byteBudget, cellBudget, chunkBySize, entryGrid, packBlocks, writeRectangles } from "./blocks";
import { syncGroups } from "./batches";
import { Change, Changes, planCells, planChanges } from "./changes";
import { Capabilities, PayloadLimits } from "./host";
import { CellState, StateBlock, WriteTargets, blockedReason, queueStates, splitStateBlock, stateBlocks } from "./inspect";
import { JOURNAL_HEADER, JournalEntry, journalRow, oldCellContent } from "./journal";
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
  /** 0-based row where the next journal row goes (0: the header must be written). */
  journalRow: number;
}

/**
 * Syncs 1 and 2: what the plan's cells hold, and whether Excel would refuse anything (a plan whose
 * cells do not fit in one response is read in more syncs).
 */
export async function prepare(session: Session, plan: WritePlan): Promise<Prepared> {
  const { context, caps, limits } = session;
  const readStructure = queueStructure(context, caps);
  await context.sync();
  const structure = readStructure();
  const states = new Map<string, CellState>();
  const { annotations, journalRow } = await syncGroups(context, {
    groups: packBlocks(stateBlocks(structure, planCells(plan)), cellBudget(limits)),
    queue: (block: StateBlock) => queueStates(caps, block, states),
    split: splitStateBlock,
    extras: () => {
      const readLocations = queueLocations(structure);
      const used = findSheet(structure, JOURNAL_SHEET)?.worksheet.getUsedRangeOrNullObject(true).load("rowIndex, rowCount");
      return () => ({ annotations: readLocations(), journalRow: used && !used.isNullObject ? used.rowIndex + used.rowCount : 0 });
    },
  });
  const changes = planChanges(plan, states, annotations, caps);
  const sheets = [...plan.cells, ...plan.comments].map((w) => w.sheet);
  const blocked = blockedReason(structure, { sheets, ...targetsOf(changes.changes) }, states);
  return { ...changes, structure, annotations, blocked, journalRow };
}

function targetsOf(changes: Change[]): Omit<WriteTargets, "sheets"> {
  const isCell = (c: Change) => c.kind === "cell" || c.kind === "column";
  return {
    cells: changes.filter(isCell).map((c) => c.place),
    annotations: changes.filter((c) => !isCell(c)).map((c) => c.place),
    newSheet: changes.length > 0 ? JOURNAL_SHEET : null,
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

function journalEntry(change: Change, stamp: Stamp): JournalEntry {
  const base = { ...stamp, sheet: change.place.sheet, cell: change.place.cell, findings: change.findings };
  switch (change.kind) {
    case "cell":
      return { ...base, kind: "cellule", old: oldCellContent(change.before), oldFormat: change.before.numberFormat, next: change.after };
    case "column":
      return { ...base, kind: "commentaire", old: oldCellContent(change.before), oldFormat: change.before.numberFormat, next: change.text };
    case "note":
      return {
        ...base,
        kind: "note",
        old: change.before === null ? { type: "absente" } : { type: "note", value: change.before },
        oldFormat: "",
        next: change.text,
      };
    case "threaded":
      return { ...base, kind: "commentaire Excel", old: { type: "absente" }, oldFormat: "", next: change.text };
  }
}

function cellEntry(change: Change): Entry | null {
  if (change.kind === "cell") return change.entry;
  return change.kind === "column" ? textEntry(change.text) : null;
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

/** The journal sheet, created very hidden with its header when needed. */
function journalSheet(session: Session, prepared: Prepared): Excel.Worksheet {
  const existing = findSheet(prepared.structure, JOURNAL_SHEET);
  if (existing) return existing.worksheet;
  const sheet = session.context.workbook.worksheets.add(JOURNAL_SHEET);
  sheet.visibility = "VeryHidden";
  return sheet;
}

function queueJournal(session: Session, sheet: Excel.Worksheet, first: number, rows: Entry[][]): void {
  const range: Range = { r1: first, c1: 0, r2: first + rows.length - 1, c2: JOURNAL_HEADER.length - 1 };
  sheet.getRange(rangeAddress(range)).values = rows;
  session.own.record(range);
}

/** Estimated request size of one change with its journal row. */
function changeBytes(change: Change, entry: JournalEntry): number {
  return JSON.stringify(cellEntry(change) ?? change.place).length + JSON.stringify(journalRow(entry)).length + 64;
}

/** Sync 3 (more only for plans larger than the request limit): every change and its journal row. */
export async function writeChanges(session: Session, prepared: Prepared, stamp: Stamp): Promise<void> {
  const { changes } = prepared;
  if (changes.length === 0) return;
  const entries = changes.map((c) => journalEntry(c, stamp));
  const sheet = journalSheet(session, prepared);
  let row = prepared.journalRow;
  const indexes = changes.map((_, i) => i);
  for (const chunk of chunkBySize(indexes, (i) => changeBytes(changes[i], entries[i]), byteBudget(session.limits))) {
    if (session.caps.suspendCalculation) session.context.workbook.application.suspendApiCalculationUntilNextSync();
    const header = row === 0 ? [[...JOURNAL_HEADER].map(textEntry)] : [];
    queueJournal(session, sheet, row, [...header, ...chunk.map((i) => journalRow(entries[i]))]);
    row += header.length + chunk.length;
    const picked = chunk.map((i) => changes[i]);
    const cells = picked.flatMap((c) => {
      const entry = cellEntry(c);
      const format = c.kind === "cell" ? c.format : undefined;
      return entry === null ? [] : [{ sheet: c.place.sheet, row: c.place.row, col: c.place.col, entry, ...(format ? { format } : {}) }];
    });
    queueCellEntries(session, prepared.structure, cells);
    queueAnnotations(session, prepared, picked);
    await session.context.sync();
  }
}
