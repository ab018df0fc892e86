/**
 * What « Annuler » does to each journaled target, decided from what the target holds now (pure:
 * undo.ts reads and writes). Undo undoes VerifPacte only (SPEC §6):
 * - a corrected cell gets back what VerifPacte found there only if it still holds exactly what
 *   VerifPacte wrote (a formula compared by its R1C1 shape, so a cell moved with its rows still
 *   matches); after several corrections of one cell, it goes back as far as the chain of
 *   corrections is unbroken; otherwise it is left as it is and listed;
 * - text VerifPacte appended (comment column, note) is removed as such, the user's text around it
 *   kept; a threaded comment it added is deleted only if unchanged;
 * - a cell moved by rows inserted or deleted keeps its place; an old formula is not given back
 *   to a moved cell (its references would be wrong), the user is told which.
 */
import { r1c1Shape } from "../core/formula/r1c1";
import { parseCellAddress } from "../core/grid/address";
import { CellValue } from "../core/grid/model";
import { Content, JournalEntry, contentEntry } from "./journal";
import { Entry, shownText, textEntry } from "./values";

/** A journaled target where it is now. */
export interface Target {
  entry: JournalEntry;
  /** Current sheet name (found by id). */
  sheet: string;
  /** Current A1 address (found by the entry's repère). */
  cell: string;
  /** The cell's content now (cellule, commentaire). */
  state?: { value: CellValue; formula?: string; numberFormat: string };
  /** The note or threaded comment's text now, null when there is none (note, commentaire Excel). */
  annotation?: string | null;
}

export type UndoAction =
  | { kind: "cell"; sheet: string; cell: string; entry: Entry; format?: string }
  | { kind: "note"; sheet: string; cell: string; content: string | null }
  | { kind: "thread"; sheet: string; cell: string };

export interface Decisions {
  actions: UndoAction[];
  /** Corrected cells given back. */
  cells: number;
  /** Texts removed (comment column, notes, threaded comments). */
  comments: number;
  /** « 'Budget'!G12 » left because changed since the correction. */
  changed: string[];
  /** Old formulas not given back to a moved cell: « 'Budget'!G15 (G14 lors de la correction : =SUM(G5:G12)) ». */
  moved: string[];
}

function where(t: Target): string {
  return `'${t.sheet.replace(/'/g, "''")}'!${t.cell}`;
}

/** The content holds what the journal says, a formula by its R1C1 shape at its own place. */
function holds(state: NonNullable<Target["state"]>, at: string, content: Content, contentAt: string): boolean {
  if (content.type === "formule") {
    const here = parseCellAddress(at);
    const there = parseCellAddress(contentAt);
    return (
      state.formula !== undefined &&
      !!here &&
      !!there &&
      r1c1Shape(state.formula, here.row, here.col) === r1c1Shape(content.value, there.row, there.col)
    );
  }
  if (state.formula !== undefined) return false;
  const v = state.value;
  switch (content.type) {
    case "vide":
      return v === null;
    case "nombre":
    case "booléen":
    case "texte":
      return v === content.value;
    case "erreur":
      return typeof v === "object" && v !== null && !(v instanceof Date) && v.error === content.value;
    default:
      return false;
  }
}

function valueOf(content: Content): CellValue {
  switch (content.type) {
    case "nombre":
    case "booléen":
    case "texte":
      return content.value;
    case "erreur":
      return { error: content.value };
    default:
      return null;
  }
}

/** Removes the last occurrence of `part` from `text`; null when it is not there. */
function without(text: string, part: string): string | null {
  const at = text.lastIndexOf(part);
  return at < 0 ? null : text.slice(0, at) + text.slice(at + part.length);
}

