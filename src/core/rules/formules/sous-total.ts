/**
 * Rule 3: every total row equals the sum of what it totals, in every money column (SPEC §3, §5):
 * sous-total = its action rows; section sous-total = its sous-totaux; TOTAUX FINANCIERS = its
 * section sous-totaux, else its sous-totaux, else its action rows; Total dit contrôle = the sum
 * of all action rows, and not left empty.
 */
import { cellAddress } from "../../grid/address";
import { FinancialRow, FinancialTable } from "../../tables/model";
import { Rule, RuleContext } from "../types";
import {
  checkTotal,
  euros,
  formulaFix,
  isBlankRow,
  numericColumns,
  partsSumPhrase,
  signedEuros,
  totalCellName,
  totalFormula,
  totalRowsOf,
} from "../util";

function reportEmptyControl(ctx: RuleContext, table: FinancialTable, total: FinancialRow): void {
  const first = numericColumns(table)[0];
  if (!first) return;
  const cell = cellAddress(total.row, first.col);
  ctx.report({
    table,
    cell,
    severity: "warning",
    message:
      `${cell} : Total dit contrôle vide : il sert à vérifier TOTAUX FINANCIERS. ` +
      `Saisissez-y, colonne par colonne, le total des lignes d'action calculé indépendamment.`,
  });
}

function checkRowTotals(ctx: RuleContext, table: FinancialTable, total: FinancialRow): void {
  for (const column of numericColumns(table)) {
    const check = checkTotal(ctx, table, total, column);
    if (check.kind !== "wrong") continue;
    const { amount, expected, corrected } = check;
    const formula = totalFormula(table, total, column);
    const once = corrected !== null && corrected !== expected ? `, ${euros(corrected)} une fois corrigés les totaux qu'il additionne` : "";
    ctx.report({
      table,
      cell: amount.address,
      message:
        `${amount.address} : ${totalCellName(total, column)} vaut ${euros(amount.cents as number)} alors que ` +
        `${partsSumPhrase(table, total)} vaut ${euros(expected)} (écart : ${signedEuros((amount.cents as number) - expected)}${once}). ` +
        `Formule à mettre : ${formula}.`,
      fix: formulaFix(table, total.row, column.col, formula, expected),
    });
  }
}

export const sousTotal: Rule = {
  meta: {
    id: "sous-total",
    number: 3,
    severity: "error",
    fixable: true,
    scope: "financier",
    title: "Total différent de la somme de ses lignes",
    description:
      "Chaque sous-total, TOTAUX FINANCIERS et le Total dit contrôle doivent être égaux, dans chaque colonne de montants, à la somme des lignes qu'ils totalisent.",
  },
  check(ctx) {
    for (const table of ctx.financialTables()) {
      for (const total of totalRowsOf(table)) {
        if (total.kind === "controle" && isBlankRow(table, total)) reportEmptyControl(ctx, table, total);
        else checkRowTotals(ctx, table, total);
      }
    }
  },
};
