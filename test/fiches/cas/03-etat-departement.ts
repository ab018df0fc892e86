/**
 * F9 — small two-way tables « Budget Etat | Budget Département » under each fiche's title (SPEC §3
 * F7), in a CALPAE 2022 convention, in three spellings:
 * - fiche 1: « Budget Etat | Budget Département », one row of amounts typed as text;
 * - fiche 2: the columns the other way round with a « Coût total », one row per phase
 *   (« Prévisionnel 2022 », « Réalisé 2022 »), numbers in euros;
 * - fiche 3: « Financement Etat | Financement Département », the préfecture's stamp printed between
 *   the header and its amounts (a page break).
 * Anomalies: fiche 2's réalisé cost that is not État + Département; fiche 3 where the département
 * gives less than the State (« des financements au moins équivalents »).
 */
import { CellInput } from "../../../examples/build/types";
import { EURO } from "../../robustesse/corpus/rows";
import { CorpusWorkbook } from "../../robustesse/corpus/types";
import { FicheCase } from "../types";

const FILE = "combe-verte-convention-2022-fiches.xlsx";
const SHEET = "Fiches";

function workbook(anomalies: boolean): CorpusWorkbook {
  const rows: Record<number, CellInput[]> = {
    1: [
      "Convention d'appui à la lutte contre la pauvreté et d'accès à l'emploi – avenant 2022 – Département de la Combe-Verte (fictif)",
    ],
    3: ["Fiche 1 : Prévenir les sorties sèches de l'ASE"],
    4: ["Budget Etat", "Budget Département"],
    5: ["45 000 €", "50 000 €"],
    7: ["Fiche 2 : Premier accueil social inconditionnel de proximité"],
    8: [null, "Budget Département", "Budget Etat", "Coût total"],
    9: ["Prévisionnel 2022", 60000, 55000, 115000],
    10: ["Réalisé 2022", 58000, 55000, anomalies ? 118000 : 113000],
    12: ["Fiche 3 : Maraudes mixtes État / Département"],
    13: ["Financement Etat", "Financement Département"],
    14: ["Reçu en préfecture le 14/04/2022"],
    15: [40000, anomalies ? 35000 : 40000],
    17: ["ID : 099-229900019-20220414-DEL2022_031-DE"],
  };
  return {
    file: FILE,
    sheets: [
      {
        name: SHEET,
        rows,
        formats: { "A:D": EURO },
        widths: { A: 22, B: 20, C: 20, D: 16 },
        headerRows: [4, 8, 13],
        boldRows: [1, 3, 7, 12],
      },
    ],
  };
}

export const etatDepartement: FicheCase = {
  id: "03-etat-departement",
  title:
    "Tableaux « Budget Etat | Budget Département » d'une ligne sous chaque fiche (F9), colonnes dans un ordre ou dans l'autre",
  points: [2, 3, 5],
  anomalies: [workbook(true)],
  sain: [workbook(false)],
  attendu: [
    {
      file: FILE,
      sheet: SHEET,
      cell: "D10",
      ruleId: "total-parties",
      severity: "error",
      fix: "formule",
      why: "Coût total réalisé de la fiche 2 : 118 000 € pour 58 000 € (Département) + 55 000 € (État) = 113 000 €.",
    },
    {
      file: FILE,
      sheet: SHEET,
      cell: "B15",
      ruleId: "cofinancement",
      severity: "warning",
      fix: null,
      why: "Fiche 3 : 35 000 € du Département pour 40 000 € de l'État : la convention demande des financements au moins équivalents.",
    },
  ],
  attenduSain: [],
  tables: ["F9 Fiches!A4:B5", "F9 Fiches!A8:D10", "F9 Fiches!A13:B15"],
};
