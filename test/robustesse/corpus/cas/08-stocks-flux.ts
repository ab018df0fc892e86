/**
 * Stocks and flows in a CALPAE matrix with a first-semester column (SPEC §4; issue 7 point 6):
 * a semester value may exceed the year's for a stock (« en cours d'accompagnement », « file
 * active », « Stock au 31/12 » in the comment, « … au 31/12 » in the label), and a year value dated
 * before year end (« 1 850 au 30/09/2022 ») is not a full-year value. Only cumulative flows are
 * checked. Anomaly: the new entrants (a flow) total 250 for the year after 300 in the first
 * semester: error.
 */
import { CorpusCase, CorpusWorkbook } from "../types";

const FILE = "mont-clair-indicateurs-2022.xlsx";

const HEADER = [
  "Mesures",
  "Indicateurs",
  "Commentaires et Eléments de définition",
  "Situation au 31 déc. 2018",
  "Résultat atteint en 2021 (1/01/21 au 31/12/21)",
  "Résultat atteint au 1er semestre 2022 (1/01 au 30/06/22)",
  "Résultat attendu en 2022 (objectif fixé)",
  "Résultat atteint en 2022 (Total)",
];

function workbook(anomalies: boolean): CorpusWorkbook {
  return {
    file: FILE,
    sheets: [
      {
        name: "Matrice 2022",
        rows: {
          1: ["MATRICE DES INDICATEURS CALPAE - Département du Mont-Clair (fictif)"],
          2: ["Bilan 2022"],
          4: HEADER,
          5: [
            "Prévenir les sorties sèches de l'ASE",
            "Nombre de jeunes en cours d'accompagnement",
            null,
            150,
            170,
            210,
            190,
            180,
          ],
          6: ["Référents de parcours", "File active des référents de parcours", null, 500, 580, 640, 600, 600],
          7: [null, "Nombre de bénéficiaires accompagnés par un référent", "Stock au 31/12", 300, 380, 420, 400, 400],
          8: ["Hébergement", "Nombre de places d'accueil d'urgence ouvertes au 31/12", null, 40, 45, 55, 50, 50],
          9: [
            "Garantie d'activité",
            "Nombre de nouveaux entrants en garantie d'activité",
            null,
            400,
            480,
            300,
            500,
            anomalies ? 250 : 520,
          ],
          10: [
            "Premier accueil",
            "Nombre de dossiers de premier accueil ouverts",
            null,
            1500,
            1700,
            1900,
            2000,
            "1 850 au 30/09/2022",
          ],
        },
        widths: { A: 34, B: 50, C: 24 },
        headerRows: [4],
        boldRows: [1, 2],
        sautsDePage: [8],
      },
    ],
  };
}

const SHEET = "Matrice 2022";

export const stocksFlux: CorpusCase = {
  id: "08-stocks-flux",
  title: "Semestre supérieur à l'année : permis pour un stock, erreur pour un flux cumulé",
  points: [6],
  anomalies: [workbook(true)],
  sain: [workbook(false)],
  attendu: [
    {
      file: FILE,
      sheet: SHEET,
      cell: "F9",
      ruleId: "indicateur-periode",
      severity: "error",
      fix: null,
      why: "300 nouveaux entrants au premier semestre pour 250 sur l'année : un flux cumulé ne peut pas diminuer.",
    },
    {
      file: FILE,
      sheet: SHEET,
      cell: "H9",
      ruleId: "indicateur-ecart-cible",
      severity: "warning",
      fix: "commentaire",
      why: "250 pour un objectif de 500 (−50 %), sans justification.",
    },
    {
      file: FILE,
      sheet: SHEET,
      cell: "H10",
      ruleId: "indicateur-texte",
      severity: "info",
      fix: null,
      why: "« 1 850 au 30/09/2022 » : un nombre daté, à mettre en commentaire ; ce n'est pas une valeur de l'année entière.",
    },
  ],
  attenduSain: [
    {
      file: FILE,
      sheet: SHEET,
      cell: "H10",
      ruleId: "indicateur-texte",
      severity: "info",
      fix: null,
      why: "« 1 850 au 30/09/2022 » : un nombre daté.",
    },
  ],
};
