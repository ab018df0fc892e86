/**
 * A CALPAE indicator matrix for 2022–2023 of a fictional département, filled as départements
 * write their figures (SPEC §2, §4; issue 7 point 5): numbers with a note (« 148 (sur 6 mois) »,
 * « 5265 (au 31/10/2022) », « 4 120 au 30/09/2023 », « 41 (sur l'année 2022) »), years and
 * dates inside sentences (« Action intégrée à la convention 2023 »), a partial value with a
 * projection (« 2 310 (de janvier à septembre 2023) – projection sur l'année : 3 080 »).
 * A number with a note is one number: information asking to move the note to the comment. A
 * sentence is text, never the number of its year. The projection needs one figure: warning.
 * Anomalies: fused numbers (« 1234 5 678 ») and a value with its target (« 120 (cible 150) »):
 * errors.
 */
import { CorpusCase, CorpusWorkbook } from "../types";

const FILE = "val-fleuri-indicateurs-2023.xlsx";

const HEADER = [
  "Mesures",
  "Indicateurs",
  "Commentaires et Eléments de définition",
  "Situation au 31 déc. 2021",
  "Résultat atteint en 2022 (Total)",
  "Résultat atteint sur le 1er trimestre 2023 (conventions en année glissante)",
  "Résultat attendu en 2023 (objectif fixé)",
  "Résultat atteint en 2023",
];

function workbook(anomalies: boolean): CorpusWorkbook {
  return {
    file: FILE,
    sheets: [
      {
        name: "Indicateurs",
        rows: {
          1: ["MATRICE DES INDICATEURS - Département du Val-Fleuri (fictif) - bilan 2022 et 2023"],
          3: HEADER,
          4: [
            "Premier accueil social inconditionnel",
            "Nombre de personnes reçues en premier accueil",
            "Données de l'outil de gestion des maisons des solidarités",
            4800,
            "5265 (au 31/10/2022)",
            1500,
            5000,
            "4 120 au 30/09/2023",
          ],
          5: [null, "Nombre de lieux d'accueil labellisés", "Labellisation intégrée à la convention 2023", 6, 8, 8, 10, 9],
          6: [
            "Prévenir les sorties sèches de l'ASE",
            "Nombre de jeunes accompagnés en contrat jeune majeur",
            "Suivi de janvier à juin 2022 seulement (changement de logiciel)",
            110,
            "148 (sur 6 mois)",
            60,
            300,
            290,
          ],
          7: [null, "Nombre de jeunes ayant accédé à un logement autonome", null, 35, "41 (sur l'année 2022)", 10, 50, 45],
          8: [
            "Orientation des allocataires du RSA",
            "Nombre d'allocataires orientés en moins d'un mois",
            null,
            1900,
            2100,
            700,
            2500,
            "2 310 (de janvier à septembre 2023) – projection sur l'année : 3 080",
          ],
          9: [
            null,
            "Nombre d'allocataires ayant signé un contrat d'engagement",
            null,
            1500,
            anomalies ? "1234 5 678" : 1800,
            450,
            2000,
            1900,
          ],
          10: [
            "Référents de parcours",
            "Nombre de référents de parcours formés",
            null,
            40,
            anomalies ? "120 (cible 150)" : 120,
            30,
            150,
            140,
          ],
          11: [
            null,
            "Nombre de bénéficiaires ayant un référent unique",
            null,
            600,
            820,
            250,
            1000,
            "Action intégrée à la convention 2023",
          ],
        },
        merges: ["A4:A5", "A6:A7", "A8:A9", "A10:A11"],
        widths: { A: 34, B: 50, C: 40, D: 14, E: 22, F: 18, G: 16, H: 30 },
        headerRows: [3],
        boldRows: [1],
        sautsDePage: [8],
      },
    ],
  };
}

const SHEET = "Indicateurs";

