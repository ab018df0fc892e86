import { FinancialRowKind } from "../../../../src/core/tables/model";
import { CellSpec } from "../../../helpers/sheet";
import { formuleModeleK } from "../../../../src/core/rules/formules/formule-modele-k";
import { ColumnKey } from "../../../../src/core/referentiel/types";
import { financialTable, runRule, summary } from "../../../helpers/ruleTester";

/** Sheet columns A…I: fiche, F, G, H, I, J, K, L, M. */
const F2: ColumnKey[] = [
  "fiche",
  "reportEtat",
  "reportCd",
  "etatNotifie",
  "etatTotal",
  "cdAffecteConvention",
  "cdTotal",
  "autresPrevus",
  "budget",
];
const K_RIGHT: [ColumnKey, string] = ["cdTotal", "K Budget total CD prévu pour 2025 (G+J)"];
const withRightHeader = F2.map((k) => (k === "cdTotal" ? K_RIGHT : k));

describe("formule-modele-k", () => {
  describe("valid", () => {
    it("accepts a corrected header and K = G+J formulas", () => {
      const table = financialTable({
        family: "F2",
        columns: withRightHeader,
        rows: [["action", "1.", 50, 200, 1000, { f: "=B2+D2" }, 900, { f: "=C2+F2" }, 0, { f: "=E2+G2+H2" }]],
      });
      expect(runRule(formuleModeleK, table)).toEqual([]);
    });

    it("ignores other families", () => {
      const table = financialTable({ family: "F1", columns: ["fiche", "budget"], rows: [["action", "1.", 10]] });
      expect(runRule(formuleModeleK, table)).toEqual([]);
    });
  });

  describe("invalid", () => {
    it("warns on the template header « (G+I) » and proposes the G+J text", () => {
      const table = financialTable({ family: "F2", columns: F2, rows: [["action", "1.", 0, 0, 0, 0, 0, 0, 0, 0]] });
      expect(summary(runRule(formuleModeleK, table))).toEqual([
        {
          cell: "G1",
          severity: "warning",
          message:
            "G1 : l'en-tête « K Budget total CD prévu pour 2025 (G+I) » reprend l'erreur du modèle : le budget total CD (K) doit être G+J " +
            "(part CD reportée + crédits CD de la convention), pas G+I ; avec G+I, le budget global (M) compte deux fois les crédits de l'État. " +
            "Corrigez l'en-tête et vérifiez les formules de la colonne.",
          fix: { kind: "value", sheet: "Feuille1", cell: "G1", value: "K Budget total CD prévu pour 2025 (G+J)" },
        },
      ]);
    });

    it("reports a K formula adding G and I even when the result is the same today (F = 0, J = H): a warning, the amount is right", () => {
      const table = financialTable({
        family: "F2",
        columns: withRightHeader,
        rows: [["action", "1.", 0, 200, 1000, { f: "=B2+D2" }, 1000, { f: "=C2+E2" }, 0, { f: "=E2+G2+H2" }]],
      });
      expect(summary(runRule(formuleModeleK, table))).toEqual([
        {
          cell: "G2",
          severity: "warning",
          message:
            "G2 : la formule =C2+E2 calcule le budget total CD (K) comme G+I : 200,00\u00a0€ + 1\u00a0000,00\u00a0€ = 1\u00a0200,00\u00a0€ au lieu de " +
            "G+J = 200,00\u00a0€ + 1\u00a0000,00\u00a0€ = 1\u00a0200,00\u00a0€ (le même montant aujourd'hui parce que I = J, mais faux dès que I et J diffèrent). " +
            "K doit être G+J, sinon le budget global (M) compte deux fois les crédits de l'État. Formule à mettre : =C2+F2.",
          fix: { kind: "formula", sheet: "Feuille1", cell: "G2", formula: "=C2+F2", expected: 1200 },
        },
      ]);
    });

    it("several rows where G+I gives the right amount today: one warning, one correction of them all; a row where it does not stays an error", () => {
      const same = (r: number): [FinancialRowKind, ...CellSpec[]] => [
        "action",
        `${r - 1}.`,
        0,
        200,
        1000,
        { f: `=B${r}+D${r}` },
        1000,
        { f: `=C${r}+E${r}` },
        0,
        { f: `=E${r}+G${r}+H${r}` },
      ];
      const table = financialTable({
        family: "F2",
        columns: withRightHeader,
        rows: [same(2), ["action", "2.", 300, 200, 1000, 1300, 900, { f: "=C3+E3" }, 0, 2400], same(4)],
      });
      const findings = runRule(formuleModeleK, table);
      expect(findings.map((f) => [f.cell, f.severity, f.related.map((r) => r.cell)])).toEqual([
        ["G3", "error", ["C3", "E3"]],
        ["G2", "warning", ["G4"]],
      ]);
      expect(findings[1].message).toBe(
        "G2 : 2 formules du modèle calculent le budget total CD (K) comme G+I (G2 et G4) : le montant est le même aujourd'hui parce que I = J sur ces lignes, " +
          "mais il sera faux dès qu'ils différeront. Correction : G+J sur chacune (G2 : =C2+F2, …).",
      );
      expect(findings[1].fix).toMatchObject({
        kind: "cells",
        cell: "G2",
        fixes: [
          { cell: "G2", formula: "=C2+F2" },
          { cell: "G4", formula: "=C4+F4" },
        ],
      });
    });

    it("reports G+I written out as G+F+H, in action and total rows, with the amounts", () => {
      const table = financialTable({
        family: "F2",
        columns: withRightHeader,
        rows: [
          ["action", "1.", 300, 200, 1000, 1300, 900, { f: "=C2+B2+D2" }, 0, 2800],
          ["total", "TOTAUX", 300, 200, 1000, 1300, 900, { f: "=C3+E3" }, 0, 2800],
        ],
      });
      expect(runRule(formuleModeleK, table).map((f) => [f.cell, f.message, f.fix])).toEqual([
        [
          "G2",
          "G2 : la formule =C2+B2+D2 calcule le budget total CD (K) comme G+I : 200,00\u00a0€ + 1\u00a0300,00\u00a0€ = 1\u00a0500,00\u00a0€ au lieu de " +
            "G+J = 200,00\u00a0€ + 900,00\u00a0€ = 1\u00a0100,00\u00a0€. K doit être G+J, sinon le budget global (M) compte deux fois les crédits de l'État. " +
            "Formule à mettre : =C2+F2.",
          { kind: "formula", sheet: "Feuille1", cell: "G2", formula: "=C2+F2", expected: 1100 },
        ],
        [
          "G3",
          "G3 : la formule =C3+E3 calcule le budget total CD (K) comme G+I : 200,00\u00a0€ + 1\u00a0300,00\u00a0€ = 1\u00a0500,00\u00a0€ au lieu de " +
            "G+J = 200,00\u00a0€ + 900,00\u00a0€ = 1\u00a0100,00\u00a0€. K doit être G+J, sinon le budget global (M) compte deux fois les crédits de l'État. " +
            "Formule à mettre : =C3+F3.",
          { kind: "formula", sheet: "Feuille1", cell: "G3", formula: "=C3+F3", expected: 1100 },
        ],
      ]);
    });

    it("reports without amounts nor fix when J is missing or a part is unreadable", () => {
      const table = financialTable({
        family: "F2",
        columns: ["fiche", "reportEtat", "reportCd", "etatNotifie", "etatTotal", K_RIGHT],
        rows: [["action", "1.", 0, "73 00€", 10, 10, { f: "=C2+E2" }]],
      });
      expect(summary(runRule(formuleModeleK, table))).toEqual([
        {
          cell: "F2",
          severity: "error",
          message:
            "F2 : la formule =C2+E2 calcule le budget total CD (K) comme G+I. K doit être G+J, sinon le budget global compte deux fois les crédits de l'État.",
          fix: null,
        },
      ]);
    });
  });
});
