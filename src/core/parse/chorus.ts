/**
 * Reading a Chorus cell (« Imputation chorus (code chorus - description longue) », SPEC §1.1):
 * the activity code as written, its description, an amount written with it
 * (« (montant CALPAE : 791 055€) »), and what is wrong with the code. Nothing is guessed here:
 * problems are listed; which correction is safe is the rule's business (rule 17).
 */
import { CHORUS_LENGTH } from "../referentiel/chorus";
import { parseAmount } from "./amount";
import { foldSpaces } from "./text";

export type ChorusProblem =
  /** Not 12 digits (a pair missing, a digit too many). */
  | { kind: "length"; count: number }
  /**
   * Letters among the digits; `reading`: the digits when every letter looks like one
   * (O → 0, I and l → 1), else null.
   */
  | { kind: "letters"; letters: string[]; reading: string | null }
  /** 12 digits written with other separators than « 0304 50 19 19 03 » or « 030450191903 ». */
  | { kind: "separators" }
  /** 11 digits starting with 304: the leading zero was lost (the code was typed as a number). */
  | { kind: "zero" }
  /** Several codes in the cell (as written). */
  | { kind: "several"; codes: string[] }
  /** An amount is written in the cell but cannot be read (reason from parseAmount). */
  | { kind: "amount"; reason: string };

export interface Span {
  start: number;
  end: number;
}

export interface ChorusCell {
  /** Digits of the (first) code, letters left out, leading zero restored; null when the cell holds no code. */
  digits: string | null;
  /** The code as written (« 0304 50 19 19 03 »). */
  written: string | null;
  /** « 0304 50 19 19 03 » when the code has 12 digits. */
  formatted: string | null;
  /** Description written with the code, without the amount (« 1er accueil social inconditionnel »). */
  label: string | null;
  /** Amount written in the cell, in cents. */
  amountCents: number | null;
  /** Position of the code in the text, to replace it by a corrected one. */
  span: Span | null;
  problems: ChorusProblem[];
}

/** Fewer digits than this is not a code (a year, « 100 % », a fiche number). */
const MIN_CODE_DIGITS = 8;
const CHUNK = /[\p{L}\p{N}]+/gu;
const ORDINAL = /^\d+(?:er|re|ère|e|è|ème|eme|nd|nde)$/iu;
/** What may separate two parts of one code: spaces, or one dot, dash, slash or underscore. */
const CODE_GAP = /^(?:[\s\u00a0\u202f]+|[./_-])$/u;
const CANONICAL = /^(?:\d{12}|\d{4} \d{2} \d{2} \d{2} \d{2})$/;
const LOOKALIKES: Record<string, string> = { O: "0", o: "0", I: "1", l: "1" };
const MONTANT = /\bmontant\b/iu;
const EURO_AMOUNT = /\d[\d\s\u00a0\u202f.,]*?\s*(?:€|\beuros?\b)/iu;
const FIRST_NUMBER = /\d[\d\u00a0\u202f .,]*\d|\d/u;
const LABEL_EDGES = /^[\s\-–—:;,/]+|[\s\-–—:;,/]+$/gu;

interface Run extends Span {
  text: string;
}

/** « 030450191903 » → « 0304 50 19 19 03 ». */
export function formatChorusCode(digits: string): string {
  return [digits.slice(0, 4), digits.slice(4, 6), digits.slice(6, 8), digits.slice(8, 10), digits.slice(10)].join(" ");
}

const isCodeChunk = (chunk: string): boolean => /\d/.test(chunk) && !ORDINAL.test(chunk);
const digitCount = (text: string): number => text.replace(/\D/g, "").length;

/** Runs of code-like chunks (digits, possibly mixed with letters) joined by code separators. */
function codeRuns(text: string): Run[] {
  const runs: Run[] = [];
  let current: Run | null = null;
  for (const m of text.matchAll(CHUNK)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!isCodeChunk(m[0])) {
      current = null;
    } else if (current && CODE_GAP.test(text.slice(current.end, start))) {
      current.end = end;
      current.text = text.slice(current.start, end);
    } else {
      current = { start, end, text: m[0] };
      runs.push(current);
    }
  }
  return runs.filter((r) => digitCount(r.text) >= MIN_CODE_DIGITS);
}

/** The amount written in the cell (after « montant », or followed by €) and the part of the text it takes. */
function findAmount(text: string): { literal: string; span: Span } | null {
  const keyword = MONTANT.exec(text);
  const from = keyword ? keyword.index : 0;
  const rest = text.slice(from);
  const m = EURO_AMOUNT.exec(rest) ?? (keyword ? FIRST_NUMBER.exec(rest) : null);
  if (!m) return null;
  const start = keyword ? from : from + m.index;
  const end = from + m.index + m[0].length;
  return { literal: m[0].trim(), span: widenToParentheses(text, { start, end }) };
}