function cellChain(chain: Target[], out: Decisions): void {
  const last = chain[chain.length - 1];
  const state = last.state;
  if (!state) return;
  if (!holds(state, last.cell, last.entry.written, last.entry.cell)) {
    // Not written (a sync that failed part-way), or changed since: nothing of VerifPacte's to undo.
    if (!holds(state, last.cell, last.entry.found, last.entry.cell)) out.changed.push(where(last));
    return;
  }
  let oldest = last;
  for (let i = chain.length - 2; i >= 0; i--) {
    const earlier = chain[i];
    if (!holdsContent(oldest.entry.found, oldest.entry.cell, earlier.entry.written, earlier.entry.cell)) break;
    oldest = earlier;
  }
  const found = oldest.entry.found;
  if (found.type === "formule" && last.cell !== oldest.entry.cell) {
    out.moved.push(`${where(last)} (${oldest.entry.cell} lors de la correction : ${found.value})`);
    return;
  }
  const restoreFormat = last.entry.writtenFormat !== "" && state.numberFormat === last.entry.writtenFormat;
  out.actions.push({
    kind: "cell",
    sheet: last.sheet,
    cell: last.cell,
    entry: contentEntry(found),
    ...(restoreFormat ? { format: oldest.entry.foundFormat || "General" } : {}),
  });
  out.cells++;
}

/** Two journaled contents are the same (formulas by their shape, each at its own cell). */
function holdsContent(a: Content, aAt: string, b: Content, bAt: string): boolean {
  if (a.type === "formule")
    return b.type === "formule" && holds({ value: null, formula: a.value, numberFormat: "" }, aAt, b, bAt);
  return holds({ value: valueOf(a), numberFormat: "" }, aAt, b, bAt) && b.type !== "formule";
}

/** Removes the appended texts, newest first; the ones no longer there are listed. */
function removeTexts(chain: Target[], text: string, out: Decisions): { text: string; removed: number } {
  let now = text;
  let removed = 0;
  for (let i = chain.length - 1; i >= 0; i--) {
    const next = without(now, chain[i].entry.appended);
    if (next === null) out.changed.push(where(chain[i]));
    else {
      now = next;
      removed++;
    }
  }
  return { text: now, removed };
}

function columnChain(chain: Target[], out: Decisions): void {
  const last = chain[chain.length - 1];
  const state = last.state;
  if (!state) return;
  if (state.formula !== undefined) {
    out.changed.push(where(last));
    return;
  }
  const { text, removed } = removeTexts(chain, shownText(state.value), out);
  if (removed === 0) return;
  const found = chain[0].entry.found;
  const before = shownText(valueOf(found));
  let entry: Entry;
  if (text === "" || (found.type === "vide" && text.trim() === "")) entry = "";
  else if (text === before && found.type !== "texte") entry = contentEntry(found);
  else entry = textEntry(found.type === "vide" ? text.replace(/^\n+/, "") : text);
  out.actions.push({ kind: "cell", sheet: last.sheet, cell: last.cell, entry });
  out.comments += removed;
}

function noteChain(chain: Target[], out: Decisions): void {
  const last = chain[chain.length - 1];
  if (last.annotation === null || last.annotation === undefined) {
    out.changed.push(where(last));
    return;
  }
  const { text, removed } = removeTexts(chain, last.annotation, out);
  if (removed === 0) return;
  const none = chain[0].entry.found.type === "absente";
  const content = none && text.trim() === "" ? null : none ? text.replace(/^\n+/, "") : text;
  out.actions.push({ kind: "note", sheet: last.sheet, cell: last.cell, content });
  out.comments += removed;
}

function threadChain(chain: Target[], out: Decisions): void {
  for (const t of chain) {
    if (t.annotation === t.entry.appended) {
      out.actions.push({ kind: "thread", sheet: t.sheet, cell: t.cell });
      out.comments++;
    } else if (t.annotation !== null) out.changed.push(where(t));
  }
}

const CLASS = { cellule: "cell", commentaire: "column", note: "note", "commentaire Excel": "thread", feuille: "sheet" } as const;

/** Targets grouped by what they change (a cell's content, its note, its thread), in journal order. */
export function decide(targets: Target[]): Decisions {
  const out: Decisions = { actions: [], cells: 0, comments: 0, changed: [], moved: [] };
  const chains = new Map<string, Target[]>();
  for (const t of targets) {
    const key = `${CLASS[t.entry.kind]}|${t.entry.sheetId}|${t.cell}`;
    chains.set(key, [...(chains.get(key) ?? []), t]);
  }
  for (const chain of chains.values()) {
    switch (chain[0].entry.kind) {
      case "cellule":
        cellChain(chain, out);
        break;
      case "commentaire":
        columnChain(chain, out);
        break;
      case "note":
        noteChain(chain, out);
        break;
      case "commentaire Excel":
        threadChain(chain, out);
        break;
      case "feuille":
        break;
    }
  }
  return out;
}
