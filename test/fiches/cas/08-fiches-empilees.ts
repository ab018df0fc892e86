/**
 * Fiche budgets stacked one under the other on one sheet (SPEC §2 « Budget blocks stacked under
 * each fiche title », §3 F5 and F7), as a 2021 CALPAE convention prints them, each block in
 * another family and not always with an empty row between them:
 * - fiche 1: « Budget total de l'action | Participation de l'Etat | Participation du Département »,
 *   one row of numbers, the next fiche's title right below it (no empty row): the F5 table ends there;
 * - fiche 2: label / amount lines, the amount in the label's cell (« Coût total de l'action :
 *   124 000 € », « Part départementale : … », « Participation de l'Etat : … »);
 * - fiche 3: « Budget Département | Budget Etat » (the département first), one row of text amounts,
 *   then fiche 4's title with no empty row;
 * - fiche 4: an F5 block « Prévisionnel 2021 » with one row per funder, amounts as text;
 * - fiche 5: label and amount in two cells, prévisionnel and exécuté side by side under
 *   « Prévu | Réalisé »;
 * - fiche 6: several label / amount pairs in one cell (« Total : 64 000 € Part Etat : … »).
 * Second sheet: a fiche's budget by year whose « FAPI » line the département counts in its own
 * « TOTAL Département » (the State's fund on the département's side: a reading, never an error),
 * « Total » merged over the two header rows, a « Dont » line under the State's participation.
 * Anomalies: fiche 1's total that is not État + CD; fiche 2's « Coût total » that is not its
 * parts; fiche 3 where the département gives less than the State; the 2022 TOTAL of fiche 7 typed
 * 65 000 € (the « Total » column that adds it as written is a consequence, not a second error).
 */
import { CellInput } from "../../../examples/build/types";
import { EURO } from "../../robustesse/corpus/rows";
import { CorpusWorkbook } from "../../robustesse/corpus/types";
import { FicheCase } from "../types";

const FILE = "haute-lande-convention-2021-fiches.xlsx";
const FICHES_SHEET = "Budgets des fiches";
const YEARS_SHEET = "Fiche 7 pluriannuelle";

function workbook(anomalies: boolean): CorpusWorkbook {
  const fiches: Record<number, CellInput[]> = {
    1: [
      "Convention d'appui à la lutte contre la pauvreté et d'accès à l'emploi – avenant 2021 – Département de la Haute-Lande (fictif)",
    ],
    3: ["Fiche 1 : Insertion des jeunes majeurs sortant de l'ASE"],
    4: ["Budget total de l'action", "Participation de l'Etat", "Participation du Département"],
    5: [anomalies ? 185000 : 180000, 90000, 90000],
    6: ["Fiche 2 : Accompagnement global des bénéficiaires du RSA"],
    7: [anomalies ? "Coût total de l'action : 128 000 €" : "Coût total de l'action : 124 000 €"],
    8: ["Part départementale : 62 000 €"],
    9: ["Participation de l'Etat : 62 000 €"],
    11: ["Fiche 3 : Lutte contre la précarité énergétique"],
    12: ["Budget Département", "Budget Etat"],
    13: [anomalies ? "41 000 €" : "52 000 €", "48 000 €"],
    14: ["Fiche 4 : Petits-déjeuners à l'école"],
    15: [null, "Prévisionnel 2021"],
    16: ["Financement Etat (FALPAE)", "35 000 €"],
    17: ["Département", "35 000 €"],
    18: ["TOTAL", "70 000 €"],
    20: ["Fiche 5 : Maraudes mixtes"],
    21: [null, "Prévu", "Réalisé"],
    22: ["Coût total", 96000, 90500],
    23: ["Part Département", 48000, 45500],
    24: ["Part Etat", 48000, 45000],
    26: ["Fiche 6 : Formation des travailleurs sociaux"],
    27: ["Budget", "Total : 64 000 € Part Etat : 32 000 € Part Département : 32 000 €"],
  };
  const years: Record<number, CellInput[]> = {
    1: ["Fiche 7 : Insertion par l'activité économique – budget prévisionnel 2021-2023"],
    2: [null, "Montant prévisionnel", null, null, "Total"],
    3: ["Financeurs", 2021, 2022, 2023],
    4: ["Département", 20000, 25000, 25000, 70000],
    5: ["FAPI", 5000, 5000, 5000, 15000],
    6: ["TOTAL Département", 25000, 30000, 30000, 85000],
    7: ["Participation Etat", 25000, 30000, 30000, 85000],
    8: ["Dont ingénierie de parcours", 5000, 5000, 5000, 15000],
    9: ["TOTAL Etat", 25000, 30000, 30000, 85000],
    10: ["TOTAL", 50000, anomalies ? 65000 : 60000, 60000, anomalies ? 175000 : 170000],
  };
  return {
    file: FILE,
    sheets: [
      {
        name: FICHES_SHEET,
        rows: fiches,
        formats: { "A:C": EURO },
        widths: { A: 40, B: 30, C: 30 },
        headerRows: [4, 12, 15, 21],
        boldRows: [1, 3, 6, 11, 14, 20, 26],
      },
      {
        name: YEARS_SHEET,
        rows: years,
        merges: ["B2:D2", "E2:E3"],
        formats: { "B:E": EURO },
        widths: { A: 36, B: 14, C: 14, D: 14, E: 14 },
        headerRows: [2, 3],
        boldRows: [1, 6, 9, 10],
      },
    ],
  };
}

