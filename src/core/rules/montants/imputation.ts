/** The Chorus code and the Pacte pilier each action row is imputed to, and the rows of each code (rules 10 and 17). */
import { chorusActivity } from "../../referentiel/chorus";
import { pacteAxeOf } from "../../referentiel/dispositifs";
import { ColumnKey, Dispositif } from "../../referentiel/types";
import { column, FinancialRow, FinancialTable } from "../../tables/model";
import { RuleContext } from "../types";
import { centsAt, ChorusGroup, chorusGroups, columnCents, readableCode, sumCents } from "../util";

export interface Imputation {
  /** 12-digit code: read in the row's Chorus cell, else (Pacte) the code of its axe. */
  code: string | null;
  /** Pacte pilier: of the axe label, else of the code. */
  pilier: number | null;
}

/** Pilier of a Pacte axe label (« Axe Lutter contre la grande exclusion … » → 3). */
export function axePilier(axe: string | null): number | null {
  return axe === null ? null : (pacteAxeOf(axe)?.pilier ?? null);
}

/** The imputation of every action row, by 0-based sheet row. */
export function imputations(ctx: RuleContext, table: FinancialTable, dispositif: Dispositif | null): Map<number, Imputation> {
  const codes = new Map<number, string | null>();
  for (const group of chorusGroups(ctx, table)) {
    const code = readableCode(group.parsed);
    for (const row of group.rows) codes.set(row.row, code);
  }
  const out = new Map<number, Imputation>();
  for (const row of table.rows.filter((r) => r.kind === "action"))
    out.set(row.row, imputationOf(row, codes.get(row.row) ?? null, dispositif));
  return out;
}

function imputationOf(row: FinancialRow, read: string | null, dispositif: Dispositif | null): Imputation {
  const axe = row.axe === null ? undefined : pacteAxeOf(row.axe);
  const code = read ?? (dispositif === "pacte" ? (axe?.chorus ?? null) : null);
  return { code, pilier: axe?.pilier ?? (code === null ? null : (chorusActivity(code)?.pilier ?? null)) };
}

/**
 * The Chorus cells of a table gathered by code (SPEC §2: one code may head two separate groups of
 * rows, and an amount written in a Chorus cell is the amount of the whole code). A cell whose code
 * cannot be read for sure stands alone (code null).
 */
export interface CodeImputation {
  code: string | null;
  /** The Chorus cells of that code, in sheet order. */
  cells: ChorusGroup[];
  /** Every action row imputed on the code, in sheet order. */
  rows: FinancialRow[];
}

export function codeImputations(ctx: RuleContext, table: FinancialTable): CodeImputation[] {
  const byCode = new Map<string, CodeImputation>();
  const out: CodeImputation[] = [];
  for (const cell of chorusGroups(ctx, table)) {
    const code = readableCode(cell.parsed);
    let entry = code === null ? undefined : byCode.get(code);
    if (!entry) {
      entry = { code, cells: [], rows: [] };
      out.push(entry);
      if (code !== null) byCode.set(code, entry);
    }
    entry.cells.push(cell);
    entry.rows.push(...cell.rows);
  }
  for (const entry of out) entry.rows.sort((a, b) => a.row - b.row);
  return out;
}

/** The amounts written in the code's Chorus cells, each once, with the first cell that writes it. */
export function writtenAmounts(imputation: CodeImputation): { cell: ChorusGroup; cents: number }[] {
  const seen = new Map<number, ChorusGroup>();
  for (const cell of imputation.cells) {
    const cents = cell.parsed.amountCents;
    if (cents !== null && !seen.has(cents)) seen.set(cents, cell);
  }
  return [...seen].map(([cents, cell]) => ({ cell, cents }));
}

/** The State column of the year's credits: A (notifiée), A (versés) in an execution, or « Participation Etat ». */
const STATE_KEYS: readonly ColumnKey[] = ["etatNotifie", "etatVerse", "etat"];

/**
 * The code's amounts add up: an amount is written in its Chorus cells (or given in the settings for
 * that code) and every such amount equals Σ État of the rows imputed on the code.
 */
export function codeAmountsAgree(ctx: RuleContext, table: FinancialTable, imputation: CodeImputation): boolean {
  const state = STATE_KEYS.map((k) => column(table, k)).find((c) => c !== undefined);
  if (!state || imputation.code === null || imputation.rows.length === 0) return false;
  // The rows are action rows of the table: their cents are read once per analysis (columnCents).
  const cents = columnCents(ctx, table, state);
  const sum = sumCents(imputation.rows.map((r) => centsAt(cents, r.row - table.range.r1)));
  const given = ctx.settings.montantsParPilier[imputation.code];
  const amounts = [...writtenAmounts(imputation).map((w) => w.cents), ...(given === undefined ? [] : [given])];
  return sum !== null && amounts.length > 0 && amounts.every((a) => a === sum);
}
