/**
 * Rule 3: every total row equals the sum of what it totals, in every money column (SPEC §3, §5):
 * sous-total = its action rows; section sous-total = its sous-totaux; TOTAUX FINANCIERS = its
 * section sous-totaux, else its sous-totaux, else its action rows; Total dit contrôle = the sum
 * of all action rows, and not left empty.
 */
import { joinFr, quoteText } from "../../parse/format";
import { FinancialRow, FinancialTable, TableColumn } from "../../tables/model";
import { Rule, RuleContext } from "../types";
import {
  addressAt,
  checkTotal,
  euros,
  formulaFix,
  isBlankRow,
  numericColumns,
  partsSumPhrase,
  signedEuros,
  textAmountsOf,
  totalCellName,
  totalFormula,
  totalRowsOf,
} from "../util";

function reportEmptyControl(ctx: RuleContext, table: FinancialTable, total: FinancialRow): void {
  const first = numericColumns(table)[0];
  if (!first) return;
  const cell = addressAt(table, total.row, first);
  ctx.report({
    table,
    cell,
    severity: "warning",
    message:
      `${cell} : Total dit contrôle vide : il sert à vérifier TOTAUX FINANCIERS. ` +
      `Saisissez-y, colonne par colonne, le total des lignes d'action calculé indépendamment.`,
  });
}

/**
 * Why a total whose SUM formula already covers the right rows shows another value: amounts typed
 * as text (left out by Excel's sums; rule 8 converts them), else a result saved before the last change.
 */
function rightFormulaCause(ctx: RuleContext, table: FinancialTable, total: FinancialRow, column: TableColumn): string {
  const texts = textAmountsOf(ctx, table, total, column);
  if (texts.length === 0) {
    return "sa valeur enregistrée n'est pas à jour : recalculez le classeur (touche F9) et vérifiez le résultat";
  }
  const cells = joinFr(texts.map((a) => `${a.address} (${quoteText(String(a.value))})`));
  const [verb, convert] =
    texts.length > 1
      ? ["sont des montants saisis", "convertissez-les en nombres"]
      : ["est un montant saisi", "convertissez-le en nombre"];
  return `${cells} ${verb} comme du texte, que les sommes d'Excel ignorent : ${convert}`;
}

/** The gap between a total and its parts is exactly the amounts typed as text under it (Excel's sums leave them out). */
function onlyTextGap(ctx: RuleContext, table: FinancialTable, total: FinancialRow, column: TableColumn, gap: number): boolean {
  const texts = textAmountsOf(ctx, table, total, column);
  return texts.length > 0 && texts.reduce((sum, a) => sum + (a.cents as number), 0) === -gap;
}

function checkRowTotals(ctx: RuleContext, table: FinancialTable, total: FinancialRow): void {
  for (const column of numericColumns(table)) {
    const check = checkTotal(ctx, table, total, column);
    if (check.kind !== "wrong") continue;
    const { amount, expected, corrected } = check;
    const formula = totalFormula(table, total, column);
    const once =
      corrected !== null && corrected !== expected ? `, ${euros(corrected)} une fois corrigés les totaux qu'il additionne` : "";
    const facts =
      `${amount.address} : ${totalCellName(total, column)} vaut ${euros(amount.cents as number)} alors que ` +
      `${partsSumPhrase(table, total)} vaut ${euros(expected)} (écart : ${signedEuros((amount.cents as number) - expected)}${once}).`;
    ctx.report({
      table,
      cell: amount.address,
      // Its formula is right and the gap is only the amounts typed as text, which rule 8 converts: a consequence, not a second error.
      severity:
        check.rightFormula && onlyTextGap(ctx, table, total, column, (amount.cents as number) - expected) ? "info" : undefined,
      message: check.rightFormula
        ? `${facts} Sa formule ${amount.cell?.formula} additionne pourtant les bonnes lignes ; ${rightFormulaCause(ctx, table, total, column)}.`
        : `${facts} Formule à mettre : ${formula}.`,
      fix: check.rightFormula ? null : formulaFix(table, total.row, amount.col, formula, expected),
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
