import { montantTexte } from "../../../../src/core/rules/montants/montant-texte";
import { EURO_FORMAT } from "../../../helpers/sheet";
import { financialTable, runRule, summary } from "../../../helpers/ruleTester";
import { AXE1, F1, F4 } from "./tables";

const HEAD = "est saisi comme du texte ; il n'entre pas dans les sommes d'Excel.";

describe("montant-texte (règle 8)", () => {
  test("valide : nombres, cellules vides, ligne d'axe ignorée", () => {
    const table = financialTable({
      family: "F1",
      year: 2024,
      columns: F1,
      rows: [
        ["axe", AXE1, null, "Texte de l'axe", "à répartir"],
        [
          "action",
          null,
          "1.",
          "Parentalité",
          { v: 67500, fmt: EURO_FORMAT },
          67500,
          { v: 0, fmt: EURO_FORMAT },
          { f: "=D3+E3+F3" },
        ],
        ["action", null, "2.", "Soutien psychologique", 90000, 90000, null, 180000],
        ["total", "TOTAUX FINANCIERS", null, null, 157500, 157500, 0, 315000],
      ],
    });
    expect(runRule(montantTexte, table)).toEqual([]);
  });

  test("montant saisi comme texte : avertissement, converti en nombre", () => {
    const table = financialTable({
      family: "F1",
      year: 2024,
      columns: F1,
      rows: [
        ["action", AXE1, "1.", "Parentalité", "67\u00a0500,00\u00a0€", 67500, "- €", 135000],
        ["total", "TOTAUX FINANCIERS", null, null, 67500, "1.002.884,00\u00a0€", 0, 135000],
      ],
    });
    expect(summary(runRule(montantTexte, table))).toEqual([
      {
        cell: "D2",
        severity: "warning",
        message: `D2 : le montant « 67 500,00 € » ${HEAD} Correction : 67\u00a0500,00\u00a0€ converti en nombre.`,
        fix: { kind: "value", sheet: "Feuille1", cell: "D2", value: 67500 },
      },
      {
        cell: "F2",
        severity: "warning",
        message: `F2 : le montant « - € » ${HEAD} Correction : 0,00\u00a0€ converti en nombre.`,
        fix: { kind: "value", sheet: "Feuille1", cell: "F2", value: 0 },
      },
      {
        cell: "E3",
        severity: "warning",
        message: `E3 : le montant « 1.002.884,00 € » ${HEAD} Correction : 1\u00a0002\u00a0884,00\u00a0€ converti en nombre.`,
        fix: { kind: "value", sheet: "Feuille1", cell: "E3", value: 1002884 },
      },
    ]);
  });

  test("quatre montants texte ou plus dans un tableau (bloc collé) : un constat, une correction de chaque cellule (issue 7)", () => {
    const table = financialTable({
      family: "F1",
      year: 2024,
      columns: F1,
      rows: [
        ["action", AXE1, "1.", "Parentalité", "67 500,00 €", "67 500,00 €", 0, 135000],
        ["action", null, "2.", "Soutien psychologique", "90.000 €", "90 000 € (report)", 0, 180000],
        ["action", null, "3.", "Observatoire", "312.222.40 €", 10000, 0, 20000],
      ],
    });
    const findings = runRule(montantTexte, table);
    expect(findings.map((f) => [f.cell, f.severity, f.related.map((r) => r.cell)])).toEqual([
      ["D4", "error", []],
      ["D2", "warning", ["E2", "D3", "E3"]],
    ]);
    expect(findings[1].message).toBe(
      "D2 : 4 montants du tableau sont saisis comme du texte (D2, E2, D3 et E3) : ils n'entrent pas dans les sommes d'Excel. " +
        "Correction : chacun converti en nombre. Les mentions écrites à côté de certains montants (« report ») seront perdues : reportez-les en commentaire.",
    );
    expect(findings[1].fix).toEqual({
      kind: "cells",
      sheet: "Feuille1",
      cell: "D2",
      fixes: [
        { kind: "value", sheet: "Feuille1", cell: "D2", value: 67500 },
        { kind: "value", sheet: "Feuille1", cell: "E2", value: 67500 },
        { kind: "value", sheet: "Feuille1", cell: "D3", value: 90000 },
        { kind: "value", sheet: "Feuille1", cell: "E3", value: 90000 },
      ],
    });
  });

  test("mention à côté du montant : perdue, à reporter en Commentaire", () => {
    const table = financialTable({
      family: "F4",
      year: 2023,
      columns: F4,
      rows: [
        [
          "action",
          "Référents",
          null,
          "1",
          "Référents de parcours",
          100000,
          "31\u00a0850,00\u00a0€ (report)",
          100000,
          0,
          0,
          231850,
          "",
        ],
      ],
    });
    expect(summary(runRule(montantTexte, table))).toEqual([
      {
        cell: "F2",
        severity: "warning",
        message:
          `F2 : le montant « 31 850,00 € (report) » ${HEAD} Correction : 31\u00a0850,00\u00a0€ converti en nombre. ` +
          "La mention « report » sera perdue : reportez-la dans la colonne Commentaire (K2).",
        fix: { kind: "value", sheet: "Feuille1", cell: "F2", value: 31850 },
      },
    ]);
  });

  test("sans colonne Commentaire, décimales en trop arrondies", () => {
    const table = financialTable({
      family: "F1",
      columns: F1,
      rows: [["action", AXE1, "1.", "Parentalité", "102.000\u00a0€ (postes existants)", "1\u00a0234,567\u00a0€", 0, 0]],
    });
    expect(runRule(montantTexte, table).map((f) => [f.message, f.fix])).toEqual([
      [
        `D2 : le montant « 102.000 € (postes existants) » ${HEAD} Correction : 102\u00a0000,00\u00a0€ converti en nombre. ` +
          "La mention « postes existants » sera perdue : reportez-la dans un commentaire.",
        { kind: "value", sheet: "Feuille1", cell: "D2", value: 102000 },
      ],
      [
        `E2 : le montant « 1 234,567 € » ${HEAD} Correction : 1\u00a0234,57\u00a0€ converti en nombre (arrondi au centime).`,
        { kind: "value", sheet: "Feuille1", cell: "E2", value: 1234.57 },
      ],
    ]);
  });

  test("formule qui renvoie du texte : pas de correction qui écraserait la formule", () => {
    const table = financialTable({
      family: "F1",
      columns: F1,
      rows: [["action", AXE1, "1.", "Parentalité", 100, 100, 0, { f: '=TEXT(D2+E2,"0")&" €"', v: "200\u00a0€" }]],
    });
    expect(summary(runRule(montantTexte, table))).toEqual([
      {
        cell: "G2",
        severity: "warning",
        message: `G2 : le montant « 200 € » ${HEAD} La formule =TEXT(D2+E2,"0")&" €" renvoie du texte : faites-lui renvoyer un nombre.`,
        fix: null,
      },
    ]);
  });

  test("montant illisible : erreur sans correction, raison du lecteur", () => {
    const table = financialTable({
      family: "F1",
      columns: F1,
      rows: [["action", AXE1, "1.", "Parentalité", "312.222.40\u00a0€", "73 00€", "100\u00a0€ 200\u00a0€", 0]],
    });
    expect(summary(runRule(montantTexte, table))).toEqual([
      {
        cell: "D2",
        severity: "error",
        message:
          "D2 : montant illisible, « 312.222.40 € » : séparateurs de milliers et de décimales incohérents. " +
          "Saisissez le montant en nombre : aucune correction automatique, pour ne rien deviner.",
        fix: null,
      },
      {
        cell: "E2",
        severity: "error",
        message:
          "E2 : montant illisible, « 73 00€ » : groupes de chiffres qui ne sont pas des milliers. " +
          "Saisissez le montant en nombre : aucune correction automatique, pour ne rien deviner.",
        fix: null,
      },
      {
        cell: "F2",
        severity: "error",
        message:
          "F2 : montant illisible, « 100 € 200 € » : plusieurs montants dans une même cellule. " +
          "Saisissez le montant en nombre : aucune correction automatique, pour ne rien deviner.",
        fix: null,
      },
    ]);
  });

  test("un mot à la place d'un montant : avertissement sur une ligne d'action seulement", () => {
    const table = financialTable({
      family: "F1",
      columns: F1,
      rows: [
        ["action", AXE1, "1.", "Parentalité", 100, "Sans objet", 0, 100],
        ["total", "TOTAUX FINANCIERS", null, null, 100, "néant", 0, 100],
      ],
    });
    expect(summary(runRule(montantTexte, table))).toEqual([
      {
        cell: "E2",
        severity: "warning",
        message:
          "E2 : « Sans objet » à la place d'un montant. Saisissez un nombre (0 s'il n'y a pas de financement) " +
          "et mettez l'explication en commentaire.",
        fix: null,
      },
    ]);
  });
});
