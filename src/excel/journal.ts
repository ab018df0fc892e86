/**
 * The journal of every change (SPEC §6), one row per change in a very hidden sheet, so that
 * « Annuler les corrections VerifPacte » works even after the workbook was closed: the old
 * content (value with its type, or formula), the old number format, the new content, the findings.
 * Every journal cell is written as text.
 */
import { isErrorValue } from "../core/grid/model";
import { CellState } from "./inspect";
import { Entry, textEntry } from "./values";

export const JOURNAL_HEADER = [
  "Lot",
  "Date",
  "Nature",
  "Feuille",
  "Cellule",
  "Ancien type",
  "Ancienne valeur",
  "Ancien format",
  "Nouveau contenu",
  "Constats",
] as const;

/** cellule: a corrected cell; commentaire: a comment-column cell; note; commentaire Excel: a threaded comment. */
export type JournalKind = "cellule" | "commentaire" | "note" | "commentaire Excel";

const KINDS: readonly JournalKind[] = ["cellule", "commentaire", "note", "commentaire Excel"];

export type OldContent =
  | { type: "vide" }
  | { type: "nombre"; value: number }
  | { type: "texte"; value: string }
  | { type: "booléen"; value: boolean }
  | { type: "erreur"; value: string }
  | { type: "formule"; value: string }
  /** No note / no threaded comment before. */
  | { type: "absente" }
  | { type: "note"; value: string };

export interface JournalEntry {
  /** Identifies one « Appliquer » (ISO date and time). */
  batch: string;
  /** « 05/03/2026 14:32 ». */
  date: string;
  kind: JournalKind;
  sheet: string;
  cell: string;
  old: OldContent;
  oldFormat: string;
  next: string;
  findings: string[];
}

export function oldCellContent(state: CellState): OldContent {
  const v = state.value;
  if (state.formula !== undefined) return { type: "formule", value: state.formula };
  if (v === null) return { type: "vide" };
  if (typeof v === "number") return { type: "nombre", value: v };
  if (typeof v === "boolean") return { type: "booléen", value: v };
  if (isErrorValue(v)) return { type: "erreur", value: v.error };
  return { type: "texte", value: v instanceof Date ? v.toISOString() : v };
}

function oldText(old: OldContent): string {
  return "value" in old ? String(old.value) : "";
}

export function journalRow(entry: JournalEntry): Entry[] {
  const texts = [
    entry.batch,
    entry.date,
    entry.kind,
    entry.sheet,
    entry.cell,
    entry.old.type,
    oldText(entry.old),
    entry.oldFormat,
    entry.next,
    entry.findings.join("\n"),
  ];
  return texts.map((t) => (t === "" ? "" : textEntry(t)));
}

function oldContent(type: string, text: string): OldContent | null {
  switch (type) {
    case "vide":
    case "absente":
      return { type };
    case "nombre":
      return text.trim() !== "" && Number.isFinite(Number(text)) ? { type, value: Number(text) } : null;
    case "booléen":
      return { type, value: text === "true" };
    case "texte":
    case "erreur":
    case "formule":
    case "note":
      return { type, value: text };
    default:
      return null;
  }
}

/** A journal row read back; null for the header or a damaged row. */
export function parseJournalRow(row: unknown[]): JournalEntry | null {
  const [batch, date, kind, sheet, cell, type, old, oldFormat, next, findings] = row.map((v) => String(v ?? ""));
  const content = oldContent(type, old);
  if (!KINDS.includes(kind as JournalKind) || !content || sheet === "" || cell === "") return null;
  return {
    batch,
    date,
    kind: kind as JournalKind,
    sheet,
    cell,
    old: content,
    oldFormat,
    next,
    findings: findings === "" ? [] : findings.split("\n"),
  };
}

/** What to write back into a cell through `formulas` to restore its old content. */
export function restoreEntry(old: OldContent): Entry {
  switch (old.type) {
    case "nombre":
    case "booléen":
      return old.value;
    case "texte":
      return textEntry(old.value);
    case "erreur":
    case "formule":
      return old.value;
    default:
      return "";
  }
}
