import { erreurExcel } from "../../../../src/core/rules/formules/erreur-excel";
import { indicatorTable, runRule, summary } from "../../../helpers/ruleTester";
import { seedF1 } from "./fixtures";

describe("erreur-excel", () => {
  describe("valid", () => {
    it("accepts tables without error values, and texts that only look like one", () => {
      expect(runRule(erreurExcel, seedF1({ C2: "#1 priorité", C3: "#N/A 2" }))).toEqual([]);
    });
  });

  describe("invalid", () => {
    it("reports an error value with its formula, the meaning of the code, and no fix", () => {
      const findings = runRule(erreurExcel, seedF1({ D3: { f: "=#REF!+1", v: { error: "#REF!" } } }));
      expect(summary(findings.filter((f) => f.cell === "D3"))).toEqual([
        {
          cell: "D3",
          severity: "error",
          message:
            "D3 contient l'erreur Excel #REF! (une cellule utilisée a été supprimée ou déplacée) ; formule : =#REF!+1. Corrigez la formule ou les cellules qu'elle utilise. L'erreur se propage à G3, D5, G5, D9, G9, D10 et G10, qui l'utilisent : elles se corrigeront avec D3.",
          fix: null,
        },
      ]);
    });

    it("reports an error typed or pasted as text, in French or English", () => {
      const findings = runRule(erreurExcel, seedF1({ D2: "#VALEUR!", E2: " #value! " }));
      expect(findings.filter((f) => ["D2", "E2"].includes(f.cell)).map((f) => f.message)).toEqual([
        "D2 contient l'erreur Excel #VALEUR! (un calcul porte sur du texte, par exemple un montant saisi comme texte), saisie comme valeur : remplacez-la par la bonne valeur. L'erreur se propage à G2, G5, G9 et G10, qui l'utilisent : elles se corrigeront avec D2.",
        "E2 contient l'erreur Excel #VALEUR! (un calcul porte sur du texte, par exemple un montant saisi comme texte), saisie comme valeur : remplacez-la par la bonne valeur.",
      ]);
    });

    it("reports an error once, at its origin, naming every cell it reaches (formulas saved without a result)", () => {
      const findings = runRule(erreurExcel, seedF1({ D3: { f: "=1/0" } }));
      expect(findings.map((f) => [f.cell, f.severity, f.related.map((r) => r.cell)])).toEqual([
        ["D3", "error", ["G3", "D5", "G5", "D9", "G9", "D10", "G10"]],
      ]);
      expect(findings[0].message).toBe(
        "D3 contient l'erreur Excel #DIV/0! (division par zéro) ; formule : =1/0. Corrigez la formule ou les cellules qu'elle utilise. " +
          "L'erreur se propage à G3, D5, G5, D9, G9, D10 et G10, qui l'utilisent : elles se corrigeront avec D3.",
      );
    });

    it("a #VALEUR! computed on amounts typed as text is their consequence (rule 8 reports them): an information", () => {
      const findings = runRule(erreurExcel, seedF1({ D3: "89 523€€", G3: { f: "=D3+E3+F3" } }));
      expect(findings.map((f) => [f.cell, f.severity])).toEqual([["G3", "info"]]);
      expect(findings[0].message).toContain("calcule sur du texte, D3 (« 89 523€€ »)");
      expect(findings[0].message).toContain("L'erreur se propage à G5, G9 et G10");
    });

    it("checks indicator matrices too", () => {
      const table = indicatorTable({
        columns: [
          ["action", "Actions"],
          ["indicateur", "Indicateurs locaux"],
          ["resultat", "Résultat atteint en 2024", 2024],
        ],
        rows: [{ cells: ["Action 1", "Taux de sortie", { error: "#DIV/0!" }] }],
      });
      expect(runRule(erreurExcel, table).map((f) => [f.cell, f.message])).toEqual([
        ["C2", "C2 contient l'erreur Excel #DIV/0! (division par zéro), saisie comme valeur : remplacez-la par la bonne valeur."],
      ]);
    });
  });
});
