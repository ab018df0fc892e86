import { sousTotal } from "../../../../src/core/rules/formules/sous-total";
import { valeurEnDur } from "../../../../src/core/rules/formules/valeur-en-dur";
import { runRule, summary } from "../../../helpers/ruleTester";
import { seedF1 } from "./fixtures";

describe("valeur-en-dur", () => {
  describe("valid", () => {
    it("accepts formulas in computed columns and totals", () => {
      expect(runRule(valeurEnDur, seedF1())).toEqual([]);
    });

    it("accepts a TOTAUX adding its sous-totaux one by one or all action rows, and a contrôle copying TOTAUX", () => {
      const table = seedF1({
        D9: { f: "=D5+D8" },
        E9: { f: "=SUM(E2:E4,E6:E7)" },
        F10: { f: "=F9" },
        G9: { f: "=SUBTOTAL(9,G2:G8)" },
      });
      expect(runRule(valeurEnDur, table)).toEqual([]);
    });

    it("leaves wrong values to rules 1 and 3, and blank totals to rule 4", () => {
      expect(runRule(valeurEnDur, seedF1({ G2: 1, D5: 2, E5: null }))).toEqual([]);
    });
  });

  describe("noise (issue 7)", () => {
    it("groups four or more right values typed in one table into one finding whose fix puts every formula back", () => {
      const findings = runRule(valeurEnDur, seedF1({ G2: 135000, G3: 180000, G4: 60000, D5: 167500 }));
      expect(findings.map((f) => [f.cell, f.severity, f.related.map((r) => r.cell)])).toEqual([
        ["G2", "warning", ["G3", "G4", "D5"]],
      ]);
      expect(findings[0].message).toBe(
        "G2 : 4 cellules où le modèle attend une formule sont saisies en dur (G2, G3, G4 et D5) : elles ne suivront pas les montants " +
          "qu'elles additionnent. Correction : leurs formules (G2 : =D2+E2+F2, …).",
      );
      const fix = findings[0].fix;
      expect(fix?.kind === "cells" ? fix.fixes.map((f) => [f.cell, f.kind === "formula" ? f.formula : null]) : null).toEqual([
        ["G2", "=D2+E2+F2"],
        ["G3", "=D3+E3+F3"],
        ["G4", "=D4+E4+F4"],
        ["D5", "=SUM(D2:D4)"],
      ]);
    });

    it("gives no « formula expected » warning in a table that never had a formula (pasted)", () => {
      const pasted = Object.fromEntries(
        [
          ["D5", 167500],
          ["E5", 167500],
          ["F5", 40000],
          ["G5", 375000],
          ["G2", 135000],
          ["G3", 180000],
          ["G4", 60000],
        ].map(([a, v]) => [a, v]),
      );
      const table = seedF1(pasted, 4);
      expect(table.sheet.get(1, 6)?.formula).toBeUndefined();
      expect(runRule(valeurEnDur, table)).toEqual([]);
    });
  });

  describe("invalid", () => {
    it("warns on a right value typed in a computed column or a total, and proposes the formula", () => {
      expect(summary(runRule(valeurEnDur, seedF1({ G2: 135000, D5: "167\u00a0500,00\u00a0€" })))).toEqual([
        {
          cell: "G2",
          severity: "warning",
          message:
            "G2 : le budget global (F = A+B+C) est saisi en dur (135\u00a0000,00\u00a0€) là où le modèle attend une formule : il ne suivra pas les montants qu'il additionne. " +
            "Formule à mettre : =D2+E2+F2.",
          fix: { kind: "formula", sheet: "Feuille1", cell: "G2", formula: "=D2+E2+F2", expected: 135000 },
        },
        {
          cell: "D5",
          severity: "warning",
          message:
            "D5 : le sous-total (colonne A du tableau) est saisi en dur (167\u00a0500,00\u00a0€) là où le modèle attend une formule : il ne suivra pas les montants qu'il additionne. " +
            "Formule à mettre : =SUM(D2:D4).",
          fix: { kind: "formula", sheet: "Feuille1", cell: "D5", formula: "=SUM(D2:D4)", expected: 167500 },
        },
      ]);
    });

    it("counts a formula without any reference as typed in", () => {
      const findings = runRule(valeurEnDur, seedF1({ G3: { f: "=90000+90000" } }));
      expect(findings.map((f) => [f.cell, f.severity])).toEqual([["G3", "warning"]]);
    });

    it("reports a SUM range not extended to a row of its group (erreur), instead of rule 3", () => {
      const table = seedF1({ D5: { f: "=SUM(D2:D3)" } });
      expect(summary(runRule(valeurEnDur, table))).toEqual([
        {
          cell: "D5",
          severity: "error",
          message:
            "D5 : le sous-total (colonne A du tableau) a pour formule =SUM(D2:D3), qui omet la ligne 4. Formule à mettre : =SUM(D2:D4) (résultat attendu : 167\u00a0500,00\u00a0€).",
          fix: { kind: "formula", sheet: "Feuille1", cell: "D5", formula: "=SUM(D2:D4)", expected: 167500 },
        },
      ]);
      expect(runRule(sousTotal, table)).toEqual([]);
    });

    it("reports a total that counts action rows twice or adds rows of another group", () => {
      const other = seedF1({ E8: { f: "=SUM(E4:E7)" } });
      const twice = seedF1({ E9: { f: "=SUM(E2:E8)" } });
      expect(runRule(valeurEnDur, [other, twice]).map((f) => [f.cell, f.severity, f.message])).toEqual([
        [
          "E8",
          "error",
          "E8 : le sous-total (colonne B du tableau) a pour formule =SUM(E4:E7), qui ajoute les lignes 4 et 5, hors de ce qu'il totalise. " +
            "Formule à mettre : =SUM(E6:E7) (résultat attendu : 327\u00a0500,00\u00a0€).",
        ],
        [
          "E9",
          "error",
          "E9 : TOTAUX FINANCIERS (colonne B du tableau) a pour formule =SUM(E2:E8), qui compte deux fois les lignes 2 à 4, 6 et 7 (directement et par un sous-total). " +
            "Formule à mettre : =SUM(E5,E8) (résultat attendu : 495\u00a0000,00\u00a0€).",
        ],
      ]);
    });
  });
});
