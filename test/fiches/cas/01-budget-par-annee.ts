/**
 * F7 — a fiche's budget by year (SPEC §3 F7), as a 2019 CALPAE convention prints it, in two
 * spellings on one sheet:
 * - fiche 2: a merged « Montant prévisionnel » above « 2019 | 2020 | 2021 | 2022 | Total », rows
 *   « Département », « Dont valorisation… » (a part of the line above), « Participation Etat »,
 *   « FAPI », « TOTAL Département », « TOTAL Etat » (over the State's two lines), « TOTAL »;
 *   every amount typed as text, exactly as printed;
 * - fiche 5: « Plan de financement | Année 2019 | … », numbers in euros, the département's and the
 *   State's lines interleaved (fonctionnement, then investissement: « Total CD » and « Total Etat »
 *   add non-contiguous lines), and a page break inside the table (page number, préfecture stamp,
 *   « Fiche 5 (suite) » and the header printed again).
 * Between the two fiches: the préfecture's stamp and the signature line, never rows of a table.
 * Anomalies: « TOTAL Etat » 2021 typed 61 000 € (the State's lines make 60 000 €), a « Dont »
 * larger than its line, a 0,01 € gap in « TOTAL GÉNÉRAL », an amount printed « 50 00€ ».
 */
import { CellInput } from "../../../examples/build/types";
import { EURO } from "../../robustesse/corpus/rows";
import { CorpusWorkbook } from "../../robustesse/corpus/types";
import { FicheCase } from "../types";

const FILE = "val-brume-convention-2019-fiches.xlsx";
const SHEET = "Fiches actions";

function workbook(anomalies: boolean): CorpusWorkbook {
  const rows: Record<number, CellInput[]> = {
    1: ["CONVENTION D'APPUI À LA LUTTE CONTRE LA PAUVRETÉ ET D'ACCÈS À L'EMPLOI 2019-2022 – Département du Val-Brume (fictif)"],
    2: ["Annexe 1 – Fiches actions"],
    4: ["Fiche 2 : Référents de parcours — budget prévisionnel 2019-2022"],
    5: [null, "Montant prévisionnel"],
    6: ["Financeurs", 2019, 2020, 2021, 2022, "Total"],
    7: ["Département", "50 000 €", "55 000 €", "60 000 €", "60 000 €", "225 000 €"],
    8: [
      "Dont valorisation des postes existants",
      "20 000 €",
      "20 000 €",
      "20 000 €",
      anomalies ? "65 000 €" : "20 000 €",
      anomalies ? "125 000 €" : "80 000 €",
    ],
    9: ["Participation Etat", "40 000 €", "45 000 €", "50 000 €", "50 000 €", "185 000 €"],
    10: ["FAPI", "10 000 €", "10 000 €", "10 000 €", "10 000 €", "40 000 €"],
    11: ["TOTAL Département", "50 000 €", "55 000 €", "60 000 €", "60 000 €", "225 000 €"],
    12: ["TOTAL Etat", "50 000 €", "55 000 €", anomalies ? "61 000 €" : "60 000 €", "60 000 €", "225 000 €"],
    13: ["TOTAL", "100 000 €", "110 000 €", "120 000 €", "120 000 €", "450 000 €"],
    15: ["Reçu en préfecture le 28/06/2019"],
    16: ["ID : 099-229900019-20190628-DEL2019_045-DE"],
    17: ["Le Président du Conseil départemental,"],
    19: ["Fiche 5 : Maraudes mixtes État / Département – plan de financement"],
    20: ["Plan de financement", "Année 2019", "Année 2020", "Année 2021"],
    21: ["Conseil départemental – fonctionnement", 30000, 30000, 30000],
    22: ["Etat (stratégie pauvreté) – fonctionnement", 25000, 25000, 25000],
    24: ["Page 3 / 12"],
    25: ["Reçu en préfecture le 28/06/2019"],
    27: ["Fiche 5 (suite)"],
    28: ["Plan de financement", "Année 2019", "Année 2020", "Année 2021"],
    29: ["Conseil départemental – investissement", 10000, 5000, 5000],
    30: ["Etat (stratégie pauvreté) – investissement", 10000, 5000, 5000],
    31: ["Autres financeurs (CAF)", 5000, anomalies ? "50 00€" : 5000, 5000],
    32: ["Total CD", 40000, 35000, 35000],
    33: ["Total Etat", 35000, 30000, 30000],
    34: ["TOTAL GÉNÉRAL", 80000, 70000, anomalies ? 70000.01 : 70000],
  };
  return {
    file: FILE,
    sheets: [
      {
        name: SHEET,
        rows,
        merges: ["B5:F5"],
        formats: { "B:F": EURO },
        widths: { A: 46, B: 14, C: 14, D: 14, E: 14, F: 14 },
        headerRows: [5, 6, 20, 28],
        boldRows: [1, 4, 11, 12, 13, 19, 32, 33, 34],
      },
    ],
  };
}

export const budgetParAnnee: FicheCase = {
  id: "01-budget-par-annee",
  title:
    "Budget d'une fiche par année (F7) : « Montant prévisionnel » fusionné au-dessus des années, TOTAL Etat sur des lignes non contiguës, « Dont », saut de page et tampons",
  points: [2, 3, 5],
  anomalies: [workbook(true)],
  sain: [workbook(false)],
  attendu: [
    {
      file: FILE,
      sheet: SHEET,
      cell: "E8",
      ruleId: "total-parties",
      severity: "error",
      fix: null,
      why: "« Dont valorisation des postes existants » 2022 : 65 000 € pour un Département à 60 000 € : un « dont » ne dépasse pas sa ligne.",
    },
    {
      file: FILE,
      sheet: SHEET,
      cell: "D12",
      ruleId: "total-parties",
      severity: "error",
      fix: null,
      why: "TOTAL Etat 2021 tapé 61 000 € alors que la participation de l'État et le FAPI font 50 000 + 10 000 = 60 000 € (montants en texte : pas de formule proposée).",
    },
    {
      file: FILE,
      sheet: SHEET,
      cell: "C31",
      ruleId: "montant-texte",
      severity: "error",
      fix: null,
      why: "CAF 2020 imprimé « 50 00€ » : montant illisible, jamais deviné.",
    },
    {
      file: FILE,
      sheet: SHEET,
      cell: "D34",
      ruleId: "total-parties",
      severity: "error",
      fix: "formule",
      why: "TOTAL GÉNÉRAL 2021 : 70 000,01 € pour 70 000,00 € de parts (lignes non contiguës, de part et d'autre du saut de page) : même 0,01 € est signalé.",
    },
  ],
  attenduSain: [],
  tables: ["F7 Fiches actions!A5:F13", "F7 Fiches actions!A20:D34"],
};
