/**
 * Rule 20: several numbers in one indicator cell (SPEC §2): fused numbers (« 1234 5 678 »), a value
 * and its target (« 120 / 150 », « 120 (cible 150) »), a list: erreur. A partial value with its
 * projection over the year (« 2 310 (de janvier à septembre 2023) – projection sur l'année : 3 080 »):
 * avertissement, the département must choose one figure. A number with a note (« 148 (sur 6 mois) »)
 * is one number (rule 19). Which one is the value cannot be guessed: no automatic fix.
 * Qualitative indicators take free text and are left alone.
 */
import { Rule } from "../types";
import { indicatorName, valueCells } from "./values";

const ADVICE =
  "Ne garder qu'un nombre par cellule : la cible dans la colonne de cible de l'année, les précisions en commentaire " +
  "(pas de correction automatique : la bonne valeur ne peut pas être devinée).";

const PROJECTION_ADVICE =
  "Choisir un seul chiffre pour la cellule (la valeur constatée, ou la projection si la colonne l'admet) et mettre l'autre " +
  "en commentaire avec sa période (pas de correction automatique).";

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
        const { parsed } = value;
        if ((parsed.kind !== "multiple" && parsed.kind !== "projection") || value.row.indicatorKind === "qualitative") continue;
        const projection = parsed.kind === "projection";
        ctx.report({
          table,
          cell: value.address,
          severity: projection ? "warning" : "error",
          message: `${value.address} : ${parsed.reason} pour ${indicatorName(value.row)}. ${projection ? PROJECTION_ADVICE : ADVICE}`,
        });
      }
    }
  },
};
