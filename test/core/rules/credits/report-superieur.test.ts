import { reportSuperieur } from "../../../../src/core/rules/credits/report-superieur";
import { financialTable, runRule, summary } from "../../../helpers/ruleTester";
import { F2_COLUMNS, F3_COLUMNS } from "./tables";

const ADVICE = "Pas de correction automatique : réduire le report ou corriger les montants dont il découle.";
const THEME = "Accompagnement des jeunes";

describe("report-superieur (règle 12)", () => {
  test("récapitulatif F2 : F ≤ B et G ≤ D sont valides, égalité comprise", () => {
    const table = financialTable({
      family: "F2",
      year: 2025,
      columns: F2_COLUMNS,
      rows: [
        ["action", "Axe 1", "1", "Accueil", 1000, 200, 1000, 100, 0, 1700, 200, 100],
        ["action", null, "2", "Référents", 500, 0, 500, 0, 0, 1000, 0, 0],
        ["total", "TOTAUX FINANCIERS", null, null, 1500, 200, 1500, 100, 0, 2700, 999, 999],
      ],
    });
    expect(runRule(reportSuperieur, table)).toEqual([]);
  });

  test("récapitulatif F2 : F > B et G > D, lettres imprimées et cellules nommées", () => {
    const table = financialTable({
      family: "F2",
      year: 2025,
      columns: F2_COLUMNS,
      rows: [["action", "Axe 1", "1", "Accueil", 1000, 200, 1000, 100, 0, 1700, 300, 150.5]],
    });
    const findings = runRule(reportSuperieur, table);
    expect(summary(findings)).toEqual([
      {
        cell: "J2",
        severity: "error",
        message: `J2 : report État supérieur aux crédits État non consommés. F = 300,00\u00a0€ (J2) dépasse B = 200,00\u00a0€ (E2) de 100,00\u00a0€. ${ADVICE}`,
        fix: null,
      },
      {
        cell: "K2",
        severity: "error",
        message: `K2 : report CD supérieur aux crédits CD non consommés. G = 150,50\u00a0€ (K2) dépasse D = 100,00\u00a0€ (G2) de 50,50\u00a0€. ${ADVICE}`,
        fix: null,
      },
    ]);
    expect(findings[0].related).toEqual([{ sheet: "Feuille1", cell: "E2" }]);
  });

  test("exécution F3 : reports > F − réalisé", () => {
    const table = financialTable({
      family: "F3",
      year: 2022,
      columns: F3_COLUMNS,
      rows: [["action", THEME, "1", "Accueil", 1000, 0, 1000, 0, 0, 2000, 1500, 0, 400, 300, ""]],
    });
    const findings = runRule(reportSuperieur, table);
    expect(summary(findings)).toEqual([
      {
        cell: "L2",
        severity: "error",
        message:
          "L2 : reports supérieurs à la part du budget non réalisée. « Montant à reporter en 2023 - Part Etat » + " +
          "« Montant à reporter en 2023 - Part CD » = 700,00\u00a0€ (L2 : 400,00\u00a0€ + M2 : 300,00\u00a0€) dépasse " +
          "F − « Montant total réalisé au 31/12/2022 » = 500,00\u00a0€ (I2 : 2\u00a0000,00\u00a0€ − J2 : 1\u00a0500,00\u00a0€) de 200,00\u00a0€. " +
          ADVICE,
        fix: null,
      },
    ]);
    expect(findings[0].related.map((r) => r.cell)).toEqual(["M2", "I2", "J2"]);
  });

  test("exécution F3 : report État > A + B et report CD > C + D, même si le budget suffit", () => {
    const table = financialTable({
      family: "F3",
      year: 2022,
      columns: F3_COLUMNS,
      rows: [["action", THEME, "1", "Accueil", 100, 50, 200, 0, 5000, 5350, 0, 0, 200, 300, ""]],
    });
    expect(summary(runRule(reportSuperieur, table)).map((f) => f.message)).toEqual([
      "L2 : report État supérieur aux crédits État de l'année (versés et reportés). « Montant à reporter en 2023 - Part Etat » " +
        `= 200,00\u00a0€ (L2) dépasse A + B = 150,00\u00a0€ (D2 : 100,00\u00a0€ + E2 : 50,00\u00a0€) de 50,00\u00a0€. ${ADVICE}`,
      "M2 : report CD supérieur aux crédits CD de l'année (affectés et reportés). « Montant à reporter en 2023 - Part CD » " +
        `= 300,00\u00a0€ (M2) dépasse C + D = 200,00\u00a0€ (F2 : 200,00\u00a0€ + G2 : 0,00\u00a0€) de 100,00\u00a0€. ${ADVICE}`,
    ]);
  });

  test("montants illisibles, textes et formules sans résultat en cache", () => {
    const table = financialTable({
      family: "F2",
      year: 2025,
      columns: F2_COLUMNS,
      rows: [
        ["action", "Axe 1", "1", "Accueil", 1000, "312.222.40\u00a0€", 1000, 0, 0, 1000, 300, 0],
        ["action", null, "2", "Référents", 1000, "200,00\u00a0€", 1000, { f: "=F3-100" }, 0, 1000, "250\u00a0€", 1000],
      ],
    });
    expect(runRule(reportSuperieur, table).map((f) => f.message)).toEqual([
      `J3 : report État supérieur aux crédits État non consommés. F = 250,00\u00a0€ (J3) dépasse B = 200,00\u00a0€ (E3) de 50,00\u00a0€. ${ADVICE}`,
      `K3 : report CD supérieur aux crédits CD non consommés. G = 1\u00a0000,00\u00a0€ (K3) dépasse D = 900,00\u00a0€ (G3) de 100,00\u00a0€. ${ADVICE}`,
    ]);
  });
});
