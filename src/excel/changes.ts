/**
 * The write plan made concrete against the workbook as it is now: each cell write with the cell's
 * current content, each commentaire appended to the text already there, in the comment column, in
 * a note (ExcelApi 1.18), in a threaded comment (ExcelApi 1.10), or left to the « Contrôles »
 * sheet when the host has neither or the cell already holds another kind of comment.
 */
import { CellWrite, CommentWrite, PlanConflict, WritePlan } from "../core/engine/plan";
import { formatNumberFr } from "../core/parse/format";
import { Capabilities } from "./host";
import { CellState, Place, placeOf } from "./inspect";
import { Annotations, placeKey } from "./structure";
import { Entry, shownText, textEntry } from "./values";

interface Common {
  place: Place;
  findings: string[];
}

/** `text`: the whole text once appended; `added`: exactly what VerifPacte appends (what undo removes). */
export type Change =
  | (Common & {
      kind: "cell";
      write: "value" | "formula";
      before: CellState;
      entry: Entry;
      after: string;
      format?: string;
      expected?: number;
    })
  | (Common & { kind: "column"; before: CellState; text: string; added: string })
  | (Common & { kind: "note"; before: string | null; text: string; added: string })
  | (Common & { kind: "threaded"; text: string; added: string });

export interface Changes {
  changes: Change[];
  /** Commentaires only shown in the « Contrôles » sheet. */
  reportOnly: CommentWrite[];
  conflicts: PlanConflict[];
}

/** The cells the plan reads before writing: cell writes and comment-column cells. */
export function planCells(plan: WritePlan): Place[] {
  const cells = plan.cells.map((w) => placeOf(w.sheet, w.cell));
  const columns = plan.comments.filter((c) => c.mode === "column").map((c) => placeOf(c.sheet, c.cell));
  return [...cells, ...columns].filter((p): p is Place => p !== null);
}

export function stateText(state: CellState): string {
  return state.formula ?? shownText(state.value);
}

/** What appending `text` after `before` adds: the text, on a new line when there is text before. */
function addition(before: string | null, text: string): string {
  return before ? `\n${text}` : text;
}

interface Accumulated {
  place: Place;
  findings: string[];
  text: string;
  added: string;
}

/** Texts appended per cell, findings merged, in plan order. */
class Appender {
  readonly items = new Map<string, Accumulated>();

  /** `before`: the text already in the cell, used for the first text appended. */
  add(place: Place, before: string | null, text: string, findings: string[]): void {
    const key = placeKey(place.sheet, place.cell);
    const item = this.items.get(key);
    if (item) {
      const more = addition(item.text, text);
      item.text += more;
      item.added += more;
      item.findings = [...new Set([...item.findings, ...findings])];
    } else {
      const added = addition(before, text);
      this.items.set(key, { place, findings, text: (before ?? "") + added, added });
    }
  }
}

function cellContent(write: CellWrite): { entry: Entry; after: string } {
  if (write.kind === "formula") return { entry: write.formula as string, after: write.formula as string };
  if (typeof write.value === "number") return { entry: write.value, after: formatNumberFr(write.value) };
  return { entry: textEntry(String(write.value)), after: String(write.value) };
}

function cellChanges(plan: WritePlan, states: Map<string, CellState>): Change[] {
  const changes: Change[] = [];
  for (const write of plan.cells) {
    const place = placeOf(write.sheet, write.cell);
    const before = place && states.get(placeKey(place.sheet, place.cell));
    if (!place || !before) continue;
    // A cell without format (a total written into an empty cell) takes its column's format.
    const format = write.numFmt && (!before.numberFormat || before.numberFormat === "General") ? write.numFmt : undefined;
    const expected = write.kind === "formula" && write.expected !== undefined ? { expected: write.expected } : {};
    changes.push({
      kind: "cell",
      place,
      write: write.kind,
      before,
      ...cellContent(write),
      findings: write.findings,
      ...(format ? { format } : {}),
      ...expected,
    });
  }
  return changes;
}

interface Placement {
  columns: Appender;
  notes: Appender;
  threads: Appender;
  reportOnly: CommentWrite[];
}

interface Known {
  states: Map<string, CellState>;
  /** Cells a correction writes. */
  written: Set<string>;
  annotations: Annotations;
  caps: Capabilities;
}

/**
 * Where one commentaire goes: its comment-column cell when that holds no formula and gets no
 * correction; else a note on the cell it is about; else a threaded comment; else the report only.
 */
function placeComment(comment: CommentWrite, context: Known, into: Placement): void {
  const column = comment.mode === "column" ? placeOf(comment.sheet, comment.cell) : null;
  const columnKey = column && placeKey(column.sheet, column.cell);
  const columnState = columnKey ? context.states.get(columnKey) : undefined;
  if (column && columnKey && columnState && columnState.formula === undefined && !context.written.has(columnKey)) {
    into.columns.add(column, shownText(columnState.value), comment.text, comment.findings);
    return;
  }
  const target = placeOf(comment.sheet, comment.mode === "column" ? comment.aboutCell : comment.cell);
  const key = target && placeKey(target.sheet, target.cell);
  const note = key ? context.annotations.notes.get(key) : undefined;
  const thread = key ? context.annotations.threads.get(key) : undefined;
  if (target && context.caps.notes && !thread) into.notes.add(target, note?.content ?? null, comment.text, comment.findings);
  else if (target && context.caps.threadedComments && !note && !thread)
    into.threads.add(target, null, comment.text, comment.findings);
  else into.reportOnly.push(comment);
}

export function planChanges(
  plan: WritePlan,
  states: Map<string, CellState>,
  annotations: Annotations,
  caps: Capabilities,
): Changes {
  const cells = cellChanges(plan, states);
  const written = new Set(cells.map((c) => placeKey(c.place.sheet, c.place.cell)));
  const placement: Placement = { columns: new Appender(), notes: new Appender(), threads: new Appender(), reportOnly: [] };
  for (const comment of plan.comments) placeComment(comment, { states, written, annotations, caps }, placement);
  const columns: Change[] = [...placement.columns.items.values()].map((item) => ({
    kind: "column",
    before: states.get(placeKey(item.place.sheet, item.place.cell)) as CellState,
    ...item,
  }));
  const notes: Change[] = [...placement.notes.items.values()].map((item) => ({
    kind: "note",
    before: annotations.notes.get(placeKey(item.place.sheet, item.place.cell))?.content ?? null,
    ...item,
  }));
  const threads: Change[] = [...placement.threads.items.values()].map((item) => ({ kind: "threaded", ...item }));
  return { changes: [...cells, ...columns, ...notes, ...threads], reportOnly: placement.reportOnly, conflicts: plan.conflicts };
}
