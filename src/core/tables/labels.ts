/**
 * Vocabulary of the row labels (SPEC §2, §4), on normalised text (normalizeText): total rows,
 * template placeholders, fiche numbers, title lines, funders of the F5 block, indicator kinds.
 */
import { IndicatorKind } from "./model";

export const CONTROLE = /\btotal\b.*\bcontrole\b|\bcontrole\b.*\btotal/;
export const SOUS_TOTAL = /^(?:sous[\s-]*tota|s\s*\/\s*t(?:otal|\b))/;
export const TOTAL = /^(?:total|totaux)\b|totaux financiers|total general/;
/** Words of a section sous-total (« Sous-total engagements de mesures socle »). */
export const SECTION_WORDS = /socle|initiative|engagement/;
export const SOCLE = /socle/;
export const INITIATIVE = /initiative/;
/** A heading row that opens a CALPAE section (« Mesures socle », « Engagements à l'initiative du département »). */
export const SECTION_HEADING = /^(?:mesures? socle|engagements?\b.*\b(?:socle|initiative)|initiatives? du (?:departement|cd)\b)/;

/** A template title never filled (« Intitulé de l'action n°1 », « xxx »). */
export const PLACEHOLDER = /^(?:intitule de l'action|intitule de la fiche|intitule\b|x{2,}\b)/;
/** « Fiche 12 : … », « Fiche action n°3 – … » at the start of a title. */
export const FICHE_IN_TITLE = /^fiche(?:\s+action)?\s*(?:n\s*°|no\b\.?|n\b\.?)?\s*(\d+(?:[.,]\d+)*)/;
/** « 1. Titre », « 2.1 - Titre » at the start of a title (only when the table has no fiche column). */
export const NUMBERED_TITLE = /^\s*(\d+(?:\.\d+)*)\s*[.)\-:–]\s/;
/** A fiche number alone in a cell (« 2. », « 7.3 »). */
export const FICHE_ALONE = /^\s*\d+(?:[.,]\d+)*\.?\s*$/;
export const AXE_LABEL = /^(?:axe|theme|thematique)\b/;
/** Title lines above a header (« TABLEAU FINANCIER … », « Prévisionnel Année 2024 », « Région xxx - Département du xxx »). */
export const TITLE_LINE =
  /^(?:tableau|previsionnel|execution|recapitulatif|annexe|-?\s*region\b|departement d)|contrat local|convention d'appui/;
/** A title that announces a financial table (an unmapped region when no header follows). */
export const FINANCIAL_TITLE =
  /tableau financier|tableau recapitulatif|execution budgetaire|previsionnel annee|budget previsionnel/;

/** Funders named in the rows of the F5 block (« Financement Etat (FALPAE) », « Département », « TOTAL »). */
export const FUNDERS: readonly (readonly [RegExp, "etat" | "cd" | "autres"])[] = [
  [/\betat\b|falpae/, "etat"],
  [/departement|\bcd\b|conseil/, "cd"],
  [/autre|fse|financeur/, "autres"],
];

/** Indicator kinds from the label, first match wins (SPEC §4). */
export const INDICATOR_KINDS: readonly (readonly [RegExp, IndicatorKind])[] = [
  [/enquete|^etat de la situation|^evaluation qualitative|^description\b/, "qualitative"],
  [/^delai|^duree moyenne|\bdelai moyen/, "delay"],
  [/par conseiller|nombre moyen|moyenne|par portefeuille|par referent/, "average"],
  [/^(?:taux|pourcentage|proportion)\b|^part (?:de|des|du|d')|\btaux de\b|%/, "rate"],
  [/^(?:nombre|nb)\b/, "count"],
];
/**
 * Added: a count at a date, not a flow over the year (SPEC §4: « Stock », « en cours
 * d'accompagnement », « file active », « au 31/12 », in the label or the comment).
 */
export const STOCK = /\bstocks?\b|\ben cours\b|\bfiles? actives?\b|\bau 31 ?\/ ?12\b|\bau 31 dec/;
export const DONT = /^dont\b/;
export const INLINE_DONT = /\sdont\s/;
/** « Action 1 : … », « Mesure 3 », « Fiche action n°2 » in the first column of an indicator table. */
export const ACTION_MARKER = /^(?:action|mesure|fiche(?: action)?)\s*(?:n\s*°\s*)?\d/;
/** An axe / thème / section row of an indicator table. */
export const INDICATOR_AXE = /^(?:axe|theme|thematique|mesures? socle|engagements?)\b/;

/**
 * What the raw text (accents and case as typed) of a label must contain for any of the patterns
 * above to match its normalised text: LABEL_START for the patterns anchored at the start
 * (placeholder, fiche in title, axe, section heading, title line), LABEL_HINT for the others.
 * Labels that match neither (most action titles) are never normalised, which keeps recognition
 * fast. Keep them a superset of the patterns above.
 */
export const LABEL_START =
  /^[\s\-–]*(?:intitul|x{2,}|fiche|axe|th[eéèê]m|r[eé]capitulatif|annexe|r[eé]gion|d[eé]partement|mesures?\s+socle|engagement|initiative|tableau|pr[eé]visionnel|ex[eé]cution)/i;
export const LABEL_HINT = /tota|contr[oô]le|s\s*\/\s*t|contrat\s+local|convention\s+d|tableau|pr[eé]visionnel|ex[eé]cution|budg/i;
