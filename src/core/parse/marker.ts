/** Recognising the mentions written instead of an indicator value (« nc », « Sans Objet », « (action non démarrée) »). */
import { INDICATOR_MARKERS } from "../referentiel/markers";
import { normalizeText } from "./text";

/**
 * Comparison key: normalizeText, typographic apostrophes and dashes unified, dots removed
 * (« n.c. » = « nc »), parentheses ignored, hyphens between letters read as spaces.
 */
export function markerKey(text: string): string {
  const key = normalizeText(text.replace(/[’‘`´]/g, "'").replace(/[−–—]/g, "-"))
    .replace(/\./g, "")
    .replace(/[()[\]]/g, " ")
    .replace(/(\p{L})-(?=\p{L})/gu, "$1 ");
  return normalizeText(key);
}

let knownMarkers: Map<string, string> | null = null;
/** The keys of the known markers, longest first: the most precise one names a family. */
let familyKeys: [string, string][] | null = null;

function markerIndex(): Map<string, string> {
  if (!knownMarkers) {
    knownMarkers = new Map();
    for (const marker of INDICATOR_MARKERS) {
      for (const written of [marker.label, ...marker.variants]) knownMarkers.set(markerKey(written), marker.label);
    }
  }
  return knownMarkers;
}

/** What may follow a marker in a longer mention of its family: a space, a comma, a colon, an ellipsis, a dash. */
const FAMILY_SEPARATOR = /^[\s,;:…\-–—/]/;

/** A key that may start a family: it holds letters (« - » alone does not). */
const hasLetters = (key: string): boolean => /\p{L}/u.test(key);

/**
 * The marker whose key starts `key` and is followed by a separator: « Non contractualisé en 2019,
 * action démarrée en 2020 » is « Non contractualisé », « Données en cours de compilation suite à
 * la cyberattaque » is « Données en cours de compilation » (SPEC §2: mentions are families).
 */
function familyOf(key: string, keys: readonly [string, string][]): string | undefined {
  return keys.find(([k]) => key.length > k.length && key.startsWith(k) && FAMILY_SEPARATOR.test(key.slice(k.length)))?.[1];
}

function knownFamilies(): [string, string][] {
  familyKeys ??= [...markerIndex()].filter(([k]) => hasLetters(k)).sort((a, b) => b[0].length - a[0].length);
  return familyKeys;
}

/** The label of the marker written in `text` (known ones, then `extraMarkers` given by the user), or null. */
export function findMarker(text: string, extraMarkers: readonly string[] = []): string | null {
  const key = markerKey(text);
  if (key === "") return null;
  const known = markerIndex().get(key);
  if (known !== undefined) return known;
  const extra = extraMarkers.find((m) => markerKey(m) === key);
  return extra === undefined ? null : extra.trim();
}

/**
 * The marker of `text` as a family: written alone (findMarker), or followed by more words — « Non
 * contractualisé en 2019, action démarrée en 2020 », « Pas d'indicateur prévu pour cette mesure »,
 * « Données en cours de compilation… » (SPEC §2); null when none.
 */
export function findMarkerFamily(text: string, extraMarkers: readonly string[] = []): string | null {
  const exact = findMarker(text, extraMarkers);
  if (exact !== null) return exact;
  const key = markerKey(text);
  if (key === "") return null;
  const family = familyOf(key, knownFamilies());
  if (family !== undefined) return family;
  const extras = extraMarkers.map((m): [string, string] => [markerKey(m), m.trim()]).filter(([k]) => hasLetters(k));
  return (
    familyOf(
      key,
      extras.sort((a, b) => b[0].length - a[0].length),
    ) ?? null
  );
}
