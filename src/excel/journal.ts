/**
 * The journal of every change (SPEC §6), one row per change in a very hidden sheet, so that
 * « Annuler les corrections VerifPacte » works even after the workbook was closed. For each cell
 * it keeps what VerifPacte found there (content and number format) and what it wrote, or the exact
 * text it appended (commentaires, notes); the sheet by its id; and a hidden defined name, the
 * « repère », that Excel moves with the cell when rows are inserted or deleted above it (and that
 * reads #REF! once its row is deleted), so that undo finds the cell where it now is.
 *
 * Why names rather than a fingerprint of the row's labels: Excel itself keeps a name on its cell
 * through insertions, deletions, sorting by row moves and sheet renames, and says when the cell is
 * gone; labels repeat (« Sous total ») and change, so a fingerprint would guess. A name costs one
 * hidden entry per journaled cell, removed when the journal is emptied by an undo.
 *
 * The first row holds the journal's identity (also stored in the document settings, identity.ts);
 * every journal cell is written as text. A row read back is data, never code: it is checked field
 * by field, and a formula is kept only when VerifPacte could have written it (formula/safety.ts).
 */
import { unsafeFormulaReason } from "../core/formula/safety";
import { cellAddress, parseCellAddress } from "../core/grid/address";
import { isErrorValue } from "../core/grid/model";
import { CellState } from "./inspect";
import { Entry, textEntry } from "./values";

/** First cell of the journal sheet; the identity is next to it. */
export const JOURNAL_TITLE = "Journal des corrections VerifPacte";

export const JOURNAL_HEADER = [
  "Lot",
  "Date",
  "Nature",
  "Id feuille",
  "Feuille",
  "Cellule",
  "Repère",
  "Type trouvé",
  "Contenu trouvé",
  "Format trouvé",
  "Type écrit",
  "Contenu écrit",
  "Format écrit",
  "Texte ajouté",
  "Constats",
] as const;

/** Rows before the first entry: identity, header. */
export const JOURNAL_FIRST_ENTRY = 2;

/**
 * cellule: a corrected cell; commentaire: text appended to a comment-column cell; note: text
 * appended to a note; commentaire Excel: a threaded comment added; feuille: a sheet created.
 */
export type JournalKind = "cellule" | "commentaire" | "note" | "commentaire Excel" | "feuille";

const KINDS: readonly JournalKind[] = ["cellule", "commentaire", "note", "commentaire Excel", "feuille"];

export type Content =
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
  /** worksheet.id of the sheet. */
  sheetId: string;
  /** The sheet's name when the change was made (for messages). */
  sheet: string;
  /** The cell's address when the change was made ("" for a sheet). */
  cell: string;
  /** Name of the defined name that follows the cell ("" for a sheet). */
  marker: string;
  found: Content;
  foundFormat: string;
  /** What was written (cellule), else { type: "vide" }. */
  written: Content;
  /** Number format VerifPacte gave the cell ("" when it kept the cell's own). */
  writtenFormat: string;
  /** Exact text appended (commentaire, note, commentaire Excel), else "". */
  appended: string;
  findings: string[];
}

export function cellContent(state: Pick<CellState, "value" | "formula">): Content {
  const v = state.value;
  if (state.formula !== undefined) return { type: "formule", value: state.formula };
  if (v === null) return { type: "vide" };
  if (typeof v === "number") return { type: "nombre", value: v };
  if (typeof v === "boolean") return { type: "booléen", value: v };
  if (isErrorValue(v)) return { type: "erreur", value: v.error };
  return { type: "texte", value: v instanceof Date ? v.toISOString() : v };
}

function contentText(content: Content): string {
  return "value" in content ? String(content.value) : "";
}

/** The name of the repère of the journal row `row` (0-based) of journal `journalId`. */
export function markerName(journalId: string, row: number): string {
  return `VerifPacte_${journalId}_${row}`;
}

export function identityRow(journalId: string): Entry[] {
  return [textEntry(JOURNAL_TITLE), textEntry(journalId)];
}

export function journalRow(entry: JournalEntry): Entry[] {
  const texts = [
    entry.batch,
    entry.date,
    entry.kind,
    entry.sheetId,
    entry.sheet,
    entry.cell,
    entry.marker,
    entry.found.type,
    contentText(entry.found),
    entry.foundFormat,
    entry.written.type,
    contentText(entry.written),
    entry.writtenFormat,
    entry.appended,
    entry.findings.join("\n"),
  ];
  return texts.map((t) => (t === "" ? "" : textEntry(t)));
}

