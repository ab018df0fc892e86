import { indicateurDont } from "../../../../src/core/rules/indicateurs/indicateur-dont";
import { indicatorTable, runRule, summary } from "../../../helpers/ruleTester";
import { ACTION, I1_COLUMNS } from "./tables";

const PARENT = "Nombre de situations accompagnées par les CESF";
const MONO = "dont familles monoparentales";
const JEUNES = "dont nombre de jeunes de 12 - 15 ans";

describe("indicateur-dont (règle 21)", () => {
  test("valide : parties inférieures au parent, somme des parties égale au parent, cas non comparables", () => {
    const table = indicatorTable({
      columns: I1_COLUMNS,
      rows: [
        { cells: [ACTION, PARENT, 100, 120, 130, "nc", null] },
        { cells: [null, MONO, 60, 70, 80, 40, null], parent: 0 },
        { cells: [null, JEUNES, 40, "50\u00a0%", 50, 90, null], parent: 0 },
        { cells: [null, "Délai moyen d'accompagnement (jours)", 30, 30, 30, null, null], indicatorKind: "delay" },
        {
          cells: [null, "dont délai pour les familles monoparentales", 45, 45, 45, null, null],
          parent: 3,
          indicatorKind: "delay",
        },
        { cells: [null, "Nombre de visites à domicile", null, null, "120 dont 45 finalisés", null, null] },
      ],
    });
    expect(runRule(indicateurDont, table)).toEqual([]);
  });

  test("une ligne « dont » supérieure à son parent : erreur par colonne ; la somme n'est alors pas signalée", () => {
    const table = indicatorTable({
      columns: I1_COLUMNS,
      rows: [
        { cells: [ACTION, PARENT, 100, 120, 130, null, null] },
        { cells: [null, MONO, 60, 70, 140, null, null], parent: 0 },
        { cells: [null, JEUNES, 10, 10, 10, null, null], parent: 0 },
      ],
    });
    const findings = runRule(indicateurDont, table);
    expect(summary(findings)).toEqual([
      {
        cell: "E3",
        severity: "error",
        message:
          `E3 : 140 pour l'indicateur « ${MONO} » dépasse la valeur de son parent, l'indicateur « ${PARENT} » (E2 : 130), ` +
          "dans la colonne « Résultat atteint en 2024 » : une partie (« dont ») ne peut pas dépasser le tout.",
        fix: null,
      },
    ]);
    expect(findings[0].related).toEqual([{ sheet: "Indicateurs1", cell: "E2" }]);
  });

  test("des lignes « dont » qui totalisent plus que leur parent : avertissement sur la cellule du parent", () => {
    const table = indicatorTable({
      columns: I1_COLUMNS,
      rows: [
        { cells: [ACTION, PARENT, 100, 120, 130, null, null] },
        { cells: [null, MONO, 60, 70, 80.5, null, null], parent: 0 },
        { cells: [null, JEUNES, 40, "ND", 50, null, null], parent: 0 },
      ],
    });
    const findings = runRule(indicateurDont, table);
    expect(summary(findings)).toEqual([
      {
        cell: "E2",
        severity: "warning",
        message:
          `E2 : les lignes « dont » de l'indicateur « ${PARENT} » totalisent 130,5 (E3 : 80,5 + E4 : 50) dans la colonne ` +
          "« Résultat atteint en 2024 », plus que l'indicateur lui-même (130) : si ces lignes se partagent l'indicateur, " +
          "leur somme ne peut pas le dépasser.",
        fix: null,
      },
    ]);
    expect(findings[0].related.map((r) => r.cell)).toEqual(["E3", "E4"]);
  });

  test("taux : une part en % ne dépasse pas le taux parent en %", () => {
    const table = indicatorTable({
      columns: I1_COLUMNS,
      rows: [
        {
          cells: [ACTION, "Taux de sortie positive", null, "40\u00a0%", { v: 0.35, fmt: "0%" }, null, null],
          indicatorKind: "rate",
        },
        {
          cells: [null, "dont taux de sortie vers l'emploi", null, "25\u00a0%", { v: 0.4, fmt: "0%" }, null, null],
          indicatorKind: "rate",
          parent: 0,
        },
      ],
    });
    expect(runRule(indicateurDont, table).map((f) => f.message)).toEqual([
      "E3 : 40\u00a0% pour l'indicateur « dont taux de sortie vers l'emploi » dépasse la valeur de son parent, l'indicateur " +
        "« Taux de sortie positive » (E2 : 35\u00a0%), dans la colonne « Résultat atteint en 2024 » : une partie (« dont ») " +
        "ne peut pas dépasser le tout.",
    ]);
  });

  test("« X dont Y » dans une cellule avec Y > X : erreur", () => {
    const table = indicatorTable({
      columns: I1_COLUMNS,
      rows: [
        {
          cells: [
            ACTION,
            "Nombre de dossiers instruits dont dossiers finalisés",
            null,
            null,
            "120 dont 145 finalisés",
            null,
            null,
          ],
          inlineDont: true,
        },
      ],
    });
    expect(summary(runRule(indicateurDont, table))).toEqual([
      {
        cell: "E2",
        severity: "error",
        message:
          "E2 : « 120 dont 145 finalisés » pour l'indicateur « Nombre de dossiers instruits dont dossiers finalisés » : " +
          "la partie « dont » (145) dépasse le total (120).",
        fix: null,
      },
    ]);
  });
});
