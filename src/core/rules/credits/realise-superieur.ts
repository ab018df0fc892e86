/** Rule 16: réalisé above the budget, valorisation above the réalisé or the CD credits (SPEC §3 F2–F4). */
import { BoundRelation } from "../../referentiel/relations";
import { Rule } from "../types";
import { checkBounds } from "./bounds";

const STATEMENTS: Record<string, string> = {
  "realise>budget": "réalisé supérieur au budget global de l'action",
  "realise>etatVerse": "réalisé supérieur aux crédits de l'année (État, CD et autres financeurs)",
  "valorisation>realise": "valorisation des dépenses du CD supérieure au réalisé",
  "valorisation>cdAffecte": "valorisation CD supérieure aux crédits CD affectés",
};

function statement(bound: BoundRelation): string {
  return STATEMENTS[`${bound.left[0]}>${bound.right[0]}`] ?? "montant supérieur à son plafond";
}

export const realiseSuperieur: Rule = {
  meta: {
    id: "realise-superieur",
    number: 16,
    severity: "error",
    fixable: false,
    scope: "financier",
    title: "Réalisé supérieur au budget",
    description:
      "Le réalisé ne peut dépasser le budget de l'action (F en exécution, A + C + E au récapitulatif) ; " +
      "la valorisation ne peut dépasser le réalisé ni les crédits CD affectés.",
  },
  check(ctx) {
    checkBounds(ctx, "realise-superieur", {
      statement,
      advice: "Pas de correction automatique : vérifier lequel des deux montants est faux.",
    });
  },
};
