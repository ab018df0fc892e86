import { sousTotal } from "../../../../src/core/rules/formules/sous-total";
import { financialTable, runRule, summary } from "../../../helpers/ruleTester";
import { seedF1 } from "./fixtures";

describe("sous-total", () => {
  it("names a total row as the workbook writes it when it is not the template's TOTAUX FINANCIERS", () => {
    const table = financialTable({
      family: "F1",
      dispositif: "pacte",
      year: 2024,
      columns: ["axe", "fiche", "intitule", "etatNotifie", "cdAffecte", "autres", "budget"],
      rows: [
        ["action", "Axe 1", "1.", "Parentalité", 1000, 1000, 0, 2000],
        ["action", null, "2.", "Soutien", 3000, 3000, 0, 6000],
        ["total", null, "Total général", null, 5000, 4000, 0, 8000],
      ],
    });
    expect(runRule(sousTotal, table).map((f) => f.message.slice(0, f.message.indexOf(" vaut")))).toEqual([
      "D4 : la ligne « Total général » (colonne A du tableau)",
    ]);
  });

  describe("valid", () => {
    it("accepts the seed table with its SUM formulas", () => {
      expect(runRule(sousTotal, seedF1())).toEqual([]);
    });

    it("leaves right typed values (rule 5), blank cells (rule 4) and unreadable amounts (rule 8) to other rules", () => {
      const table = seedF1({ D5: 167500, E5: null, F2: "73 00€", G9: "1\u00a0030\u00a0000,00\u00a0€" });
      expect(runRule(sousTotal, table)).toEqual([]);
    });

    it("accepts a cent of difference coming from amounts with more than two decimals (rule 9 reports them)", () => {
      expect(runRule(sousTotal, seedF1({ D2: 67500.004, D3: 90000.004, D5: { f: "=SUM(D2:D4)", v: 167500.008 } }))).toEqual([]);
    });

    it("accepts a TOTAUX equal to the action rows while a sous-total is wrong (reported once, on the sous-total)", () => {
      const findings = runRule(sousTotal, seedF1({ D5: 160000, D9: 495000 }));
      expect(findings.map((f) => f.cell)).toEqual(["D5"]);
    });

    it("accepts a TOTAUX formula that follows a wrong or blank sous-total (the sous-total is the one to fix)", () => {
      const findings = runRule(sousTotal, seedF1({ D5: 160000, E5: null }));
      expect(findings.map((f) => f.cell)).toEqual(["D5"]);
    });
  });

  describe("invalid", () => {
    it("reads a formula fixing its column ($D$2) in the column it is in: copied into E it sums D, not E", () => {
      // D5 and E5 both hold =SUM($D$2:$D$4): right in D, wrong in E (E's rows sum 167 500 too, but E2 differs).
      const fixed = { f: "=SUM($D$2:$D$4)", v: 167500 };
      const findings = runRule(sousTotal, seedF1({ E2: 60000, D5: fixed, E5: fixed }));
      expect(findings.map((f) => [f.cell, f.fix])).toEqual([
        ["E5", { kind: "formula", sheet: "Feuille1", cell: "E5", formula: "=SUM(E2:E4)", expected: 160000 }],
      ]);
      expect(findings[0].message).not.toContain("additionne pourtant les bonnes lignes");
    });

    it("reports a sous-total that differs from its action rows", () => {
      expect(summary(runRule(sousTotal, seedF1({ D5: 160000, D9: 495000 })))).toEqual([
        {
          cell: "D5",
          severity: "error",
          message:
            "D5 : le sous-total (colonne A du tableau) vaut 160\u00a0000,00\u00a0€ alors que la somme des lignes 2 à 4 vaut 167\u00a0500,00\u00a0€ (écart : -7\u00a0500,00\u00a0€). " +
            "Formule à mettre : =SUM(D2:D4).",
          fix: { kind: "formula", sheet: "Feuille1", cell: "D5", formula: "=SUM(D2:D4)", expected: 167500 },
        },
      ]);
    });

    it("reports TOTAUX FINANCIERS against its sous-totaux, with the amount once they are right", () => {
      const findings = runRule(sousTotal, seedF1({ G5: 370000, G9: 1000000 }));
      expect(summary(findings)).toEqual([
        {
          cell: "G5",
          severity: "error",
          message:
            "G5 : le sous-total (colonne F du tableau) vaut 370\u00a0000,00\u00a0€ alors que la somme des lignes 2 à 4 vaut 375\u00a0000,00\u00a0€ (écart : -5\u00a0000,00\u00a0€). " +
            "Formule à mettre : =SUM(G2:G4).",
          fix: { kind: "formula", sheet: "Feuille1", cell: "G5", formula: "=SUM(G2:G4)", expected: 375000 },
        },
        {
          cell: "G9",
          severity: "error",
          message:
            "G9 : TOTAUX FINANCIERS (colonne F du tableau) vaut 1\u00a0000\u00a0000,00\u00a0€ alors que la somme des sous-totaux des lignes 5 et 8 vaut 1\u00a0025\u00a0000,00\u00a0€ " +
            "(écart : -25\u00a0000,00\u00a0€, 1\u00a0030\u00a0000,00\u00a0€ une fois corrigés les totaux qu'il additionne). Formule à mettre : =SUM(G5,G8).",
          fix: { kind: "formula", sheet: "Feuille1", cell: "G9", formula: "=SUM(G5,G8)", expected: 1025000 },
        },
      ]);
    });

    it("warns once when the Total dit contrôle is left empty, and checks a filled one against the action rows", () => {
      const empty = seedF1({ D10: null, E10: null, F10: null, G10: null });
      expect(summary(runRule(sousTotal, empty))).toEqual([
        {
          cell: "D10",
          severity: "warning",
          message:
            "D10 : Total dit contrôle vide : il sert à vérifier TOTAUX FINANCIERS. Saisissez-y, colonne par colonne, le total des lignes d'action calculé indépendamment.",
          fix: null,
        },
      ]);
      const wrong = seedF1({ E10: 490000 });
      expect(summary(runRule(sousTotal, wrong))).toEqual([
        {
          cell: "E10",
          severity: "error",
          message:
            "E10 : le Total dit contrôle (colonne B du tableau) vaut 490\u00a0000,00\u00a0€ alors que la somme des lignes 2 à 4, 6 et 7 vaut 495\u00a0000,00\u00a0€ (écart : -5\u00a0000,00\u00a0€). " +
            "Formule à mettre : =SUM(E2:E4,E6:E7).",
          fix: { kind: "formula", sheet: "Feuille1", cell: "E10", formula: "=SUM(E2:E4,E6:E7)", expected: 495000 },
        },
      ]);
    });

    it("sums the action rows when the table has no sous-total, and the rows a trailing group adds", () => {
      const table = financialTable({
        family: "F1",
        columns: ["fiche", "etatNotifie", "budget"],
        rows: [
          ["action", "1.", 10, 10],
          ["action", "2.", 20, 20],
          ["sousTotal", "Sous total", 30, 30],
          ["action", "3.", 5, 5],
          ["total", "TOTAUX FINANCIERS", 30, 35],
        ],
      });
      expect(runRule(sousTotal, table).map((f) => [f.message, f.fix])).toEqual([
        [
          "B6 : TOTAUX FINANCIERS (colonne A du tableau) vaut 30,00\u00a0€ alors que la somme des lignes 4 et 5 vaut 35,00\u00a0€ (écart : -5,00\u00a0€). Formule à mettre : =SUM(B4:B5).",
          { kind: "formula", sheet: "Feuille1", cell: "B6", formula: "=SUM(B4:B5)", expected: 35 },
        ],
      ]);
    });

    it.each([
      // the gap is exactly the amount typed as text (rule 8 converts it): a consequence, an information
      ["info", 77500, "77\u00a0500,00", "-90\u00a0000,00"],
      // something else is off too: an error
      ["error", 70000, "70\u00a0000,00", "-97\u00a0500,00"],
    ])(
      "explains, without a fix, a total whose SUM is right but leaves out an amount typed as text (%s)",
      (severity, cached, shown, gap) => {
        const findings = runRule(sousTotal, seedF1({ D3: "90 000", D5: { f: "=SUM(D2:D4)", v: cached } }));
        expect(summary(findings.filter((f) => f.cell === "D5"))).toEqual([
          {
            cell: "D5",
            severity,
            message:
              `D5 : le sous-total (colonne A du tableau) vaut ${shown}\u00a0€ alors que la somme des lignes 2 à 4 vaut 167\u00a0500,00\u00a0€ (écart : ${gap}\u00a0€). ` +
              "Sa formule =SUM(D2:D4) additionne pourtant les bonnes lignes ; D3 (« 90 000 ») est un montant saisi comme du texte, " +
              "que les sommes d'Excel ignorent : convertissez-le en nombre.",
            fix: null,
          },
        ]);
      },
    );

    it("checks CALPAE section sous-totaux and a TOTAUX that adds them", () => {
      const table = financialTable({
        family: "F4",
        columns: ["fiche", "etatNotifie", "budget"],
        sections: { 0: "socle", 4: "initiative" },
        rows: [
          ["action", "1.", 10, 10],
          ["sousTotal", "Sous total", 10, 10],
          ["action", "2.", 20, 20],
          ["sousTotal", "Sous total", 20, 20],
          ["sousTotalSection", "Sous-total engagements de mesures socle", 31, 30],
          ["action", "3.", 5, 5],
          ["sousTotalSection", "Sous total engagements à l'initiative du département", 5, 5],
          ["total", "TOTAUX FINANCIERS", 36, 40],
        ],
      });
      expect(runRule(sousTotal, table).map((f) => f.message)).toEqual([
        "B6 : le sous-total de section (colonne A du tableau) vaut 31,00\u00a0€ alors que la somme des sous-totaux des lignes 3 et 5 vaut 30,00\u00a0€ (écart : +1,00\u00a0€). Formule à mettre : =SUM(B3,B5).",
        "C9 : TOTAUX FINANCIERS (colonne F du tableau) vaut 40,00\u00a0€ alors que la somme des sous-totaux des lignes 6 et 8 vaut 35,00\u00a0€ (écart : +5,00\u00a0€). Formule à mettre : =SUM(C6,C8).",
      ]);
    });
  });
});
