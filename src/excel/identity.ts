/**
 * What VerifPacte keeps in the document's settings (workbook.settings, ExcelApi 1.4, saved with the
 * file and out of the user's sight): the identity of its journal, and the ids of its own sheets.
 * A journal sheet is trusted only when its identity cell matches (undo.ts): a workbook received
 * with a journal sheet of its own, or a journal sheet copied from another workbook, is ignored.
 * Sheets are known by their id (worksheet.id), which stays when a sheet is renamed and is never
 * given to another sheet, so that a sheet renamed and its old name reused is never mistaken.
 */

export const IDENTITY_KEY = "VerifPacte";

export interface Identity {
  /** Random identity written in the journal sheet's first row. */
  journal: string;
  /** worksheet.id of the journal sheet. */
  journalSheet: string;
  /** worksheet.id of the « Contrôles VerifPacte » sheet, once VerifPacte created it. */
  controlesSheet: string | null;
}

/** The identity from a stored setting; null when absent or not of the expected shape. */
export function identityOf(value: unknown): Identity | null {
  if (typeof value !== "object" || value === null) return null;
  const v = value as Record<string, unknown>;
  const text = (x: unknown) => typeof x === "string" && x.length > 0 && x.length <= 200;
  if (!text(v.journal) || !text(v.journalSheet)) return null;
  return {
    journal: v.journal as string,
    journalSheet: v.journalSheet as string,
    controlesSheet: text(v.controlesSheet) ? (v.controlesSheet as string) : null,
  };
}

/** Queues the read of the identity; the reader gives it after the sync. */
export function queueIdentity(context: Excel.RequestContext): () => Identity | null {
  const setting = context.workbook.settings.getItemOrNullObject(IDENTITY_KEY).load("value");
  return () => (setting.isNullObject ? null : identityOf(setting.value));
}

export function queueIdentityWrite(context: Excel.RequestContext, identity: Identity): void {
  context.workbook.settings.add(IDENTITY_KEY, { ...identity });
}

/** A new journal identity: 12 random hexadecimal digits (crypto when the host has it). */
export function newJournalId(random: () => number = Math.random): string {
  const bytes = new Uint8Array(6);
  const crypto = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto;
  if (crypto?.getRandomValues) crypto.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(random() * 256);
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
}
