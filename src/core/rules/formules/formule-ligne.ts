/** Rule 1: a computed column equals the sum of its parts on every action row (SPEC §3, §5). */
import { Rule } from "../types";
import {
  actionRows,
  cellRef,
  checkRow,
  columnName,
  euros,
  formulaFix,
  relationFormula,
  relationText,
  relationKinds,
  tableRelations,
} from "../util";

export const formuleLigne: Rule = {
  meta: {
    id: "formule-ligne",
    number: 1,
    severity: "error",
    fixable: true,
    scope: "financier",
    title: "Colonne calculée différente de la somme de ses parts",
    description:
      "Sur chaque ligne d'action, une colonne calculée (F = A+B+C, I = F+H, K = G+J, M = I+K+L…) doit être égale à la somme des colonnes qu'elle additionne.",
  },
  check(ctx) {
    for (const table of ctx.financialTables()) {
      for (const rel of tableRelations(table)) {
        const kindAt = relationKinds(ctx, table, rel);
        for (const { row } of actionRows(table)) {
          if (kindAt(row) !== "wrong") continue;
          const check = checkRow(ctx, table, rel, row);
          if (check.kind !== "wrong") continue;
          const { target, parts, sum, blank } = check;
          const formula = relationFormula(table, rel, row);
          const state = blank ? "est vide" : `vaut ${euros(target.cents as number)}`;
          const detail = parts.map((p) => euros(p.cents as number)).join(" + ");
          ctx.report({
            table,
            cell: target.address,
            message:
              `${target.address} : ${rel.relation.label} (${columnName(rel.target)}) ${state} alors que ` +
              `${relationText(rel)} = ${euros(sum)} (${detail}). Formule à mettre : ${formula}.`,
            related: parts.map((p) => cellRef(table, row, p.col)),
            fix: formulaFix(table, row, target.col, formula, sum),
          });
        }
      }
    }
  },
};
