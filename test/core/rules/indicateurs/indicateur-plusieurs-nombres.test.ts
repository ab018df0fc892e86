import { indicateurPlusieursNombres } from "../../../../src/core/rules/indicateurs/indicateur-plusieurs-nombres";
import { indicatorTable, runRule, summary } from "../../../helpers/ruleTester";
import { ACTION, I1_COLUMNS } from "./tables";

const ADVICE =
  "Ne garder qu'un nombre par cellule : la cible dans la colonne de cible de l'année, les précisions en commentaire " +
  "(pas de correction automatique : la bonne valeur ne peut pas être devinée).";

describe("indicateur-plusieurs-nombres (règle 20)", () => {
  test("valide : un nombre par cellule, « X dont Y », texte d'un indicateur qualitatif, colonne de libellé", () => {
    const table = indicatorTable({
      columns: I1_COLUMNS,
      rows: [
        {
          cells: [
            ACTION,
            "Nombre de situations suivies, âge des enfants 3 - 12",
            1234,
            "1\u00a0500",
            "120 dont 45 finalisés",
            null,
            null,
          ],
        },
        {
          cells: [null, "Etat de la situation en sortie de dispositif", null, null, "12 sorties et 3 abandons"],
          indicatorKind: "qualitative",
        },
      ],
    });
    expect(runRule(indicateurPlusieursNombres, table)).toEqual([]);
  });

  test("nombres accolés, valeur et cible ensemble, liste : erreur sans correction", () => {
    const table = indicatorTable({
      columns: I1_COLUMNS,
      rows: [
        { cells: [ACTION, "Nombre de visites à domicile", "1234 5\u00a0678", null, "120 (cible 150)", null, null] },
        { cells: [null, "Nombre de partenariats mis en place et nombre d'orientations", null, null, "10 et 15", null, null] },
      ],
    });
    expect(summary(runRule(indicateurPlusieursNombres, table))).toEqual([
      {
        cell: "C2",
        severity: "error",
        message: `C2 : « 1234 5 678 » : nombres accolés (1\u00a0234 et 5\u00a0678) pour l'indicateur « Nombre de visites à domicile ». ${ADVICE}`,
        fix: null,
      },
      {
        cell: "E2",
        severity: "error",
        message:
          "E2 : « 120 (cible 150) » : une valeur et une cible dans la même cellule (120 et 150) pour l'indicateur " +
          `« Nombre de visites à domicile ». ${ADVICE}`,
        fix: null,
      },
      {
        cell: "E3",
        severity: "error",
        message:
          "E3 : « 10 et 15 » : plusieurs nombres dans la même cellule (10 et 15) pour l'indicateur « Nombre de partenariats " +
          `mis en place et nombre d'orientations ». ${ADVICE}`,
        fix: null,
      },
    ]);
  });

  test("valeur partielle et projection : avertissement ; nombre et sa précision : pas ce constat (issue 7)", () => {
    const table = indicatorTable({
      columns: I1_COLUMNS,
      rows: [
        {
          cells: [
            ACTION,
            "Nombre d'allocataires orientés",
            null,
            null,
            "2 310 (de janvier à septembre 2023) – projection sur l'année : 3 080",
            null,
            null,
          ],
        },
        { cells: [null, "Nombre de jeunes accompagnés", "148 (sur 6 mois)", null, "41 (sur l'année 2022)", null, null] },
      ],
    });
    const findings = runRule(indicateurPlusieursNombres, table);
    expect(findings.map((f) => [f.cell, f.severity])).toEqual([["E2", "warning"]]);
    expect(findings[0].message).toContain("une valeur partielle et sa projection sur l'année (2\u00a0310 et 3\u00a0080)");
    expect(findings[0].message).toContain("Choisir un seul chiffre");
  });
});
