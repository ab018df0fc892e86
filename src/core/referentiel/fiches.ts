/**
 * Vocabulary of the tables conventions and execution reports print besides the templates (SPEC §3
 * F7), as data: the families F7–F11, the labels of their lines (funders, « Dont », totals), the
 * words of their headers (years, prévisionnel / exécuté, « Budget Etat »), and the page marks
 * that are never rows of a table (footers, préfecture stamps, signatures). Patterns run on
 * normalised text (normalizeText: lower case, no accents, spaces folded). See docs/vocabulaire.md.
 */
import { BudgetFamily, FunderRole } from "./types";

export const BUDGET_FAMILY_LABELS: Record<BudgetFamily, string> = {
  F7: "budget d'une fiche par année",
  F8: "lignes libellé / montant d'une fiche",
  F9: "tableau Budget État / Budget Département",
  F10: "montants par axe ou par thème",
  F11: "montants par action (annexe de convention)",
};

/**
 * Funders named in a line label or a column header; the one written first wins (« Département
 * (dont FSE) » is the département). FAPI, the fonds d'appui aux politiques d'insertion, is State
 * money but not the contract's credits: see FAPI.
 */
export const FUNDER_WORDS: readonly (readonly [RegExp, FunderRole])[] = [
  [
    /\betats?\b|\bfalpae\b|\bfapi\b|\bcalpae\b|strategie (?:nationale )?(?:de )?(?:prevention |lutte contre )?(?:et de lutte contre )?(?:la )?pauvrete|pacte des solidarites|\bprogramme 304\b|\bp ?304\b|\bdreets\b|\bddets\b/,
    "etat",
  ],
  [/\bdepartement(?:al|ale|aux|ales)?\b|\bcd ?\d{0,3}\b|\bconseil departemental\b|\bd\d{2}\b|\bcollectivite\b/, "cd"],
  [
    /\bautres?\b|\bfse\+?\b|fonds social europeen|\bcaf\b|\bcnaf\b|\bmsa\b|\bars\b|\bcommunes?\b|\bccas\b|\bcias\b|\bmetropoles?\b|\bregion\b|\bfrance travail\b|\bpole emploi\b|\bmission locale\b|\bpartenaires?\b|\bfinanceurs?\b|\bmecenat\b|\bfondations?\b|\bepci\b|\bagglomeration\b|\bcpam\b|\bcarsat\b/,
    "autres",
  ],
];

export const FAPI = /\bfapi\b|fonds d'appui aux politiques d'insertion/;

/** A label that totals (« TOTAL », « Total général », « Coût total de l'action », « Ensemble »). */
export const TOTAL_LABEL =
  /^(?:total|totaux|ensemble\b|montant total|montant global|cout total|cout global|budget total|budget global|financement total|total general)|^(?:le |la )?(?:cout|budget|montant) (?:total|global) /;
/** « Sous-total », « S/Total ». */
export const SOUS_TOTAL_LABEL = /^(?:sous[\s-]*tota|s\s*\/\s*t(?:otal|\b))/;
/** « Dont … », « - dont … », « o dont … »: a part of the line above, not an addend. */
export const DONT_LABEL = /^(?:[-–•o*]\s*)?dont\b/;

/**
 * A label of a fiche's money line (F8): a funder, a cost, a total. The label must also name a
 * funder or a total (FUNDER_WORDS, TOTAL_LABEL) to give the line a meaning.
 */
export const MONEY_LINE_LABEL =
  /^(?:[-–•*]\s*)?(?:total|totaux|sous[\s-]*total|cout|budget|montant|part|participation|financement|contribution|apport|credits?|subvention|dont|autofinancement|reste a charge|etat|departement|conseil departemental|cd\b|fapi|fse|caf|autres?)/;

/** Words of a header cell (or a group header) that say the column holds amounts. */
export const MONEY_HEADER =
  /\b(?:montants?|budgets?|credits?|participations?|financements?|financeurs?|couts?|depenses?|subventions?|contributions?|apports?|part|parts|euros?|keur|k€|en €)\b|€/;

/** A header (or group header) that totals the columns beside it. */
export const TOTAL_HEADER =
  /^(?:total|totaux|montant total|montant global|cout total|cout global|budget total|budget global|ensemble)\b/;

