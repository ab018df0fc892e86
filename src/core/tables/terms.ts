/** Matching normalised texts against the vocabulary of referentiel/headers.ts. */
import { HeaderPattern } from "../referentiel/headers";

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= "a" && ch <= "z") || (ch >= "0" && ch <= "9"));
}

/** The term starts a word of the (normalised) text: « report » is in « credits reportes », not in « apport ». */
function hasTerm(text: string, term: string): boolean {
  let i = text.indexOf(term);
  while (i >= 0) {
    if (!isWordChar(text[i - 1])) return true;
    i = text.indexOf(term, i + 1);
  }
  return false;
}

export function hasAnyTerm(text: string, terms: readonly string[]): boolean {
  return terms.some((t) => hasTerm(text, t));
}

/**
 * The key of the first pattern that matches. `text` is the normalised header, `bare` the same
 * without years and parentheses (for exact patterns).
 */
export function matchPattern<K extends string>(patterns: readonly HeaderPattern<K>[], text: string, bare: string): K | null {
  for (const p of patterns) {
    if (p.all && p.all.every((t) => hasTerm(text, t))) return p.key;
    if (p.exact && p.exact.includes(bare)) return p.key;
    if (p.start && text.startsWith(p.start)) return p.key;
  }
  return null;
}