/** The identity the journal's first row carries, or null. */
export function journalIdentity(rows: unknown[][]): string | null {
  const [title, id] = (rows[0] ?? []).map((v) => String(v ?? ""));
  return title === JOURNAL_TITLE && /^[0-9a-f]{6,64}$/.test(id) ? id : null;
}

const ERROR_CODES = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"];
const MAX_TEXT = 32_767;
const MAX_FORMAT = 255;

/** A content read back, checked: what VerifPacte could have found or written there; or the reason it is refused. */
function contentOf(type: string, text: string): Content | string {
  switch (type) {
    case "vide":
    case "absente":
      return { type };
    case "nombre": {
      const n = Number(text);
      return text.trim() !== "" && Number.isFinite(n) ? { type, value: n } : `nombre illisible « ${text.slice(0, 40)} »`;
    }
    case "booléen":
      return text === "true" || text === "false"
        ? { type, value: text === "true" }
        : `booléen illisible « ${text.slice(0, 40)} »`;
    case "erreur":
      return ERROR_CODES.includes(text) ? { type, value: text } : `erreur inconnue « ${text.slice(0, 40)} »`;
    case "texte":
    case "note":
      return text.length <= MAX_TEXT ? { type, value: text } : "texte trop long";
    case "formule": {
      const unsafe = unsafeFormulaReason(text);
      return unsafe === null ? { type, value: text } : `formule « ${text.slice(0, 60)} » refusée : ${unsafe}`;
    }
    default:
      return `type inconnu « ${type.slice(0, 40)} »`;
  }
}

export type ParsedRow = { ok: true; entry: JournalEntry } | { ok: false; sheet: string; cell: string; reason: string };

/**
 * A journal row read back, checked field by field against what VerifPacte writes; null for an
 * empty row. `journalId`: the repère must be one of this journal's names.
 */
export function parseJournalRow(row: unknown[], journalId: string): ParsedRow | null {
  const cells = Array.from({ length: JOURNAL_HEADER.length }, (_, i) => String(row[i] ?? ""));
  if (cells.every((c) => c === "")) return null;
  const [
    batch,
    date,
    kind,
    sheetId,
    sheet,
    cell,
    marker,
    foundType,
    foundText,
    foundFormat,
    writtenType,
    writtenText,
    writtenFormat,
    appended,
    findings,
  ] = cells;
  const refuse = (reason: string): ParsedRow => ({ ok: false, sheet: sheet.slice(0, 31), cell: cell.slice(0, 12), reason });
  if (!KINDS.includes(kind as JournalKind)) return refuse(`nature inconnue « ${kind.slice(0, 40)} »`);
  if (sheetId === "" || sheetId.length > 200) return refuse("feuille non identifiée");
  const isSheet = kind === "feuille";
  const at = parseCellAddress(cell);
  if (!isSheet && (!at || cellAddress(at.row, at.col) !== cell)) return refuse("adresse illisible");
  if (!isSheet && !new RegExp(`^VerifPacte_${journalId}_\\d+$`).test(marker)) return refuse("repère étranger à ce journal");
  const found = contentOf(foundType, foundText);
  if (typeof found === "string") return refuse(found);
  const written = contentOf(writtenType, writtenText);
  if (typeof written === "string") return refuse(written);
  if (foundFormat.length > MAX_FORMAT || writtenFormat.length > MAX_FORMAT) return refuse("format trop long");
  if (appended.length > MAX_TEXT) return refuse("texte ajouté trop long");
  if ((kind === "commentaire" || kind === "note" || kind === "commentaire Excel") && appended === "")
    return refuse("texte ajouté absent");
  return {
    ok: true,
    entry: {
      batch,
      date,
      kind: kind as JournalKind,
      sheetId,
      sheet,
      cell: isSheet ? "" : cell,
      marker: isSheet ? "" : marker,
      found,
      foundFormat,
      written,
      writtenFormat,
      appended,
      findings: findings === "" ? [] : findings.split("\n"),
    },
  };
}

/** What to write back into a cell through `formulas` to give it a content again. */
export function contentEntry(content: Content): Entry {
  switch (content.type) {
    case "nombre":
    case "booléen":
      return content.value;
    case "texte":
    case "note":
      return textEntry(content.value);
    case "erreur":
    case "formule":
      return content.value;
    default:
      return "";
  }
}
