/**
 * Rule 4: every money column is totalled in every total row (SPEC §3 F2: the template's
 * TOTAUX FINANCIERS omits G and I…M). Erreur when the column holds amounts, avertissement when
 * what it should total is zero today.
 */
import { cellAddress } from "../../grid/address";
import { FinancialRow, FinancialTable } from "../../tables/model";
import { CellFix, Rule } from "../types";
import { formatEuros, joinFr } from "../../parse/format";
import { cellList, CellReport, reportRepeated } from "../util/repeated";
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
  totalName,
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
    description:
      "Chaque colonne de montants doit être totalisée dans chaque ligne de total (sous-totaux, TOTAUX FINANCIERS, Total dit contrôle).",
  },
  check(ctx) {
    for (const table of ctx.financialTables()) {
      for (const total of totalRowsOf(table)) {
        // An untouched Total dit contrôle is one finding of rule 3, not one per column.
        if (total.kind === "controle" && isBlankRow(table, total)) continue;
        const empty: Empty[] = [];
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
          empty.push({
            row: total.row,
            col,
            address: cell,
            message: `${cell} : ${totalCellName(total, column)} est vide ${found} : chaque colonne de montants doit être totalisée. Formule à mettre : ${formula}.`,
            fix: formulaFix(table, total.row, col, formula, check.expected) as CellFix,
            data: { formula, expected: check.expected },
          });
        }
        // The columns a total row leaves blank are one omission of that row (the template's
        // sous-totaux stop at L): one finding per row, one correction of all its cells.
        const severity = empty.some((e) => e.data.expected !== 0) ? "error" : "warning";
        if (empty.length === 1)
          ctx.report({ table, severity, cell: empty[0].address, message: empty[0].message, fix: empty[0].fix });
        else reportRepeated(ctx, table, empty, (items) => summary(table, total, items), severity, 2);
      }
    }
  },
};

type Empty = CellReport<{ formula: string; expected: number | null }>;

/** « Le sous-total est vide dans 2 colonnes de montants (M9 et N9) … y vaut 192 000,00 € (M9) et 201 000,00 € (N9). … ». */
function summary(table: FinancialTable, total: FinancialRow, items: readonly Empty[]): string {
  const amounts = joinFr(
    items.map((i) => `${i.data.expected === null ? "un montant incalculable" : euros(i.data.expected)} (${i.address})`),
  );
  const name = totalName(total);
  return (
    `${name.charAt(0).toUpperCase()}${name.slice(1)} est vide dans ${items.length} colonnes de montants (${cellList(items)}) ` +
    `alors que chaque colonne doit être totalisée ; ${partsSumPhrase(table, total)} y vaut ${amounts}. ` +
    `Correction : leurs formules (${items[0].address} : ${items[0].data.formula}, …).`
  );
}
