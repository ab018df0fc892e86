import { formuleLigne } from "../../../../src/core/rules/formules/formule-ligne";
import { financialTable, runRule, summary } from "../../../helpers/ruleTester";

const F1 = ["axe", "fiche", "intitule", "etatNotifie", "cdAffecte", "autres", "budget"] as const;

describe("formule-ligne", () => {
  describe("valid", () => {
    it("accepts right values, right formulas and formulas saved without a result", () => {
      const table = financialTable({
        family: "F1",
        columns: [...F1],
        rows: [
          ["action", "Axe 1", "1.", "Parentalité", 67500, 67500, 0, 135000],
          ["action", null, "2.", "Soutien", 90000, "90\u00a0000,00\u00a0€", null, { f: "=D3+E3+F3" }],
          ["action", null, "3.", "Observatoire", 10000, 10000, 40000, { f: "=D4+E4+F4", v: 60000 }],
          ["sousTotal", null, "Sous total", null, 167500, 167500, 40000, 1],
        ],
      });
      expect(runRule(formuleLigne, table)).toEqual([]);
    });

    it("accepts a cent of difference coming from amounts with more than two decimals (rule 9 reports them)", () => {
      const table = financialTable({
        family: "F1",
        columns: [...F1],
        rows: [["action", "Axe 1", "1.", "x", 1234.567, 1234.567, 0, 2469.13]],
      });
      expect(runRule(formuleLigne, table)).toEqual([]);
    });

    it("skips a row whose parts cannot be read (rule 8 reports them)", () => {
      const table = financialTable({
        family: "F1",
        columns: [...F1],
        rows: [["action", "Axe 1", "1.", "x", "312.222.40\u00a0€", 10, 0, 5]],
      });
      expect(runRule(formuleLigne, table)).toEqual([]);
    });

    it("leaves a K = G+I formula to rule 2, and M consistent with it", () => {
      const table = financialTable({
        family: "F2",
        columns: [
          "fiche",
          "reportEtat",
          "reportCd",
          "etatNotifie",
          "etatTotal",
          "cdAffecteConvention",
          "cdTotal",
          "autresPrevus",
          "budget",
        ],
        rows: [["action", "1.", 100, 200, 1000, { f: "=B2+D2" }, 900, { f: "=C2+E2" }, 0, { f: "=E2+G2+H2" }]],
      });
      expect(runRule(formuleLigne, table)).toEqual([]);
    });
  });

  describe("invalid", () => {
    it("reports F = A+B+C with the letters as printed, the amounts and the row formula", () => {
      const table = financialTable({
        family: "F1",
        columns: [...F1],
        rows: [["action", "Axe 1", "1.", "Parentalité", 67500, 67500, 0, 130000]],
      });
      expect(summary(runRule(formuleLigne, table))).toEqual([
        {
          cell: "G2",
          severity: "error",
          message:
            "G2 : le budget global (F) vaut 130\u00a0000,00\u00a0€ alors que A+B+C = 135\u00a0000,00\u00a0€ (67\u00a0500,00\u00a0€ + 67\u00a0500,00\u00a0€ + 0,00\u00a0€). Formule à mettre : =D2+E2+F2.",
          fix: { kind: "formula", sheet: "Feuille1", cell: "G2", formula: "=D2+E2+F2", expected: 135000 },
        },
      ]);
    });

    it("reports an empty computed cell, and a formula that omits a part", () => {
      const table = financialTable({
        family: "F1",
        columns: [...F1],
        rows: [
          ["action", "Axe 1", "1.", "a", 10, 20, null, null],
          ["action", null, "2.", "b", 10.5, 20, 5, { f: "=D3+E3" }],
        ],
      });
      expect(summary(runRule(formuleLigne, table))).toEqual([
        {
          cell: "G2",
          severity: "error",
          message:
            "G2 : le budget global (F) est vide alors que A+B+C = 30,00\u00a0€ (10,00\u00a0€ + 20,00\u00a0€ + 0,00\u00a0€). Formule à mettre : =D2+E2+F2.",
          fix: { kind: "formula", sheet: "Feuille1", cell: "G2", formula: "=D2+E2+F2", expected: 30 },
        },
        {
          cell: "G3",
          severity: "error",
          message:
            "G3 : le budget global (F) vaut 30,50\u00a0€ alors que A+B+C = 35,50\u00a0€ (10,50\u00a0€ + 20,00\u00a0€ + 5,00\u00a0€). Formule à mettre : =D3+E3+F3.",
          fix: { kind: "formula", sheet: "Feuille1", cell: "G3", formula: "=D3+E3+F3", expected: 35.5 },
        },
      ]);
    });

    it("checks each F2 relation (I = F+H, K = G+J, M = I+K+L)", () => {
      const table = financialTable({
        family: "F2",
        columns: [
          "fiche",
          "reportEtat",
          "reportCd",
          "etatNotifie",
          "etatTotal",
          "cdAffecteConvention",
          "cdTotal",
          "autresPrevus",
          "budget",
        ],
        rows: [["action", "1.", 100, 200, 1000, 1000, 900, 1000, 50, 2050]],
      });
      expect(runRule(formuleLigne, table).map((f) => f.message)).toEqual([
        "E2 : le budget total État (I) vaut 1\u00a0000,00\u00a0€ alors que F+H = 1\u00a0100,00\u00a0€ (100,00\u00a0€ + 1\u00a0000,00\u00a0€). Formule à mettre : =B2+D2.",
        "G2 : le budget total CD (K) vaut 1\u00a0000,00\u00a0€ alors que G+J = 1\u00a0100,00\u00a0€ (200,00\u00a0€ + 900,00\u00a0€). Formule à mettre : =C2+F2.",
      ]);
    });

    it("uses the State column the table has (F3 versés, F4 notifiée) and skips absent optional parts", () => {
      const f3 = financialTable({
        family: "F3",
        columns: ["fiche", "etatVerse", "cdAffecte", "budget"],
        rows: [["action", "1.", 100, 100, 300]],
      });
      const f4 = financialTable({
        family: "F4",
        columns: ["fiche", "etatNotifie", "etatReporte", "cdAffecte", "cdReporte", "autres", "budget"],
        rows: [["action", "1.", 100, 1, 100, 2, 3, 200]],
      });
      expect(runRule(formuleLigne, [f3, f4]).map((f) => f.message)).toEqual([
        "D2 : le budget global (F) vaut 300,00\u00a0€ alors que A+C = 200,00\u00a0€ (100,00\u00a0€ + 100,00\u00a0€). Formule à mettre : =B2+C2.",
        "G2 : le budget global (F) vaut 200,00\u00a0€ alors que A+B+C+D+E = 206,00\u00a0€ (100,00\u00a0€ + 1,00\u00a0€ + 100,00\u00a0€ + 2,00\u00a0€ + 3,00\u00a0€). Formule à mettre : =B2+C2+D2+E2+F2.",
      ]);
    });

    it("names columns without a printed letter by their header (F6)", () => {
      const table = financialTable({
        family: "F6",
        columns: ["intitule", "cd", "etat", "fse", "budget"],
        rows: [["action", "Action 1", 100, 100, 10, 200]],
      });
      expect(runRule(formuleLigne, table).map((f) => f.message)).toEqual([
        "E2 : le montant total (« Montant total ») vaut 200,00\u00a0€ alors que « Montant prévisionnel 2023 (CD) »+« Montant prévisionnel 2023 (Etat) »+« Montant prévisionnel 2023 (FSE) » = 210,00\u00a0€ (100,00\u00a0€ + 100,00\u00a0€ + 10,00\u00a0€). Formule à mettre : =B2+C2+D2.",
      ]);
    });
  });
});
