/**
 * One header cell read: printed letter (« A »), year (« en 2024 », « convention 2025 »,
 * « au 31/12/2024 »), header formula (« (A+B+C) »), and the column key / indicator role its
 * vocabulary gives (referentiel/headers.ts).
 */
import { FINANCIAL_HEADER_PATTERNS, HEADER_SYNONYMS, INDICATOR_HEADER_PATTERNS, MONEY_WORDS } from "../referentiel/headers";
import { ColumnKey, IndicatorColumnRole } from "../referentiel/types";
import { foldSpaces, normalizeText } from "../parse/text";
import { hasAnyTerm, matchPattern } from "./terms";

export interface ParsedHeader {
  /** Header as read, whitespace folded. */
  text: string;
  letter: string | null;
  year: number | null;
  /** « (A+B+C) » → "A+B+C". */
  formula: string | null;
  /** Normalised, without letter and formula, synonyms applied. */
  norm: string;
  key: ColumnKey | null;
  role: IndicatorColumnRole | null;
  /** The header is only a year (« 2019 »): a result column of a simple indicator table (I3). */
  bareYear: boolean;
  /** Money vocabulary (crédits, montant, budget, €…): the header is about amounts. */
  money: boolean;
}

// « A Participation … », « B - Crédits … », « (C) Participation … »
const LETTER = /^\(?([A-Z])(?:\)\s*|\s*[-–.:]\s+|\s+(?=[A-ZÉÈÀ]))(?=\S)/;
const FORMULA = /(?<![A-Za-z])\(?\s*([A-Z](?:\s*\+\s*[A-Z])+)\s*\)?(?![A-Za-z])/;
const YEAR = /(?<!\d)(20\d\d)(?!\d)/g;
// « en 2022 », « sur 2022 », « pour 2025 », « convention 2023 », « Cible 2025 », « au 31/12/2024 »
const MARKED_YEAR = /(?:^|[^a-z])(?:en|sur|pour|convention|cible|annee|exercice|au \d{1,2}\/\d{1,2}\/)\s*(20\d\d)(?!\d)/g;
const PARENTHESES = /\([^)]*\)?/g;
const APOSTROPHES = /[\u2019\u2018`\u00b4]/g;
const BARE_YEAR = /^(?:annee )?20\d\d$/;

const SYNONYM_OF = new Map(HEADER_SYNONYMS);
// longest first, so that « conseil departemental » wins over « departemental »
const SYNONYMS = new RegExp(
  `(^|[^a-z0-9])(${[...SYNONYM_OF.keys()].sort((a, b) => b.length - a.length).join("|")})(?![a-z0-9])`,
  "g",
);

function lastMatch(re: RegExp, text: string): number | null {
  let year: number | null = null;
  for (const m of text.matchAll(re)) year = Number(m[1]);
  return year;
}

/**
 * The year a header (or a title) is about: a year marked by « en », « sur », « pour »,
 * « convention », « Cible », « au 31/12/… » outside parentheses; else the last year outside
 * parentheses; else the last year at all. « Crédits Etat 2021 (le cas échéant 2020) reportés
 * sur 2022 » → 2022; « Montant exécuté 2022 (si action antérieure à 2023) » → 2022.
 */
export function extractYear(text: string): number | null {
  return yearOf(normalizeText(text));
}

function yearOf(norm: string): number | null {
  const outside = norm.replace(PARENTHESES, " ");
  return lastMatch(MARKED_YEAR, outside) ?? lastMatch(YEAR, outside) ?? lastMatch(YEAR, norm);
}

/** Synonyms folded (« departement » → « cd », « etats » → « etat »), on normalised text, in one pass. */
function applySynonyms(text: string): string {
  return text.replace(SYNONYMS, (_, before: string, word: string) => before + SYNONYM_OF.get(word));
}

export function parseHeader(raw: string): ParsedHeader {
  const text = foldSpaces(raw);
  const letterMatch = LETTER.exec(text);
  const rest = letterMatch && text.length - letterMatch[0].length >= 2 ? text.slice(letterMatch[0].length) : text;
  const formulaMatch = FORMULA.exec(rest);
  const words = formulaMatch ? rest.replace(formulaMatch[0], " ") : rest;
  // the letter and the formula hold no year: one normalisation serves the year and the vocabulary
  const plain = normalizeText(words.replace(APOSTROPHES, "'"));
  const norm = applySynonyms(plain);
  const bare = foldSpaces(norm.replace(YEAR, " ").replace(/[()]/g, " "));
  return {
    text,
    letter: rest === text ? null : letterMatch![1],
    year: yearOf(plain),
    formula: formulaMatch ? formulaMatch[1].replace(/\s/g, "") : null,
    norm,
    key: matchPattern(FINANCIAL_HEADER_PATTERNS, norm, bare),
    role: matchPattern(INDICATOR_HEADER_PATTERNS, norm, bare),
    bareYear: BARE_YEAR.test(norm),
    money: hasAnyTerm(norm, MONEY_WORDS),
  };
}
