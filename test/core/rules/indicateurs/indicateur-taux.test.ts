import { indicateurTaux } from "../../../../src/core/rules/indicateurs/indicateur-taux";
import { indicatorTable, runRule, summary } from "../../../helpers/ruleTester";
import { I1_COLUMNS } from "./tables";

const ACTION = "Action 1 : Favoriser la mobilité solidaire";
const PERMIS = "Taux de réussite à la formation au permis intensif";

describe("indicateur-taux (règle 22)", () => {
  test("valide : taux entre 0 et 100, en % ou non, 0 et 1 ; comptages en nombres ; % d'un indicateur autre", () => {
    const table = indicatorTable({
      columns: I1_COLUMNS,
      rows: [
        { cells: [ACTION, PERMIS, { v: 0.45, fmt: "0%" }, "50\u00a0%", 52, 100, 0], indicatorKind: "rate" },
        { cells: [null, "Part des bénéficiaires en emploi", 1, 0, "nc", "100\u00a0%", null], indicatorKind: "rate" },
        { cells: [null, "Nombre de bénéficiaires", 120, 150, "45\u00a0%", 200, null] },
        { cells: [null, "Couverture départementale", null, "80\u00a0%", null, null, null], indicatorKind: "other" },
      ],
    });
    expect(runRule(indicateurTaux, table)).toEqual([]);
  });

  test("taux hors de 0–100 : erreur, qu'il soit écrit en % ou non", () => {
    const table = indicatorTable({
      columns: I1_COLUMNS,
      rows: [{ cells: [ACTION, PERMIS, "-5\u00a0%", 135, { v: 1.2, fmt: "0.0%" }, null, null], indicatorKind: "rate" }],
    });
    expect(summary(runRule(indicateurTaux, table))).toEqual([
      {
        cell: "C2",
        severity: "error",
        message: `C2 : -5\u00a0% pour l'indicateur « ${PERMIS} » : un taux est compris entre 0 et 100\u00a0%.`,
        fix: null,
      },
      {
        cell: "D2",
        severity: "error",
        message: `D2 : 135 pour l'indicateur « ${PERMIS} » : un taux est compris entre 0 et 100\u00a0%.`,
        fix: null,
      },
      {
        cell: "E2",
        severity: "error",
        message: `E2 : 120\u00a0% pour l'indicateur « ${PERMIS} » : un taux est compris entre 0 et 100\u00a0%.`,
        fix: null,
      },
    ]);
  });

  test("taux écrit comme une fraction sans % : information « probablement … % »", () => {
    const table = indicatorTable({
      columns: I1_COLUMNS,
      rows: [{ cells: [ACTION, PERMIS, 0.45, "0,125", null, null, null], indicatorKind: "rate" }],
    });
    expect(summary(runRule(indicateurTaux, table))).toEqual([
      {
        cell: "C2",
        severity: "info",
        message: `C2 : 0,45 : probablement 45\u00a0% pour l'indicateur « ${PERMIS} » (taux écrit sans %) ; saisir 45\u00a0% pour lever l'ambiguïté.`,
        fix: null,
      },
      {
        cell: "D2",
        severity: "info",
        message: `D2 : 0,125 : probablement 12,5\u00a0% pour l'indicateur « ${PERMIS} » (taux écrit sans %) ; saisir 12,5\u00a0% pour lever l'ambiguïté.`,
        fix: null,
      },
    ]);
  });

  test("cible en % pour un comptage : avertissement (cellule au format % ou texte « 50 % »)", () => {
    const table = indicatorTable({
      columns: I1_COLUMNS,
      rows: [
        {
          cells: [
            "Action 3",
            "Nombre de bénéficiaires pour accès à la formation",
            120,
            "50\u00a0%",
            130,
            { v: 0.6, fmt: "0%" },
            null,
          ],
        },
      ],
    });
    const advice = "donner la cible en nombre, ou reformuler l'indicateur en taux (« Taux de … », « Part de … »).";
    expect(summary(runRule(indicateurTaux, table))).toEqual([
      {
        cell: "D2",
        severity: "warning",
        message: `D2 : cible en pourcentage (50\u00a0%) pour l'indicateur « Nombre de bénéficiaires pour accès à la formation », qui est un comptage : ${advice}`,
        fix: null,
      },
      {
        cell: "F2",
        severity: "warning",
        message: `F2 : cible en pourcentage (60\u00a0%) pour l'indicateur « Nombre de bénéficiaires pour accès à la formation », qui est un comptage : ${advice}`,
        fix: null,
      },
    ]);
  });
});
