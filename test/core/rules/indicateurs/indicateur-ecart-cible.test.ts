import { indicateurEcartCible } from "../../../../src/core/rules/indicateurs/indicateur-ecart-cible";
import { IndicatorSpec, indicatorTable, runRule, summary } from "../../../helpers/ruleTester";
import { ACTION, I1_COLUMNS } from "./tables";

const VISITES = "Nombre de visites à domicile";
const OBJECTIVES = "Le rapport d'exécution doit décrire « le niveau d'atteinte des objectifs fixés » : expliquer l'écart.";
const NO_PLACE = "le tableau n'a pas de colonne de justification et la cellule n'a pas de note";

/** I3 with a target: A Nom de la Mesure … E Justification des écarts le cas échéant. */
const WITH_JUSTIFICATION: IndicatorSpec["columns"] = [
  ["action", "Nom de la Mesure"],
  ["indicateur", "Indicateurs"],
  ["cible", "Objectif 2019", 2019],
  ["resultat", "Résultat du Département en 2019", 2019],
  ["justification", "Justification des écarts le cas échéant"],
];

describe("indicateur-ecart-cible (règle 24)", () => {
  test("valide : écart dans le seuil (20\u00a0% compris), cible nulle, % contre nombre, valeurs non numériques", () => {
    const table = indicatorTable({
      columns: I1_COLUMNS,
      rows: [
        { cells: [ACTION, VISITES, null, 100, 120, 100, 81] },
        { cells: [null, "Nombre de familles ayant basculé", null, 0, 12, "nc", 40] },
        { cells: [null, "Taux de réussite", null, "50\u00a0%", 0.2, "50\u00a0%", "120 / 150"], indicatorKind: "rate" },
      ],
    });
    expect(runRule(indicateurEcartCible, table)).toEqual([]);
  });

  test("sans colonne de justification : avertissement, commentaire en note sur le résultat", () => {
    const table = indicatorTable({
      columns: I1_COLUMNS,
      rows: [{ cells: [ACTION, VISITES, null, 120, 60, 100, 150] }],
    });
    const findings = runRule(indicateurEcartCible, table);
    expect(summary(findings)).toEqual([
      {
        cell: "E2",
        severity: "warning",
        message:
          `E2 : résultat 2024 de 60 pour l'indicateur « ${VISITES} » contre une cible de 120 (D2), soit un écart de −50,0\u00a0% ` +
          `(seuil : 20\u00a0%), sans justification (${NO_PLACE}). ${OBJECTIVES}`,
        fix: {
          kind: "comment",
          sheet: "Indicateurs1",
          cell: "E2",
          text: "Écart de −50,0\u00a0% entre le résultat 2024 (60) et la cible (120) : merci d'en expliquer la raison.",
        },
      },
      {
        cell: "G2",
        severity: "warning",
        message:
          `G2 : résultat 2025 de 150 pour l'indicateur « ${VISITES} » contre une cible de 100 (F2), soit un écart de +50,0\u00a0% ` +
          `(seuil : 20\u00a0%), sans justification (${NO_PLACE}). ${OBJECTIVES}`,
        fix: {
          kind: "comment",
          sheet: "Indicateurs1",
          cell: "G2",
          text: "Écart de +50,0\u00a0% entre le résultat 2025 (150) et la cible (100) : merci d'en expliquer la raison.",
        },
      },
    ]);
    expect(findings[0].related).toEqual([{ sheet: "Indicateurs1", cell: "D2" }]);
  });

  test("colonne « Justification des écarts » : remplie, rien ; vide, le commentaire y va ; délais comparés aussi", () => {
    const table = indicatorTable({
      family: "I3",
      dispositif: "calpae",
      columns: WITH_JUSTIFICATION,
      rows: [
        { cells: ["Mesure 1", "Nombre de jeunes accompagnés", 100, 40, "Recrutement des référents en septembre"] },
        { cells: [null, "Délai moyen d'instruction (jours)", "30 jours", { v: 12.25 }, null], indicatorKind: "delay" },
      ],
    });
    expect(summary(runRule(indicateurEcartCible, table))).toEqual([
      {
        cell: "D3",
        severity: "warning",
        message:
          "D3 : résultat 2019 de 12,25 pour l'indicateur « Délai moyen d'instruction (jours) » contre une cible de 30 (C3), " +
          "soit un écart de −59,2\u00a0% (seuil : 20\u00a0%), sans justification (la cellule E3 de « Justification des écarts le cas " +
          `échéant » est vide). ${OBJECTIVES}`,
        fix: {
          kind: "comment",
          sheet: "Indicateurs1",
          cell: "E3",
          text: "Écart de −59,2\u00a0% entre le résultat 2019 (12,25) et la cible (30) : merci d'en expliquer la raison.",
        },
      },
    ]);
  });

  test("seuil réglé par l'utilisateur", () => {
    const table = indicatorTable({ columns: I1_COLUMNS, rows: [{ cells: [ACTION, VISITES, null, 100, 88, null, null] }] });
    expect(runRule(indicateurEcartCible, table)).toEqual([]);
    expect(runRule(indicateurEcartCible, table, { seuilEcartIndicateur: 0.1 }).map((f) => f.message)).toEqual([
      `E2 : résultat 2024 de 88 pour l'indicateur « ${VISITES} » contre une cible de 100 (D2), soit un écart de −12,0\u00a0% ` +
        `(seuil : 10\u00a0%), sans justification (${NO_PLACE}). ${OBJECTIVES}`,
    ]);
  });
});
