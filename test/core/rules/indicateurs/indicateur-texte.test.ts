import { indicateurTexte } from "../../../../src/core/rules/indicateurs/indicateur-texte";
import { indicatorTable, runRule, summary } from "../../../helpers/ruleTester";
import { ACTION, I1_COLUMNS, I3_COLUMNS } from "./tables";

const VISITES = "Nombre de visites à domicile";
const NO_PLACE = "le tableau n'a pas de colonne de justification et la cellule n'a pas de note";
const WHY = "Merci d'indiquer pourquoi la valeur manque.";
const NUMBER_ADVICE =
  "Écrire un nombre, ou une mention reconnue (NC, NR, ND, Sans objet, Non contractualisé…) justifiée en commentaire ; " +
  "une autre mention peut être ajoutée aux marqueurs acceptés dans les paramètres.";

describe("indicateur-texte (règle 19)", () => {
  test("valide : nombres, pourcentages, vides, indicateurs qualitatifs, erreurs et cellules des autres règles", () => {
    const table = indicatorTable({
      columns: I1_COLUMNS,
      rows: [
        { cells: [ACTION, VISITES, 120, 150, "160", 170, null] },
        { cells: [null, "Taux de réussite au permis", { v: 0.45, fmt: "0%" }, "50 %", 0.52, null, null], indicatorKind: "rate" },
        {
          cells: [null, "Enquête de satisfaction auprès des patients", "nc", "Bonne", "Enquête en cours", null, null],
          indicatorKind: "qualitative",
        },
        { cells: [null, "Nombre de connexions", { error: "#DIV/0!" }, "120 / 150", "120 dont 45 finalisés", null, null] },
        { kind: "axe", cells: ["Axe Construire une transition écologique solidaire"] },
      ],
    });
    expect(runRule(indicateurTexte, table)).toEqual([]);
  });

  test("mention connue sans colonne de justification : information, commentaire sur la cellule", () => {
    const table = indicatorTable({
      columns: I1_COLUMNS,
      rows: [{ cells: [ACTION, VISITES, 120, 150, "nc", null, null] }],
    });
    expect(summary(runRule(indicateurTexte, table))).toEqual([
      {
        cell: "E2",
        severity: "info",
        message:
          `E2 : mention « NC » au lieu d'une valeur pour l'indicateur « ${VISITES} », sans justification (${NO_PLACE}). ` +
          `Non communiqué : la valeur n'a pas été transmise. ${WHY}`,
        fix: {
          kind: "comment",
          sheet: "Indicateurs1",
          cell: "E2",
          text: "Mention « NC » au lieu d'une valeur : merci d'en indiquer la raison.",
        },
      },
    ]);
  });

  test("une note sur la cellule vaut justification quand le tableau n'a pas de colonne pour cela", () => {
    const table = indicatorTable({
      columns: I1_COLUMNS,
      rows: [{ cells: [ACTION, VISITES, 120, 150, "Non contractualisé", null, null] }],
    });
    table.sheet.notes.set("E2", "Action reportée à 2025 par avenant");
    expect(runRule(indicateurTexte, table)).toEqual([]);
  });

  test("colonne « Justification des écarts » : remplie, rien ; vide, le commentaire y va", () => {
    const table = indicatorTable({
      family: "I3",
      dispositif: "calpae",
      columns: I3_COLUMNS,
      rows: [
        { cells: ["Mesure 1", "Nombre de jeunes accompagnés", 40, "Sans Objet", "Mesure non engagée en 2019"] },
        { cells: [null, "Nombre de référents formés", "ND", "(action non démarrée)", "   "] },
      ],
    });
    const column = "la cellule E3 de « Justification des écarts le cas échéant » est vide";
    expect(summary(runRule(indicateurTexte, table))).toEqual([
      {
        cell: "C3",
        severity: "info",
        message:
          `C3 : mention « ND » au lieu d'une valeur pour l'indicateur « Nombre de référents formés », sans justification (${column}). ` +
          `Non disponible : la donnée n'existe pas encore ou n'a pas pu être obtenue. ${WHY}`,
        fix: {
          kind: "comment",
          sheet: "Indicateurs1",
          cell: "E3",
          text: "Mention « ND » au lieu d'une valeur : merci d'en indiquer la raison.",
        },
      },
      {
        cell: "D3",
        severity: "info",
        message:
          `D3 : mention « Action non démarrée » au lieu d'une valeur pour l'indicateur « Nombre de référents formés », sans ` +
          `justification (${column}). L'action n'a pas commencé : aucun résultat n'est encore attendu. ${WHY}`,
        fix: {
          kind: "comment",
          sheet: "Indicateurs1",
          cell: "E3",
          text: "Mention « Action non démarrée » au lieu d'une valeur : merci d'en indiquer la raison.",
        },
      },
    ]);
  });

  test("marqueur accepté dans les paramètres : traité comme une mention, sans explication connue", () => {
    const table = indicatorTable({
      columns: I1_COLUMNS,
      rows: [{ cells: [ACTION, VISITES, "en réflexion", null, null, null, null] }],
    });
    expect(runRule(indicateurTexte, table, { marqueursAcceptes: ["En réflexion"] }).map((f) => [f.severity, f.message])).toEqual([
      [
        "info",
        `C2 : mention « En réflexion » au lieu d'une valeur pour l'indicateur « ${VISITES} », sans justification (${NO_PLACE}). ${WHY}`,
      ],
    ]);
    expect(runRule(indicateurTexte, table).map((f) => [f.severity, f.message])).toEqual([
      ["warning", `C2 : texte « en réflexion » au lieu d'un nombre pour l'indicateur « ${VISITES} ». ${NUMBER_ADVICE}`],
    ]);
  });

  test("nombre écrit avec une unité ou une date : lu et signalé, sans correction", () => {
    const table = indicatorTable({
      columns: I1_COLUMNS,
      rows: [
        { cells: [ACTION, "Délai moyen d'instruction", "32,7 jours", null, null, null, null], indicatorKind: "delay" },
        { cells: [null, "Nombre d'acteurs recensés sur Soliguide", "5265 (au 31/10/2022)", null, null, null, null] },
        {
          cells: [null, "Délai moyen d'ouverture des droits", "32,7 jours au 31 déc. 2020", null, null, null, null],
          indicatorKind: "delay",
        },
      ],
    });
    expect(summary(runRule(indicateurTexte, table))).toEqual([
      {
        cell: "C2",
        severity: "info",
        message:
          "C2 : « 32,7 jours » lu comme 32,7 (jours) pour l'indicateur « Délai moyen d'instruction » ; " +
          "garder le nombre seul dans la cellule et mettre l'unité dans le libellé de l'indicateur.",
        fix: null,
      },
      {
        cell: "C3",
        severity: "info",
        message:
          "C3 : « 5265 (au 31/10/2022) » lu comme 5\u00a0265 (date : au 31/10/2022) pour l'indicateur « Nombre d'acteurs recensés " +
          "sur Soliguide » ; garder le nombre seul dans la cellule et mettre la date en commentaire.",
        fix: null,
      },
      {
        cell: "C4",
        severity: "info",
        message:
          "C4 : « 32,7 jours au 31 déc. 2020 » lu comme 32,7 (jours ; date : au 31 déc. 2020) pour l'indicateur « Délai moyen " +
          "d'ouverture des droits » ; garder le nombre seul dans la cellule et mettre l'unité dans le libellé de l'indicateur " +
          "et la date en commentaire.",
        fix: null,
      },
    ]);
  });

  test("autre texte dans un indicateur chiffré : avertissement ; sans libellé, la ligne est nommée", () => {
    const table = indicatorTable({
      columns: I1_COLUMNS,
      rows: [
        { cells: [ACTION, VISITES, null, "environ 120", null, null, null] },
        { cells: [null, null, null, null, null, null, "3 actions lancées, bilan prévu après la première année"] },
      ],
    });
    expect(summary(runRule(indicateurTexte, table))).toEqual([
      {
        cell: "D2",
        severity: "warning",
        message: `D2 : texte « environ 120 » au lieu d'un nombre pour l'indicateur « ${VISITES} ». ${NUMBER_ADVICE}`,
        fix: null,
      },
      {
        cell: "G3",
        severity: "warning",
        message:
          "G3 : texte « 3 actions lancées, bilan prévu après la première année » au lieu d'un nombre pour l'indicateur " +
          `de la ligne 3. ${NUMBER_ADVICE}`,
        fix: null,
      },
    ]);
  });

  test("partie du tableau décalée d'une colonne après un saut de page : les valeurs sont lues à leur place", () => {
    const table = indicatorTable({
      columns: I1_COLUMNS,
      rows: [
        { cells: [ACTION, VISITES, 120, 150, 160, 170, 180] },
        { cells: [null, "Nombre de connexions", null, 10, 12, 14, 16, "environ 20"] },
      ],
    });
    table.segments = [{ fromRow: 2, toRow: 2, cols: [0, 1, 3, 4, 5, 6, 7] }];
    expect(runRule(indicateurTexte, table).map((f) => f.cell)).toEqual(["H3"]);
  });

  test("mention dont la justification n'est que la demande de VerifPacte : toujours signalée, sans répéter la demande (issue 7)", () => {
    const request = "[Contrôle 15/03/2023] Mention « NC » au lieu d'une valeur : merci d'en indiquer la raison.";
    const table = (justification: string) =>
      indicatorTable({ columns: I3_COLUMNS, rows: [{ cells: ["Premier accueil", VISITES, 120, "NC", justification] }] });
    const findings = runRule(indicateurTexte, table(request));
    expect(summary(findings).map((f) => [f.cell, f.severity, f.fix])).toEqual([["D2", "info", null]]);
    expect(findings[0].message).toContain("ne contient que la demande de VerifPacte, restée sans réponse");
    expect(runRule(indicateurTexte, table(`${request}\nDonnées du prestataire non transmises.`))).toEqual([]);
  });
});
