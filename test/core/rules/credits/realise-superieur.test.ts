import { realiseSuperieur } from "../../../../src/core/rules/credits/realise-superieur";
import { financialTable, runRule, summary } from "../../../helpers/ruleTester";
import { F2_COLUMNS, F3_COLUMNS, F4_COLUMNS } from "./tables";

const ADVICE = "Pas de correction automatique : vérifier lequel des deux montants est faux.";
const THEME = "Accompagnement des jeunes";

describe("realise-superieur (règle 16)", () => {
  test("exécution F3 valide : réalisé = budget, valorisation = réalisé", () => {
    const table = financialTable({
      family: "F3",
      year: 2022,
      columns: F3_COLUMNS,
      rows: [
        ["action", THEME, "1", "Accueil", 1000, 0, 1000, 0, 0, 2000, 2000, 2000, 0, 0, ""],
        ["action", null, "2", "Référents", 1000, 0, 1000, 0, 0, 2000, null, null, null, null, ""],
      ],
    });
    expect(runRule(realiseSuperieur, table)).toEqual([]);
  });

  test("exécution F3 : réalisé > F et valorisation > réalisé", () => {
    const table = financialTable({
      family: "F3",
      year: 2022,
      columns: F3_COLUMNS,
      rows: [
        ["action", THEME, "1", "Accueil", 1000, 0, 1000, 0, 0, 2000, "2\u00a0100,00\u00a0€", 0, 0, 0, ""],
        ["action", null, "2", "Référents", 1000, 0, 1000, 0, 0, 2000, 1000, 1200, 0, 0, ""],
      ],
    });
    const findings = runRule(realiseSuperieur, table);
    expect(summary(findings)).toEqual([
      {
        cell: "J2",
        severity: "error",
        message:
          "J2 : réalisé supérieur au budget global de l'action. « Montant total réalisé au 31/12/2022 » = 2\u00a0100,00\u00a0€ (J2) " +
          `dépasse F = 2\u00a0000,00\u00a0€ (I2) de 100,00\u00a0€. ${ADVICE}`,
        fix: null,
      },
      {
        cell: "K3",
        severity: "error",
        message:
          "K3 : valorisation des dépenses du CD supérieure au réalisé. « Dont valorisation de dépenses du CD » = 1\u00a0200,00\u00a0€ (K3) " +
          `dépasse « Montant total réalisé au 31/12/2022 » = 1\u00a0000,00\u00a0€ (J3) de 200,00\u00a0€. ${ADVICE}`,
        fix: null,
      },
    ]);
    expect(findings[1].related).toEqual([{ sheet: "Feuille1", cell: "J3" }]);
  });

  test("récapitulatif F2 : réalisé > A + C + E", () => {
    const table = financialTable({
      family: "F2",
      year: 2025,
      columns: F2_COLUMNS,
      rows: [
        ["action", "Axe 1", "1", "Accueil", 1000, 0, 1000, 0, 50, 2050, 0, 0],
        ["action", null, "2", "Référents", 1000, 0, 1000, 0, 50, 2050.01, 0, 0],
      ],
    });
    expect(runRule(realiseSuperieur, table).map((f) => f.message)).toEqual([
      "I3 : réalisé supérieur aux crédits de l'année (État, CD et autres financeurs). « Montant total réalisé au 31/12/2024 » " +
        `= 2\u00a0050,01\u00a0€ (I3) dépasse A + C + E = 2\u00a0050,00\u00a0€ (D3 : 1\u00a0000,00\u00a0€ + F3 : 1\u00a0000,00\u00a0€ + H3 : 50,00\u00a0€) de 0,01\u00a0€. ${ADVICE}`,
    ]);
  });

  test("prévisionnel F4 : valorisation > C", () => {
    const table = financialTable({
      family: "F4",
      year: 2023,
      columns: F4_COLUMNS,
      rows: [
        ["action", THEME, "1", "Accueil", 1000, 0, 800, 800, 0, 0, 1800, ""],
        ["action", null, "2", "Référents", 1000, 0, 800, 900, 0, 0, 1800, ""],
        ["sousTotal", "Sous total", null, null, 2000, 0, 1600, 9999, 0, 0, 3600, ""],
      ],
    });
    expect(runRule(realiseSuperieur, table).map((f) => f.message)).toEqual([
      "G3 : valorisation CD supérieure aux crédits CD affectés. « Dont valorisation CD » = 900,00\u00a0€ (G3) " +
        `dépasse C = 800,00\u00a0€ (F3) de 100,00\u00a0€. ${ADVICE}`,
    ]);
  });

  test("un montant illisible ne donne pas de constat", () => {
    const table = financialTable({
      family: "F3",
      year: 2022,
      columns: F3_COLUMNS,
      rows: [["action", THEME, "1", "Accueil", 1000, 0, 1000, 0, 0, { error: "#REF!" }, 5000, 0, 0, 0, ""]],
    });
    expect(runRule(realiseSuperieur, table)).toEqual([]);
  });
});
