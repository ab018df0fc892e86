import { montantNegatifDecimales } from "../../../../src/core/rules/montants/montant-negatif-decimales";
import { financialTable, runRule, summary } from "../../../helpers/ruleTester";
import { AXE1, F1 } from "./tables";

const NEGATIVE =
  "Un crédit, un financement ou un report ne peut pas être négatif : corrigez le montant (aucune correction automatique).";

describe("montant-negatif-decimales (règle 9)", () => {
  test("valide : montants positifs, nuls, au centime, bruit flottant ignoré", () => {
    const table = financialTable({
      family: "F1",
      columns: F1,
      rows: [
        ["action", AXE1, "1.", "Parentalité", 67500.5, 0, 0.1 + 0.2, { f: "=D2+E2+F2" }],
        ["total", "TOTAUX FINANCIERS", null, null, { f: "=SUM(D2)" }, 0, 0.3, { f: "=SUM(G2)" }],
      ],
    });
    expect(runRule(montantNegatifDecimales, table)).toEqual([]);
  });

  test("valide : résultat d'une SOMME enregistré avec du bruit flottant (« 7 660 296,20000001 »)", () => {
    const table = financialTable({
      family: "F1",
      columns: F1,
      rows: [
        ["action", AXE1, "1.", "Parentalité", 7660296.1, 0, 0, { f: "=D2+E2+F2", v: 7660296.1 }],
        ["action", AXE1, "2.", "Soutien", 0.1, 0, 0, { f: "=D3+E3+F3", v: 0.1 }],
        [
          "total",
          "TOTAUX FINANCIERS",
          null,
          null,
          { f: "=SUM(D2:D3)", v: 7660296.20000001 },
          0,
          0,
          { f: "=SUM(G2:G3)", v: 7660296.20000001 },
        ],
      ],
    });
    expect(runRule(montantNegatifDecimales, table)).toEqual([]);
  });

  test("montant négatif saisi : erreur sans correction, y compris en texte", () => {
    const table = financialTable({
      family: "F1",
      columns: F1,
      rows: [["action", AXE1, "1.", "Parentalité", -1500, "-250,00\u00a0€", 0, 0]],
    });
    expect(summary(runRule(montantNegatifDecimales, table))).toEqual([
      { cell: "D2", severity: "error", message: `D2 : montant négatif, -1\u00a0500,00\u00a0€. ${NEGATIVE}`, fix: null },
      { cell: "E2", severity: "error", message: `E2 : montant négatif, -250,00\u00a0€. ${NEGATIVE}`, fix: null },
    ]);
  });

  test("formule négative : signalée seulement si elle ne fait que reprendre une cellule négative", () => {
    const table = financialTable({
      family: "F1",
      columns: F1,
      rows: [
        ["action", AXE1, "1.", "Parentalité", -100, 50, 0, { f: "=D2+E2+F2" }],
        ["action", null, "2.", "Soutien", 100, 50, 0, { f: "=E3-D3" }],
        ["total", "TOTAUX FINANCIERS", null, null, { f: "=SUM(D2:D3)" }, 100, 0, { f: "=SUM(G2:G3)" }],
      ],
    });
    expect(summary(runRule(montantNegatifDecimales, table))).toEqual([
      { cell: "D2", severity: "error", message: `D2 : montant négatif, -100,00\u00a0€. ${NEGATIVE}`, fix: null },
      { cell: "G3", severity: "error", message: `G3 : montant négatif, -50,00\u00a0€ (formule =E3-D3). ${NEGATIVE}`, fix: null },
    ]);
  });

  test("plus de deux décimales saisies : avertissement, arrondi au centime", () => {
    const table = financialTable({
      family: "F1",
      columns: F1,
      rows: [["action", AXE1, "1.", "Parentalité", 1234.5678, 10.005, 0, 0]],
    });
    expect(summary(runRule(montantNegatifDecimales, table))).toEqual([
      {
        cell: "D2",
        severity: "warning",
        message:
          "D2 : le montant 1\u00a0234,5678 a plus de deux décimales. Correction : arrondi au centime, 1\u00a0234,57\u00a0€.",
        fix: { kind: "value", sheet: "Feuille1", cell: "D2", value: 1234.57 },
      },
      {
        cell: "E2",
        severity: "warning",
        message: "E2 : le montant 10,005 a plus de deux décimales. Correction : arrondi au centime, 10,01\u00a0€.",
        fix: { kind: "value", sheet: "Feuille1", cell: "E2", value: 10.01 },
      },
    ]);
  });

  test("formule à plus de deux décimales : enveloppée dans ROUND, sauf si elle hérite des décimales", () => {
    const table = financialTable({
      family: "F1",
      columns: F1,
      rows: [
        ["action", AXE1, "1.", "Parentalité", { f: "=1000/3" }, 0.125, 0, { f: "=D2+E2+F2" }],
        ["total", "TOTAUX FINANCIERS", null, null, { f: "=SUM(D2)" }, 0.13, 0, 0],
      ],
    });
    expect(summary(runRule(montantNegatifDecimales, table))).toEqual([
      {
        cell: "D2",
        severity: "warning",
        message:
          "D2 : la formule =1000/3 donne 333,333333…, avec plus de deux décimales. Correction : =ROUND(1000/3,2), arrondi au centime (333,33\u00a0€).",
        fix: { kind: "formula", sheet: "Feuille1", cell: "D2", formula: "=ROUND(1000/3,2)", expected: 333.33 },
      },
      {
        cell: "E2",
        severity: "warning",
        message: "E2 : le montant 0,125 a plus de deux décimales. Correction : arrondi au centime, 0,13\u00a0€.",
        fix: { kind: "value", sheet: "Feuille1", cell: "E2", value: 0.13 },
      },
    ]);
  });

  test("montant texte à décimales en trop : laissé à la règle 8 qui le convertit", () => {
    const table = financialTable({
      family: "F1",
      columns: F1,
      rows: [["action", AXE1, "1.", "Parentalité", "1\u00a0234,567\u00a0€", 0, 0, 0]],
    });
    expect(runRule(montantNegatifDecimales, table)).toEqual([]);
  });
});
