/**
 * F8 — a fiche's budget written as label / amount lines (SPEC §3 F7), in a Pacte 2024 contract
 * whose fiches are pasted as two-column text (« Besoins / contexte | … », « Pilote(s) | … »), as
 * the seed contract prints them (seed 000, l.568):
 * - fiche 8: « Budgétaire | Total : 284 500 € Part Etat : 142 250€ Part Département : 142 250 € »,
 *   three amounts in one cell;
 * - fiche 9: « Coût total de l'action : | 110 000 € », then « Part départementale », « Participation
 *   de l'Etat » (the total first, its parts below);
 * - fiche 10: prévisionnel and exécuté side by side (« Prévu 2024 | Exécuté 2024 »);
 * - fiche 11: prévisionnel and exécuté stacked under their subtitles, each amount after its label
 *   (« Coût total de l'action : 50 000 € »).
 * The préfecture's stamp and the signature line sit between the fiches.
 * Anomalies: « 73 00€ » in fiche 8; fiche 9's département at 50 000 € (the cost is then not its
 * parts, and its share falls under 50 %); fiche 10's exécuté that does not add up; fiche 11's
 * exécuté with a département share of 47,9 %.
 */
import { CellInput } from "../../../examples/build/types";
import { CorpusWorkbook } from "../../robustesse/corpus/types";
import { FicheCase } from "../types";

const FILE = "pays-d-aube-contrat-2024-fiches.xlsx";
const SHEET = "Fiches actions";

function workbook(anomalies: boolean): CorpusWorkbook {
  const rows: Record<number, CellInput[]> = {
    1: ["CONTRAT LOCAL DES SOLIDARITÉS 2024-2027 – Département du Pays-d'Aube (fictif)"],
    2: ["ANNEXE 2 – Fiches actions"],
    4: ["AXE N° 4"],
    5: ["Fiche 8 : Favoriser la mobilité solidaire"],
    6: [
      "Besoins / contexte",
      "Dans le cadre de l'insertion et de la lutte contre l'isolement des publics en situation de précarité, des dispositifs relatifs à la mobilité sont mis en place.",
    ],
    7: ["Pilote(s)", "Département – Direction de l'insertion"],
    8: ["Date de début / fin", "Janvier 2024 - ..."],
    9: ["Budgétaire", `Total : 284 500 € Part Etat : 142 250€ Part Département : ${anomalies ? "73 00€" : "142 250 €"}`],
    10: ["Indicateurs d'impact", "Taux de réussite à la formation au permis intensif"],
    12: ["AXE N° 3"],
    13: ["Fiche 9 : Créer une gouvernance de l'accès aux droits"],
    14: ["Coût total de l'action :", "110 000 €"],
    15: ["Part départementale", anomalies ? "50 000 €" : "55 000 €"],
    16: ["Participation de l'Etat", 55000],
    18: ["Reçu en préfecture le 12/07/2024"],
    19: ["ID : 099-229900019-20240712-DEL2024_112-DE"],
    21: ["Fiche 10 : Renforcer l'accueil en proximité des publics vulnérables"],
    22: [null, "Prévu 2024", "Exécuté 2024"],
    23: ["Participation de l'Etat", "75 000 €", "70 000 €"],
    24: ["Participation du Département", "75 000 €", anomalies ? "81 000 €" : "80 000 €"],
    25: ["Coût total", "150 000 €", "150 000 €"],
    27: ["Fiche 11 : Lutter contre l'illectronisme"],
    28: ["Budget prévisionnel 2024 :"],
    29: ["Coût total de l'action : 50 000 €"],
    30: ["Participation de l'Etat : 25 000 €"],
    31: ["Part du Département : 25 000 €"],
    32: ["Budget exécuté 2024 :"],
    33: [anomalies ? "Coût total de l'action : 48 000 €" : "Coût total de l'action : 50 000 €"],
    34: ["Participation de l'Etat : 25 000 €"],
    35: [anomalies ? "Part du Département : 23 000 €" : "Part du Département : 25 000 €"],
    37: ["Fait à Aube-la-Ville, le 12 juillet 2024"],
    38: ["Le Président du Conseil départemental", null, "Le Préfet"],
  };
  return {
    file: FILE,
    sheets: [{ name: SHEET, rows, widths: { A: 40, B: 60, C: 16 }, boldRows: [1, 2, 5, 13, 21, 27] }],
  };
}

export const lignesLibelleMontant: FicheCase = {
  id: "02-lignes-libelle-montant",
  title:
    "Budget d'une fiche en lignes libellé / montant (F8) : plusieurs montants dans une cellule, total en tête, prévu et exécuté côte à côte ou empilés",
  points: [2, 3, 5],
  anomalies: [workbook(true)],
  sain: [workbook(false)],
  attendu: [
    {
      file: FILE,
      sheet: SHEET,
      cell: "B9",
      ruleId: "montant-texte",
      severity: "error",
      fix: null,
      why: "Part Département de la fiche 8 imprimée « 73 00€ » dans la cellule « Budgétaire » : montant illisible, jamais deviné.",
    },
    {
      file: FILE,
      sheet: SHEET,
      cell: "B14",
      ruleId: "total-parties",
      severity: "error",
      fix: null,
      why: "Coût total de la fiche 9 : 110 000 € pour 50 000 € (Département) + 55 000 € (État).",
    },
    {
      file: FILE,
      sheet: SHEET,
      cell: "B15",
      ruleId: "cofinancement",
      severity: "warning",
      fix: null,
      why: "Fiche 9 : part du Département de 47,6 %, sous les 50 % du Pacte.",
    },
    {
      file: FILE,
      sheet: SHEET,
      cell: "C25",
      ruleId: "total-parties",
      severity: "error",
      fix: null,
      why: "Coût total exécuté de la fiche 10 : 150 000 € pour 70 000 € + 81 000 €.",
    },
    {
      file: FILE,
      sheet: SHEET,
      cell: "A35",
      ruleId: "cofinancement",
      severity: "warning",
      fix: null,
      why: "Exécuté 2024 de la fiche 11 : part du Département de 47,9 % (23 000 € pour 25 000 € de l'État).",
    },
  ],
  attenduSain: [],
  tables: ["F8 Fiches actions!B9", "F8 Fiches actions!A14:B16", "F8 Fiches actions!A22:C25", "F8 Fiches actions!A28:A35"],
};
