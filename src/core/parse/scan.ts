/**
 * Tokenizer for cell texts that hold numbers (SPEC §2). A number keeps its digit groups and the
 * separators between them as written (« 1 208 188,18 » → 1|208|188|18 with " ", " ", ","), so that
 * amount and indicator readers can decide, and explain, what the separators mean.
 */
import { mergeDates } from "./dates";
import { foldSpaces } from "./text";

export type Separator = " " | "." | ",";

/** Digits as written: groups of digits and the separators between them. */
export interface NumberLiteral {
  groups: string[];
  separators: Separator[];
}

interface Span {
  /** Offsets in the scanned text: text.slice(start, end) is the token. */
  start: number;
  end: number;
}

export type Token =
  | (Span & { type: "number"; literal: NumberLiteral })
  | (Span & { type: "date" }) // « 31/10/2022 », « 10/2022 », « 31 déc. 2020 », « (2022) »
  | (Span & { type: "word"; text: string }) // letters, or an ordinal « 1er »
  | (Span & { type: "symbol"; text: string });

/** Spaces allowed between digit groups: space, no-break, thin, figure, narrow no-break… (not tabs or line breaks). */
const GROUP_SPACE = /[ \u00a0\u2002-\u200a\u202f]/;
const SPACE = /[\s\u200b\ufeff]/;
const LETTER = /[\p{L}\p{M}]/u;
const WORD_JOINER = /['’-]/;
const ORDINAL_SUFFIXES = new Set(["er", "re", "ère", "e", "è", "ème", "eme", "nd", "nde"]);

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";
const isLetter = (c: string | undefined): boolean => c !== undefined && LETTER.test(c);

/** The whole character (code point) at i. */
function charAt(text: string, i: number): string {
  return String.fromCodePoint(text.codePointAt(i) ?? 0);
}

function digitsEnd(text: string, i: number): number {
  let j = i;
  while (isDigit(text[j])) j++;
  return j;
}

function lettersEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && isLetter(charAt(text, j))) j += charAt(text, j).length;
  return j;
}

/** The separator starting at i (a run of group spaces counts as one), or null. */
function separatorAt(text: string, i: number): { separator: Separator; end: number } | null {
  if (text[i] === "." || text[i] === ",") return { separator: text[i] as Separator, end: i + 1 };
  let j = i;
  while (j < text.length && GROUP_SPACE.test(text[j])) j++;
  return j > i ? { separator: " ", end: j } : null;
}

/** Digits and the separators followed by digits; a space after a decimal comma ends the number. */
function readLiteral(text: string, start: number): { literal: NumberLiteral; end: number } {
  let end = digitsEnd(text, start);
  const literal: NumberLiteral = { groups: [text.slice(start, end)], separators: [] };
  let afterComma = false;
  for (;;) {
    const sep = separatorAt(text, end);
    if (!sep || !isDigit(text[sep.end]) || (sep.separator === " " && afterComma)) break;
    afterComma ||= sep.separator === ",";
    const next = digitsEnd(text, sep.end);
    literal.separators.push(sep.separator);
    literal.groups.push(text.slice(sep.end, next));
    end = next;
  }
  return { literal, end };
}

/** Runs of digits and the characters between them, for date shapes. */
function digitRun(text: string, i: number): { length: number; end: number; value: number } {
  const end = digitsEnd(text, i);
  return { length: end - i, end, value: Number(text.slice(i, end)) };
}

const isDay = (n: number): boolean => n >= 1 && n <= 31;
const isMonth = (n: number): boolean => n >= 1 && n <= 12;

