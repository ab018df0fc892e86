/**
 * The amounts of one checked financial table, recomputed from its action rows (its own sous-totaux
 * and TOTAUX are never trusted: rule 3 says when they are wrong), split into the forecast of year N
 * and the execution of year N−1 it holds, in total and per axe / pilier / thème. Which column
 * feeds which amount is data (PREVISION_COLUMNS, EXECUTION_COLUMNS), by family (SPEC §3).
 */
import { cellAddress } from "../grid/address";
import { AnalysisCache } from "../engine/cache";
import { ColumnKey, FinancialFamily } from "../referentiel/types";
import { columnYear } from "../rules/credits/years";
import { actionRows } from "../rules/util/rows";
import { column, FinancialRow, FinancialTable, sheetColumn } from "../tables/model";
import { axeOf, compareAxes } from "./axes";
import { AxeMontants, MontantsExecution, MontantsPrevision, Partie } from "./types";

type PrevisionField = "etat" | "etatReporte" | "cd" | "cdReporte" | "autres";
type ExecutionField = PrevisionField | "realise" | "reportEtat" | "reportCd";

/** Forecast of N: F1 A/B/C, F2 H/F/J/G/L, F4 A/B/C/D/E, F6 État/CD/FSE. */
export const PREVISION_COLUMNS: Partial<Record<FinancialFamily, Partial<Record<PrevisionField, ColumnKey>>>> = {
  F1: { etat: "etatNotifie", cd: "cdAffecte", autres: "autres" },
  F2: {
    etat: "etatNotifie",
    etatReporte: "reportEtat",
    cd: "cdAffecteConvention",
    cdReporte: "reportCd",
    autres: "autresPrevus",
  },
  F4: { etat: "etatNotifie", etatReporte: "etatReporte", cd: "cdAffecte", cdReporte: "cdReporte", autres: "autres" },
  F6: { etat: "etat", cd: "cd", autres: "fse" },
};

/** Execution: F3 of N (A…E, réalisé, reports into N+1), left half of F2 of N+1 (A, C, E, réalisé, F, G). */
export const EXECUTION_COLUMNS: Partial<Record<FinancialFamily, Partial<Record<ExecutionField, ColumnKey>>>> = {
  F3: {
    etat: "etatVerse",
    etatReporte: "etatReporte",
    cd: "cdAffecte",
    cdReporte: "cdReporte",
    autres: "autres",
    realise: "realise",
    reportEtat: "reportEtat",
    reportCd: "reportCd",
  },
  F2: {
    etat: "etatVerse",
    cd: "cdAffecte",
    autres: "autres",
    realise: "realise",
    reportEtat: "reportEtat",
    reportCd: "reportCd",
  },
};

const PREVISION_FIELDS: readonly PrevisionField[] = ["etat", "etatReporte", "cd", "cdReporte", "autres"];
const OPTIONAL_FIELDS = ["realise", "reportEtat", "reportCd"] as const;

export function emptyPrevision(): MontantsPrevision {
  return { etat: 0, etatReporte: 0, cd: 0, cdReporte: 0, autres: 0, total: 0 };
}

export function emptyExecution(withOptional: boolean): MontantsExecution {
  const optional = withOptional ? 0 : null;
  return {
    etat: 0,
    etatReporte: 0,
    cd: 0,
    cdReporte: 0,
    autres: 0,
    total: 0,
    realise: optional,
    reportEtat: optional,
    reportCd: optional,
  };
}

/** a + b where null means « no such column »: null only when both are. */
export function addOptional(a: number | null, b: number | null): number | null {
  return a === null && b === null ? null : (a ?? 0) + (b ?? 0);
}

export function addPrevision(into: MontantsPrevision, m: MontantsPrevision): void {
  for (const f of PREVISION_FIELDS) into[f] += m[f];
  into.total += m.total;
}

export function addExecution(into: MontantsExecution, m: MontantsExecution): void {
  for (const f of PREVISION_FIELDS) into[f] += m[f];
  into.total += m.total;
  for (const f of OPTIONAL_FIELDS) into[f] = addOptional(into[f], m[f]);
}

/** Reads the cents of the action rows, remembering the cells that cannot be read. */
class RowReader {
  readonly illisibles: string[] = [];

  constructor(
    private readonly table: FinancialTable,
    private readonly cache: AnalysisCache,
  ) {}

