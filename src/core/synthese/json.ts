/**
 * The synthesis as JSON: a stable contract, version 1, described by docs/synthese.schema.json.
 * Keys and their order are fixed; amounts are integer cents (« unite »: « centimes »); rates are
 * ratios rounded to 6 decimals (0.5 = 50 %), null when their denominator is 0. A reader must
 * ignore keys it does not know (later additions stay in version 1).
 */
import { escapeStrings } from "../report/escape";
import { TOOL_NAME, TOOL_VERSION } from "../report/product";
import {
  AnomalieRegionale,
  AxeMontants,
  ClasseurSynthese,
  ConstatSynthese,
  LigneAxe,
  LigneDepartement,
  MontantsExecution,
  MontantsPrevision,
  Partie,
  Synthese,
  TableRef,
  TableSynthese,
} from "./types";

export const SYNTHESE_JSON_VERSION = 1;

const ratio = (r: number | null): number | null => (r === null ? null : Math.round(r * 1e6) / 1e6);

function prevision(m: MontantsPrevision) {
  return { etat: m.etat, etatReporte: m.etatReporte, cd: m.cd, cdReporte: m.cdReporte, autres: m.autres, total: m.total };
}

function execution(m: MontantsExecution) {
  return {
    etat: m.etat,
    etatReporte: m.etatReporte,
    cd: m.cd,
    cdReporte: m.cdReporte,
    autres: m.autres,
    total: m.total,
    realise: m.realise,
    reportEtat: m.reportEtat,
    reportCd: m.reportCd,
  };
}

function source(t: TableRef) {
  return { file: t.file, sheet: t.sheet, range: t.range, family: t.family };
}

function axe(a: LigneAxe) {
  return {
    cle: a.key,
    libelle: a.label,
    prevision: a.prevision && prevision(a.prevision),
    execution: a.execution && execution(a.execution),
    partCd: ratio(a.partCd),
    tauxConsommation: ratio(a.tauxConsommation),
  };
}

function ligne(l: LigneDepartement) {
  return {
    code: l.code,
    nom: l.nom,
    referentiel: l.connu,
    dispositif: l.dispositif,
    statut: l.statut,
    fiable: l.fiable,
    erreurs: l.erreurs,
    avertissements: l.avertissements,
    prevision: l.prevision && {
      annee: l.prevision.annee,
      source: source(l.prevision.source),
      ...prevision(l.prevision.montants),
    },
    execution: l.execution && {
      annee: l.execution.annee,
      source: source(l.execution.source),
      ...execution(l.execution.montants),
    },
    partCd: ratio(l.partCd),
    tauxConsommation: ratio(l.tauxConsommation),
    fichiers: l.fichiers,
    axes: l.parAxe.map(axe),
  };
}

function anomalie(a: AnomalieRegionale) {
  return {
    id: a.id,
    severity: a.severity,
    departement: a.departement,
    file: a.file,
    sheet: a.sheet,
    cell: a.cell,
    message: a.message,
  };
}

function constat(c: ConstatSynthese) {
  return {
    ruleId: c.ruleId,
    severity: c.severity,
    departement: c.departement,
    file: c.file,
    sheet: c.sheet,
    cell: c.cell,
    message: c.message,
  };
}

function partie<M, J>(p: Partie<M> | null, map: (m: M) => J) {
  return (
    p && {
      annee: p.annee,
      ...map(p.montants),
      axes: p.parAxe.map((a: AxeMontants<M>) => ({ cle: a.key, libelle: a.label, ...map(a.montants) })),
    }
  );
}

function table(t: TableSynthese) {
  return {
    departement: t.departement.key,
    sheet: t.sheet,
    range: t.range,
    family: t.family,
    dispositif: t.dispositif,
    year: t.year,
    fiable: t.fiable,
    erreurs: t.erreurs,
    avertissements: t.avertissements,
    informations: t.informations,
    illisibles: t.illisibles,
    prevision: partie(t.prevision, prevision),
    execution: partie(t.execution, execution),
  };
}

function classeur(c: ClasseurSynthese) {
  const d = c.departement;
  return {
    file: c.file,
    departement: { code: d.code, nom: d.nom, source: d.source, detail: d.detail, referentiel: d.connu },
    erreur: c.erreur,
    erreurs: c.erreurs,
    avertissements: c.avertissements,
    informations: c.informations,
    tables: c.tables.map(table),
  };
}

export type SyntheseJson = ReturnType<typeof toSyntheseJson>;

/** Texts from the workbooks (file and sheet names, titles, messages) are escaped for display, as in the main report. */
export function toSyntheseJson(s: Synthese) {
  return escapeStrings({
    version: SYNTHESE_JSON_VERSION,
    type: "synthese-regionale" as const,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    unite: "centimes" as const,
    annee: s.annee,
    anneesTrouvees: s.anneesTrouvees,
    enveloppe: s.enveloppe,
    departements: s.lignes.map(ligne),
    totaux: {
      prevision: prevision(s.totaux.prevision),
      execution: execution(s.totaux.execution),
      partCd: ratio(s.totaux.partCd),
      tauxConsommation: ratio(s.totaux.tauxConsommation),
    },
    anomalies: s.anomalies.map(anomalie),
    constats: s.constats.map(constat),
    classeurs: s.classeurs.map(classeur),
  });
}
