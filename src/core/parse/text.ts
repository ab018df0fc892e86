/** Text normalisation shared by header matching, row labels and markers. */
import { memoByText } from "./memo";

const SPACES = /[\s\u00a0\u202f\u2007\u2009\u200a\u2002-\u2006]+/g;

/**
 * Lower case, accents removed, every kind of space and line break folded into one space, trimmed.
 * « Crédits  Etat\n2021 » → "credits etat 2021"; « Œuvre » → "oeuvre".
 */
export const normalizeText: (text: string) => string = memoByText(normalize);

function normalize(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/œ/g, "oe")
    .replace(/Œ/g, "OE")
    .replace(/æ/g, "ae")
    .toLowerCase()
    .replace(SPACES, " ")
    .trim();
}

/** Whitespace folded (no case or accent change): for showing header texts as read. */
export const foldSpaces: (text: string) => string = memoByText((text) => text.replace(SPACES, " ").trim());
