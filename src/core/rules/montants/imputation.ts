/** The Chorus code and the Pacte pilier each action row is imputed to (rules 10 and 17). */
import { chorusActivity } from "../../referentiel/chorus";
import { pacteAxeOf } from "../../referentiel/dispositifs";
import { Dispositif } from "../../referentiel/types";
import { FinancialRow, FinancialTable } from "../../tables/model";
import { chorusGroups, readableCode } from "../util";

export interface Imputation {
  /** 12-digit code: read in the row's Chorus cell, else (Pacte) the code of its axe. */
  code: string | null;
  /** Pacte pilier: of the axe label, else of the code. */
  pilier: number | null;
}

/** Pilier of a Pacte axe label (« Axe Lutter contre la grande exclusion … » → 3). */
export function axePilier(axe: string | null): number | null {
  return axe === null ? null : pacteAxeOf(axe)?.pilier ?? null;
}

/** The imputation of every action row, by 0-based sheet row. */
export function imputations(table: FinancialTable, dispositif: Dispositif | null): Map<number, Imputation> {
  const codes = new Map<number, string | null>();
  for (const group of chorusGroups(table)) {
    const code = readableCode(group.parsed);
    for (const row of group.rows) codes.set(row.row, code);
  }
  const out = new Map<number, Imputation>();
  for (const row of table.rows.filter((r) => r.kind === "action")) out.set(row.row, imputationOf(row, codes.get(row.row) ?? null, dispositif));
  return out;
}

function imputationOf(row: FinancialRow, read: string | null, dispositif: Dispositif | null): Imputation {
  const axe = row.axe === null ? undefined : pacteAxeOf(row.axe);
  const code = read ?? (dispositif === "pacte" ? axe?.chorus ?? null : null);
  return { code, pilier: axe?.pilier ?? (code === null ? null : chorusActivity(code)?.pilier ?? null) };
}
