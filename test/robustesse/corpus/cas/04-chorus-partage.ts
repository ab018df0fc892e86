/**
 * One Chorus code heading two groups of rows (SPEC §1.1, §2; issue 7 points 3 and 7): in the 2023
 * forecast of a fictional département, code 0304 50 19 19 03 heads the « premier accueil » thème
 * with its amount written in the cell (« (montant CALPAE : 55 000€) ») and, further down, a thème
 * « Accueil numérique de proximité » imputed on the same code. The amount is the code's: every
 * row on that code counts, not only the rows under the merged cell; a code shared by two thèmes
 * whose amounts add up is no warning.
 * Anomaly: the second group's State amount raised to 25 000 €: the code's rows no longer add up
 * to 55 000 € (error naming the three rows), and the shared code then deserves a warning.
 */
import { CorpusCase, CorpusWorkbook } from "../types";
import { CALPAE_TITLE, CHORUS, EURO, f4Header, f4Row, sums, THEMES } from "../rows";

const FILE = "lac-vert-previsionnel-2023.xlsx";

function workbook(anomalies: boolean): CorpusWorkbook {
  return {
    file: FILE,
    sheets: [
      {
        name: "Prévisionnel 2023",
        rows: {
          1: [CALPAE_TITLE],
          2: ["- Région Auvergne-Rhône-Alpes - Département du Lac-Vert (fictif)"],
          3: ["Prévisionnel Année 2023"],
          5: f4Header(2023),
          6: f4Row(6, [THEMES.ase, `${CHORUS.ase} (montant CALPAE : 120 000€)`, "1", "Contrats jeunes majeurs"], {
            a: 70000,
            c: 70000,
          }),
          7: f4Row(7, [null, null, "2", "Colocations solidaires"], { a: 50000, c: 55000 }),
          8: f4Row(
            8,
            [
              THEMES.accueil,
              `${CHORUS.accueil} (montant CALPAE : 55 000€)`,
              "3",
              "Premier accueil dans les maisons des solidarités",
            ],
            { a: 20000, c: 20000 },
          ),
          9: f4Row(9, [null, null, "4", "Accueil de jour des publics sans domicile"], { a: 15000, c: 15000 }),
          10: f4Row(10, [THEMES.referent, CHORUS.referent, "5", "Référents de parcours"], { a: 60000, c: 60000 }),
          11: f4Row(11, ["Accueil numérique de proximité", CHORUS.accueil, "6", "Permanences numériques d'accueil social"], {
            a: anomalies ? 25000 : 20000,
            c: 25000,
          }),
          12: sums(["TOTAUX FINANCIERS"], "E", "K", (c) => `=SUM(${c}6:${c}11)`),
        },
        formats: { "E:K": EURO },
        merges: ["A6:A7", "B6:B7", "A8:A9", "B8:B9", "A12:D12"],
        widths: { A: 34, B: 44, C: 8, D: 46 },
        headerRows: [5],
        boldRows: [1, 2, 3, 12],
        sautsDePage: [10],
      },
    ],
  };
}

export const chorusPartage: CorpusCase = {
  id: "04-chorus-partage",
  title: "Montant écrit dans la cellule Chorus et code Chorus en tête de deux groupes de lignes",
  points: [3, 7],
  anomalies: [workbook(true)],
  sain: [workbook(false)],
  attendu: [
    {
      file: FILE,
      sheet: "Prévisionnel 2023",
      cell: "B8",
      ruleId: "montant-notifie",
      severity: "error",
      fix: null,
      why: "La cellule Chorus du code 03 annonce 55 000 € ; les lignes imputées sur ce code (8, 9 et 11, deux groupes) font 60 000 €.",
    },
    {
      file: FILE,
      sheet: "Prévisionnel 2023",
      cell: "B11",
      ruleId: "code-chorus",
      severity: "warning",
      fix: null,
      why: "Le code 03 sert à deux thèmes et ses montants ne concordent plus avec celui de la cellule Chorus : à vérifier.",
    },
  ],
  attenduSain: [],
};
