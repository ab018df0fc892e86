/** The regional synthesis: many workbooks' checked tables → one row per département for campagne N. */
export { synthesize, SyntheseError } from "./pipeline";
export type { Progression, SyntheseInput, SyntheseOptions } from "./pipeline";
export { toSyntheseJson, SYNTHESE_JSON_VERSION } from "./json";
export type { SyntheseJson } from "./json";
export { toSyntheseCsv } from "./csv";
export { COLONNES, colonne, fiabilite, groupeTitre, STATUT_LABEL, totalDe } from "./colonnes";
export type { Colonne, ColonneGroupe, ColonneId, ColonneKind } from "./colonnes";
export { avecEnveloppe, SEUIL_PART_CD, SEUIL_SOUS_CONSOMMATION } from "./controles";
export { identityLabel } from "./identite";
export { toSyntheseText } from "./texte";
export * from "./types";
