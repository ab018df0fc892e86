/**
 * Matching the actions of two tables: the same action in year N−1 and year N (rule 13, SPEC §2,
 * §3 F4), and any other pair of tables that list the same actions. One mechanism, reused by every
 * rule that pairs actions; it only needs each action's fiche number, title and axe / thème.
 *
 * Real tables renumber their fiches from one year to the next and point back in the title
 * (« Accompagnement numérique (report ex-fiche 9 : pas de nouveaux crédits) », « Garde d'enfants
 * (report ex- Fiche 12) », « report de l'ex-fiche 4 »), while the N−1 title often begins with
 * « Fiche 9 : … » and its « Fiche action N° » column says « 6.1 ». Actions are matched, in order:
 * 1. explicit: the target's title says « ex-fiche k » (any spacing, case or hyphen), and k is the
 *    fiche number of a source, or the « Fiche k » its title starts with;
 * 2. same fiche number (within the same axe / thème) **and** similar titles (half of the shorter
 *    title's words in the other): a same-number pair whose titles are unrelated is not a match
 *    (numbers are reused for new actions);
 * 3. title similarity alone (Dice coefficient of the significant words ≥ TITLE_SIMILARITY_THRESHOLD),
 *    the closest pairs first.
 * Each action is matched at most once. A match is `certain` when a value may be corrected from
 * it: an explicit reference naming one action, the same number with similar titles, or the very
 * same title; a match on titles alone that are only close is probable, never certain.
 */
import { memoByText } from "../../parse/memo";
import { normalizeText } from "../../parse/text";
import { pacteAxeOf } from "../../referentiel/dispositifs";

/** What the matcher reads of an action: a FinancialRow, or any row of another kind of table. */
export interface MatchableAction {
  /** Fiche number as written (« 6.1 », « 1. », « Fiche 12 »), or null. */
  fiche: string | null;
  title: string | null;
  /** Axe / thème label of the action, or null when unknown. */
  axe: string | null;
}

export type MatchMethod = "exFiche" | "fiche" | "titre";

export interface ActionMatch<T extends MatchableAction = MatchableAction> {
  source: T;
  target: T;
  by: MatchMethod;
  /** Sure enough to correct a value from it (see the module comment). */
  certain: boolean;
  /** For `exFiche`: the number the target's title names (« ex-fiche 9 » → "9"). */
  reference: string | null;
  /** Similarity of the two titles, 0 to 1 (titleSimilarity). */
  similarity: number;
}

export interface MatchResult<T extends MatchableAction = MatchableAction> {
  pairs: ActionMatch<T>[];
  unmatchedSources: T[];
  unmatchedTargets: T[];
}

/** Two titles are the same action when at least 60 % of their significant words are shared (Dice). */
export const TITLE_SIMILARITY_THRESHOLD = 0.6;

/**
 * With the same fiche number, titles are the same action when half of the shorter one's significant
 * words are in the other (« Parentalité » and « Renforcer l'accompagnement à la parentalité … »,
 * a title shortened in a recap table), not when they are unrelated.
 */
export const SAME_NUMBER_OVERLAP_THRESHOLD = 0.5;

/** Two axe / thème labels are the same when 75 % of their significant words are shared. */
const AXE_SIMILARITY_THRESHOLD = 0.75;

const STOP_WORDS = new Set([
  "a",
  "au",
  "aux",
  "avec",
  "axe",
  "d",
  "dans",
  "de",
  "des",
  "du",
  "en",
  "et",
  "ex",
  "fiche",
  "l",
  "la",
  "le",
  "les",
  "n",
  "par",
  "pour",
  "report",
  "sur",
  "theme",
  "un",
  "une",
]);

/** « ex-fiche 9 », « ex- Fiche 12 », « de l'ex-fiche 4 », « exfiche 3 », « ex fiche action n° 2.1 » (normalised text). */
const EX_FICHE = /(?:report de l ?)?\bex ?[-‐‑–]? ?fiches? ?(?:action ?)?(?:n ?°? ?)?(\d+(?:\.\d+)*)/;

