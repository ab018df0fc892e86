/**
 * Structural edits of the fake, as Excel makes them: rows inserted or deleted (cells, notes,
 * threaded comments, merged areas and defined names move; every formula of the workbook that
 * refers to the sheet is rewritten, a reference to deleted rows becomes #REF!), a sheet renamed
 * (formulas follow the new name) or deleted (references to it become #REF!). Formulas are then
 * computed again. Used by the proxies (Worksheet.name, Worksheet.delete, Range.insert/delete)
 * and by the user-level edits of tests and the workbench.
 */
import { Node, Ref } from "../core/formula/ast";
import { parseFormula } from "../core/formula/parse";
import { printNode } from "../core/formula/print";
import { formatReference } from "../core/formula/refText";
import { Range, cellAddress, parseCellAddress } from "../core/grid/address";
import { FakeOfficeError, invalidArgument } from "./errors";
import { FakeSheet } from "./model";
import type { FakeWorkbook } from "./workbook";

/** A row after the edit, or null when it was deleted. */
type RowMap = (row: number) => number | null;

/** Row map of `count` rows inserted at `at` (> 0) or deleted from `at` (< 0). */
function rowMap(at: number, count: number): RowMap {
  if (count >= 0) return (row) => (row >= at ? row + count : row);
  const last = at - count - 1;
  return (row) => (row < at ? row : row > last ? row + count : null);
}

/** A range's rows after the edit; null when all of them were deleted (#REF!). */
function mapRows(r1: number, r2: number, at: number, count: number): [number, number] | null {
  if (count >= 0) return [r1 >= at ? r1 + count : r1, r2 >= at ? r2 + count : r2];
  const last = at - count - 1;
  if (r1 >= at && r2 <= last) return null;
  const first = r1 < at ? r1 : r1 > last ? r1 + count : at;
  const end = r2 < at ? r2 : r2 > last ? r2 + count : at - 1;
  return [first, end];
}

/** A formula rewritten with `rewrite` for each reference (null: #REF!); unchanged text when nothing moves. */
function rewriteFormula(formula: string, rewrite: (ref: Readonly<Ref>) => Ref | null | "same"): string {
  const parsed = parseFormula(formula);
  if (!parsed.ok) return formula;
  let changed = false;
  const text = printNode(parsed.ast as Node, (ref) => {
    const next = rewrite(ref);
    if (next === "same") return formatReference(ref);
    changed = true;
    return next === null ? "#REF!" : formatReference(next);
  });
  return changed ? `=${text}` : formula;
}

function refersTo(ref: Readonly<Ref>, formulaSheet: FakeSheet, sheet: FakeSheet): boolean {
  if (ref.workbook !== undefined) return false;
  return ref.sheet === null ? formulaSheet === sheet : ref.sheet.toUpperCase() === sheet.name.toUpperCase();
}

/** Every formula of the workbook, rewritten. */
function rewriteAll(book: FakeWorkbook, rewrite: (ref: Readonly<Ref>, on: FakeSheet) => Ref | null | "same"): void {
  for (const sheet of book.sheets) {
    for (const key of [...sheet.formulaKeys]) {
      const row = Math.floor(key / 16384);
      const col = key % 16384;
      const cell = sheet.cell(row, col);
      if (!cell?.formula) continue;
      const formula = rewriteFormula(cell.formula, (ref) => rewrite(ref, sheet));
      if (formula !== cell.formula) sheet.setCell(row, col, { ...cell, formula });
    }
  }
}

function checkStructure(book: FakeWorkbook): void {
  if (book.structureProtected) throw new FakeOfficeError("AccessDenied", "The workbook structure is protected.");
}

/** Inserts (`count` > 0) or deletes (`count` < 0) whole rows of a sheet from 0-based row `at`. */
export function shiftRows(book: FakeWorkbook, sheet: FakeSheet, at: number, count: number): void {
  if (!Number.isInteger(at) || at < 0 || !Number.isInteger(count) || count === 0) throw invalidArgument("Invalid rows.");
  if (sheet.protection.protected) throw new FakeOfficeError("AccessDenied", "The sheet is protected.");
  const map = rowMap(at, count);
  sheet.moveRows(map);
  const notes = [...sheet.notes];
  sheet.notes.clear();
  for (const [address, text] of notes) {
    const p = parseCellAddress(address);
    const row = p ? map(p.row) : null;
    if (p && row !== null) sheet.notes.set(cellAddress(row, p.col), text);
  }
  for (let i = book.threads.length - 1; i >= 0; i--) {
    const thread = book.threads[i];
    if (thread.sheet !== sheet) continue;
    const row = map(thread.row);
    if (row === null) book.threads.splice(i, 1);
    else thread.row = row;
  }
  const merges = sheet.merges.splice(0).flatMap((m): Range[] => {
    const rows = mapRows(m.r1, m.r2, at, count);
    return rows ? [{ ...m, r1: rows[0], r2: rows[1] }] : [];
  });
  sheet.merges.push(...merges);
  for (const name of book.names) {
    if (name.sheet !== sheet || name.range === null) continue;
    const rows = mapRows(name.range.r1, name.range.r2, at, count);
    name.range = rows ? { ...name.range, r1: rows[0], r2: rows[1] } : null;
  }
  rewriteAll(book, (ref, on) => {
    if (!refersTo(ref, on, sheet) || ref.wholeColumn) return "same";
    const rows = mapRows(ref.r1, ref.r2, at, count);
    if (!rows) return null;
    return rows[0] === ref.r1 && rows[1] === ref.r2 ? "same" : { ...ref, r1: rows[0], r2: rows[1] };
  });
  book.recalculateAll();
}

const FORBIDDEN = /[\\/?*[\]:]/;

/** Renames a sheet; formulas naming it follow. */
export function renameSheet(book: FakeWorkbook, sheet: FakeSheet, name: string): void {
  checkStructure(book);
  const trimmed = name.trim();
  if (trimmed === "" || name.length > 31 || FORBIDDEN.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw invalidArgument("The sheet name is invalid.", name);
  }
  const other = book.sheet(name);
  if (other && other !== sheet) throw new FakeOfficeError("ItemAlreadyExists", "The resource already exists.", name);
  const old = sheet.name;
  rewriteAll(book, (ref) =>
    ref.workbook === undefined && ref.sheet?.toUpperCase() === old.toUpperCase() ? { ...ref, sheet: name } : "same",
  );
  sheet.name = name;
}

/** Deletes a sheet: its notes and comments go with it, references to it become #REF!. */
export function deleteSheet(book: FakeWorkbook, sheet: FakeSheet): void {
  checkStructure(book);
  const visible = book.sheets.filter((s) => s.visibility === "Visible");
  if (visible.length === 1 && visible[0] === sheet)
    throw new FakeOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
  rewriteAll(book, (ref, on) =>
    on !== sheet && ref.workbook === undefined && ref.sheet?.toUpperCase() === sheet.name.toUpperCase() ? null : "same",
  );
  book.sheets.splice(book.sheets.indexOf(sheet), 1);
  for (let i = book.threads.length - 1; i >= 0; i--) if (book.threads[i].sheet === sheet) book.threads.splice(i, 1);
  for (const n of book.names) {
    if (n.sheet === sheet) n.range = null;
  }
  if (book.activeSheet?.toUpperCase() === sheet.name.toUpperCase()) book.activeSheet = null;
  book.recalculateAll();
}