  /** Cents at (row, key); 0 when the table has no such column or the cell is unreadable (then listed). */
  cents(row: number, key: ColumnKey | undefined): number {
    const col = key === undefined ? undefined : column(this.table, key);
    if (!col) return 0;
    const sheetCol = sheetColumn(this.table, row, col.col);
    const cents = this.cache.cents(this.table.workbook, this.table.sheet, row, sheetCol);
    if (cents !== null) return cents;
    const address = cellAddress(row, sheetCol);
    if (!this.illisibles.includes(address)) this.illisibles.push(address);
    return 0;
  }

  has(key: ColumnKey | undefined): boolean {
    return key !== undefined && column(this.table, key) !== undefined;
  }
}

function previsionOfRow(
  reader: RowReader,
  row: FinancialRow,
  keys: Partial<Record<PrevisionField, ColumnKey>>,
): MontantsPrevision {
  const m = emptyPrevision();
  for (const f of PREVISION_FIELDS) m[f] = reader.cents(row.row, keys[f]);
  m.total = PREVISION_FIELDS.reduce((sum, f) => sum + m[f], 0);
  return m;
}

function executionOfRow(
  reader: RowReader,
  row: FinancialRow,
  keys: Partial<Record<ExecutionField, ColumnKey>>,
): MontantsExecution {
  const m = emptyExecution(false);
  for (const f of PREVISION_FIELDS) m[f] = reader.cents(row.row, keys[f]);
  m.total = PREVISION_FIELDS.reduce((sum, f) => sum + m[f], 0);
  for (const f of OPTIONAL_FIELDS) m[f] = reader.has(keys[f]) ? reader.cents(row.row, keys[f]) : null;
  return m;
}

/** Sums the rows' amounts in total and per axe. */
function summed<M>(
  table: FinancialTable,
  rows: readonly FinancialRow[],
  ofRow: (row: FinancialRow) => M,
  empty: () => M,
  add: (into: M, m: M) => void,
): { montants: M; parAxe: AxeMontants<M>[] } {
  const montants = empty();
  const byAxe = new Map<string, AxeMontants<M>>();
  for (const row of rows) {
    const m = ofRow(row);
    add(montants, m);
    const axe = axeOf(table, row);
    let entry = byAxe.get(axe.key);
    if (!entry) {
      entry = { ...axe, montants: empty() };
      byAxe.set(axe.key, entry);
    }
    add(entry.montants, m);
  }
  return { montants, parAxe: [...byAxe.values()].sort(compareAxes) };
}

/** Year of the forecast a table holds: the year of its « notifiée pour la convention N » column, else N. */
function previsionYear(table: FinancialTable): number | null {
  return table.family === "F2" ? columnYear(table, "etatNotifie", 0) : table.year;
}

/** Year of the execution a table holds: N for F3, the year of « versés en N−1 » for F2. */
function executionYear(table: FinancialTable): number | null {
  return table.family === "F2" ? columnYear(table, "etatVerse", -1) : table.year;
}

export interface TableParts {
  prevision: Partie<MontantsPrevision> | null;
  execution: Partie<MontantsExecution> | null;
  illisibles: string[];
}

/** The forecast and execution a financial table holds (null parts for families with none, or an unknown year). */
export function tableParts(table: FinancialTable, cache: AnalysisCache): TableParts {
  const reader = new RowReader(table, cache);
  const rows = actionRows(table);
  const previsionKeys = PREVISION_COLUMNS[table.family];
  const executionKeys = EXECUTION_COLUMNS[table.family];
  const pYear = previsionKeys ? previsionYear(table) : null;
  const eYear = executionKeys ? executionYear(table) : null;
  const prevision =
    previsionKeys && pYear !== null
      ? { annee: pYear, ...summed(table, rows, (r) => previsionOfRow(reader, r, previsionKeys), emptyPrevision, addPrevision) }
      : null;
  const withOptional = executionKeys !== undefined && OPTIONAL_FIELDS.some((f) => reader.has(executionKeys[f]));
  const execution =
    executionKeys && eYear !== null
      ? {
          annee: eYear,
          ...summed(
            table,
            rows,
            (r) => executionOfRow(reader, r, executionKeys),
            () => emptyExecution(withOptional),
            addExecution,
          ),
        }
      : null;
  return { prevision, execution, illisibles: reader.illisibles };
}

/** cd / (etat + cd): the département's share of the year's credits (SPEC §1.2); null when both are 0. */
export function partCd(m: Pick<MontantsPrevision, "etat" | "cd">): number | null {
  const whole = m.etat + m.cd;
  return whole === 0 ? null : m.cd / whole;
}

/** réalisé / budget available; null without réalisé or budget. */
export function tauxConsommation(m: Pick<MontantsExecution, "realise" | "total">): number | null {
  return m.realise === null || m.total === 0 ? null : m.realise / m.total;
}