/** « Fiche 9 : … », « Fiche action n°3 – … » at the start of a title (normalised text). */
const FICHE_AT_START = /^fiches? ?(?:action ?)?(?:n ?°? ?|no\.? ?)?(\d+(?:[.,]\d+)*)\b/;

/** « 1. » → "1", « Fiche 07 » → "7", « 2.1 » → "2.1"; normalised text when there is no number. */
export function ficheKey(fiche: string): string {
  const text = normalizeText(fiche);
  const m = /\d+(?:\.\d+)*/.exec(text.replace(/(\d),(\d)/g, "$1.$2"));
  if (!m) return text.replace(/[.\s]+$/, "");
  return m[0]
    .split(".")
    .map((part) => String(Number(part)))
    .join(".");
}

function comparable(title: string): string {
  return normalizeText(title).replace(/['’‘`´]/g, " ");
}

/** Fiche number of N−1 named in a title of year N (« … (ex-fiche 3) », « report de l'ex- Fiche 12 »), or null. */
export function exFicheReference(title: string | null): string | null {
  if (!title) return null;
  const m = EX_FICHE.exec(comparable(title));
  return m ? ficheKey(m[1]) : null;
}

/** The number of the « Fiche 9 : … » a title starts with, or null. */
export function ficheInTitle(title: string | null): string | null {
  if (!title) return null;
  const m = FICHE_AT_START.exec(comparable(title));
  return m ? ficheKey(m[1]) : null;
}

const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * Significant words of a title: without « Fiche 9 : » at its start, its « ex-fiche » mention,
 * numbers and small words. Each title is compared with every title of the other table: its words
 * are listed once (shared: read only).
 */
const wordsOf = memoByText((text: string): ReadonlySet<string> => {
  const cleaned = comparable(text).replace(FICHE_AT_START, " ").replace(EX_FICHE, " ");
  return new Set(cleaned.split(/[^a-z0-9]+/).filter((w) => w.length > 0 && !STOP_WORDS.has(w) && !/^\d+$/.test(w)));
});

function words(text: string | null): ReadonlySet<string> {
  return text ? wordsOf(text) : NO_WORDS;
}

/** Dice coefficient of the significant words of two labels (0 when one is empty). */
export function titleSimilarity(a: string | null, b: string | null): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return (2 * common) / (wa.size + wb.size);
}

/** Share of the shorter label's significant words found in the other (0 when one is empty). */
export function titleOverlap(a: string | null, b: string | null): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common / Math.min(wa.size, wb.size);
}

/** Same axe / thème (same Pacte pilier, or similar labels), or unknown on one side. */
export function sameAxe(a: string | null, b: string | null): boolean {
  if (!a || !b || normalizeText(a) === normalizeText(b)) return true;
  const pa = pacteAxeOf(a);
  const pb = pacteAxeOf(b);
  if (pa && pb) return pa.pilier === pb.pilier;
  return titleSimilarity(a, b) >= AXE_SIMILARITY_THRESHOLD;
}

/** Neither title says anything to compare: the fiche numbers are all there is. */
function untitled(a: MatchableAction, b: MatchableAction): boolean {
  return words(a.title).size === 0 || words(b.title).size === 0;
}

class Matcher<T extends MatchableAction> {
  readonly pairs: ActionMatch<T>[] = [];
  private readonly takenSources = new Set<T>();
  private readonly takenTargets = new Set<T>();

  constructor(
    private readonly sources: readonly T[],
    private readonly targets: readonly T[],
  ) {}

  isFree(row: T): boolean {
    return !this.takenSources.has(row) && !this.takenTargets.has(row);
  }

  freeSources(): T[] {
    return this.sources.filter((s) => !this.takenSources.has(s));
  }

  freeTargets(): T[] {
    return this.targets.filter((t) => !this.takenTargets.has(t));
  }

  take(source: T, target: T, by: MatchMethod, certain: boolean, reference: string | null = null): void {
    this.pairs.push({ source, target, by, certain, reference, similarity: titleSimilarity(source.title, target.title) });
    this.takenSources.add(source);
    this.takenTargets.add(target);
  }
}

