import { ficheAction, ficheKey } from "../../../../src/core/rules/montants/fiche-action";
import { financialTable, runRule, summary } from "../../../helpers/ruleTester";
import { AXE1, AXE3, F1, F4 } from "./tables";

describe("fiche-action (règle 18)", () => {
  test("ficheKey : « 1. » = « 1 », « 2,1 » = « 2.1 », « 03 » = « 3 », « Fiche 12 » = « 12 »", () => {
    expect(["1.", "1", " 2,1 ", "2.1", "03", "7.03", "Fiche 12", "FA 7.3", "bis"].map(ficheKey)).toEqual([
      "1",
      "1",
      "2.1",
      "2.1",
      "3",
      "7.3",
      "12",
      "7.3",
      "bis",
    ]);
  });

  test("valide : numéros propres à chaque axe, titre dans la cellule de fiche, ligne vide sans montant", () => {
    const table = financialTable({
      family: "F1",
      columns: F1,
      rows: [
        ["action", AXE1, "1.", "Parentalité", 100, 100, 0, 200],
        ["action", null, "2.", "Soutien", 100, 100, 0, 200],
        ["action", AXE3, "1.", "Gouvernance", 100, 100, 0, 200],
        ["action", null, "Fiche 12 : Accueil de jour", null, 100, 100, 0, 200],
        ["action", null, "3.", null, 0, null, null, null],
      ],
    });
    expect(runRule(ficheAction, table)).toEqual([]);
  });

  test("même numéro deux fois dans un axe : avertissement sur la seconde, écritures « 1. » et « 1 » confondues", () => {
    const table = financialTable({
      family: "F1",
      dispositif: "pacte",
      columns: F1,
      rows: [
        ["action", AXE1, "1.", "Parentalité", 100, 100, 0, 200],
        ["action", null, "2.", "Soutien", 100, 100, 0, 200],
        ["action", null, "1", "Observatoire", 100, 100, 0, 200],
      ],
    });
    const findings = runRule(ficheAction, table);
    expect(summary(findings)).toEqual([
      {
        cell: "B4",
        severity: "warning",
        message: `B4 : la fiche action n° 1 figure déjà dans l'axe « ${AXE1} » (ligne 2) : chaque action doit avoir son propre numéro de fiche.`,
        fix: null,
      },
    ]);
    expect(findings[0].related).toEqual([{ sheet: "Feuille1", cell: "B2" }]);
  });

  test("CALPAE : « le thème » ; le thème répété après un saut de page reste le même thème", () => {
    const table = financialTable({
      family: "F4",
      columns: F4,
      rows: [
        ["action", "Référents de parcours", "0304 50 19 19 04", "2.1", "Référents", 100, 0, 100, 0, 0, 200, ""],
        ["sousTotal", null, null, "Sous total", null, 100, 0, 100, 0, 0, 200, ""],
        ["action", "Référents de parcours", null, "2.1", "Référents (suite)", 100, 0, 100, 0, 0, 200, ""],
      ],
    });
    expect(runRule(ficheAction, table).map((f) => f.message)).toEqual([
      "C4 : la fiche action n° 2.1 figure déjà dans le thème « Référents de parcours » (ligne 2) : chaque action doit avoir son propre numéro de fiche.",
    ]);
  });

  test("ligne d'action avec montants sans intitulé, ou avec l'intitulé du modèle : avertissement", () => {
    const table = financialTable({
      family: "F1",
      columns: F1,
      rows: [
        ["action", AXE1, "1.", null, 100, 100, 0, 200],
        ["action", null, "2.", "Intitulé de l'action n°2", 0, "50 €", 0, 50],
        ["action", null, null, "  ", 10, 0, 0, 10],
        ["action", null, "Fiche 4", null, 10, 0, 0, 10],
      ],
    });
    expect(summary(runRule(ficheAction, table))).toEqual([
      {
        cell: "C2",
        severity: "warning",
        message:
          "C2 : ligne d'action sans intitulé (fiche 1) alors qu'elle porte des montants : indiquez l'intitulé de l'action.",
        fix: null,
      },
      {
        cell: "C3",
        severity: "warning",
        message:
          "C3 : ligne d'action sans intitulé (fiche 2) alors qu'elle porte des montants : indiquez l'intitulé de l'action.",
        fix: null,
      },
      {
        cell: "C4",
        severity: "warning",
        message: "C4 : ligne d'action sans intitulé alors qu'elle porte des montants : indiquez l'intitulé de l'action.",
        fix: null,
      },
      {
        cell: "C5",
        severity: "warning",
        message:
          "C5 : ligne d'action sans intitulé (fiche 4) alors qu'elle porte des montants : indiquez l'intitulé de l'action.",
        fix: null,
      },
    ]);
  });
});
