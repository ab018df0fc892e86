/** Rule 12: a carry-forward larger than what is left unspent (SPEC §3 F2 and F3). */
import { BoundRelation } from "../../referentiel/relations";
import { Rule } from "../types";
import { checkBounds } from "./bounds";

const STATEMENTS: Record<string, string> = {
  etatNonConsomme: "report État supérieur aux crédits État non consommés",
  cdNonConsomme: "report CD supérieur aux crédits CD non consommés",
  budget: "reports supérieurs à la part du budget non réalisée",
  etatVerse: "report État supérieur aux crédits État de l'année (versés et reportés)",
  cdAffecte: "report CD supérieur aux crédits CD de l'année (affectés et reportés)",
};

function statement(bound: BoundRelation): string {
  return STATEMENTS[bound.right[0]] ?? "report supérieur au montant disponible";
}

export const reportSuperieur: Rule = {
  meta: {
    id: "report-superieur",
    number: 12,
    severity: "error",
    fixable: false,
    scope: "financier",
    title: "Report supérieur au montant non consommé",
    description:
      "Le montant à reporter ne peut dépasser ce qui n'a pas été consommé : F ≤ B et G ≤ D (récapitulatif), " +
      "reports ≤ budget − réalisé, report État ≤ A + B et report CD ≤ C + D (exécution).",
  },
  check(ctx) {
    checkBounds(ctx, "report-superieur", {
      statement,
      advice: "Pas de correction automatique : réduire le report ou corriger les montants dont il découle.",
    });
  },
};
