/**
 * The columns of the « Synthèse » table, once for every output (the .xlsx sheet, the CSV, the
 * workbench view): French header, group (forecast of N, execution of N−1), kind of value, how
 * to read it from a row, and for the computed columns (totals, rates) which columns they use,
 * so that the .xlsx writes them as live formulas.
 */
import { LigneAxe, LigneDepartement, MontantsExecution, MontantsPrevision, StatutLigne, TableRef } from "./types";

export type ColonneKind = "texte" | "montant" | "taux" | "nombre";
export type ColonneGroupe = "departement" | "prevision" | "execution" | "controle";

export type ColonneId =
  | "code"
  | "nom"
  | "dispositif"
  | "statut"
  | "pEtat"
  | "pEtatReporte"
  | "pCd"
  | "pCdReporte"
  | "pAutres"
  | "pTotal"
  | "partCd"
  | "eEtat"
  | "eEtatReporte"
  | "eCd"
  | "eCdReporte"
  | "eAutres"
  | "eTotal"
  | "eRealise"
  | "tauxConsommation"
  | "eReportEtat"
  | "eReportCd"
  | "erreurs"
  | "avertissements"
  | "fiabilite"
  | "sourcePrevision"
  | "sourceExecution";

export interface Colonne {
  id: ColonneId;
  groupe: ColonneGroupe;
  /** Header without the year (the group says it): « État notifié ». */
  titre: string;
  kind: ColonneKind;
  /** Value of a row: cents for montant, a ratio for taux, a count, a text; null = empty cell. */
  valeur(l: LigneDepartement): string | number | null;
  /** The same amount or rate for one axe / pilier / thème of a row (columns of the « Par pilier » sheet). */
  axe?(a: LigneAxe): number | null;
  /** The table a text cell names (its file, to link to). */
  source?(l: LigneDepartement): TableRef | null;
  /** A total computed as the sum of these columns (row formula =E5+F5+…). */
  somme?: readonly ColonneId[];
  /** A rate: numerator / (sum of the denominator's columns). */
  ratio?: { numerateur: ColonneId; denominateur: readonly ColonneId[] };
}

export const STATUT_LABEL: Record<StatutLigne, string> = {
  complet: "complet",
  "prevision-seule": "prévisionnel seul",
  "execution-seule": "exécution seule",
  absent: "absent",
};

const p = (f: keyof MontantsPrevision) => ({
  valeur: (l: LigneDepartement) => l.prevision?.montants[f] ?? null,
  axe: (a: LigneAxe) => a.prevision?.[f] ?? null,
});
const e = (f: keyof MontantsExecution) => ({
  valeur: (l: LigneDepartement) => l.execution?.montants[f] ?? null,
  axe: (a: LigneAxe) => a.execution?.[f] ?? null,
});

