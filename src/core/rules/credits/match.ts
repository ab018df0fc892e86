/**
 * Matching the actions of two financial tables of consecutive years (rule 13, SPEC §3 F4):
 * 1. a title of year N that says « ex-fiche k » / « report de l'ex-fiche k » names its action of N−1
 *    (explicit, so it comes before the numbers: fiche k of N may be another action);
 * 2. same fiche number within the same axe / thème (same Pacte pilier, or labels whose significant
 *    words are 75 % the same);
 * 3. similar titles: Dice coefficient of the significant words ≥ TITLE_SIMILARITY_THRESHOLD.
 * Each action is matched at most once.
 */
import { memoByText } from "../../parse/memo";
import { normalizeText } from "../../parse/text";
import { pacteAxeOf } from "../../referentiel/dispositifs";
import { FinancialRow } from "../../tables/model";

export type MatchMethod = "exFiche" | "fiche" | "titre";

export interface ActionMatch {
  source: FinancialRow;
  target: FinancialRow;
  by: MatchMethod;
}

export interface MatchResult {
  pairs: ActionMatch[];
  unmatchedSources: FinancialRow[];
  unmatchedTargets: FinancialRow[];
}

/** Two titles are the same action when at least 60 % of their significant words are shared (Dice). */
export const TITLE_SIMILARITY_THRESHOLD = 0.6;

/** Two axe / thème labels are the same when 75 % of their significant words are shared. */
const AXE_SIMILARITY_THRESHOLD = 0.75;

const STOP_WORDS = new Set([
  "a", "au", "aux", "avec", "axe", "d", "dans", "de", "des", "du", "en", "et", "fiche", "l", "la", "le", "les",
  "n", "par", "pour", "sur", "theme", "un", "une",
]);

const EX_FICHE = /(?:report de l ?)?\bex[- ]?fiches? ?(?:action ?)?(?:n ?°? ?)?(\d+(?:\.\d+)*)/;

/** « 1. » → "1", « Fiche 07 » → "7", « 2.1 » → "2.1"; normalised text when there is no number. */
export function ficheKey(fiche: string): string {
  const text = normalizeText(fiche);
  const m = /\d+(?:\.\d+)*/.exec(text);
  if (!m) return text.replace(/[.\s]+$/, "");
  return m[0]
    .split(".")
    .map((part) => String(Number(part)))
    .join(".");
}

/** Fiche number of N−1 named in a title of year N (« … (ex-fiche 3) »), or null. */
export function exFicheReference(title: string | null): string | null {
  if (!title) return null;
  const m = EX_FICHE.exec(normalizeText(title).replace(/['’]/g, " "));
  return m ? ficheKey(m[1]) : null;
}

const NO_WORDS: ReadonlySet<string> = new Set();

/** Each title is compared with every title of the other year: its words are listed once (shared: read only). */
const wordsOf = memoByText((text: string): ReadonlySet<string> => {
  const cleaned = normalizeText(text).replace(/['’]/g, " ").replace(EX_FICHE, " ");
  return new Set(cleaned.split(/[^a-z0-9]+/).filter((w) => w.length > 0 && !STOP_WORDS.has(w)));
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

/** Same axe / thème (same Pacte pilier, or similar labels), or unknown on one side. */
export function sameAxe(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  const pa = pacteAxeOf(a);
  const pb = pacteAxeOf(b);
  if (pa && pb) return pa.pilier === pb.pilier;
  return titleSimilarity(a, b) >= AXE_SIMILARITY_THRESHOLD;
}

class Matcher {
  readonly pairs: ActionMatch[] = [];
  private readonly takenSources = new Set<FinancialRow>();
  private readonly takenTargets = new Set<FinancialRow>();

  constructor(
    private readonly sources: FinancialRow[],
    private readonly targets: FinancialRow[],
  ) {}

  isFree(row: FinancialRow): boolean {
    return !this.takenSources.has(row) && !this.takenTargets.has(row);
  }

  freeSources(): FinancialRow[] {
    return this.sources.filter((s) => !this.takenSources.has(s));
  }

  freeTargets(): FinancialRow[] {
    return this.targets.filter((t) => !this.takenTargets.has(t));
  }

  take(source: FinancialRow, target: FinancialRow, by: MatchMethod): void {
    this.pairs.push({ source, target, by });
    this.takenSources.add(source);
    this.takenTargets.add(target);
  }

  /** The only free source with this fiche number: in the target's axe first, else in the whole table. */
  sourceByFiche(fiche: string, target: FinancialRow, anyAxe: boolean): FinancialRow | undefined {
    const withFiche = this.freeSources().filter((s) => s.fiche !== null && ficheKey(s.fiche) === fiche);
    const inAxe = withFiche.filter((s) => sameAxe(s.axe, target.axe));
    if (inAxe.length >= 1) return bestByTitle(inAxe, target);
    return anyAxe && withFiche.length === 1 ? withFiche[0] : undefined;
  }
}

/** Among candidates with the same fiche number (a duplicate number), the closest title. */
function bestByTitle(candidates: FinancialRow[], target: FinancialRow): FinancialRow {
  let best = candidates[0];
  for (const c of candidates) if (titleSimilarity(c.title, target.title) > titleSimilarity(best.title, target.title)) best = c;
  return best;
}

function matchByTitle(m: Matcher): void {
  const scored: { source: FinancialRow; target: FinancialRow; score: number }[] = [];
  for (const target of m.freeTargets()) {
    for (const source of m.freeSources()) {
      const similarity = titleSimilarity(source.title, target.title);
      if (similarity < TITLE_SIMILARITY_THRESHOLD) continue;
      // Same axe breaks ties between equally similar titles.
      scored.push({ source, target, score: similarity + (sameAxe(source.axe, target.axe) ? 1e-6 : 0) });
    }
  }
  scored.sort((a, b) => b.score - a.score);
  for (const { source, target } of scored) {
    if (m.isFree(source) && m.isFree(target)) m.take(source, target, "titre");
  }
}

/** Matches the action rows of year N−1 (sources) with those of year N (targets). */
export function matchActions(sources: FinancialRow[], targets: FinancialRow[]): MatchResult {
  const m = new Matcher(sources, targets);
  const explicit = new Set<FinancialRow>();
  for (const target of targets) {
    const ref = exFicheReference(target.title);
    if (ref === null) continue;
    explicit.add(target);
    const source = m.sourceByFiche(ref, target, true);
    if (source) m.take(source, target, "exFiche");
  }
  for (const target of m.freeTargets()) {
    if (target.fiche === null || explicit.has(target)) continue;
    const source = m.sourceByFiche(ficheKey(target.fiche), target, false);
    if (source) m.take(source, target, "fiche");
  }
  matchByTitle(m);
  return { pairs: m.pairs, unmatchedSources: m.freeSources(), unmatchedTargets: m.freeTargets() };
}
