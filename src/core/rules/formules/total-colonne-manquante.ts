/**
 * Rule 4: every money column is totalled in every total row (SPEC §3 F2: the template's
 * TOTAUX FINANCIERS omits G and I…M). Erreur when the column holds amounts, avertissement when
 * what it should total is zero today.
 */
import { cellAddress } from "../../grid/address";
import { formatEuros } from "../../parse/format";
import { Rule } from "../types";
import {
  checkTotal,
  colAt,
  euros,
  formulaFix,
  isBlankRow,
  numericColumns,
  partsSumPhrase,
  totalCellName,
  totalFormula,
  totalRowsOf,
} from "../util";

export const totalColonneManquante: Rule = {
  meta: {
    id: "total-colonne-manquante",
    number: 4,
    severity: "error",
    fixable: true,
    scope: "financier",
    title: "Colonne non totalisée",
    description: "Chaque colonne de montants doit être totalisée dans chaque ligne de total (sous-totaux, TOTAUX FINANCIERS, Total dit contrôle).",
  },
  check(ctx) {
    for (const table of ctx.financialTables()) {
      for (const total of totalRowsOf(table)) {
        // An untouched Total dit contrôle is one finding of rule 3, not one per column.
        if (total.kind === "controle" && isBlankRow(table, total)) continue;
        for (const column of numericColumns(table)) {
          const check = checkTotal(ctx, table, total, column);
          if (check.kind !== "blank") continue;
          const col = colAt(table, total.row, column);
          const cell = cellAddress(total.row, col);
          const formula = totalFormula(table, total, column);
          const sum = partsSumPhrase(table, total);
          const found =
            check.expected === null
              ? `(${sum} ne peut pas être calculée : un montant y est illisible)`
              : check.expected === 0
                ? `(${sum} vaut ${formatEuros(0)} aujourd'hui)`
                : `alors que ${sum} vaut ${euros(check.expected)}`;
          ctx.report({
            table,
            cell,
            severity: check.expected === 0 ? "warning" : "error",
            message: `${cell} : ${totalCellName(total, column)} est vide ${found} : chaque colonne de montants doit être totalisée. Formule à mettre : ${formula}.`,
            fix: formulaFix(table, total.row, col, formula, check.expected),
          });
        }
      }
    }
  },
};
