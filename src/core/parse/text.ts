/** Text normalisation shared by header matching, row labels and markers. */

const SPACES = /[\s\u00a0\u202f\u2007\u2009\u200a\u2002-\u2006]+/g;

/**
 * Lower case, accents removed, every kind of space and line break folded into one space, trimmed.
 * « Crédits  Etat\n2021 » → "credits etat 2021"; « Œuvre » → "oeuvre".
 */
export function normalizeText(text: string): string {
  // Labels and headers repeat on every row and are compared many times: each is normalised once.
  const known = normalized.get(text);
  if (known !== undefined) return known;
  const result = normalizeUncached(text);
  if (text.length <= MAX_CACHED_LENGTH) {
    if (normalized.size >= MAX_CACHED) normalized.clear();
    normalized.set(text, result);
  }
  return result;
}

const normalized = new Map<string, string>();
const MAX_CACHED = 50_000;
const MAX_CACHED_LENGTH = 500;

function normalizeUncached(text: string): string {
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
export function foldSpaces(text: string): string {
  return text.replace(SPACES, " ").trim();
}
