/** Amounts of one row read as terms of a sum, and written for messages (« F + G = … (K12 : … + L12 : …) »). */
import { ColumnKey } from "../../referentiel/types";
import { column, FinancialTable, TableColumn } from "../../tables/model";
import { AmountCell, RuleContext } from "../types";
import { columnName } from "../util/columns";
import { euros } from "../util/money";

/** One readable amount of a row, with the column that holds it. */
export interface Term {
  column: TableColumn;
  amount: AmountCell & { cents: number };
}

/** The row's amounts of these columns (absent columns skipped); null when one is unreadable. */
export function rowTerms(ctx: RuleContext, table: FinancialTable, row: number, keys: readonly ColumnKey[]): Term[] | null {
  const terms: Term[] = [];
  for (const key of keys) {
    const col = column(table, key);
    const amount = col && ctx.amount(table, row, key);
    if (!col || !amount) continue;
    if (amount.cents === null) return null;
    terms.push({ column: col, amount: amount as Term["amount"] });
  }
  return terms;
}

/** Σ of the terms in cents. */
export function total(terms: readonly Term[]): number {
  return terms.reduce((sum, t) => sum + t.amount.cents, 0);
}

/**
 * « F + G = 1 500,00 € (K12 : 1 000,00 € + L12 : 500,00 €) », « B = 1 000,00 € (F12) »,
 * « F − « Montant total réalisé… » = 200,00 € (F12 : 1 000,00 € − L12 : 800,00 €) ».
 */
export function sideText(plus: readonly Term[], minus: readonly Term[] = []): string {
  const names = [plus.map((t) => columnName(t.column)).join(" + "), ...minus.map((t) => columnName(t.column))].join(" − ");
  const value = total(plus) - total(minus);
  const all = [...plus, ...minus];
  if (all.length === 1) return `${names} = ${euros(value)} (${all[0].amount.address})`;
  const detail = (terms: readonly Term[]) => terms.map((t) => `${t.amount.address} : ${euros(t.amount.cents)}`);
  const cells = [detail(plus).join(" + "), ...detail(minus)].join(" − ");
  return `${names} = ${euros(value)} (${cells})`;
}
