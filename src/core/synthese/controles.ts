/**
 * The regional checks: what no single workbook can tell.
 * - enveloppe-regionale: the State credits notified to the départements for N (Σ État of the
 *   forecasts) against the regional envelope given by the DREETS (seed 003: « 6 Contrats locaux
 *   des solidarités avec les Départements de la région — 11 105 834 € »);
 * - departement-absent: a département with tables in campagne N−1 and none in N;
 * - reports-non-retrouves: the execution of N−1 announces credits « à reporter » into N and no
 *   table of N takes them up, or rule 13 (report-incoherent, run over the département's workbooks
 *   together) found differences;
 * - sous-consommation: réalisé below SEUIL_SOUS_CONSOMMATION of the budget available;
 * - tableaux-en-double: two tables give the same part for one département (only the first counts).
 */
import { formatEuros, formatPercentFr } from "../parse/format";
import { REPORT_LINK } from "../rules/credits/links";
import { FinancialFamily } from "../referentiel/types";
import { Candidates } from "./campagne";
import { AnomalieRegionale, ConstatSynthese, LigneDepartement, TableSynthese } from "./types";

/** Below this consumption rate (réalisé / budget available), the execution is flagged (SPEC §1.2, l.133). */
export const SEUIL_SOUS_CONSOMMATION = 0.8;
/** The Pacte's co-financing rule: CD ≥ 50 % of État + CD (SPEC §1.2, l.135); CALPAE parity is the same share. */
export const SEUIL_PART_CD = 0.5;

const percent = (ratio: number) => formatPercentFr(Math.floor(ratio * 1000) / 10, 1);

function anomaly(a: Omit<AnomalieRegionale, "file" | "sheet" | "cell"> & Partial<AnomalieRegionale>): AnomalieRegionale {
  return { file: null, sheet: null, cell: null, ...a };
}

const nameOf = (l: Pick<LigneDepartement, "nom" | "code">) => (l.code ? `${l.nom} (${l.code})` : l.nom);

export function enveloppeCheck(
  lignes: readonly LigneDepartement[],
  annee: number,
  enveloppe: number | null,
): AnomalieRegionale[] {
  if (enveloppe === null) return [];
  const present = lignes.filter((l) => l.prevision);
  const notified = present.reduce((n, l) => n + (l.prevision?.montants.etat ?? 0), 0);
  const missing = lignes.filter((l) => !l.prevision).map(nameOf);
  const partial = missing.length > 0 ? ` Sans prévisionnel ${annee} : ${missing.join(", ")} (somme partielle).` : "";
  const sum = `La somme des participations de l'État notifiées pour ${annee} (${present.length} départements) est de ${formatEuros(notified)}`;
  if (notified > enveloppe) {
    return [
      anomaly({
        id: "enveloppe-regionale",
        severity: "error",
        departement: null,
        message: `${sum} : elle dépasse l'enveloppe régionale de ${formatEuros(enveloppe)} de ${formatEuros(notified - enveloppe)}.${partial}`,
      }),
    ];
  }
  if (notified < enveloppe) {
    return [
      anomaly({
        id: "enveloppe-regionale",
        severity: missing.length > 0 ? "warning" : "info",
        departement: null,
        message: `${sum} pour une enveloppe régionale de ${formatEuros(enveloppe)} : ${formatEuros(enveloppe - notified)} restent à répartir.${partial}`,
      }),
    ];
  }
  return [];
}

export function absentCheck(ligne: LigneDepartement, annee: number, previous: readonly string[]): AnomalieRegionale[] {
  if (ligne.statut !== "absent") return [];
  const files = previous.length > 0 ? ` (${previous.join(", ")})` : "";
  return [
    anomaly({
      id: "departement-absent",
      severity: "warning",
      departement: ligne.key,
      file: previous[0] ?? null,
      message: `${nameOf(ligne)} : des tableaux pour ${annee - 1}${files}, mais aucun pour ${annee}. Tableau non transmis, ou classeur à ajouter à la synthèse.`,
    }),
  ];
}

/** Families whose « reportés sur N » columns take up the reports of N−1 (rule 13's REPORT_LINK). */
const REPORT_TARGETS = Object.keys(REPORT_LINK.targets) as FinancialFamily[];

function announced(ligne: LigneDepartement): { etat: number; cd: number } | null {
  const e = ligne.execution;
  // An F2 carries its reports into its own year, in the same table: nothing to find elsewhere.
  if (!e || e.source.family !== "F3") return null;
  const etat = e.montants.reportEtat ?? 0;
  const cd = e.montants.reportCd ?? 0;
  return etat + cd > 0 ? { etat, cd } : null;
}

