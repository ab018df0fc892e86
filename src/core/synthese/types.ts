/**
 * The regional synthesis (« synthèse régionale »): what a DREETS reads before the dialogue de
 * gestion of year N, built from the checked financial tables of every workbook of its région.
 *
 * Vocabulary:
 * - a workbook gives one `ClasseurSynthese`: its département, its financial tables with their
 *   amounts (`TableSynthese`) and its findings;
 * - the « campagne » of year N is what is reviewed in year N: the forecast of N (F1, F4, the right
 *   half of F2, F6) and the execution of N−1 (F3 of N−1, the left half of F2 of N);
 * - one `LigneDepartement` per département for campagne N, with the same amounts per axe / pilier
 *   / thème (`LigneAxe`), and the regional checks (`AnomalieRegionale`).
 * Money is in integer cents; rates are ratios (0.5 = 50 %), null when the denominator is 0.
 */
import { Dispositif, FinancialFamily } from "../referentiel/types";
import { Severity } from "../rules/types";
import { Table } from "../tables/model";

/** Where the département of a workbook was read. */
export type IdentiteSource = "parametre" | "titre" | "fichier";

export interface Identite {
  /** Grouping key: the code (« 77 », « 2A », « 69M », « VdM »; in capitals when outside the référentiel), else « nom:<nom normalisé> »; null when unknown. */
  key: string | null;
  code: string | null;
  /** Name without article, as in the référentiel (or as written when it is not in it). */
  nom: string | null;
  /** « de Seine-et-Marne »: the name with its article, for messages; null when unknown. */
  deNom: string | null;
  source: IdentiteSource | null;
  /** French: where it was read (« titre « - Région IdF - Département de Seine-et-Marne (77) » »). */
  detail: string;
  /** The territory is in the référentiel (src/core/referentiel/departements.ts). */
  connu: boolean;
  region: string | null;
}

/** Amounts of a forecast (prévisionnel) of year N, in cents. */
export interface MontantsPrevision {
  /** État: new credits notified for N (A of F1/F4, H of F2, État of F6). */
  etat: number;
  /** État credits of N−1 carried onto N (B of F4, F of F2). */
  etatReporte: number;
  /** CD credits for N (B of F1, C of F4, J of F2, CD of F6). */
  cd: number;
  /** CD credits of N−1 carried onto N (D of F4, G of F2). */
  cdReporte: number;
  /** Other funders (C of F1, E of F4, L of F2, FSE of F6). */
  autres: number;
  /** Recomputed from the action rows: sum of the five amounts above (never the table's own total). */
  total: number;
}

/** Amounts of an execution (exécution) of year N−1, in cents. */
export interface MontantsExecution {
  /** État credits paid for the year (A « Crédits Etat versés »). */
  etat: number;
  /** État credits of the year before carried onto it (B of F3; 0 for F2). */
  etatReporte: number;
  cd: number;
  /** CD credits of the year before carried onto it (D of F3; 0 for F2). */
  cdReporte: number;
  autres: number;
  /** Recomputed budget available: sum of the five amounts above. */
  total: number;
  /** « Montant total réalisé »; null when the table has no such column. */
  realise: number | null;
  /** « Montant à reporter … Part État / Part CD » into the next year; null when the table has none. */
  reportEtat: number | null;
  reportCd: number | null;
}

/** The key of an axe / pilier / thème across départements: « pilier-3 », « chorus-030450191903 », « theme:… ». */
export interface AxeRef {
  key: string;
  /** « Pilier 3 – Lutter contre la grande exclusion grâce à l'accès aux droits », « 0304 50 19 19 03 – 1er accueil social inconditionnel ». */
  label: string;
}

export interface AxeMontants<M> extends AxeRef {
  montants: M;
}

/** A part of a table (its forecast or its execution) with the year it is about. */
export interface Partie<M> {
  annee: number;
  montants: M;
  parAxe: AxeMontants<M>[];
}

/** Where a table is: its file, sheet and range (A1). */
export interface TableRef {
  file: string;
  sheet: string;
  range: string;
  family: FinancialFamily;
}