/** Candidates ranked by title similarity to the target (closest first); `clear`: the first is strictly closer than the second. */
function closest<T extends MatchableAction>(candidates: T[], target: T): { best: T; similarity: number; clear: boolean } {
  const ranked = candidates
    .map((c) => ({ c, similarity: titleSimilarity(c.title, target.title) + (sameAxe(c.axe, target.axe) ? 1e-6 : 0) }))
    .sort((a, b) => b.similarity - a.similarity);
  const clear = ranked.length === 1 || ranked[0].similarity > ranked[1].similarity;
  return { best: ranked[0].c, similarity: ranked[0].similarity, clear };
}

/** 1. « ex-fiche k »: a source numbered k, or whose title starts with « Fiche k ». */
function matchExplicit<T extends MatchableAction>(m: Matcher<T>): Set<T> {
  const explicit = new Set<T>();
  for (const target of m.freeTargets()) {
    const ref = exFicheReference(target.title);
    if (ref === null) continue;
    explicit.add(target);
    const candidates = m
      .freeSources()
      .filter((s) => (s.fiche !== null && ficheKey(s.fiche) === ref) || ficheInTitle(s.title) === ref);
    if (candidates.length === 0) continue;
    const { best, clear } = closest(candidates, target);
    m.take(best, target, "exFiche", clear, ref);
  }
  return explicit;
}

/** 2. Same fiche number within the same axe, with similar titles (or no titles to compare, then not certain). */
function matchByNumber<T extends MatchableAction>(m: Matcher<T>, explicit: ReadonlySet<T>): void {
  for (const target of m.freeTargets()) {
    if (target.fiche === null || explicit.has(target)) continue;
    const key = ficheKey(target.fiche);
    const candidates = m
      .freeSources()
      .filter((s) => s.fiche !== null && ficheKey(s.fiche) === key && sameAxe(s.axe, target.axe))
      .filter((s) => untitled(s, target) || titleOverlap(s.title, target.title) >= SAME_NUMBER_OVERLAP_THRESHOLD);
    if (candidates.length === 0) continue;
    const { best, clear } = closest(candidates, target);
    m.take(best, target, "fiche", clear && !untitled(best, target));
  }
}

/**
 * 3. Similar titles, the closest pairs first; certain only for the very same words (and never for
 * a title citing an « ex-fiche » that was not found: the mention and the title disagree).
 */
function matchByTitle<T extends MatchableAction>(m: Matcher<T>, explicit: ReadonlySet<T>): void {
  const scored: { source: T; target: T; score: number; similarity: number }[] = [];
  for (const target of m.freeTargets()) {
    for (const source of m.freeSources()) {
      const similarity = titleSimilarity(source.title, target.title);
      if (similarity < TITLE_SIMILARITY_THRESHOLD) continue;
      // Same axe breaks ties between equally similar titles.
      scored.push({ source, target, similarity, score: similarity + (sameAxe(source.axe, target.axe) ? 1e-6 : 0) });
    }
  }
  scored.sort((a, b) => b.score - a.score);
  for (const { source, target, similarity, score } of scored) {
    if (!m.isFree(source) || !m.isFree(target)) continue;
    // Another free pair just as close for one of them: the choice would be a guess.
    const rival = scored.some(
      (o) => o.score === score && (o.source === source) !== (o.target === target) && m.isFree(o.source) && m.isFree(o.target),
    );
    m.take(source, target, "titre", similarity === 1 && !rival && !explicit.has(target));
  }
}

/**
 * Matches the actions of year N−1 (sources) with those of year N (targets). `exFiche: false` for
 * two tables of the same year (a fiche's budget and its récapitulatif), where « ex-fiche k » names
 * last year's number, not one of the other table's.
 */
export function matchActions<T extends MatchableAction>(
  sources: readonly T[],
  targets: readonly T[],
  options: { exFiche?: boolean } = {},
): MatchResult<T> {
  const m = new Matcher(sources, targets);
  const explicit = options.exFiche === false ? new Set<T>() : matchExplicit(m);
  matchByNumber(m, explicit);
  matchByTitle(m, explicit);
  return { pairs: m.pairs, unmatchedSources: m.freeSources(), unmatchedTargets: m.freeTargets() };
}
