/**
 * Rule 20: several numbers in one indicator cell (SPEC §2): fused numbers (« 1234 5 678 »), a value
 * and its target (« 120 / 150 », « 120 (cible 150) »), a list. Which one is the value cannot be
 * guessed: no automatic fix. Qualitative indicators take free text and are left alone.
 */
import { Rule } from "../types";
import { indicatorName, valueCells } from "./values";

const ADVICE =
  "Ne garder qu'un nombre par cellule : la cible dans la colonne de cible de l'année, les précisions en commentaire " +
  "(pas de correction automatique : la bonne valeur ne peut pas être devinée).";

export const indicateurPlusieursNombres: Rule = {
  meta: {
    id: "indicateur-plusieurs-nombres",
    number: 20,
    severity: "error",
    fixable: false,
    scope: "indicateurs",
    title: "Plusieurs nombres dans une cellule d'indicateur",
    description:
      "Une cellule de valeur d'indicateur ne doit contenir qu'un nombre : ni nombres accolés, ni valeur et cible ensemble.",
  },
  check(ctx) {
    for (const table of ctx.indicatorTables()) {
      for (const value of valueCells(ctx, table)) {
        if (value.parsed.kind !== "multiple" || value.row.indicatorKind === "qualitative") continue;
        ctx.report({
          table,
          cell: value.address,
          message: `${value.address} : ${value.parsed.reason} pour ${indicatorName(value.row)}. ${ADVICE}`,
        });
      }
    }
  },
};