/** The span grown to the parentheses around it, when there are: « (montant CALPAE : 791 055€ …) ». */
function widenToParentheses(text: string, span: Span): Span {
  const open = text.lastIndexOf("(", span.start);
  const close = text.indexOf(")", span.end);
  const enclosed = open >= 0 && close >= 0 && !text.slice(open + 1, span.start).includes(")");
  return enclosed ? { start: open, end: close + 1 } : span;
}

function blankOut(text: string, span: Span | null): string {
  return span ? text.slice(0, span.start) + " ".repeat(span.end - span.start) + text.slice(span.end) : text;
}

function readAmount(text: string): { cents: number | null; span: Span | null; problem: ChorusProblem | null } {
  const found = findAmount(text);
  if (!found) return { cents: null, span: null, problem: null };
  const parsed = parseAmount(found.literal);
  if (parsed.kind === "amount") return { cents: parsed.cents, span: found.span, problem: null };
  if (parsed.kind === "invalid") return { cents: null, span: found.span, problem: { kind: "amount", reason: parsed.reason } };
  return { cents: null, span: null, problem: null };
}

function lettersProblem(written: string): ChorusProblem | null {
  const letters = [...new Set(written.match(/\p{L}/gu) ?? [])];
  if (letters.length === 0) return null;
  const replaced = written.replace(/\p{L}/gu, (l) => LOOKALIKES[l] ?? l);
  return { kind: "letters", letters, reading: /\p{L}/u.test(replaced) ? null : replaced.replace(/\D/g, "") };
}

/** Digits of the code and what is wrong with how it is written. */
function readCode(run: Run): { digits: string; problems: ChorusProblem[] } {
  const raw = run.text.replace(/\D/g, "");
  const letters = lettersProblem(run.text);
  if (letters)
    return { digits: raw, problems: raw.length === CHORUS_LENGTH ? [letters] : [letters, { kind: "length", count: raw.length }] };
  if (raw.length === CHORUS_LENGTH - 1 && raw.startsWith("304")) return { digits: `0${raw}`, problems: [{ kind: "zero" }] };
  if (raw.length !== CHORUS_LENGTH) return { digits: raw, problems: [{ kind: "length", count: raw.length }] };
  return { digits: raw, problems: CANONICAL.test(foldSpaces(run.text)) ? [] : [{ kind: "separators" }] };
}

function labelOf(text: string, spans: (Span | null)[]): string | null {
  const kept = spans
    .filter((s): s is Span => s !== null)
    .sort((a, b) => b.start - a.start)
    .reduce((t, s) => `${t.slice(0, s.start)} - ${t.slice(s.end)}`, text);
  return foldSpaces(kept.replace(LABEL_EDGES, "")) || null;
}

export function parseChorusCell(text: string): ChorusCell {
  const amount = readAmount(text);
  const runs = codeRuns(blankOut(text, amount.span));
  const problems: ChorusProblem[] = [];
  if (runs.length > 1) problems.push({ kind: "several", codes: runs.map((r) => foldSpaces(r.text)) });
  const code = runs.length > 0 ? readCode(runs[0]) : null;
  if (code) problems.push(...code.problems);
  if (amount.problem) problems.push(amount.problem);
  const digits = code?.digits ?? null;
  const span = runs.length > 0 ? { start: runs[0].start, end: runs[0].end } : null;
  return {
    digits,
    written: runs.length > 0 ? foldSpaces(runs[0].text) : null,
    formatted: digits?.length === CHORUS_LENGTH ? formatChorusCode(digits) : null,
    label: labelOf(text, [span, amount.span]),
    amountCents: amount.cents,
    span,
    problems,
  };
}

/**
 * The cell's text with its code replaced by `code` (12 digits, written « 0304 50 19 19 03 »),
 * the rest of the text kept; `label` is added when the cell has no description. A cell without
 * a code becomes « code - label ».
 */
export function withChorusCode(text: string, cell: ChorusCell, code: string, label: string | null): string {
  const formatted = formatChorusCode(code);
  if (!cell.span) return label === null ? formatted : `${formatted} - ${label}`;
  const result = foldSpaces(text.slice(0, cell.span.start) + formatted + text.slice(cell.span.end));
  return cell.label === null && label !== null ? `${result} - ${label}` : result;
}

/** `longer` loses one block of consecutive digits and becomes `shorter`. */
function dropsBlock(longer: string, shorter: string): boolean {
  const size = longer.length - shorter.length;
  for (let i = 0; i + size <= longer.length; i++) {
    if (longer.slice(0, i) + longer.slice(i + size) === shorter) return true;
  }
  return false;
}

/**
 * The codes that `digits` becomes by adding or removing one block of one or two consecutive
 * digits (a pair left out, a digit typed twice).
 */
export function nearCodes(digits: string, codes: readonly string[]): string[] {
  return codes.filter((code) => {
    const gap = Math.abs(code.length - digits.length);
    if (gap < 1 || gap > 2) return false;
    return code.length > digits.length ? dropsBlock(code, digits) : dropsBlock(digits, code);
  });
}
