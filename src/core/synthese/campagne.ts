/**
 * The campagne of year N, département by département: the forecast of N and the execution of N−1
 * taken from the département's checked tables, in total and per axe / pilier / thème.
 * When several tables give the same part (a récapitulatif F2 and an annex F6, two files sent
 * twice), the most complete family is kept and nothing is added twice.
 */
import { FinancialFamily } from "../referentiel/types";
import { compareAxes } from "./axes";
import { identityLabel } from "./identite";
import { addExecution, addPrevision, emptyExecution, emptyPrevision, partCd, tauxConsommation } from "./montants";
import {
  AxeRef,
  ConstatSynthese,
  Identite,
  LigneAxe,
  LigneDepartement,
  MontantsExecution,
  MontantsPrevision,
  Partie,
  TableSynthese,
  TotauxRegion,
} from "./types";

/** Which table gives a part when several could: first in the list wins. */
const PREVISION_PRIORITY: readonly FinancialFamily[] = ["F2", "F4", "F1", "F6"];
const EXECUTION_PRIORITY: readonly FinancialFamily[] = ["F3", "F2"];

const DISPOSITIF_LABEL = { calpae: "CALPAE", pacte: "Pacte des solidarités" } as const;

/** The campagne a table's parts belong to: its forecast year, and its execution year + 1. */
export function campagnesOf(table: TableSynthese): number[] {
  const years: number[] = [];
  if (table.prevision) years.push(table.prevision.annee);
  if (table.execution) years.push(table.execution.annee + 1);
  return years;
}

/** Tables of one département that can give a part, best first (priority, then file order). */
export interface Candidates {
  prevision: TableSynthese[];
  execution: TableSynthese[];
}

export function candidatesOf(tables: readonly TableSynthese[], annee: number): Candidates {
  const rank = (order: readonly FinancialFamily[]) => (t: TableSynthese) => order.indexOf(t.family);
  const sorted = (list: TableSynthese[], order: readonly FinancialFamily[]) =>
    list
      .map((t, i) => ({ t, i }))
      .sort((a, b) => rank(order)(a.t) - rank(order)(b.t) || a.i - b.i)
      .map((x) => x.t);
  return {
    prevision: sorted(
      tables.filter((t) => t.prevision?.annee === annee),
      PREVISION_PRIORITY,
    ),
    execution: sorted(
      tables.filter((t) => t.execution?.annee === annee - 1),
      EXECUTION_PRIORITY,
    ),
  };
}

function tableRef(t: TableSynthese) {
  return { file: t.file, sheet: t.sheet, range: t.range, family: t.family };
}

function axesOf(prevision: Partie<MontantsPrevision> | null, execution: Partie<MontantsExecution> | null): LigneAxe[] {
  const refs = new Map<string, AxeRef>();
  for (const a of [...(prevision?.parAxe ?? []), ...(execution?.parAxe ?? [])])
    if (!refs.has(a.key)) refs.set(a.key, { key: a.key, label: a.label });
  return [...refs.values()].sort(compareAxes).map((ref) => {
    const p = prevision?.parAxe.find((a) => a.key === ref.key)?.montants ?? null;
    const e = execution?.parAxe.find((a) => a.key === ref.key)?.montants ?? null;
    return {
      ...ref,
      prevision: p,
      execution: e,
      partCd: p ? partCd(p) : null,
      tauxConsommation: e ? tauxConsommation(e) : null,
    };
  });
}

function statutOf(hasPrevision: boolean, hasExecution: boolean): LigneDepartement["statut"] {
  if (hasPrevision && hasExecution) return "complet";
  if (hasPrevision) return "prevision-seule";
  return hasExecution ? "execution-seule" : "absent";
}

/** What a département row is made from: its tables, the files they are in, its findings. */
export interface DepartementInput {
  identite: Identite;
  tables: readonly TableSynthese[];
  /** Files that could not be fully analysed. */
  failedFiles: ReadonlySet<string>;
  constats: readonly ConstatSynthese[];
}

function severityCount(
  constats: readonly ConstatSynthese[],
  files: readonly string[],
  severity: ConstatSynthese["severity"],
): number {
  return constats.filter((c) => c.severity === severity && files.includes(c.file)).length;
}

/** The row of one département for campagne N (statut « absent » when none of its tables is of N). */
export function ligneOf(input: DepartementInput, annee: number): LigneDepartement {
  const { identite } = input;
  const { prevision: pList, execution: eList } = candidatesOf(input.tables, annee);
  const pTable = pList[0];
  const eTable = eList[0];
  const prevision = pTable?.prevision ? { ...pTable.prevision, source: tableRef(pTable) } : null;
  const execution = eTable?.execution ? { ...eTable.execution, source: tableRef(eTable) } : null;
  const used = [pTable, eTable].filter((t): t is TableSynthese => t !== undefined);
  const fichiers = [...new Set(used.map((t) => t.file))];
  const dispositifs = [...new Set(used.flatMap((t) => (t.dispositif ? [DISPOSITIF_LABEL[t.dispositif]] : [])))];
  return {
    key: identite.key as string,
    code: identite.code,
    nom: identite.nom ?? identityLabel(identite),
    connu: identite.connu,
    dispositif: dispositifs.join(" / "),
    statut: statutOf(prevision !== null, execution !== null),
    prevision,
    execution,
    partCd: prevision ? partCd(prevision.montants) : null,
    tauxConsommation: execution ? tauxConsommation(execution.montants) : null,
    erreurs: severityCount(input.constats, fichiers, "error"),
    avertissements: severityCount(input.constats, fichiers, "warning"),
    fiable: used.every((t) => t.fiable && !input.failedFiles.has(t.file)),
    fichiers,
    parAxe: axesOf(prevision, execution),
  };
}

/** Sort key of a code: INSEE order (« 19 » < « 2A » < « 2B » < « 21 » … « 95 » < « 971 »), then the others. */
function codeRank(code: string | null): [number, string] {
  if (code === null) return [Number.MAX_SAFE_INTEGER, ""];
  const upper = code.toUpperCase();
  if (upper === "2A") return [20.1, upper];
  if (upper === "2B") return [20.2, upper];
  const m = /^(\d+)(M?)$/.exec(upper);
  if (m) return [Number(m[1]) + (m[2] ? 0.5 : 0), upper];
  return [100_000, upper];
}

export function compareLignes(a: Pick<LigneDepartement, "code" | "nom">, b: Pick<LigneDepartement, "code" | "nom">): number {
  const [ra, sa] = codeRank(a.code);
  const [rb, sb] = codeRank(b.code);
  if (ra !== rb) return ra - rb;
  if (sa !== sb) return sa < sb ? -1 : 1;
  return a.nom.localeCompare(b.nom, "fr");
}

/** Sums of the rows (absent départements add nothing). */
export function totauxOf(lignes: readonly LigneDepartement[]): TotauxRegion {
  const prevision = emptyPrevision();
  const execution = emptyExecution(false);
  for (const l of lignes) {
    if (l.prevision) addPrevision(prevision, l.prevision.montants);
    if (l.execution) addExecution(execution, l.execution.montants);
  }
  return { prevision, execution, partCd: partCd(prevision), tauxConsommation: tauxConsommation(execution) };
}
