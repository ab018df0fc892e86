/**
 * Dates written with words, merged into one date token after scanning: « 31 déc. 2020 »,
 * « octobre 2022 », and a lone year next to a date word (« en 2022 », « fin 2022 ») or in
 * parentheses (« (2022) »).
 */
import type { Token } from "./scan";
import { normalizeText } from "./text";

const MONTHS = new Set([
  "janvier",
  "janv",
  "jan",
  "fevrier",
  "fevr",
  "fev",
  "mars",
  "avril",
  "avr",
  "mai",
  "juin",
  "juillet",
  "juil",
  "aout",
  "septembre",
  "sept",
  "sep",
  "octobre",
  "oct",
  "novembre",
  "nov",
  "decembre",
  "dec",
]);

/** Words that introduce or qualify a date (« au 31/10/2022 », « à fin 2022 », « 1er semestre 2022 »). */
const DATE_WORDS = new Set([
  "au",
  "a",
  "le",
  "en",
  "fin",
  "depuis",
  "debut",
  "mi",
  "du",
  "jusqu'au",
  "jusqu'a",
  "sur",
  "semestre",
  "trimestre",
  "annee",
  "arrete",
  "arretee",
  "situation",
  "periode",
]);

const FIRST_YEAR = 1990;
const LAST_YEAR = 2099;

function wordIn(token: Token | undefined, words: ReadonlySet<string>): boolean {
  return token?.type === "word" && words.has(normalizeText(token.text));
}

/** « 1er », « 2e »: the scanner makes them words. */
const isOrdinal = (token: Token | undefined): boolean => token?.type === "word" && /^\d/.test(token.text);

/** A date word, or an ordinal (« 1er ») that qualifies a period. */
export function isDateWord(token: Token | undefined): boolean {
  return wordIn(token, DATE_WORDS) || isOrdinal(token);
}

/** The digits of a number token written as a single group, else null. */
function plainDigits(token: Token | undefined): string | null {
  return token?.type === "number" && token.literal.separators.length === 0 ? token.literal.groups[0] : null;
}

function isDayNumber(token: Token | undefined): boolean {
  const digits = plainDigits(token);
  return digits !== null && digits.length <= 2 && Number(digits) >= 1 && Number(digits) <= 31;
}

function isYear(token: Token | undefined): boolean {
  const digits = plainDigits(token);
  return digits !== null && digits.length === 4 && Number(digits) >= FIRST_YEAR && Number(digits) <= LAST_YEAR;
}

const isSymbolText = (token: Token | undefined, text: string): boolean => token?.type === "symbol" && token.text === text;

/** Index after « [day] month [.] year » starting at i, or -1. */
function monthDateEnd(tokens: readonly Token[], i: number): number {
  let j = i;
  if (isDayNumber(tokens[j]) || isOrdinal(tokens[j])) j++;
  if (!wordIn(tokens[j], MONTHS)) return -1;
  j++;
  if (isSymbolText(tokens[j], ".")) j++;
  return isYear(tokens[j]) ? j + 1 : -1;
}

function isLoneYear(tokens: readonly Token[], i: number): boolean {
  if (!isYear(tokens[i])) return false;
  return isDateWord(tokens[i - 1]) || (isSymbolText(tokens[i - 1], "(") && isSymbolText(tokens[i + 1], ")"));
}

export function mergeDates(tokens: readonly Token[]): Token[] {
  const merged: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const end = monthDateEnd(tokens, i);
    if (end > 0) {
      merged.push({ type: "date", start: tokens[i].start, end: tokens[end - 1].end });
      i = end - 1;
    } else {
      merged.push(isLoneYear(tokens, i) ? { type: "date", start: tokens[i].start, end: tokens[i].end } : tokens[i]);
    }
  }
  return merged;
}