export const indicateursNotes: CorpusCase = {
  id: "07-indicateurs-notes",
  title: "Valeurs d'indicateurs avec une note, une date ou une projection ; années dans des phrases",
  points: [5],
  anomalies: [workbook(true)],
  sain: [workbook(false)],
  attendu: [
    {
      file: FILE,
      sheet: SHEET,
      cell: "E4",
      ruleId: "indicateur-texte",
      severity: "info",
      fix: null,
      why: "« 5265 (au 31/10/2022) » : 5 265 avec sa date, à mettre en commentaire.",
    },
    {
      file: FILE,
      sheet: SHEET,
      cell: "H4",
      ruleId: "indicateur-texte",
      severity: "info",
      fix: null,
      why: "« 4 120 au 30/09/2023 » : 4 120 avec sa date.",
    },
    {
      file: FILE,
      sheet: SHEET,
      cell: "E6",
      ruleId: "indicateur-texte",
      severity: "info",
      fix: null,
      why: "« 148 (sur 6 mois) » : un nombre et sa précision, pas deux nombres.",
    },
    {
      file: FILE,
      sheet: SHEET,
      cell: "E7",
      ruleId: "indicateur-texte",
      severity: "info",
      fix: null,
      why: "« 41 (sur l'année 2022) » : 2022 est l'année de la précision, pas une valeur.",
    },
    {
      file: FILE,
      sheet: SHEET,
      cell: "H8",
      ruleId: "indicateur-plusieurs-nombres",
      severity: "warning",
      fix: null,
      why: "Valeur partielle (janvier à septembre) et projection sur l'année dans la même cellule : le département doit choisir un chiffre.",
    },
    {
      file: FILE,
      sheet: SHEET,
      cell: "E9",
      ruleId: "indicateur-plusieurs-nombres",
      severity: "error",
      fix: null,
      why: "« 1234 5 678 » : nombres accolés.",
    },
    {
      file: FILE,
      sheet: SHEET,
      cell: "E10",
      ruleId: "indicateur-plusieurs-nombres",
      severity: "error",
      fix: null,
      why: "« 120 (cible 150) » : la valeur et la cible dans la même cellule.",
    },
    {
      file: FILE,
      sheet: SHEET,
      cell: "H11",
      ruleId: "indicateur-texte",
      severity: "warning",
      fix: null,
      why: "« Action intégrée à la convention 2023 » : une phrase, pas la valeur 2023 ; texte au lieu d'un nombre.",
    },
  ],
  attenduSain: [
    {
      file: FILE,
      sheet: SHEET,
      cell: "E4",
      ruleId: "indicateur-texte",
      severity: "info",
      fix: null,
      why: "« 5265 (au 31/10/2022) » : 5 265 avec sa date.",
    },
    {
      file: FILE,
      sheet: SHEET,
      cell: "H4",
      ruleId: "indicateur-texte",
      severity: "info",
      fix: null,
      why: "« 4 120 au 30/09/2023 » : 4 120 avec sa date.",
    },
    {
      file: FILE,
      sheet: SHEET,
      cell: "E6",
      ruleId: "indicateur-texte",
      severity: "info",
      fix: null,
      why: "« 148 (sur 6 mois) » : un nombre et sa précision.",
    },
    {
      file: FILE,
      sheet: SHEET,
      cell: "E7",
      ruleId: "indicateur-texte",
      severity: "info",
      fix: null,
      why: "« 41 (sur l'année 2022) » : un nombre et sa précision.",
    },
    {
      file: FILE,
      sheet: SHEET,
      cell: "H8",
      ruleId: "indicateur-plusieurs-nombres",
      severity: "warning",
      fix: null,
      why: "Valeur partielle et projection : choisir un chiffre.",
    },
    {
      file: FILE,
      sheet: SHEET,
      cell: "H11",
      ruleId: "indicateur-texte",
      severity: "warning",
      fix: null,
      why: "Une phrase au lieu d'un nombre.",
    },
  ],
};
