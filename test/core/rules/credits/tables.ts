/** Column lists of the templates (SPEC §3) used by the tests of the « credits » rules. */
import { ColumnKey } from "../../../../src/core/referentiel/types";

/** F1 Prévisionnel 2024: A axe, B fiche, C intitulé, D A, E B, F C, G F. */
export const F1_COLUMNS: ColumnKey[] = ["axe", "fiche", "intitule", "etatNotifie", "cdAffecte", "autres", "budget"];

/**
 * F2 Récapitulatif 2025 (carry-forward part): A axe, B fiche, C intitulé, D A, E B, F C, G D, H E,
 * I réalisé, J F, K G.
 */
export const F2_COLUMNS: ColumnKey[] = [
  "axe",
  "fiche",
  "intitule",
  "etatVerse",
  "etatNonConsomme",
  "cdAffecte",
  "cdNonConsomme",
  "autres",
  "realise",
  "reportEtat",
  "reportCd",
];

/**
 * F3 Exécution 2022: A thème, B fiche, C intitulé, D A, E B, F C, G D, H E, I F, J réalisé,
 * K valorisation, L à reporter État, M à reporter CD, N Commentaire.
 */
export const F3_COLUMNS: ColumnKey[] = [
  "axe",
  "fiche",
  "intitule",
  "etatVerse",
  "etatReporte",
  "cdAffecte",
  "cdReporte",
  "autres",
  "budget",
  "realise",
  "valorisation",
  "reportEtat",
  "reportCd",
  "commentaire",
];

/** F4 Prévisionnel 2023: A thème, B fiche, C intitulé, D A, E B, F C, G valorisation, H D, I E, J F, K Commentaire. */
export const F4_COLUMNS: ColumnKey[] = [
  "axe",
  "fiche",
  "intitule",
  "etatNotifie",
  "etatReporte",
  "cdAffecte",
  "valorisation",
  "cdReporte",
  "autres",
  "budget",
  "commentaire",
];
