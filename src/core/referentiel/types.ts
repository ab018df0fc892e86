/** Vocabulary shared by the whole core: dispositifs, table families, column keys. */

export type Dispositif = "calpae" | "pacte";

/** Financial table families (SPEC §3) and indicator families (SPEC §4). */
export type FinancialFamily = "F1" | "F2" | "F3" | "F4" | "F5" | "F6";
export type IndicatorFamily = "I1" | "I2" | "I3";
export type Family = FinancialFamily | IndicatorFamily;
/**
 * Added (SPEC §3 F7): families recognised by their content, not a template's header — F7 a
 * fiche's budget by year, F8 label / amount lines, F9 a two-way État / Département table, F10
 * amounts per axe or thème, F11 the money part of a convention annex (referentiel/fiches.ts).
 */
export type BudgetFamily = "F7" | "F8" | "F9" | "F10" | "F11";

/** Who pays an amount: the State, the département, another funder. */
export type FunderRole = "etat" | "cd" | "autres";

/**
 * Semantic role of a column of a financial table, independent of the letter printed in its
 * header (letters skip and differ between templates; we match by vocabulary, SPEC §2).
 *
 * | key                 | F1 | F2 | F3 | F4 | F5 | F6 |
 * |---------------------|----|----|----|----|----|----|
 * | axe (axe / thème)   | ✓  | ✓  | ✓  | ✓  |    |    |
 * | chorus              |    | ✓  | ✓  | ✓  |    |    |
 * | fiche               | ✓  | ✓  | ✓  | ✓  |    |    |
 * | intitule            | ✓  | ✓  | ✓  | ✓  | ✓  | ✓ (action) |
 * | etatNotifie         | A  | H  |    | A  |    |    |
 * | etatVerse           |    | A  | A  |    |    |    |
 * | etatReporte         |    |    | B  | B  |    |    |
 * | etatNonConsomme     |    | B  |    |    |    |    |
 * | cdAffecte           | B  | C  | C  | C  |    |    |
 * | cdReporte           |    |    | D  | D  |    |    |
 * | cdNonConsomme       |    | D  |    |    |    |    |
 * | autres              | C  | E  | E  | E  |    |    |
 * | realise             |    | (no letter) | (no letter) | | | |
 * | valorisation        |    |    | dont valorisation | dont valorisation CD | | |
 * | reportEtat          |    | F  | à reporter Part Etat | | | |
 * | reportCd            |    | G  | à reporter Part CD | | | |
 * | etatTotal           |    | I  |    |    |    |    |
 * | cdAffecteConvention |    | J  |    |    |    |    |
 * | cdTotal             |    | K  |    |    |    |    |
 * | autresPrevus        |    | L  |    |    |    |    |
 * | budget              | F  | M  | F  | F  | Budget global / TOTAL | Montant total |
 * | etat                |    |    |    |    | Participation Etat | Montant prévisionnel (Etat) |
 * | cd                  |    |    |    |    | Participation CD / Département | Montant prévisionnel (CD) |
 * | fse                 |    |    |    |    |    | Montant prévisionnel (FSE) |
 * | executeN1           |    |    |    |    |    | Montant exécuté N-1 |
 * | commentaire         |    |    | ✓  | ✓  |    |    |
 */
export type ColumnKey =
  | "axe"
  | "chorus"
  | "fiche"
  | "intitule"
  | "commentaire"
  | "etatNotifie"
  | "etatVerse"
  | "etatReporte"
  | "etatNonConsomme"
  | "etatTotal"
  | "cdAffecte"
  | "cdAffecteConvention"
  | "cdReporte"
  | "cdNonConsomme"
  | "cdTotal"
  | "valorisation"
  | "autres"
  | "autresPrevus"
  | "fse"
  | "budget"
  | "realise"
  | "reportEtat"
  | "reportCd"
  | "etat"
  | "cd"
  | "executeN1";

/** Keys of columns that hold text, not money. */
export const TEXT_COLUMN_KEYS: readonly ColumnKey[] = ["axe", "chorus", "fiche", "intitule", "commentaire"];

/** Roles of the columns of an indicator table. */
export type IndicatorColumnRole =
  | "action" // « Actions », « Mesures », « Nom de la Mesure »
  | "indicateur" // « Indicateurs locaux », « Indicateurs », « Indicateur »
  | "commentaire" // « Commentaires et Eléments de définition »
  | "justification" // « Justification des écarts le cas échéant »
  | "situation" // baseline: « Situation au 31 déc. 2023 », « Situation 2018 du Département »
  | "cible" // « Cible 2025 », « Résultat attendu en 2022 (objectif fixé) »
  | "resultat" // « Résultat atteint en 2024 », « Résultat du Département en 2019 », « 2021 »
  | "resultatPartiel"; // « … 1er semestre 2022 … », « … 1er trimestre 2023 … »
