/**
 * Mentions written instead of values, as families (SPEC §2; issue 7 point 7): « Non
 * contractualisé », « Non contractualisé en 2021, action démarrée en 2022 », « Pas d'indicateur
 * prévu pour cette mesure », « Données en cours de compilation… », « Données en cours de
 * compilation suite à la cyberattaque d'octobre », « NC ». Each is an information asking why the
 * value is missing, never a warning. Anomaly: a reference to another document (« voir rapport
 * d'activité joint ») is no mention: warning.
 */
import { CorpusCase, CorpusFinding, CorpusWorkbook } from "../types";

const FILE = "plaine-basse-indicateurs-2021.xlsx";

const HEADER = [
  "Mesures",
  "Indicateurs",
  "Commentaires et Eléments de définition",
  "Situation au 31 déc. 2018",
  "Résultat atteint en 2019",
  "Résultat atteint en 2020",
  "Résultat attendu en 2021 (objectif fixé)",
  "Résultat atteint en 2021 (1/01/21 au 31/12/21)",
];

function workbook(anomalies: boolean): CorpusWorkbook {
  return {
    file: FILE,
    sheets: [
      {
        name: "Indicateurs",
        rows: {
          1: ["INDICATEURS DE LA CONVENTION - Département de la Plaine-Basse (fictif)"],
          3: HEADER,
          4: [
            "Maraudes mixtes",
            "Nombre de maraudes réalisées",
            null,
            "Non contractualisé",
            "Non contractualisé en 2019, action démarrée en 2020",
            48,
            60,
            58,
          ],
          5: [
            "Formation des travailleurs sociaux",
            "Nombre de professionnels formés",
            null,
            "Pas d'indicateur prévu pour cette mesure",
            120,
            140,
            150,
            145,
          ],
          6: [
            "Premier accueil",
            "Nombre de personnes accueillies",
            null,
            2300,
            2500,
            "Données en cours de compilation…",
            2800,
            2750,
          ],
          7: [
            null,
            "Nombre de structures engagées",
            null,
            10,
            12,
            "Données en cours de compilation suite à la cyberattaque d'octobre",
            16,
            15,
          ],
          8: [
            "Référents de parcours",
            "Nombre de personnes ayant un référent de parcours",
            null,
            "NC",
            310,
            350,
            400,
            anomalies ? "voir rapport d'activité joint" : 390,
          ],
        },
        widths: { A: 34, B: 50, C: 30, D: 30, E: 30, F: 30 },
        headerRows: [3],
        boldRows: [1],
        sautsDePage: [6],
      },
    ],
  };
}

const SHEET = "Indicateurs";

const marker = (cell: string, what: string): CorpusFinding => ({
  file: FILE,
  sheet: SHEET,
  cell,
  ruleId: "indicateur-texte",
  severity: "info",
  fix: "commentaire",
  why: `${what} : mention connue, information demandant la raison.`,
});

const MARKERS = [
  marker("D4", "« Non contractualisé »"),
  marker("E4", "« Non contractualisé en 2019, action démarrée en 2020 »"),
  marker("D5", "« Pas d'indicateur prévu pour cette mesure »"),
  marker("F6", "« Données en cours de compilation… »"),
  marker("F7", "« Données en cours de compilation suite à la cyberattaque d'octobre »"),
  marker("D8", "« NC »"),
];

export const marqueurs: CorpusCase = {
  id: "09-marqueurs",
  title: "Mentions au lieu des valeurs, reconnues par familles (« Non contractualisé en 2019, … », « Pas d'indicateur prévu … »)",
  points: [7],
  anomalies: [workbook(true)],
  sain: [workbook(false)],
  attendu: [
    ...MARKERS,
    {
      file: FILE,
      sheet: SHEET,
      cell: "H8",
      ruleId: "indicateur-texte",
      severity: "warning" as const,
      fix: null,
      why: "« voir rapport d'activité joint » n'est ni un nombre ni une mention connue.",
    },
  ],
  attenduSain: MARKERS,
};