export function reportsCheck(
  ligne: LigneDepartement,
  annee: number,
  tables: readonly TableSynthese[],
  constats: readonly ConstatSynthese[],
): AnomalieRegionale[] {
  const reports = announced(ligne);
  if (!reports || !ligne.execution) return [];
  const source = ligne.execution.source;
  const what = `l'exécution ${annee - 1} annonce ${formatEuros(reports.etat)} (État) et ${formatEuros(reports.cd)} (CD) à reporter sur ${annee}`;
  const targets = tables.filter((t) => REPORT_TARGETS.includes(t.family) && t.year === annee);
  if (targets.length === 0) {
    return [
      anomaly({
        id: "reports-non-retrouves",
        severity: "warning",
        departement: ligne.key,
        file: source.file,
        sheet: source.sheet,
        message: `${nameOf(ligne)} : ${what}, mais aucun tableau ${annee} du département ne reprend de crédits reportés (prévisionnel ${annee} absent ou sans colonnes de reports).`,
      }),
    ];
  }
  const files = new Set([...targets.map((t) => t.file), source.file]);
  // Rule 13 reports a report gap on the table of N (F4, F3) or, for a report not taken up, on the F3 of N−1.
  const gaps = constats.filter(
    (c) => c.ruleId === "report-incoherent" && files.has(c.file) && REPORT_TARGETS.includes(c.family as FinancialFamily),
  );
  if (gaps.length === 0) return [];
  const first = gaps[0];
  return [
    anomaly({
      id: "reports-non-retrouves",
      severity: "error",
      departement: ligne.key,
      file: first.file,
      sheet: first.sheet,
      cell: first.cell,
      message: `${nameOf(ligne)} : ${what} ; ${gaps.length === 1 ? "un écart" : `${gaps.length} écarts`} avec les crédits reportés du prévisionnel ${annee} (règle report-incoherent : voir ${gaps.length === 1 ? "le constat" : "les constats"} de ${first.file}).`,
    }),
  ];
}

export function consommationCheck(ligne: LigneDepartement, annee: number): AnomalieRegionale[] {
  const taux = ligne.tauxConsommation;
  const e = ligne.execution;
  if (taux === null || !e || taux >= SEUIL_SOUS_CONSOMMATION) return [];
  return [
    anomaly({
      id: "sous-consommation",
      severity: "info",
      departement: ligne.key,
      file: e.source.file,
      sheet: e.source.sheet,
      message: `${nameOf(ligne)} : ${percent(taux)} des crédits ${annee - 1} consommés (réalisé ${formatEuros(e.montants.realise ?? 0)} sur ${formatEuros(e.montants.total)}), sous le seuil de ${percent(SEUIL_SOUS_CONSOMMATION)} : une sous-consommation manifeste peut réduire les crédits de ${annee} (art. 2.2 du contrat).`,
    }),
  ];
}

function duplicates(ligne: LigneDepartement, list: readonly TableSynthese[], what: string): AnomalieRegionale[] {
  if (list.length < 2 || list[1].family !== list[0].family) return [];
  const where = (t: TableSynthese) => `« ${t.file} », feuille « ${t.sheet} » (${t.range})`;
  return [
    anomaly({
      id: "tableaux-en-double",
      severity: "warning",
      departement: ligne.key,
      file: list[1].file,
      sheet: list[1].sheet,
      message: `${nameOf(ligne)} : ${list.length} tableaux ${list[0].family} donnent ${what} ; seul celui de ${where(list[0])} est repris, pas celui de ${where(list[1])}.`,
    }),
  ];
}

export function doublonsCheck(ligne: LigneDepartement, candidates: Candidates, annee: number): AnomalieRegionale[] {
  return [
    ...duplicates(ligne, candidates.prevision, `le prévisionnel ${annee}`),
    ...duplicates(ligne, candidates.execution, `l'exécution ${annee - 1}`),
  ];
}

/**
 * The same synthesis with another regional envelope (the workbench lets the reviewer type it
 * after the workbooks are read): only the envelope check changes.
 */
export function avecEnveloppe<
  S extends { annee: number; enveloppe: number | null; lignes: LigneDepartement[]; anomalies: AnomalieRegionale[] },
>(s: S, enveloppe: number | null): S {
  const others = s.anomalies.filter((a) => a.id !== "enveloppe-regionale");
  return { ...s, enveloppe, anomalies: [...enveloppeCheck(s.lignes, s.annee, enveloppe), ...others] };
}