export const COLONNES: readonly Colonne[] = [
  { id: "code", groupe: "departement", titre: "Code", kind: "texte", valeur: (l) => l.code ?? "" },
  { id: "nom", groupe: "departement", titre: "Département", kind: "texte", valeur: (l) => l.nom },
  { id: "dispositif", groupe: "departement", titre: "Dispositif", kind: "texte", valeur: (l) => l.dispositif },
  { id: "statut", groupe: "departement", titre: "Tableaux reçus", kind: "texte", valeur: (l) => STATUT_LABEL[l.statut] },
  { id: "pEtat", groupe: "prevision", titre: "État notifié", kind: "montant", ...p("etat") },
  { id: "pEtatReporte", groupe: "prevision", titre: "État reporté", kind: "montant", ...p("etatReporte") },
  { id: "pCd", groupe: "prevision", titre: "Crédits CD", kind: "montant", ...p("cd") },
  { id: "pCdReporte", groupe: "prevision", titre: "CD reporté", kind: "montant", ...p("cdReporte") },
  { id: "pAutres", groupe: "prevision", titre: "Autres financeurs", kind: "montant", ...p("autres") },
  {
    id: "pTotal",
    groupe: "prevision",
    titre: "Budget prévu",
    kind: "montant",
    ...p("total"),
    somme: ["pEtat", "pEtatReporte", "pCd", "pCdReporte", "pAutres"],
  },
  {
    id: "partCd",
    groupe: "prevision",
    titre: "Part CD",
    kind: "taux",
    valeur: (l) => l.partCd,
    axe: (a) => a.partCd,
    ratio: { numerateur: "pCd", denominateur: ["pEtat", "pCd"] },
  },
  { id: "eEtat", groupe: "execution", titre: "État versé", kind: "montant", ...e("etat") },
  { id: "eEtatReporte", groupe: "execution", titre: "État reporté", kind: "montant", ...e("etatReporte") },
  { id: "eCd", groupe: "execution", titre: "Crédits CD", kind: "montant", ...e("cd") },
  { id: "eCdReporte", groupe: "execution", titre: "CD reporté", kind: "montant", ...e("cdReporte") },
  { id: "eAutres", groupe: "execution", titre: "Autres financeurs", kind: "montant", ...e("autres") },
  {
    id: "eTotal",
    groupe: "execution",
    titre: "Budget disponible",
    kind: "montant",
    ...e("total"),
    somme: ["eEtat", "eEtatReporte", "eCd", "eCdReporte", "eAutres"],
  },
  { id: "eRealise", groupe: "execution", titre: "Réalisé", kind: "montant", ...e("realise") },
  {
    id: "tauxConsommation",
    groupe: "execution",
    titre: "Taux de consommation",
    kind: "taux",
    valeur: (l) => l.tauxConsommation,
    axe: (a) => a.tauxConsommation,
    ratio: { numerateur: "eRealise", denominateur: ["eTotal"] },
  },
  { id: "eReportEtat", groupe: "execution", titre: "À reporter État", kind: "montant", ...e("reportEtat") },
  { id: "eReportCd", groupe: "execution", titre: "À reporter CD", kind: "montant", ...e("reportCd") },
  { id: "erreurs", groupe: "controle", titre: "Erreurs", kind: "nombre", valeur: (l) => l.erreurs },
  { id: "avertissements", groupe: "controle", titre: "Avertissements", kind: "nombre", valeur: (l) => l.avertissements },
  { id: "fiabilite", groupe: "controle", titre: "Fiabilité", kind: "texte", valeur: (l) => fiabilite(l) },
  {
    id: "sourcePrevision",
    groupe: "controle",
    titre: "Fichier du prévisionnel",
    kind: "texte",
    valeur: (l) => l.prevision?.source.file ?? "",
    source: (l) => l.prevision?.source ?? null,
  },
  {
    id: "sourceExecution",
    groupe: "controle",
    titre: "Fichier de l'exécution",
    kind: "texte",
    valeur: (l) => l.execution?.source.file ?? "",
    source: (l) => l.execution?.source ?? null,
  },
];

/** « fiable », « à vérifier » (the tables used have errors or unreadable amounts), « — » when absent. */
export function fiabilite(l: Pick<LigneDepartement, "statut" | "fiable">): string {
  if (l.statut === "absent") return "—";
  return l.fiable ? "fiable" : "à vérifier";
}

/** « Prévisionnel 2025 », « Exécution 2024 », « Contrôles ». */
export function groupeTitre(groupe: ColonneGroupe, annee: number): string {
  switch (groupe) {
    case "departement":
      return "Département";
    case "prevision":
      return `Prévisionnel ${annee}`;
    case "execution":
      return `Exécution ${annee - 1}`;
    case "controle":
      return "Contrôles";
  }
}

export function colonne(id: ColonneId): Colonne {
  return COLONNES.find((c) => c.id === id) as Colonne;
}

function sumOf(id: ColonneId, lignes: readonly LigneDepartement[]): number | null {
  const values = lignes.map((l) => colonne(id).valeur(l)).filter((v): v is number => typeof v === "number");
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0);
}

/** The value of the « Total région » row: sums, rates of the sums, « Total région » under the name. */
export function totalDe(c: Colonne, lignes: readonly LigneDepartement[]): string | number | null {
  if (c.kind === "montant" || c.kind === "nombre") return sumOf(c.id, lignes);
  if (c.ratio) {
    const num = sumOf(c.ratio.numerateur, lignes);
    const den = c.ratio.denominateur.reduce((n, id) => n + (sumOf(id, lignes) ?? 0), 0);
    return num === null || den === 0 ? null : num / den;
  }
  return c.id === "nom" ? "Total région" : "";
}
