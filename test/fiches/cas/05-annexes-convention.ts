/**
 * F11 — a CALPAE 2021 convention's annexes that mix money columns with « Indicateurs » and
 * « Objectif(s) annuel(s) » (SPEC §3 F7), read until now as indicator matrices (amounts checked as
 * rates, objectives written as text taken for « plusieurs nombres »):
 * - « Annexe A – Tableau des engagements du socle »: « Fiche | Intitulé de l'action | Montant Etat
 *   2021 | Montant CD 2021 | Coût total 2021 | Indicateurs | Objectif(s) annuel(s) », amounts typed
 *   as text and merged over the two indicator rows of an action, objectives written as sentences
 *   (« a) 90 % en 2021 b) 75 % en 2022 »), the préfecture's stamp after the table;
 * - « Annexe B – Engagements à l'initiative du département »: « Actions | Participation de l'Etat |
 *   Part du Département | 2021 | Indicateurs de suivi | Objectifs 2021 », where the « 2021 » column
 *   holds the actions' costs in euros (money by its content: never a rate, even on the line of
 *   « Taux de retour à l'emploi »), and numeric objectives that stay targets.
 * Anomalies: « 73 00€ » in Annexe A's money column; Annexe B's département total that does not add up.
 */
import { CellInput } from "../../../examples/build/types";
import { EURO } from "../../robustesse/corpus/rows";
import { CorpusWorkbook } from "../../robustesse/corpus/types";
import { FicheCase } from "../types";

const FILE = "riviere-basse-convention-2021-annexes.xlsx";

function workbook(anomalies: boolean): CorpusWorkbook {
  const socle: Record<number, CellInput[]> = {
    1: ["Annexe A – Tableau des engagements du socle"],
    3: [
      "Fiche",
      "Intitulé de l'action",
      "Montant Etat 2021",
      "Montant CD 2021",
      "Coût total 2021",
      "Indicateurs",
      "Objectif(s) annuel(s)",
    ],
    4: [
      "1",
      "Prévenir les sorties sèches de l'ASE",
      "120 000 €",
      "125 000 €",
      "245 000 €",
      "Nombre de jeunes accompagnés à leur sortie de l'ASE",
      "a) 90 % en 2021 b) 75 % en 2022",
    ],
    5: [null, null, null, null, null, "Taux de jeunes sortants avec une solution de logement", "80 %"],
    6: [
      "2",
      "Premier accueil social inconditionnel de proximité",
      "90 000 €",
      "95 000 €",
      "185 000 €",
      "Nombre de lieux d'accueil labellisés",
      "Un lieu par territoire d'action sociale",
    ],
    7: [
      "3",
      "Référents de parcours",
      "150 000 €",
      anomalies ? "73 00€" : "150 000 €",
      "300 000 €",
      "Nombre de référents formés",
      "40 référents formés en 2021",
    ],
    8: ["TOTAL", null, "360 000 €", "370 000 €", "730 000 €", null, null],
    10: ["Reçu en préfecture le 30/06/2021"],
    11: ["ID : 099-229900019-20210630-DEL2021_077-DE"],
  };
  const initiative: Record<number, CellInput[]> = {
    1: ["Annexe B – Engagements à l'initiative du département"],
    3: ["Actions", "Participation de l'Etat", "Part du Département", "2021", "Indicateurs de suivi", "Objectifs 2021"],
    4: ["Fiche 7 : Épicerie sociale itinérante", 20000, 20000, "40 000 €", "Nombre de ménages aidés", 150],
    5: ["Fiche 8 : Garde d'enfants pour les parents en insertion", 15000, 15000, "30 000 €", "Nombre de places réservées", 12],
    6: [
      "Fiche 9 : Plateforme de mobilité",
      10000,
      12000,
      "22 000 €",
      "Taux de retour à l'emploi des personnes accompagnées",
      "45 %",
    ],
    7: ["Total", 45000, anomalies ? 48000 : 47000, "92 000 €", null, null],
    9: ["Le Président du Conseil départemental"],
  };
  return {
    file: FILE,
    sheets: [
      {
        name: "Annexe A",
        rows: socle,
        merges: ["A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:E5"],
        widths: { A: 8, B: 40, C: 16, D: 16, E: 16, F: 50, G: 34 },
        headerRows: [3],
        boldRows: [1, 8],
      },
      {
        name: "Annexe B",
        rows: initiative,
        formats: { "B:C": EURO },
        widths: { A: 50, B: 20, C: 20, D: 14, E: 50, F: 16 },
        headerRows: [3],
        boldRows: [1, 7],
      },
    ],
  };
}

export const annexesConvention: FicheCase = {
  id: "05-annexes-convention",
  title:
    "Annexes de convention mêlant montants, indicateurs et objectifs (F11) : partie financière aux règles financières, partie indicateurs aux règles d'indicateurs",
  points: [1, 2, 3, 5],
  anomalies: [workbook(true)],
  sain: [workbook(false)],
  attendu: [
    {
      file: FILE,
      sheet: "Annexe A",
      cell: "D7",
      ruleId: "montant-texte",
      severity: "error",
      fix: null,
      why: "Montant CD 2021 de la fiche 3 imprimé « 73 00€ » : montant illisible dans une colonne de montants, jamais deviné.",
    },
    {
      file: FILE,
      sheet: "Annexe B",
      cell: "C7",
      ruleId: "total-parties",
      severity: "error",
      fix: "formule",
      why: "Total de la part du Département : 48 000 € pour 20 000 + 15 000 + 12 000 = 47 000 €.",
    },
  ],
  attenduSain: [],
  tables: ["F11 Annexe A!A3:G8", "I1 Annexe B!A3:F7", "F11 Annexe B!A3:D7"],
};
