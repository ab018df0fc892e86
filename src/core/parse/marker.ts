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

function markerIndex(): Map<string, string> {
  if (!knownMarkers) {
    knownMarkers = new Map();
    for (const marker of INDICATOR_MARKERS) {
      for (const written of [marker.label, ...marker.variants]) knownMarkers.set(markerKey(written), marker.label);
    }
  }
  return knownMarkers;
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
