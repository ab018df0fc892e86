/** The two contract generations (SPEC §1), as data: years, State budget line, axes, Chorus codes. */
import { memoByText } from "../parse/memo";
import { normalizeText } from "../parse/text";
import { Dispositif } from "./types";

/** One axe of the Pacte des solidarités and the pilier / Chorus activity its credits go to. */
export interface PacteAxe {
  pilier: number;
  /** Label as printed in the tables (« Axe Prévenir la pauvreté … »). */
  label: string;
  /** 12-digit Chorus activity code; null for the axe that is not in the CLS (axe 2, emploi). */
  chorus: string | null;
  /** Covered by the département contract (axes 1, 3 and 4). */
  inContract: boolean;
  /** Normalised words that identify the axe in a label (see normalizeText). */
  keywords: readonly string[];
}

export interface DispositifInfo {
  id: Dispositif;
  /** Name shown to the user. */
  label: string;
  /** Full name of the contract. */
  contract: string;
  firstYear: number;
  /** Last year of eligible actions: no carry-forward into a later year (rule 14). */
  lastYear: number;
  /** State budget line: programme 304 « Inclusion sociale et protection des personnes ». */
  programme: string;
  /** Chorus activity codes of the dispositif start with one of these (digits only). */
  chorusPrefixes: readonly string[];
  /** Normalised words of the titles that name the dispositif. */
  titleWords: readonly string[];
  /** Normalised words of the axe / thème labels typical of the dispositif. */
  axeWords: readonly string[];
}

export const PACTE_AXES: readonly PacteAxe[] = [
  {
    pilier: 1,
    label: "Axe Prévenir la pauvreté et lutter contre les inégalités dès l'enfance",
    chorus: "030450232301",
    inContract: true,
    keywords: ["prevenir la pauvrete", "inegalites des l'enfance"],
  },
  {
    pilier: 2,
    label: "Axe Sortir de la pauvreté par l'activité et l'emploi",
    chorus: null,
    inContract: false,
    keywords: ["sortir de la pauvrete", "par l'activite et l'emploi"],
  },
  {
    pilier: 3,
    label: "Axe Lutter contre la grande exclusion grâce à l'accès aux droits",
    chorus: "030450232501",
    inContract: true,
    keywords: ["grande exclusion", "acces aux droits"],
  },
  {
    pilier: 4,
    label: "Axe Construire une transition écologique solidaire",
    chorus: "030450232601",
    inContract: true,
    keywords: ["transition ecologique"],
  },
];

export const CALPAE: DispositifInfo = {
  id: "calpae",
  label: "CALPAE",
  contract: "Convention d'appui à la lutte contre la pauvreté et d'accès à l'emploi",
  firstYear: 2019,
  lastYear: 2023,
  programme: "304",
  // programme 304, action 19, sous-action 01 (« Contractualisation avec les CD »)
  chorusPrefixes: ["0304501919"],
  titleWords: ["calpae", "convention d'appui", "acces a l'emploi", "strategie pauvrete"],
  axeWords: ["mesures socle", "mesure socle", "initiative du cd", "initiative du departement", "engagements socle"],
};

export const PACTE: DispositifInfo = {
  id: "pacte",
  label: "Pacte des solidarités",
  contract: "Contrat local des solidarités",
  firstYear: 2024,
  lastYear: 2027,
  programme: "304",
  chorusPrefixes: ["03045023"],
  titleWords: ["contrat local des solidarites", "pacte des solidarites", "cls"],
  axeWords: PACTE_AXES.flatMap((a) => a.keywords),
};

export const DISPOSITIFS: readonly DispositifInfo[] = [CALPAE, PACTE];

export function dispositifInfo(id: Dispositif): DispositifInfo {
  return id === "calpae" ? CALPAE : PACTE;
}

/** The dispositif a year belongs to: ≤ 2023 CALPAE, ≥ 2024 Pacte. */
export function dispositifOfYear(year: number): Dispositif {
  return year <= CALPAE.lastYear ? "calpae" : "pacte";
}

/** Digits of a Chorus cell (« 0304 50 19 19 03 - 1er accueil » → "030450191903"); a leading 0 lost by a number cell is restored. */
export function chorusDigits(raw: string): string {
  const digits = (/\d[\d\s.\u00a0]*\d/.exec(raw)?.[0] ?? "").replace(/\D/g, "");
  return digits.length === 11 && digits.startsWith("3") ? `0${digits}` : digits;
}

/** The dispositif a Chorus code belongs to, or null (unknown or another programme line). */
export function dispositifOfChorus(raw: string): Dispositif | null {
  const digits = chorusDigits(raw);
  const found = DISPOSITIFS.find((d) => d.chorusPrefixes.some((p) => digits.startsWith(p)));
  return found ? found.id : null;
}

/**
 * « Axe 3 », « AXE N° 3 », « Axe n°4 : … », « Pilier 1 »: the contract numbers its axes as the
 * Pacte's piliers (art. 3: « axe 1 », « axe 3 », « axe 4 »). « Axe 2 » is left unread: the CLS has
 * no axe 2, so a table that has one numbers its axes its own way.
 */
const NUMBERED_AXE = /^(?:axe|pilier)\s*(?:n\s*°\s*)?([134])(?!\d)/;

/**
 * The Pacte axe a label names (« Axe Lutter contre la grande exclusion … », « Axe 3 » → pilier 3),
 * if any. Asked for every action row of its axe: each label is read once.
 */
export const pacteAxeOf: (label: string) => PacteAxe | undefined = memoByText(readPacteAxe);

function readPacteAxe(label: string): PacteAxe | undefined {
  const text = normalizeText(label);
  const named = PACTE_AXES.find((a) => a.keywords.some((k) => text.includes(k)));
  if (named) return named;
  const number = NUMBERED_AXE.exec(text)?.[1];
  return number === undefined ? undefined : PACTE_AXES.find((a) => a.pilier === Number(number));
}
