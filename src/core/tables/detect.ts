/**
 * Dispositif (CALPAE / Pacte) and year N of a table (SPEC §1): from the parameters, the headers'
 * years, the titles, the axe / thème labels and the Chorus codes. `detection` says in French
 * what decided, and which clues disagreed.
 */
import { normalizeText } from "../parse/text";
import {
  CALPAE,
  dispositifInfo,
  dispositifOfChorus,
  dispositifOfYear,
  DISPOSITIFS,
  pacteAxeOf,
} from "../referentiel/dispositifs";
import { Dispositif, Family } from "../referentiel/types";
import { Settings } from "../settings";
import { hasAnyTerm } from "./terms";

export interface DetectionInput {
  family: Family;
  titles: readonly string[];
  /** Columns: key (financial) or role (indicator), header text, year read in it. */
  columns: readonly { key: string; header: string; year: number | null }[];
  axeLabels: readonly string[];
  chorus: readonly string[];
}

export interface Detection {
  dispositif: Dispositif | null;
  year: number | null;
  detection: string;
}

/**
 * Columns whose year is N, by family: the forecast year for F1, F2 (« Prévisionnel Année 2025 »:
 * H, I…M are about 2025, A–E about 2024), F4, F6; the execution year for F3.
 */
const YEAR_KEYS: Record<Family, readonly string[]> = {
  F1: ["etatNotifie", "cdAffecte", "budget"],
  F2: ["etatNotifie", "etatTotal", "cdAffecteConvention", "budget"],
  F3: ["etatVerse", "realise", "budget", "cdAffecte"],
  F4: ["etatNotifie", "cdAffecte", "budget"],
  F5: ["budget", "realise", "etat", "cd"],
  F6: ["etat", "cd", "fse", "budget"],
  I1: [],
  I2: [],
  I3: [],
};

export const TITLE_YEAR =
  /(?:previsionnel(?: annee)?|execution(?: budgetaire)?|annee|exercice|convention|budget(?: previsionnel)?)\s*(20\d\d)(?!\d)/;

interface Clue<T> {
  value: T;
  /** French: where it was read (« lue dans le titre « … » »). */
  source: string;
}

function yearClue(input: DetectionInput, settings: Settings): Clue<number> | null {
  if (settings.annee !== null) return { value: settings.annee, source: "imposée par les paramètres" };
  for (const key of YEAR_KEYS[input.family]) {
    const c = input.columns.find((col) => col.key === key && col.year !== null);
    if (c) return { value: c.year!, source: `lue dans l'en-tête « ${c.header} »` };
  }
  for (const title of input.titles) {
    const m = TITLE_YEAR.exec(normalizeText(title));
    if (m) return { value: Number(m[1]), source: `lue dans le titre « ${title} »` };
  }
  return null;
}

/** Clues of the dispositif, strongest first. */
function dispositifClues(input: DetectionInput, year: Clue<number> | null): Clue<Dispositif>[] {
  const clues: Clue<Dispositif>[] = [];
  if (year) clues.push({ value: dispositifOfYear(year.value), source: `l'année ${year.value}` });
  const years = input.columns.flatMap((c) => (c.year === null ? [] : [c.year]));
  if (!year && years.length > 0) {
    const max = Math.max(...years);
    clues.push({ value: dispositifOfYear(max), source: `les années des en-têtes (jusqu'à ${max})` });
  }
  for (const title of input.titles) {
    const d = DISPOSITIFS.find((x) => hasAnyTerm(normalizeText(title), x.titleWords));
    if (d) clues.push({ value: d.id, source: `le titre « ${title} »` });
  }
  for (const label of input.axeLabels) {
    if (pacteAxeOf(label)) clues.push({ value: "pacte", source: `l'axe « ${label} »` });
    else if (hasAnyTerm(normalizeText(label), CALPAE.axeWords)) clues.push({ value: "calpae", source: `le thème « ${label} »` });
  }
  for (const raw of input.chorus) {
    const d = dispositifOfChorus(raw);
    if (d) clues.push({ value: d, source: `le code Chorus « ${raw} »` });
  }
  return clues;
}

function dispositifPart(clues: Clue<Dispositif>[], settings: Settings): { value: Dispositif | null; text: string } {
  if (settings.dispositif !== null) {
    return { value: settings.dispositif, text: `${dispositifInfo(settings.dispositif).label} imposé par les paramètres` };
  }
  if (clues.length === 0)
    return { value: null, text: "dispositif non déterminé (ni année, ni titre, ni axe, ni code Chorus reconnus)" };
  const [first] = clues;
  const against = clues.find((c) => c.value !== first.value);
  const warning = against ? ` (attention : ${against.source} indique plutôt ${dispositifInfo(against.value).label})` : "";
  return { value: first.value, text: `${dispositifInfo(first.value).label} d'après ${first.source}${warning}` };
}

/** A title that names another year than the one decided (a template copied from last year, one half updated). */
function titleAgainst(input: DetectionInput, year: Clue<number>): string {
  for (const title of input.titles) {
    const m = TITLE_YEAR.exec(normalizeText(title));
    if (m && Number(m[1]) !== year.value) return ` (attention : le titre « ${title} » indique ${m[1]})`;
  }
  return "";
}

export function detect(input: DetectionInput, settings: Settings): Detection {
  const year = yearClue(input, settings);
  const dispositif = dispositifPart(dispositifClues(input, year), settings);
  const against = year && settings.annee === null ? titleAgainst(input, year) : "";
  const yearText = year ? `année ${year.value} ${year.source}${against}` : "année non déterminée";
  return { dispositif: dispositif.value, year: year?.value ?? null, detection: `${dispositif.text} ; ${yearText}.` };
}
