import { indicateurCibleManquante } from "../../../../src/core/rules/indicateurs/indicateur-cible-manquante";
import { indicatorTable, runRule, summary } from "../../../helpers/ruleTester";
import { ACTION, I1_COLUMNS, I3_COLUMNS } from "./tables";

const VISITES = "Nombre de visites à domicile";

describe("indicateur-cible-manquante (règle 23)", () => {
  test("valide : cibles et résultats ensemble, mentions comptées comme remplies, année en cours sans résultat", () => {
    const table = indicatorTable({
      year: 2025,
      columns: I1_COLUMNS,
      rows: [
        { cells: [ACTION, VISITES, 100, 120, 130, 150, null] },
        { cells: [null, "Nombre de situations détectées", null, "NC", "Sans objet", "nc", null] },
        { cells: [null, "Nombre de situations traitées", null, null, null, null, null] },
      ],
    });
    expect(runRule(indicateurCibleManquante, table)).toEqual([]);
  });

  test("résultat renseigné sans cible de l'année : avertissement sur la cellule de la cible", () => {
    const table = indicatorTable({
      columns: I1_COLUMNS,
      rows: [{ cells: [ACTION, VISITES, 100, null, 130, null, "ND"] }],
    });
    const findings = runRule(indicateurCibleManquante, table);
    expect(summary(findings)).toEqual([
      {
        cell: "D2",
        severity: "warning",
        message:
          `D2 : cible 2024 manquante pour l'indicateur « ${VISITES} » alors que le résultat 2024 est renseigné (E2 : 130) : ` +
          "reporter la cible fixée au contrat ou à son avenant.",
        fix: null,
      },
      {
        cell: "F2",
        severity: "warning",
        message:
          `F2 : cible 2025 manquante pour l'indicateur « ${VISITES} » alors que le résultat 2025 est renseigné (G2 : « ND ») : ` +
          "reporter la cible fixée au contrat ou à son avenant.",
        fix: null,
      },
    ]);
    expect(findings[0].related).toEqual([{ sheet: "Indicateurs1", cell: "E2" }]);
  });

  test("résultat manquant d'une année passée : selon l'année du tableau, que le paramètre « année » remplace", () => {
    const table = indicatorTable({
      year: 2025,
      columns: I1_COLUMNS,
      rows: [{ cells: [ACTION, VISITES, 100, 120, null, 150, null] }],
    });
    const missing2024 = {
      cell: "E2",
      severity: "warning",
      message:
        `E2 : résultat 2024 manquant pour l'indicateur « ${VISITES} » alors que sa cible est fixée (D2 : 120) et que l'année ` +
        "2024 est passée (année de référence 2025) : renseigner le résultat atteint, ou une mention (NC, ND…) avec sa justification.",
      fix: null,
    };
    expect(summary(runRule(indicateurCibleManquante, table))).toEqual([missing2024]);
    expect(runRule(indicateurCibleManquante, table, { annee: 2024 })).toEqual([]);
    expect(runRule(indicateurCibleManquante, table, { annee: 2026 }).map((f) => f.cell)).toEqual(["E2", "G2"]);
  });

  test("sans année connue, ou sans colonne de cible pour l'année : rien", () => {
    const i1 = indicatorTable({ columns: I1_COLUMNS, rows: [{ cells: [ACTION, VISITES, 100, 120, null, 150, null] }] });
    const i3 = indicatorTable({
      family: "I3",
      year: 2020,
      columns: I3_COLUMNS,
      rows: [{ cells: ["Mesure 1", "Nombre de jeunes accompagnés", 40, 52, null] }],
    });
    expect(runRule(indicateurCibleManquante, [i1, i3])).toEqual([]);
  });

  test("une année entière sans cibles : un seul constat, les autres cellules dans « related » (issue 7)", () => {
    const table = indicatorTable({
      columns: I1_COLUMNS,
      rows: [
        { cells: [ACTION, VISITES, 100, null, 130, 150, 140] },
        { cells: [null, "Nombre de situations détectées", 10, null, 12, 15, 14] },
        { cells: [null, "Nombre de situations traitées", 8, null, 9, 10, 10] },
        { cells: [null, "Nombre d'interventions", 40, null, 45, 50, 48] },
      ],
    });
    const findings = runRule(indicateurCibleManquante, table);
    expect(summary(findings)).toEqual([
      {
        cell: "D2",
        severity: "warning",
        message:
          "D2 : cible 2024 manquante pour 4 indicateurs dont le résultat est renseigné (D2, D3, D4 et D5) : " +
          "reporter les cibles fixées au contrat ou à son avenant.",
        fix: null,
      },
    ]);
    expect(findings[0].related.map((r) => r.cell)).toEqual(["D3", "D4", "D5"]);
  });
});
