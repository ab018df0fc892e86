/**
 * Mentions written instead of a number in indicator cells (SPEC §2, rule 19). Data only: they are
 * compared after normalisation (case, accents, dots, parentheses and spaces ignored), see
 * src/core/parse/marker.ts; in indicator cells they are families: a mention followed by more words
 * (« Non contractualisé en 2021, … », « Pas d'indicateur prévu pour cette mesure ») is the same mention.
 */

export interface IndicatorMarker {
  /** Label shown to the user. */
  label: string;
  /** What the mention means, in French. */
  meaning: string;
  /** Other ways it is written (the label itself always matches). */
  variants: readonly string[];
}

export const INDICATOR_MARKERS: readonly IndicatorMarker[] = [
  {
    label: "NC",
    meaning: "Non communiqué : la valeur n'a pas été transmise.",
    variants: ["nc", "n.c.", "n/c", "non communiqué", "non communiquée", "non connu"],
  },
  {
    label: "NR",
    meaning: "Non renseigné : la cellule n'a pas été remplie.",
    variants: ["nr", "n.r.", "non renseigné", "non renseignée", "non renseignés"],
  },
  {
    label: "ND",
    meaning: "Non disponible : la donnée n'existe pas encore ou n'a pas pu être obtenue.",
    variants: ["nd", "n.d.", "non disponible", "données non disponibles", "donnée non disponible"],
  },
  {
    label: "Sans objet",
    meaning: "L'indicateur ne s'applique pas à cette action ou à cette année.",
    variants: ["so", "s.o.", "s/o", "sans objet", "n/a", "na", "non applicable"],
  },
  {
    label: "Non contractualisé",
    meaning: "L'action ou l'indicateur ne faisait pas partie du contrat pour cette année.",
    variants: ["non contractualisée", "non contractualisés", "non contractualisées"],
  },
  {
    label: "Non chiffré",
    meaning: "Aucune valeur chiffrée n'a été produite.",
    variants: ["non chiffrée", "non chiffrés", "non chiffrable"],
  },
  {
    label: "Action non démarrée",
    meaning: "L'action n'a pas commencé : aucun résultat n'est encore attendu.",
    variants: ["(action non démarrée)", "action non démarré", "non démarrée", "non démarré", "pas démarrée"],
  },
  {
    label: "Données en cours de compilation",
    meaning: "La valeur sera connue plus tard (collecte en cours, par exemple après une cyberattaque).",
    variants: [
      "Données en cours de compilation (cyberattaque)",
      "en cours de compilation",
      "données en cours de consolidation",
      "en cours de consolidation",
    ],
  },
  {
    label: "En attente",
    meaning: "La valeur n'est pas encore disponible.",
    variants: ["en cours", "à venir", "en attente", "à compléter"],
  },
  {
    label: "Pas d'indicateur prévu",
    meaning: "Aucun indicateur n'était prévu pour cette action ou cette année.",
    variants: ["pas d'indicateur", "aucun indicateur", "aucun indicateur prévu", "indicateur non prévu"],
  },
  {
    label: "Néant",
    meaning: "Aucun : si la valeur est nulle, écrire 0.",
    variants: ["neant"],
  },
  {
    label: "-",
    meaning: "Tiret sans valeur : écrire un nombre ou une mention explicite (NC, Sans objet…).",
    variants: ["–", "—", "--"],
  },
];
