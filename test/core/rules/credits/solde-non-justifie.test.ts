import { soldeNonJustifie } from "../../../../src/core/rules/credits/solde-non-justifie";
import { financialTable, runRule, summary } from "../../../helpers/ruleTester";
import { F2_COLUMNS, F3_COLUMNS } from "./tables";

const THEME = "Accompagnement des jeunes";
const REASONS = "part des autres financeurs, paiement après contrôle, décalage de calendrier…";
const WHY = `Une sous-consommation non justifiée peut réduire les crédits de l'année suivante : en indiquer la raison (${REASONS}).`;

describe("solde-non-justifie (règle 15)", () => {
  test("exécution F3 : solde nul, reporté, ou expliqué en commentaire", () => {
    const table = financialTable({
      family: "F3",
      year: 2022,
      columns: F3_COLUMNS,
      rows: [
        ["action", THEME, "1", "Accueil", 1000, 0, 1000, 0, 0, 2000, 2000, 0, 0, 0, null],
        ["action", null, "2", "Référents", 1000, 0, 1000, 0, 0, 2000, 1500, 0, 300, 200, null],
        ["action", null, "3", "Maraudes", 1000, 0, 1000, 0, 500, 2500, 2000, 0, 0, 0, "Part du FSE versée en 2023"],
        ["total", "TOTAUX FINANCIERS", null, null, 3000, 0, 3000, 0, 500, 6500, 1, 0, 0, 0, null],
      ],
    });
    expect(runRule(soldeNonJustifie, table)).toEqual([]);
  });

  test("exécution F3 : solde sans commentaire, correction = commentaire dans « Commentaire »", () => {
    const table = financialTable({
      family: "F3",
      year: 2022,
      columns: F3_COLUMNS,
      rows: [["action", THEME, "1", "Accueil", 1000, 0, 1000, 0, 0, 2000, 1500, 0, 100, 0, "  "]],
    });
    const findings = runRule(soldeNonJustifie, table);
    expect(summary(findings)).toEqual([
      {
        cell: "J2",
        severity: "warning",
        message:
          "J2 : solde non consommé de 400,00\u00a0€ ni reporté ni justifié : F − « Montant total réalisé au 31/12/2022 » − " +
          "« Montant à reporter en 2023 - Part Etat » − « Montant à reporter en 2023 - Part CD » = 400,00\u00a0€ " +
          "(I2 : 2\u00a0000,00\u00a0€ − J2 : 1\u00a0500,00\u00a0€ − L2 : 100,00\u00a0€ − M2 : 0,00\u00a0€), et la cellule N2 de « Commentaire » est vide. " +
          WHY,
        fix: {
          kind: "comment",
          sheet: "Feuille1",
          cell: "N2",
          text: `Solde non consommé de 400,00\u00a0€ ni reporté ni justifié : merci d'en indiquer la raison (${REASONS}).`,
        },
      },
    ]);
    expect(findings[0].related.map((r) => r.cell)).toEqual(["I2", "J2", "L2", "M2"]);
  });

  test("récapitulatif F2 : crédits non consommés non reportés, sans colonne Commentaire", () => {
    const table = financialTable({
      family: "F2",
      year: 2025,
      columns: F2_COLUMNS,
      rows: [
        ["action", "Axe 1", "1", "Accueil", 1000, 300, 1000, 100, 0, 1600, 200, 100],
        ["action", null, "2", "Référents", 1000, 100, 1000, 0, 0, 1900, 300, 0],
        ["action", null, "3", "Maraudes", 1000, 0, 1000, 0, 0, 2000, 0, 0],
      ],
    });
    expect(summary(runRule(soldeNonJustifie, table))).toEqual([
      {
        cell: "I2",
        severity: "warning",
        message:
          "I2 : solde non consommé de 100,00\u00a0€ ni reporté ni justifié : B − F = 100,00\u00a0€ (E2 : 300,00\u00a0€ − J2 : 200,00\u00a0€), " +
          `et le tableau n'a pas de colonne « Commentaire ». ${WHY}`,
        fix: {
          kind: "comment",
          sheet: "Feuille1",
          cell: "I2",
          text: `Solde non consommé de 100,00\u00a0€ ni reporté ni justifié : merci d'en indiquer la raison (${REASONS}).`,
        },
      },
    ]);
  });

  test("récapitulatif F2 : une note sur la cellule du réalisé vaut justification", () => {
    const table = financialTable({
      family: "F2",
      year: 2025,
      columns: F2_COLUMNS,
      rows: [["action", "Axe 1", "1", "Accueil", 1000, 300, 1000, 100, 0, 1600, 0, 0]],
      sheetOptions: { notes: { I2: "Action démarrée en septembre" } },
    });
    expect(runRule(soldeNonJustifie, table)).toEqual([]);
  });

  test("récapitulatif F2 : les deux parts non reportées s'additionnent", () => {
    const table = financialTable({
      family: "F2",
      year: 2025,
      columns: F2_COLUMNS,
      rows: [["action", "Axe 1", "1", "Accueil", 1000, 300, 1000, 100.5, 0, 1600, 0, 0]],
    });
    expect(runRule(soldeNonJustifie, table).map((f) => f.message)).toEqual([
      "I2 : solde non consommé de 400,50\u00a0€ ni reporté ni justifié : B − F = 300,00\u00a0€ (E2 : 300,00\u00a0€ − J2 : 0,00\u00a0€) " +
        `et D − G = 100,50\u00a0€ (G2 : 100,50\u00a0€ − K2 : 0,00\u00a0€), et le tableau n'a pas de colonne « Commentaire ». ${WHY}`,
    ]);
  });

  test("un montant illisible ne donne pas de constat", () => {
    const table = financialTable({
      family: "F3",
      year: 2022,
      columns: F3_COLUMNS,
      rows: [["action", THEME, "1", "Accueil", 1000, 0, 1000, 0, 0, 2000, "1 5OO €", 0, 0, 0, null]],
    });
    expect(runRule(soldeNonJustifie, table)).toEqual([]);
  });

  test("la demande écrite par VerifPacte n'est pas une explication, et n'est pas répétée (issue 7)", () => {
    const request = `[Contrôle 15/03/2023] Solde non consommé de 400,00 € ni reporté ni justifié : merci d'en indiquer la raison (${REASONS}).`;
    const table = (comment: string) =>
      financialTable({
        family: "F3",
        year: 2022,
        columns: F3_COLUMNS,
        rows: [["action", THEME, "1", "Accueil", 1000, 0, 1000, 0, 0, 2000, 1500, 0, 100, 0, comment]],
      });
    const findings = runRule(soldeNonJustifie, table(request));
    expect(summary(findings).map((f) => [f.cell, f.fix])).toEqual([["J2", null]]);
    expect(findings[0].message).toContain(
      "et la cellule N2 de « Commentaire » ne contient que la demande de VerifPacte, restée sans réponse.",
    );
    expect(runRule(soldeNonJustifie, table(`${request}\nPaiement du solde en février 2023.`))).toEqual([]);
  });
});
