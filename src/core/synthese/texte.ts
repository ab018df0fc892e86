/** The synthesis as a short French text: one line per département, the totals, the count of anomalies. */
import { formatEuros, formatPercentFr } from "../parse/format";
import { escapeControls } from "../report/escape";
import { count } from "../report/french";
import { Severity } from "../rules/types";
import { fiabilite, STATUT_LABEL } from "./colonnes";
import { LigneDepartement, Synthese } from "./types";

const percent = (ratio: number | null) => (ratio === null ? "—" : formatPercentFr(Math.floor(ratio * 1000) / 10, 1));

function ligneText(l: LigneDepartement): string {
  const name = `${l.code ?? ""} ${l.nom}`.trim();
  if (l.statut === "absent") return `  ${name} : absent`;
  const parts = [
    STATUT_LABEL[l.statut],
    l.prevision ? `État notifié ${formatEuros(l.prevision.montants.etat)}, part CD ${percent(l.partCd)}` : null,
    l.execution
      ? `réalisé ${l.execution.montants.realise === null ? "—" : formatEuros(l.execution.montants.realise)}, consommation ${percent(l.tauxConsommation)}`
      : null,
    fiabilite(l),
  ];
  return `  ${name} : ${parts.filter((p) => p !== null).join(" ; ")}`;
}

function severities(list: readonly { severity: Severity }[]): string {
  const n = (s: Severity) => list.filter((x) => x.severity === s).length;
  return `${count(n("error"), "erreur", "erreurs")}, ${count(n("warning"), "avertissement", "avertissements")}, ${count(n("info"), "information", "informations")}`;
}

export function toSyntheseText(s: Synthese): string {
  const t = s.totaux;
  const lines = [
    `Synthèse régionale ${s.annee} (prévisionnel ${s.annee}, exécution ${s.annee - 1}) : ` +
      `${count(s.lignes.length, "département", "départements")}, ${count(s.classeurs.length, "classeur lu", "classeurs lus")}`,
    ...s.lignes.map(ligneText),
    `  Total région : État notifié ${formatEuros(t.prevision.etat)}, part CD ${percent(t.partCd)} ; ` +
      `réalisé ${formatEuros(t.execution.realise ?? 0)} sur ${formatEuros(t.execution.total)}, consommation ${percent(t.tauxConsommation)}` +
      (s.enveloppe === null ? "" : ` ; enveloppe ${formatEuros(s.enveloppe)}`),
    `Contrôles régionaux : ${severities(s.anomalies)} ; constats des classeurs : ${severities(s.constats)}.`,
  ];
  return `${escapeControls(lines.join("\n"))}\n`;
}