/** End of a numeric date at i: « 31/10/2022 », « 31/10/22 », « 31.10.2022 », « 10/2022 », « 2022-10-31 »; else -1. */
function numericDateEnd(text: string, i: number): number {
  const a = digitRun(text, i);
  const sep = text[a.end];
  if (sep !== "/" && sep !== "." && sep !== "-") return -1;
  const b = digitRun(text, a.end + 1);
  if (a.length === 4) return sep === "-" && isMonth(b.value) && text[b.end] === "-" ? isoDayEnd(text, b.end + 1) : -1;
  if (a.length > 2 || b.length === 0) return -1;
  if (sep === "/" && b.length === 4) return isMonth(a.value) ? b.end : -1;
  if (b.length > 2 || text[b.end] !== sep || !isDay(a.value) || !isMonth(b.value)) return -1;
  const c = digitRun(text, b.end + 1);
  return c.length === 4 || (c.length === 2 && sep === "/") ? c.end : -1;
}

function isoDayEnd(text: string, i: number): number {
  const d = digitRun(text, i);
  return d.length >= 1 && d.length <= 2 && isDay(d.value) ? d.end : -1;
}

/** « 1er », « 2e », « 3ème »: a small number glued to an ordinal suffix; returns its end, else -1. */
function ordinalEnd(text: string, literal: NumberLiteral, end: number): number {
  if (literal.separators.length > 0 || literal.groups[0].length > 2) return -1;
  const wordEnd = lettersEnd(text, end);
  return ORDINAL_SUFFIXES.has(text.slice(end, wordEnd).toLowerCase()) ? wordEnd : -1;
}

function readNumeric(text: string, start: number): Token {
  const dateEnd = numericDateEnd(text, start);
  if (dateEnd > 0) return { type: "date", start, end: dateEnd };
  const { literal, end } = readLiteral(text, start);
  const ordinal = ordinalEnd(text, literal, end);
  if (ordinal > 0) return { type: "word", text: text.slice(start, ordinal), start, end: ordinal };
  return { type: "number", literal, start, end };
}

/** Letters, with inner apostrophes and hyphens (« d'indicateur », « mi-parcours »). */
function readWord(text: string, start: number): Token {
  let end = lettersEnd(text, start);
  while (WORD_JOINER.test(text[end] ?? "") && isLetter(charAt(text, end + 1))) end = lettersEnd(text, end + 1);
  return { type: "word", text: text.slice(start, end), start, end };
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = charAt(text, i);
    if (SPACE.test(c)) {
      i += c.length;
      continue;
    }
    const token = isDigit(c)
      ? readNumeric(text, i)
      : isLetter(c)
        ? readWord(text, i)
        : { type: "symbol" as const, text: c, start: i, end: i + c.length };
    tokens.push(token);
    i = token.end;
  }
  return mergeDates(tokens);
}

/** Index of the ")" closing the "(" at `open`, or -1. */
export function closingParen(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    if (isSymbol(tokens[i], "(")) depth++;
    if (isSymbol(tokens[i], ")") && --depth === 0) return i;
  }
  return -1;
}

/** Tokens outside any parentheses. */
export function topLevel(tokens: readonly Token[]): Token[] {
  let depth = 0;
  return tokens.filter((t) => {
    if (isSymbol(t, "(")) depth++;
    else if (isSymbol(t, ")")) depth = Math.max(0, depth - 1);
    else return depth === 0;
    return false;
  });
}

export function isSymbol(token: Token | undefined, text: string): boolean {
  return token?.type === "symbol" && token.text === text;
}

const MINUS_SIGNS = new Set(["-", "−", "–", "—"]);

/** A leading sign: "+" or one of the dashes used for minus. */
export function signOf(token: Token | undefined): -1 | 1 | 0 {
  if (token?.type !== "symbol") return 0;
  if (MINUS_SIGNS.has(token.text)) return -1;
  return token.text === "+" ? 1 : 0;
}

/** The text covered by tokens[from..to) as written, spaces folded. */
export function sliceText(text: string, tokens: readonly Token[], from: number, to = tokens.length): string {
  if (from >= to) return "";
  return foldSpaces(text.slice(tokens[from].start, tokens[to - 1].end));
}