export const fichesEmpilees: FicheCase = {
  id: "08-fiches-empilees",
  title:
    "Budgets de fiches empilés sur une feuille (F5, F8, F9 l'un sous l'autre, parfois sans ligne vide) et FAPI compté côté Département",
  points: [2, 3, 5],
  anomalies: [workbook(true)],
  sain: [workbook(false)],
  attendu: [
    {
      file: FILE,
      sheet: FICHES_SHEET,
      cell: "A5",
      ruleId: "total-parties",
      severity: "error",
      fix: "formule",
      why: "Fiche 1 : budget total 185 000 € pour 90 000 € (État) + 90 000 € (Département) = 180 000 € ; le titre de la fiche 2, juste dessous, n'est pas une ligne du tableau.",
    },
    {
      file: FILE,
      sheet: FICHES_SHEET,
      cell: "A7",
      ruleId: "total-parties",
      severity: "error",
      fix: null,
      why: "Fiche 2 : « Coût total de l'action : 128 000 € » pour 62 000 € + 62 000 € = 124 000 € (montants dans le texte : pas de formule).",
    },
    {
      file: FILE,
      sheet: FICHES_SHEET,
      cell: "A13",
      ruleId: "cofinancement",
      severity: "warning",
      fix: null,
      why: "Fiche 3 : 41 000 € du Département pour 48 000 € de l'État (colonnes dans l'ordre Département puis État).",
    },
    {
      file: FILE,
      sheet: FICHES_SHEET,
      cell: "B16",
      ruleId: "montant-texte",
      severity: "warning",
      fix: "valeur",
      why: "Fiche 4 : Financement Etat imprimé en texte « 35 000 € » dans le bloc « Prévisionnel 2021 » : converti en nombre.",
    },
    {
      file: FILE,
      sheet: FICHES_SHEET,
      cell: "B17",
      ruleId: "montant-texte",
      severity: "warning",
      fix: "valeur",
      why: "Fiche 4 : Département imprimé en texte « 35 000 € » dans le bloc « Prévisionnel 2021 » : converti en nombre.",
    },
    {
      file: FILE,
      sheet: FICHES_SHEET,
      cell: "B18",
      ruleId: "montant-texte",
      severity: "warning",
      fix: "valeur",
      why: "Fiche 4 : TOTAL imprimé en texte « 70 000 € » dans le bloc « Prévisionnel 2021 » : converti en nombre.",
    },
    {
      file: FILE,
      sheet: YEARS_SHEET,
      cell: "C10",
      ruleId: "total-parties",
      severity: "error",
      fix: null,
      why: "Fiche 7 : TOTAL 2022 tapé 65 000 € pour 25 000 + 5 000 (FAPI) + 30 000 = 60 000 € ; la colonne « Total » (E10) qui l'additionne tel quel n'est pas une seconde erreur.",
    },
  ],
  attenduSain: [
    {
      file: FILE,
      sheet: FICHES_SHEET,
      cell: "B16",
      ruleId: "montant-texte",
      severity: "warning",
      fix: "valeur",
      why: "Fiche 4 : Financement Etat imprimé en texte « 35 000 € » dans le bloc « Prévisionnel 2021 » : converti en nombre.",
    },
    {
      file: FILE,
      sheet: FICHES_SHEET,
      cell: "B17",
      ruleId: "montant-texte",
      severity: "warning",
      fix: "valeur",
      why: "Fiche 4 : Département imprimé en texte « 35 000 € » dans le bloc « Prévisionnel 2021 » : converti en nombre.",
    },
    {
      file: FILE,
      sheet: FICHES_SHEET,
      cell: "B18",
      ruleId: "montant-texte",
      severity: "warning",
      fix: "valeur",
      why: "Fiche 4 : TOTAL imprimé en texte « 70 000 € » dans le bloc « Prévisionnel 2021 » : converti en nombre.",
    },
  ],
  tables: [
    "F9 Budgets des fiches!A4:C5",
    "F8 Budgets des fiches!A7:A9",
    "F9 Budgets des fiches!A12:B13",
    "F5 Budgets des fiches!A15:B18",
    "F8 Budgets des fiches!A21:C24",
    "F8 Budgets des fiches!B27",
    "F7 Fiche 7 pluriannuelle!A2:E10",
  ],
};
