/**
 * Header vocabulary of the tables, as data (SPEC §3, §4). Headers are matched on normalised text
 * (lower case, no accents, spaces folded; see tables/headerCell.ts), after the printed letter
 * (« A ») and the header formula (« (A+B+C) ») are removed and the synonyms below applied.
 *
 * A pattern matches when each of its `all` terms starts a word of the header (« report » matches
 * « reportés » but not « apport »), when the header without its years and parentheses equals one
 * of its `exact` texts, or when the header starts with its `start` text. Patterns are tried in
 * order and the first match gives the key, so the specific ones (« non consommés », « à
 * reporter ») come before the general ones (« reportés »).
 */
import { ColumnKey, FinancialFamily, IndicatorColumnRole, IndicatorFamily } from "./types";

export interface HeaderPattern<K extends string> {
  key: K;
  all?: readonly string[];
  exact?: readonly string[];
  /** The header starts with this text. */
  start?: string;
}

/** Spelling variants folded before matching: CD / Département, Etat / Etats. */
export const HEADER_SYNONYMS: readonly (readonly [string, string])[] = [
  ["conseil departemental", "cd"],
  ["conseils departementaux", "cd"],
  ["departementales", "cd"],
  ["departementaux", "cd"],
  ["departementale", "cd"],
  ["departemental", "cd"],
  ["departement", "cd"],
  ["etats", "etat"],
];

export const FINANCIAL_HEADER_PATTERNS: readonly HeaderPattern<ColumnKey>[] = [
  { key: "valorisation", all: ["valorisation"] },
  { key: "commentaire", all: ["commentaire"] },
  { key: "commentaire", all: ["observation"] },
  { key: "chorus", all: ["chorus"] },
  { key: "chorus", all: ["imputation"] },
  { key: "chorus", all: ["code activite"] },
  { key: "etatNonConsomme", all: ["etat", "non consomm"] },
  { key: "cdNonConsomme", all: ["cd", "non consomm"] },
  { key: "reportEtat", all: ["reporter", "etat"] },
  { key: "reportCd", all: ["reporter", "cd"] },
  { key: "etatReporte", all: ["etat", "report"] },
  { key: "cdReporte", all: ["cd", "report"] },
  { key: "cdReporte", all: ["cd", "reprogramm"] },
  { key: "etatTotal", all: ["total etat"] },
  { key: "cdTotal", all: ["total cd"] },
  // « Crédits Etat notifiés et versés en 2022 »: what was paid (F3), not the forecast's notified amount
  { key: "etatVerse", all: ["notifi", "verse"] },
  { key: "etatNotifie", all: ["notifi"] },
  { key: "etatVerse", all: ["verse"] },
  { key: "realise", all: ["realise"] },
  { key: "executeN1", all: ["execute"] },
  // « Autres financements (FSE, CAF…) » is the other funders' column, not the FSE one
  { key: "autres", all: ["autre", "financeur"] },
  { key: "autres", all: ["autres financements"] },
  { key: "fse", all: ["fse"] },
  { key: "fse", all: ["fonds social europeen"] },
  { key: "cdAffecte", all: ["cd", "affecte"] },
  { key: "budget", all: ["budget global"] },
  { key: "budget", all: ["cout total"] },
  { key: "budget", exact: ["montant total", "budget total", "budget", "previsionnel", "budget previsionnel"] },
  { key: "etat", all: ["participation etat"] },
  { key: "etat", all: ["financement etat"] },
  { key: "etat", all: ["previsionnel", "etat"] },
  { key: "cd", all: ["participation cd"] },
  { key: "cd", all: ["financement cd"] },
  { key: "cd", all: ["previsionnel", "cd"] },
  { key: "intitule", all: ["intitule"] },
  { key: "intitule", all: ["libelle"] },
  { key: "intitule", exact: ["action", "actions", "nom de l'action", "mesure", "mesures"] },
  { key: "fiche", all: ["fiche"] },
  { key: "fiche", exact: ["n°", "no", "numero", "n° de fiche", "n° fiche"] },
  { key: "axe", all: ["axe"] },
  { key: "axe", all: ["theme"] },
  { key: "axe", all: ["thematique"] },
];

export const INDICATOR_HEADER_PATTERNS: readonly HeaderPattern<IndicatorColumnRole>[] = [
  { key: "justification", all: ["justification"] },
  { key: "justification", all: ["ecart"] },
  { key: "commentaire", all: ["commentaire"] },
  { key: "commentaire", all: ["definition"] },
  // anchored: a data row may name indicators (« Nombre d'indicateurs suivis »)
  { key: "indicateur", start: "indicateur" },
  { key: "indicateur", all: ["intitule", "indicateur"] },
  { key: "indicateur", all: ["libelle", "indicateur"] },
  { key: "resultatPartiel", all: ["semestre"] },
  { key: "resultatPartiel", all: ["trimestre"] },
  { key: "cible", all: ["cible"] },
  { key: "cible", all: ["objectif"] },
  { key: "cible", all: ["attendu"] },
  { key: "resultat", all: ["resultat"] },
  { key: "resultat", all: ["realise"] },
  { key: "situation", all: ["situation"] },
  { key: "situation", all: ["reference"] },
  { key: "action", all: ["action"] },
  { key: "action", all: ["mesure"] },
  { key: "action", all: ["fiche"] },
];

/** Words that make a header row look financial even when no family fits (unmapped regions). */
export const MONEY_WORDS: readonly string[] = [
  "credit",
  "montant",
  "budget",
  "participation",
  "financement",
  "depense",
  "cout",
  "subvention",
  "euro",
  "€",
];

