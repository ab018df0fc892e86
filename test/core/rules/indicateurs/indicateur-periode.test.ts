import { indicateurPeriode } from "../../../../src/core/rules/indicateurs/indicateur-periode";
import { IndicatorSpec, indicatorTable, runRule, summary } from "../../../helpers/ruleTester";
import { I2_COLUMNS } from "./tables";

const MESURE = "Mesure 3 : Référent de parcours";
const REFERENTS = "Nombre de bénéficiaires accompagnés par un référent de parcours";

describe("indicateur-periode (règle 25)", () => {
  test("valide : semestre ≤ année ; taux, délais et autres indicateurs ; valeurs non comparables ; année sans total", () => {
    const table = indicatorTable({
      dispositif: "calpae",
      family: "I2",
      columns: I2_COLUMNS,
      rows: [
        { cells: [MESURE, REFERENTS, null, 800, 1000, 600, 1200, 1300] },
        { cells: [null, "Taux de contractualisation", null, null, null, "60 %", "55 %", null], indicatorKind: "rate" },
        { cells: [null, "Délai moyen d'orientation", null, null, null, 45, 30, null], indicatorKind: "delay" },
        { cells: [null, "Nombre moyen de bénéficiaires par référent", null, null, null, 40, 35, null], indicatorKind: "average" },
        { cells: [null, "Fréquentation des points d'accueil", null, null, null, 900, 800, null], indicatorKind: "other" },
        { cells: [null, "Nombre de diagnostics", null, null, null, "NC", 800, null] },
        { cells: [null, "Nombre de contrats signés", null, null, null, "60 %", 50, null] },
      ],
    });
    const noFullYear: IndicatorSpec["columns"] = I2_COLUMNS.filter((c) => c[1] !== "Résultat atteint en 2022 (Total)");
    const partOnly = indicatorTable({
      columns: noFullYear,
      rows: [{ cells: [MESURE, REFERENTS, null, 800, 1000, 600, 500] }],
    });
    expect(runRule(indicateurPeriode, [table, partOnly])).toEqual([]);
  });

  test("semestre > année entière pour un comptage : erreur", () => {
    const table = indicatorTable({
      dispositif: "calpae",
      family: "I2",
      columns: I2_COLUMNS,
      rows: [{ cells: [MESURE, REFERENTS, null, 800, 1000, 1250, "1 200", 1300] }],
    });
    const findings = runRule(indicateurPeriode, table);
    expect(summary(findings)).toEqual([
      {
        cell: "F2",
        severity: "error",
        message:
          "F2 : la valeur du semestre (1 250 dans la colonne « Résultat atteint au 1er semestre 2022 (1/01 au 30/05/22) ») dépasse " +
          `celle de l'année 2022 entière (G2 : 1 200) pour l'indicateur « ${REFERENTS} » : un nombre cumulé sur l'année ne ` +
          "peut pas être inférieur à celui d'une partie de l'année.",
        fix: null,
      },
    ]);
    expect(findings[0].related).toEqual([{ sheet: "Indicateurs1", cell: "G2" }]);
  });

  test("trimestre > année entière", () => {
    const table = indicatorTable({
      dispositif: "calpae",
      family: "I2",
      columns: [
        ["action", "Mesures"],
        ["indicateur", "Indicateurs"],
        ["resultatPartiel", "Résultat atteint sur le 1er trimestre 2023 (conventions en année glissante)", 2023, "trimestre"],
        ["resultat", "Résultat atteint en 2023", 2023],
      ],
      rows: [{ cells: [MESURE, REFERENTS, 310, 300] }],
    });
    expect(runRule(indicateurPeriode, table).map((f) => f.message)).toEqual([
      "C2 : la valeur du trimestre (310 dans la colonne « Résultat atteint sur le 1er trimestre 2023 (conventions en année " +
        `glissante) ») dépasse celle de l'année 2023 entière (D2 : 300) pour l'indicateur « ${REFERENTS} » : un nombre ` +
        "cumulé sur l'année ne peut pas être inférieur à celui d'une partie de l'année.",
    ]);
  });

  test("stocks (libellé ou commentaire) et valeur de l'année datée avant sa fin : pas de constat (issue 7)", () => {
    const table = indicatorTable({
      dispositif: "calpae",
      family: "I2",
      columns: I2_COLUMNS,
      rows: [
        { cells: [MESURE, "Nombre de jeunes en cours d'accompagnement", null, 150, 170, 210, 180, 190] },
        { cells: [null, "File active des référents de parcours", null, 500, 580, 640, 600, 600] },
        { cells: [null, REFERENTS, "Stock au 31/12", 300, 380, 420, 400, 400] },
        { cells: [null, "Nombre de places ouvertes au 31/12", null, 40, 45, 55, 50, 50] },
        { cells: [null, "Nombre de dossiers ouverts", null, 1500, 1700, 1900, "1 850 au 30/09/2022", 2000] },
        { cells: [null, "Nombre de nouveaux entrants", null, 400, 480, 300, "250 au 31/12/2022", 500] },
      ],
    });
    expect(runRule(indicateurPeriode, table).map((f) => f.cell)).toEqual(["F7"]);
  });
});
