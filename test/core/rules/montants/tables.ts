/** Column lists of the templates (SPEC §3) used by the tests of the « montants » rules. */
import { ColumnKey } from "../../../../src/core/referentiel/types";

/** F1 Prévisionnel 2024: A axe, B fiche, C intitulé, D A, E B, F C, G F. */
export const F1: ColumnKey[] = ["axe", "fiche", "intitule", "etatNotifie", "cdAffecte", "autres", "budget"];

/** F4 Prévisionnel 2023: A thème, B Chorus, C fiche, D intitulé, E A, F B, G C, H D, I E, J F, K Commentaire. */
export const F4: ColumnKey[] = [
  "axe",
  "chorus",
  "fiche",
  "intitule",
  "etatNotifie",
  "etatReporte",
  "cdAffecte",
  "cdReporte",
  "autres",
  "budget",
  "commentaire",
];

/** F2 Récapitulatif 2025, forecast part: A axe, B Chorus, C fiche, D intitulé, E H, F J. */
export const F2: ColumnKey[] = ["axe", "chorus", "fiche", "intitule", "etatNotifie", "cdAffecteConvention"];

export const AXE1 = "Axe Prévenir la pauvreté et lutter contre les inégalités dès l'enfance";
export const AXE3 = "Axe Lutter contre la grande exclusion grâce à l'accès aux droits";
export const AXE4 = "Axe Construire une transition écologique solidaire";