/** Phase of a header or title: what is planned, what was spent. */
export const PHASE_WORDS: readonly (readonly [RegExp, "prevu" | "realise"])[] = [
  [
    /\b(?:realise|realises|realisee|realisees|execute|executes|executee|execution|consomme|consommes|mandate|mandates|bilan|depenses? realisees?)\b/,
    "realise",
  ],
  [
    /\b(?:previsionnel|previsionnels|previsionnelle|prevu|prevus|prevue|prevision|previsions|programme|programmes|notifie|notifies|convention|engage|engages|vote|budget previsionnel)\b/,
    "prevu",
  ],
];

/**
 * A year header: « 2019 », « Année 2020 », « 2021 (en €) », « Prévisionnel 2022 », « Réalisé
 * 2019 », « Montant 2021 »… (group 1: the year).
 */
export const YEAR_HEADER =
  /^(?:(?:annee|exercice|budget|montants?|previsionnel|prevu|realise|execute|execution|credits|bp|ca)\s+)?(20\d\d)(?:\s*\(?(?:en\s*)?(?:euros?|€|k€|ttc|ht)\)?)?$/;

/** Header of a label column left of the amounts: blank, or one of these. */
export const LABEL_HEADER =
  /^(?:financeurs?|financements?|sources? de financement|plan de financement|origine des (?:credits|financements)|en (?:euros?|€)|montants? en (?:euros?|€)|postes?|nature|axes?|themes?|thematiques?|actions?|intitule|libelle|mesures?|fiches?|n°|engagements?)/;

/** An axe / thème label (F10): « Axe 1 : … », « Thème … », « Mesures socle », « Engagements à l'initiative … ». */
export const AXE_LINE =
  /^(?:axe|theme|thematique|pilier|mesures? socle|socle\b|engagements?\b|initiatives? du (?:departement|cd)|priorite)/;

/** An action label (F11): « Fiche 3 », « Fiche action n°2 », « Action 4 : … », « 2.1 … ». */
export const ACTION_LINE =
  /^(?:fiche(?:\s+action)?|action|fa)\s*(?:n\s*°|no\b\.?|n\b\.?)?\s*(\d+(?:[.,]\d+)*)|^(\d+(?:[.,]\d+)*)\s*[.)\-:–]?\s+\S/;

/** A title that names a convention annex (« Annexe A – Tableau des engagements du socle », « Annexe 2 – … »). */
export const ANNEX_TITLE = /^annexe\b/;

/** Headers of indicator columns kept apart from the money columns of an annex. */
export const OBJECTIVE_HEADER = /\bobjectifs?\b|\bcibles?\b/;

/**
 * Page marks (SPEC §2): footers, préfecture stamps, signature lines, page numbers. A row that
 * holds one is never a row of a table, and no finding is placed on it.
 */
export const PAGE_MARKS: readonly RegExp[] = [
  /^(?:accuse de )?(?:recu|reception) (?:en|a la) (?:prefecture|sous-prefecture)\b/,
  /^envoye en (?:prefecture|sous-prefecture)\b/,
  /^accuse de reception\b/,
  /^(?:affiche|publie|notifie|transmis|certifie executoire)\b.*\ble\b/,
  /^date (?:de|d') ?(?:reception|teletransmission|publication|affichage|notification)\b/,
  /^id\s*:?\s*\d{3}-/,
  /^identifiant\s*:?\s*\d{3}-/,
  /^(?:pour )?(?:le|la|monsieur le|madame la) (?:president|presidente|prefet|prefete|vice-president|vice-presidente|directeur|directrice|sous-prefet|sous-prefete|secretaire general)\b/,
  /^pour le (?:president|prefet) et par delegation\b/,
  /^(?:fait|signe) a .{1,60}(?:,| le\b)/,
  /^fait en (?:deux|trois|\d) exemplaires\b/,
  /^(?:signature|signatures|cachet)\b/,
  /^page \d+(?:\s*(?:\/|sur)\s*\d+)?$/,
  /^\d+\s*\/\s*\d+$/,
  /^-\s*\d+\s*-$/,
];