/**
 * Words of the contracts themselves (normalised; in headers the synonyms are applied, so
 * « Département » is « cd »): a header-like row with money vocabulary but no family is worth an
 * « unmapped » note only when its header or the title lines above it speak of them. A budget of something else (« Chapitre |
 * Article | BP 2023 | Réalisé 2023 ») is not one of our tables and gets no note.
 */
export const CONTRACT_WORDS: readonly string[] = [
  "etat",
  "cd",
  "chorus",
  "report",
  "notifi",
  "valorisation",
  "fiche",
  "convention",
  "contrat",
  "contractualisation",
  "pacte",
  "calpae",
  "falpae",
  "pauvrete",
  "solidarite",
  "tableau financier",
];

/**
 * Which keys decide a financial family: every group must be present (any key of a group).
 * Tried in order; `exclusive`: the table may hold no other money column (the F5 block
 * « Prévisionnel 2019 / Réalisé 2019 », or one of them alone, whose rows are the funders).
 */
export interface FamilyRequirement {
  family: FinancialFamily;
  groups: readonly (readonly ColumnKey[])[];
  exclusive?: boolean;
  /** Added: a table of this shape only over rows naming the funders (never suggested for an unmapped header). */
  funderRows?: boolean;
}

export const FAMILY_REQUIREMENTS: readonly FamilyRequirement[] = [
  {
    family: "F2",
    groups: [
      ["etatNonConsomme", "cdNonConsomme"],
      ["reportEtat", "reportCd"],
      ["etatNotifie", "etatTotal", "cdAffecteConvention"],
    ],
  },
  { family: "F3", groups: [["etatVerse"], ["realise"], ["reportEtat", "reportCd"]] },
  { family: "F4", groups: [["etatNotifie"], ["etatReporte", "cdReporte"]] },
  { family: "F1", groups: [["etatNotifie"], ["cdAffecte"], ["budget"]] },
  { family: "F6", groups: [["etat"], ["cd"], ["fse", "executeN1"]] },
  { family: "F5", groups: [["budget"], ["etat"], ["cd"]] },
  { family: "F5", groups: [["budget"], ["realise"]], exclusive: true },
  // One amount column (« Prévisionnel 2019 » or « Réalisé 2019 » alone): only over funder rows (tables/header.ts)
  { family: "F5", groups: [["budget", "realise"]], exclusive: true, funderRows: true },
];

/**
 * F2 (SPEC §3): the « affectés » and « autres financeurs » columns right of the year-N part
 * (réalisé, à reporter, notifiée) are the forecast ones (J, L), not the N−1 ones (C, E).
 */
export const F2_FORECAST_KEYS: Partial<Record<ColumnKey, ColumnKey>> = {
  cdAffecte: "cdAffecteConvention",
  autres: "autresPrevus",
};
export const F2_FORECAST_START: readonly ColumnKey[] = ["realise", "reportEtat", "reportCd", "etatNotifie"];

/** Families (F5 fiche, F6 annexe) whose action column may be headed « Fiche action » or left blank. */
export const FAMILIES_WITHOUT_FICHE: readonly FinancialFamily[] = ["F5", "F6"];

/** Families whose header is never repeated inside one table: each header starts a new table. */
export const FAMILIES_NOT_REPEATED: readonly FinancialFamily[] = ["F5"];

/** What a column is, in French, for messages about headers. */
export const KEY_LABELS: Record<ColumnKey, string> = {
  axe: "axe / thème",
  chorus: "imputation Chorus",
  fiche: "n° de fiche action",
  intitule: "intitulé de l'action",
  commentaire: "commentaire",
  etatNotifie: "participation État notifiée",
  etatVerse: "crédits État versés",
  etatReporte: "crédits État reportés",
  etatNonConsomme: "crédits État non consommés",
  etatTotal: "budget total État",
  cdAffecte: "crédits CD affectés",
  cdAffecteConvention: "crédits CD affectés pour la convention suivante",
  cdReporte: "crédits CD reportés",
  cdNonConsomme: "crédits CD non consommés",
  cdTotal: "budget total CD",
  valorisation: "dont valorisation CD",
  autres: "participation d'autres financeurs",
  autresPrevus: "autres financeurs prévus",
  fse: "montant FSE",
  budget: "budget global",
  realise: "montant réalisé",
  reportEtat: "montant à reporter - part État",
  reportCd: "montant à reporter - part CD",
  etat: "participation État",
  cd: "participation CD",
  executeN1: "montant exécuté l'année précédente",
};

/** What an indicator column is, in French. */
export const ROLE_LABELS: Record<IndicatorColumnRole, string> = {
  action: "action / mesure",
  indicateur: "indicateur",
  commentaire: "commentaire",
  justification: "justification des écarts",
  situation: "situation de départ",
  cible: "cible",
  resultat: "résultat atteint",
  resultatPartiel: "résultat partiel (semestre, trimestre)",
};

export const FAMILY_LABELS: Record<FinancialFamily | IndicatorFamily, string> = {
  F1: "tableau prévisionnel (CLS)",
  F2: "récapitulatif prévisionnel avec reports (CLS)",
  F3: "exécution budgétaire (CALPAE)",
  F4: "prévisionnel avec reports (CALPAE)",
  F5: "budget d'une fiche action",
  F6: "récapitulatif des engagements (annexe)",
  I1: "matrice d'indicateurs du Pacte",
  I2: "matrice d'indicateurs CALPAE",
  I3: "tableau d'indicateurs simple",
};
