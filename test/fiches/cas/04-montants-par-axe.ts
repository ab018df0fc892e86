/**
 * F10 — amounts per axe or thème with a total line (SPEC §3 F7), in two spellings:
 * - a Pacte 2024 contract's « Répartition des crédits de l'État 2024 par axe »: one line per axe
 *   (« Axe 1 : Prévenir la pauvreté … ») and its amount, no header, then « Total » (the State's
 *   737 250 € of art. 2.2, split 167 500 / 427 500 / 142 250 € as in art. 3);
 * - a CALPAE 2021 convention's « Annexe financière – crédits 2021 par thème (en euros) »:
 *   « Thème | Montant Etat 2021 | Montant Département 2021 », amounts printed without €
 *   (« 125 000 »), « TOTAL ».
 * The préfecture's stamp sits between them.
 * Anomalies: a Total of 737 000 € (the axes make 737 250 €), the State's TOTAL of the thèmes off by 100 €.
 */
import { CellInput } from "../../../examples/build/types";
import { CorpusWorkbook } from "../../robustesse/corpus/types";
import { FicheCase } from "../types";

const FILE = "plateau-des-sources-annexes-financieres.xlsx";

function workbook(anomalies: boolean): CorpusWorkbook {
  const pacte: Record<number, CellInput[]> = {
    1: ["CONTRAT LOCAL DES SOLIDARITÉS 2024-2027 – Département du Plateau-des-Sources (fictif)"],
    2: ["Répartition des crédits de l'État 2024 par axe du Pacte des solidarités"],
    4: ["Axe 1 : Prévenir la pauvreté et lutter contre les inégalités dès l'enfance", "167 500 €"],
    5: ["Axe 3 : Lutter contre la grande exclusion grâce à l'accès aux droits", "427 500 €"],
    6: ["Axe 4 : Construire une transition écologique et solidaire", "142 250 €"],
    7: ["Total", anomalies ? "737 000 €" : "737 250 €"],
    9: ["Reçu en préfecture le 12/07/2024"],
    10: ["ID : 099-229900019-20240712-DEL2024_112-DE"],
  };
  const calpae: Record<number, CellInput[]> = {
    1: [
      "Convention d'appui à la lutte contre la pauvreté et d'accès à l'emploi 2021 – Département du Plateau-des-Sources (fictif)",
    ],
    3: ["Annexe financière – crédits 2021 par thème (en euros)"],
    4: ["Thème", "Montant Etat 2021", "Montant Département 2021"],
    5: ["Prévenir toute sortie sèche de l'ASE", "125 000", "130 000"],
    6: ["Premier accueil social inconditionnel", "90 000", "95 000"],
    7: ["Référents de parcours", "155 000", "165 000"],
    8: ["Insertion des allocataires du RSA", "320 000", "320 000"],
    9: ["TOTAL", anomalies ? "690 100" : "690 000", "710 000"],
    11: ["Le Président du Conseil départemental"],
  };
  return {
    file: FILE,
    sheets: [
      { name: "Crédits 2024 par axe", rows: pacte, widths: { A: 70, B: 16 }, boldRows: [1, 2, 7] },
      { name: "Annexe financière 2021", rows: calpae, widths: { A: 44, B: 20, C: 24 }, headerRows: [4], boldRows: [1, 3, 9] },
    ],
  };
}

export const montantsParAxe: FicheCase = {
  id: "04-montants-par-axe",
  title: "Montants par axe ou par thème avec une ligne de total (F10), avec ou sans en-tête, montants avec ou sans €",
  points: [2, 3],
  anomalies: [workbook(true)],
  sain: [workbook(false)],
  attendu: [
    {
      file: FILE,
      sheet: "Crédits 2024 par axe",
      cell: "B7",
      ruleId: "total-parties",
      severity: "error",
      fix: null,
      why: "Total des axes : 737 000 € pour 167 500 + 427 500 + 142 250 = 737 250 €.",
    },
    {
      file: FILE,
      sheet: "Annexe financière 2021",
      cell: "B9",
      ruleId: "total-parties",
      severity: "error",
      fix: null,
      why: "TOTAL État des thèmes : 690 100 pour 690 000 (montants imprimés sans €).",
    },
  ],
  attenduSain: [],
  tables: ["F10 Crédits 2024 par axe!A4:B7", "F10 Annexe financière 2021!A4:C9"],
};
