import { formuleIncoherente } from "../../../../src/core/rules/formules/formule-incoherente";
import { financialTable, runRule, summary } from "../../../helpers/ruleTester";
import { seedF1 } from "./fixtures";

describe("formule-incoherente", () => {
  describe("valid", () => {
    it("accepts a column whose formulas share one shape, and ignores total rows", () => {
      expect(runRule(formuleIncoherente, seedF1())).toEqual([]);
    });

    it("leaves typed values (rule 5), wrong computed values (rule 1) and cells holding the relation's formula alone", () => {
      const table = seedF1({ G3: 180000, G4: { f: "=D4+E4" }, G6: { f: "=SUM(D6:F6)" }, G7: { f: "=SUM(D7:F7)" } });
      expect(runRule(formuleIncoherente, table)).toEqual([]);
    });

    it("does not flag a column without a clear majority", () => {
      const table = financialTable({
        family: "F1",
        columns: ["fiche", "etatNotifie", "cdAffecte"],
        rows: [
          ["action", "1.", 10, { f: "=B2" }],
          ["action", "2.", 10, { f: "=B3*2" }],
          ["action", "3.", 10, { f: "=B4*3" }],
          ["action", "4.", 10, { f: "=B5" }],
        ],
      });
      expect(runRule(formuleIncoherente, table)).toEqual([]);
    });
  });

  describe("invalid", () => {
    it("flags a formula both neighbours disagree with and proposes theirs, moved to its row", () => {
      const table = seedF1({ E2: { f: "=D2" }, E3: { f: "=D2" }, E4: { f: "=D4" } });
      expect(summary(runRule(formuleIncoherente, table))).toEqual([
        {
          cell: "E3",
          severity: "warning",
          message:
            "E3 : la formule =D2 n'a pas la même forme que celles des lignes voisines (=D2 en E2) : vérifiez-la. Formule proposée : =D3.",
          fix: { kind: "formula", sheet: "Feuille1", cell: "E3", formula: "=D3" },
        },
      ]);
    });

    it("proposes the relation's formula in a computed column, with its value", () => {
      const table = seedF1({ G3: { f: "=SUM(D3:F3)" } });
      expect(summary(runRule(formuleIncoherente, table))).toEqual([
        {
          cell: "G3",
          severity: "warning",
          message:
            "G3 : la formule =SUM(D3:F3) n'a pas la même forme que celles des lignes voisines (=D2+E2+F2 en G2) : vérifiez-la. Formule proposée : =D3+E3+F3.",
          fix: { kind: "formula", sheet: "Feuille1", cell: "G3", formula: "=D3+E3+F3", expected: 180000 },
        },
      ]);
    });

    it("uses the column's majority at the edge of the column", () => {
      const table = financialTable({
        family: "F1",
        columns: ["fiche", "etatNotifie", "cdAffecte"],
        rows: [
          ["action", "1.", 10, { f: "=$B$9" }],
          ["action", "2.", 10, { f: "=B3" }],
          ["empty", "3.", null, { f: "=B4" }],
          ["action", "4.", 10, { f: "=B5" }],
        ],
      });
      expect(runRule(formuleIncoherente, table).map((f) => [f.cell, f.fix])).toEqual([
        ["C2", { kind: "formula", sheet: "Feuille1", cell: "C2", formula: "=B2" }],
      ]);
    });
  });
});
