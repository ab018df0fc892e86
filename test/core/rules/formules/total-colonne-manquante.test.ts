import { totalColonneManquante } from "../../../../src/core/rules/formules/total-colonne-manquante";
import { financialTable, runRule, summary } from "../../../helpers/ruleTester";
import { seedF1 } from "./fixtures";

describe("total-colonne-manquante", () => {
  describe("valid", () => {
    it("accepts totals filled in every money column, right or wrong (rule 3 checks the amounts)", () => {
      expect(runRule(totalColonneManquante, seedF1({ D5: 1 }))).toEqual([]);
    });

    it("leaves an untouched Total dit contrôle to rule 3 (one warning, not one per column)", () => {
      expect(runRule(totalColonneManquante, seedF1({ D10: null, E10: null, F10: null, G10: null }))).toEqual([]);
    });
  });

  describe("invalid", () => {
    it("reports a blank total cell whose column holds amounts (erreur), with its SUM formula", () => {
      expect(summary(runRule(totalColonneManquante, seedF1({ E5: null, G9: null })))).toEqual([
        {
          cell: "E5",
          severity: "error",
          message:
            "E5 : le sous-total (colonne B du tableau) est vide alors que la somme des lignes 2 à 4 vaut 167\u00a0500,00\u00a0€ : chaque colonne de montants doit être totalisée. " +
            "Formule à mettre : =SUM(E2:E4).",
          fix: { kind: "formula", sheet: "Feuille1", cell: "E5", formula: "=SUM(E2:E4)", expected: 167500 },
        },
        {
          cell: "G9",
          severity: "error",
          message:
            "G9 : TOTAUX FINANCIERS (colonne F du tableau) est vide alors que la somme des sous-totaux des lignes 5 et 8 vaut 1\u00a0030\u00a0000,00\u00a0€ : chaque colonne de montants doit être totalisée. " +
            "Formule à mettre : =SUM(G5,G8).",
          fix: { kind: "formula", sheet: "Feuille1", cell: "G9", formula: "=SUM(G5,G8)", expected: 1030000 },
        },
      ]);
    });

    it("warns when what the blank cell should total is zero today (the F2 template's TOTAUX omits columns)", () => {
      const table = financialTable({
        family: "F2",
        columns: ["fiche", "reportCd", "etatNotifie", "etatTotal"],
        rows: [
          ["empty", "1."],
          ["empty", "2."],
          ["sousTotal", "Sous total", "0,00\u00a0€", "0,00\u00a0€"],
          ["total", "TOTAUX FINANCIERS", "0,00\u00a0€"],
        ],
      });
      expect(runRule(totalColonneManquante, table).map((f) => [f.severity, f.message])).toEqual([
        [
          "warning",
          "D4 : le sous-total (colonne I du tableau) est vide (la somme des lignes 2 et 3 vaut 0,00\u00a0€ aujourd'hui) : chaque colonne de montants doit être totalisée. Formule à mettre : =SUM(D2:D3).",
        ],
        // the columns one total row leaves blank: one finding for that row, one correction of its cells
        [
          "warning",
          "C5 : TOTAUX FINANCIERS est vide dans 2 colonnes de montants (C5 et D5) alors que chaque colonne doit être totalisée ; " +
            "la somme des sous-totaux de la ligne 4 y vaut 0,00\u00a0€ (C5) et 0,00\u00a0€ (D5). Correction : leurs formules (C5 : =SUM(C4), …).",
        ],
      ]);
      const grouped = runRule(totalColonneManquante, table)[1];
      expect(grouped.related).toEqual([{ sheet: "Feuille1", cell: "D5" }]);
      expect(grouped.fix).toEqual({
        kind: "cells",
        sheet: "Feuille1",
        cell: "C5",
        fixes: [
          { kind: "formula", sheet: "Feuille1", cell: "C5", formula: "=SUM(C4)", expected: 0 },
          { kind: "formula", sheet: "Feuille1", cell: "D5", formula: "=SUM(D4)", expected: 0 },
        ],
      });
    });

    it("reports a blank cell of a partly filled Total dit contrôle, and a sum it cannot compute", () => {
      const findings = runRule(totalColonneManquante, seedF1({ F10: null, D3: "24\u00a0275 55\u00a0€" }));
      expect(summary(findings)).toEqual([
        {
          cell: "F10",
          severity: "error",
          message:
            "F10 : le Total dit contrôle (colonne C du tableau) est vide alors que la somme des lignes 2 à 4, 6 et 7 vaut 40\u00a0000,00\u00a0€ : chaque colonne de montants doit être totalisée. " +
            "Formule à mettre : =SUM(F2:F4,F6:F7).",
          fix: { kind: "formula", sheet: "Feuille1", cell: "F10", formula: "=SUM(F2:F4,F6:F7)", expected: 40000 },
        },
      ]);
      const unreadable = runRule(totalColonneManquante, seedF1({ D5: null, D3: "24\u00a0275 55\u00a0€" }));
      expect(summary(unreadable)).toEqual([
        {
          cell: "D5",
          severity: "error",
          message:
            "D5 : le sous-total (colonne A du tableau) est vide (la somme des lignes 2 à 4 ne peut pas être calculée : un montant y est illisible) : chaque colonne de montants doit être totalisée. " +
            "Formule à mettre : =SUM(D2:D4).",
          fix: { kind: "formula", sheet: "Feuille1", cell: "D5", formula: "=SUM(D2:D4)" },
        },
      ]);
    });
  });
});
