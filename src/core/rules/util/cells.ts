/** Cells of a table's sheet: blank or not, what a formula refers to. */
import { Ref, refContains } from "../../formula/ast";
import { formulaReferences, hasReferences } from "../../formula/parse";
import { Cell, isErrorValue } from "../../grid/model";
import { memoByText } from "../../parse/memo";
import { Table } from "../../tables/model";

/** Nothing in the cell: no formula and no value (or only spaces). */
export function isBlank(cell: Cell | undefined): boolean {
  if (!cell) return true;
  if (cell.formula) return false;
  const v = cell.value;
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/**
 * The cell's value may be an Excel error (RuleContext.errorCode): an error value, a text with a
 * « # » (« #N/A » typed, parse/errors.ts excelErrorCode), or a formula saved without its result
 * (computed when read). An empty cell, a number, a date, a boolean or another text cannot: the
 * million amounts and labels of a big workbook are passed over at once.
 */
export function mayHoldError(cell: Cell | undefined): boolean {
  if (cell === undefined) return false;
  const value = cell.value;
  if (value === null || value === undefined) return cell.formula !== undefined && cell.formula !== "";
  return typeof value === "string" ? value.includes("#") : isErrorValue(value);
}

/** References of a formula that point into the table's own sheet (same workbook). */
export function localReferences(table: Table, formula: string): Ref[] {
  return formulaReferences(formula).filter((r) => r.workbook === undefined && (r.sheet === null || r.sheet === table.sheet.name));
}

/** The formula refers to the cell (row, col) of the table's sheet. */
export function refersTo(table: Table, formula: string, row: number, col: number): boolean {
  return localReferences(table, formula).some((r) => refContains(r, row, col));
}

/** A formula that refers to at least one cell; a constant formula (=67500+67500) counts as typed in. */
export function hasLiveFormula(cell: Cell | undefined): boolean {
  return cell?.formula !== undefined && hasReferences(cell.formula);
}

/**
 * Some cell of the table's body holds a formula that refers to cells. A table pasted from a
 * convention or a word-processor never had one: « formula expected » warnings make no sense there
 * (its figures are still checked). Cheap: stops at the first formula.
 */
export function tableHasFormulas(table: Table): boolean {
  for (let r = table.headerRow + 1; r <= table.range.r2; r++) {
    for (let c = table.range.c1; c <= table.range.c2; c++) if (hasLiveFormula(table.sheet.get(r, c))) return true;
  }
  return false;
}

/** « [Contrôle 15/03/2023] »: the start of a comment VerifPacte wrote (engine/text.ts controlPrefix). */
const CONTROL_PREFIX = /\[Contr[ôo]le \d{2}\/\d{2}\/\d{4}\]/;
/**
 * A line that goes on with VerifPacte's comment: a request for a justification (« … merci d'en
 * indiquer la raison »), or a finding's message about a cell (« L10 : … »).
 */
const REQUEST_LINE = /merci d'(?:en )?(?:indiquer|expliquer)|merci de (?:justifier|préciser|compléter)|^\s*[A-Z]{1,3}\d+ : /i;

/**
 * What the user wrote in a comment cell or a note: the comments VerifPacte appended
 * (« [Contrôle JJ/MM/AAAA] … merci d'en indiquer la raison ») taken out, since a request is never
 * a justification (SPEC §6, issue 7). Text written before the prefix, or on a later line that is
 * not part of VerifPacte's comment, is the user's.
 */
export const userText = memoByText(readUserText);

function readUserText(text: string): string {
  const kept: string[] = [];
  let inRequest = false;
  for (const line of text.split(/\r?\n/)) {
    const at = line.search(CONTROL_PREFIX);
    if (at >= 0) {
      kept.push(line.slice(0, at));
      inRequest = true;
    } else if (!(inRequest && REQUEST_LINE.test(line))) {
      kept.push(line);
      inRequest = false;
    }
  }
  return kept.join("\n").trim();
}

/**
 * What a comment cell or a note answers to a request for a justification: nothing, only
 * VerifPacte's own request (asked before and left unanswered), or the user's text.
 */
export type Answer = "none" | "request" | "user";

export function answerOf(content: Cell | string | undefined): Answer {
  const cell = typeof content === "string" ? { value: content } : content;
  if (isBlank(cell)) return "none";
  const v = cell!.value;
  return typeof v !== "string" || userText(v) !== "" ? "user" : "request";
}

/** The cell holds a justification written by someone (not only VerifPacte's request for one). */
export function hasUserText(cell: Cell | undefined): boolean {
  return answerOf(cell) === "user";
}