export interface TableSynthese extends TableRef {
  /** The département of the table: named in its own titles, else the workbook's. */
  departement: Identite;
  dispositif: Dispositif | null;
  /** Year N of the table as recognised (null when unknown: the table then feeds no campagne). */
  year: number | null;
  prevision: Partie<MontantsPrevision> | null;
  execution: Partie<MontantsExecution> | null;
  erreurs: number;
  avertissements: number;
  informations: number;
  /** A1 addresses of amount cells that could not be read: left out of the sums. */
  illisibles: string[];
  /** No finding of severity erreur in the table and every amount read. */
  fiable: boolean;
}

export interface ClasseurSynthese {
  file: string;
  /** The workbook's département (its first title naming one, its file name, or the parameter). */
  departement: Identite;
  tables: TableSynthese[];
  erreurs: number;
  avertissements: number;
  informations: number;
  /** French message when the file could not be read or analysed; null otherwise. */
  erreur: string | null;
}

/** A finding of a checked workbook, as the synthesis keeps it (light: no table, no fix). */
export interface ConstatSynthese {
  ruleId: string;
  severity: Severity;
  file: string;
  sheet: string;
  cell: string;
  message: string;
  /** Key of the département of its table (or of its workbook): Identite.key. */
  departement: string | null;
  /** Family of the table the finding is about, if any. */
  family: Table["family"] | null;
}

export type StatutLigne = "complet" | "prevision-seule" | "execution-seule" | "absent";

export interface LigneAxe extends AxeRef {
  prevision: MontantsPrevision | null;
  execution: MontantsExecution | null;
  /** cd / (etat + cd) of the forecast. */
  partCd: number | null;
  /** realise / total of the execution. */
  tauxConsommation: number | null;
}

export interface LigneDepartement {
  key: string;
  code: string | null;
  nom: string;
  connu: boolean;
  /** Dispositifs of the tables used, in French (« Pacte des solidarités », « CALPAE »). */
  dispositif: string;
  statut: StatutLigne;
  /** Forecast of N and the table it comes from. */
  prevision: (Partie<MontantsPrevision> & { source: TableRef }) | null;
  /** Execution of N−1 and the table it comes from. */
  execution: (Partie<MontantsExecution> & { source: TableRef }) | null;
  partCd: number | null;
  tauxConsommation: number | null;
  /** Findings of the département's workbooks of campagne N. */
  erreurs: number;
  avertissements: number;
  /** The tables used have no error and every amount was read. */
  fiable: boolean;
  /** Workbooks of the département that feed campagne N. */
  fichiers: string[];
  parAxe: LigneAxe[];
}

export type AnomalieId =
  | "enveloppe-regionale"
  | "departement-absent"
  | "reports-non-retrouves"
  | "sous-consommation"
  | "departement-non-identifie"
  | "titre-modele"
  | "departement-hors-referentiel"
  | "departement-contradictoire"
  | "classeur-plusieurs-departements"
  | "tableaux-en-double"
  | "classeur-illisible"
  | "classeur-hors-campagne"
  | "classeur-synthese";

export interface AnomalieRegionale {
  id: AnomalieId;
  severity: Severity;
  /** Département key, or null for a regional one. */
  departement: string | null;
  /** File, sheet and cell the anomaly points to, when there is one. */
  file: string | null;
  sheet: string | null;
  cell: string | null;
  message: string;
}

export interface TotauxRegion {
  prevision: MontantsPrevision;
  execution: MontantsExecution;
  partCd: number | null;
  tauxConsommation: number | null;
}

export interface Synthese {
  /** Year N of the campagne. */
  annee: number;
  /** Years of campagne found among the workbooks, ascending. */
  anneesTrouvees: number[];
  /** Regional envelope of State credits for N, in cents, when given. */
  enveloppe: number | null;
  lignes: LigneDepartement[];
  totaux: TotauxRegion;
  anomalies: AnomalieRegionale[];
  constats: ConstatSynthese[];
  classeurs: ClasseurSynthese[];
}
