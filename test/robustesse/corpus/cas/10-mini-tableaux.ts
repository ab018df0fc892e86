/**
 * Fiche budgets pasted from the convention into a workbook (SPEC §3 F5, F6; issue 7 point 7): small
 * « Budget global | Participation Etat | Participation CD » tables under each fiche title and an
 * annex summary « Montant prévisionnel 2020 (CD) | (Etat) | (FSE) | Montant total » with its
 * Total line, all typed as values: tables that never had a formula get no « formula expected »
 * warning; their figures are still checked. Anomaly: a budget global that is not État + CD.
 */
import { CorpusCase, CorpusWorkbook } from "../types";
import { EURO } from "../rows";

const FILE = "riviere-haute-annexe-financiere-2020.xlsx";

function workbook(anomalies: boolean): CorpusWorkbook {
  const fiche = (title: string, budget: number, etat: number, cd: number) => [
    [title],
    ["Budget global", "Participation Etat", "Participation CD"],
    [budget, etat, cd],
  ];
  const blocks = [
    fiche("Fiche 1 : Accompagnement des jeunes sortant de l'ASE", 120000, 60000, 60000),
    fiche("Fiche 2 : Premier accueil social inconditionnel", 80000, 40000, 40000),
    fiche("Fiche 3 : Référents de parcours", anomalies ? 90000 : 85000, 40000, 45000),
    fiche("Fiche 4 : Maraudes mixtes", 30000, 15000, 15000),
  ];
  const rows: Record<number, (string | number | null)[]> = {
    1: ["Annexe 3 – Budget des fiches actions 2020 - Département de la Rivière-Haute (fictif)"],
  };
  const headerRows: number[] = [];
  let r = 3;
  for (const block of blocks) {
    block.forEach((cells, i) => (rows[r + i] = cells));
    headerRows.push(r + 1);
    r += block.length + 1;
  }
  return {
    file: FILE,
    sheets: [
      { name: "Fiches", rows, formats: { "A:C": EURO }, widths: { A: 50, B: 18, C: 18 }, headerRows, boldRows: [1] },
      {
        name: "Annexe B",
        rows: {
          1: ["Annexe B – Engagements à l'initiative du département"],
          3: [
            null,
            "Montant exécuté 2019 (si action antérieure à 2020)",
            "Montant prévisionnel 2020 (CD)",
            "Montant prévisionnel 2020 (Etat)",
            "Montant prévisionnel 2020 (FSE)",
            "Montant total",
          ],
          4: ["Épicerie sociale itinérante", 18000, 20000, 20000, 0, 40000],
          5: ["Garde d'enfants pour les parents en insertion", null, 15000, 12000, 3000, 30000],
          6: ["Plateforme de mobilité", 9000, 10000, 10000, 5000, 25000],
          7: ["Total", 27000, 45000, 42000, 8000, 95000],
        },
        formats: { "B:F": EURO },
        widths: { A: 46, B: 20, C: 20, D: 20, E: 20, F: 16 },
        headerRows: [3],
        boldRows: [1, 7],
        sautsDePage: [6],
      },
    ],
  };
}

export const miniTableaux: CorpusCase = {
  id: "10-mini-tableaux",
  title: "Mini-tableaux budgétaires collés depuis la convention, sans aucune formule",
  points: [7],
  anomalies: [workbook(true)],
  sain: [workbook(false)],
  attendu: [
    {
      file: FILE,
      sheet: "Fiches",
      cell: "A13",
      ruleId: "formule-ligne",
      severity: "error",
      fix: "formule",
      why: "Budget global de la fiche 3 : 90 000 € pour 40 000 € (État) + 45 000 € (CD) = 85 000 € ; la correction propose la formule (le tableau, collé, n'en avait aucune).",
    },
  ],
  attenduSain: [],
};
