/**
 * Which département (or métropole) a workbook is about: read from its titles (« - Région IdF -
 * Département de Seine-et-Marne (77) »), else from its file name (« cls-2025-77.xlsx »,
 * « execution_seine-et-marne.xlsx »), else given by the user. Placeholders left from the template
 * (« Région xxx - Département du xxx ») are recognised as such and never taken for a name.
 * Names and codes are checked against the référentiel; a territory that is not in it (a new
 * collectivité, a fictitious one in our samples) is kept as written.
 */
import { normalizeText } from "../parse/text";
import { ofName, Territoire, territoireByCode, TERRITOIRES } from "../referentiel/departements";
import { Identite, IdentiteSource } from "./types";

/** What a title line says about the département. */
export type TitleClue =
  | { kind: "nom"; identite: Identite }
  | { kind: "modele"; line: string }
  | { kind: "contradiction"; identite: Identite; line: string; other: string };

/** A key the same for every spelling of a name: « Seine-et-Marne », « SEINE ET MARNE », « seine  et marne ». */
export function nameKey(name: string): string {
  return normalizeText(name)
    .replace(/['’]/g, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const BY_NAME = new Map<string, Territoire>();
for (const t of TERRITOIRES) BY_NAME.set(nameKey(t.nom), t);
/** Names longest first, for file names (« haute savoie » before « savoie »). */
const NAMES_LONGEST_FIRST = [...BY_NAME.keys()].sort((a, b) => b.length - a.length);

const KEYWORD = /(?:conseil\s+d[ée]partemental|d[ée]partement)\s+(de\s+la\s+|de\s+l['’]\s*|des\s+|du\s+|de\s+|d['’]\s*)/iu;
/** End of the name: a spaced dash, a comma, a parenthesis… (a hyphen inside « Seine-et-Marne » is not one). */
const NAME_END = /\s[-–—]\s|\s[-–—]$|[,;:(/]|\s{2,}|$/u;
const CODE_AFTER = /^\s*\(\s*(\d{2,3}|2\s*[ab]|69\s*m)\s*\)/iu;
const PLACEHOLDER = /^(?:x{2,}|\.{2,}|…+|_+|\?+|[x.…_\s]{3,})$/i;
const METROPOLES = TERRITOIRES.filter((t) => t.kind !== "departement");

function fromTerritoire(t: Territoire, source: IdentiteSource, detail: string): Identite {
  return { key: t.code, code: t.code, nom: t.nom, deNom: ofName(t), source, detail, connu: true, region: t.region };
}

/** A territory the référentiel does not know, named as written. */
function unknownTerritory(nom: string, article: string, code: string | null, source: IdentiteSource, detail: string): Identite {
  const key = code !== null ? code.toUpperCase() : `nom:${nameKey(nom)}`;
  return { key, code, nom, deNom: ofName({ article, nom }), source, detail, connu: false, region: null };
}

function cleanArticle(article: string): string {
  return article.replace(/\s+/g, " ").trim().toLowerCase().replace("’", "'").replace(/'\s*$/, "'");
}

function lookupName(segment: string, article: string): Territoire | undefined {
  const key = nameKey(segment);
  // « Département de la Réunion »: the name is « La Réunion ».
  return BY_NAME.get(key) ?? (article === "de la" ? BY_NAME.get(`la ${key}`) : undefined);
}

function contradiction(byName: Territoire, byCode: Territoire, line: string, detail: string): TitleClue {
  return {
    kind: "contradiction",
    identite: fromTerritoire(byName, "titre", detail),
    line,
    other: `le code ${byCode.code} est celui ${ofName(byCode)}`,
  };
}

/** « Département de Seine-et-Marne (77) » in one title line. */
function departementClue(line: string): TitleClue | null {
  const m = KEYWORD.exec(line);
  if (!m) return null;
  const rest = line.slice(m.index + m[0].length);
  const end = rest.search(NAME_END);
  const segment = rest
    .slice(0, end)
    .trim()
    .replace(/[.\s]+$/, "");
  const code = CODE_AFTER.exec(rest.slice(end))?.[1].replace(/\s+/g, "") ?? null;
  if (segment === "" || PLACEHOLDER.test(segment) || /x{3,}/i.test(segment)) return { kind: "modele", line };
  const article = cleanArticle(m[1]);
  const detail = `titre « ${line} »`;
  const byName = lookupName(segment, article);
  const byCode = code === null ? undefined : territoireByCode(code);
  if (byName && byCode && byName !== byCode) return contradiction(byName, byCode, line, detail);
  const known = byName ?? byCode;
  if (known) return { kind: "nom", identite: fromTerritoire(known, "titre", detail) };
  return { kind: "nom", identite: unknownTerritory(segment, article, code, "titre", detail) };
}

/** « Métropole de Lyon », « Ville de Marseille » in a title line. */
function metropoleClue(line: string): TitleClue | null {
  const key = ` ${nameKey(line)} `;
  const found = METROPOLES.find((t) => key.includes(` ${nameKey(t.nom)} `));
  return found ? { kind: "nom", identite: fromTerritoire(found, "titre", `titre « ${line} »`) } : null;
}

/** What one title line says of the département, if anything. */
export function titleClue(line: string): TitleClue | null {
  const folded = line.replace(/\s+/g, " ").trim();
  return departementClue(folded) ?? metropoleClue(folded);
}

/** Base name of a path without its extension (« dossier/cls-2025-77.xlsx » → « cls-2025-77 »). */
function baseName(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.[a-z0-9]+$/i, "");
}

/** Codes that may stand alone in a file name: « 77 », « 2A », « 974 », « 69M », « D77 », « CD77 ». */
const CODE_TOKEN = /^(?:cd|d|dep|dpt)?(\d{2,3}|2[ab]|69m)$/;

/**
 * The département of a file name: a known name written in it (« execution_seine-et-marne »), or
 * one code among its words (« cls-2025-77 »; four-digit years are not codes), known from the
 * référentiel or from `known` (territories read in the titles of the other workbooks). Null when
 * nothing, or two different départements, are found.
 */
export function fileNameIdentity(file: string, known: ReadonlyMap<string, Identite> = new Map()): Identite | null {
  const base = baseName(file);
  const words = ` ${nameKey(base)} `;
  const detail = `nom du fichier « ${base} »`;
  const found = new Map<string, Identite>();
  const byName = NAMES_LONGEST_FIRST.find((n) => words.includes(` ${n} `));
  if (byName) {
    const t = BY_NAME.get(byName) as Territoire;
    found.set(t.code, fromTerritoire(t, "fichier", detail));
  }
  for (const [key, identite] of known) {
    if (!identite.connu && identite.nom && words.includes(` ${nameKey(identite.nom)} `))
      found.set(key, { ...identite, source: "fichier", detail });
  }
  for (const word of words.trim().split(" ")) {
    const code = CODE_TOKEN.exec(word)?.[1];
    if (!code) continue;
    const t = territoireByCode(code);
    const other = known.get(code.toUpperCase());
    if (t) found.set(t.code, fromTerritoire(t, "fichier", detail));
    else if (other) found.set(code.toUpperCase(), { ...other, source: "fichier", detail });
  }
  return found.size === 1 ? [...found.values()][0] : null;
}

/** The département a user gave for a file (« 77 », « Seine-et-Marne », « 99 Val-d'Argent »). */
export function parameterIdentity(value: string, known: ReadonlyMap<string, Identite> = new Map()): Identite {
  const detail = `paramètre « ${value} »`;
  const trimmed = value.trim();
  const byCode = territoireByCode(trimmed) ?? BY_NAME.get(nameKey(trimmed));
  if (byCode) return fromTerritoire(byCode, "parametre", detail);
  const other = known.get(trimmed.toUpperCase());
  if (other) return { ...other, source: "parametre", detail };
  const m = /^(\d{2,3}|2[ab])\s+(.+)$/i.exec(trimmed);
  return m ? unknownTerritory(m[2], "de", m[1], "parametre", detail) : unknownTerritory(trimmed, "de", null, "parametre", detail);
}

export const UNKNOWN_IDENTITY: Identite = {
  key: null,
  code: null,
  nom: null,
  deNom: null,
  source: null,
  detail: "département non trouvé (ni dans les titres, ni dans le nom du fichier)",
  connu: false,
  region: null,
};

/** « Seine-et-Marne (77) », « Val-d'Argent (99) », « département inconnu ». */
export function identityLabel(identite: Pick<Identite, "nom" | "code">): string {
  if (identite.nom === null) return identite.code ?? "département inconnu";
  return identite.code === null ? identite.nom : `${identite.nom} (${identite.code})`;
}
