/**
 * F2 — « TABLEAU FINANCIER RÉCAPITULATIF DU CONTRAT LOCAL DES SOLIDARITÉS - Prévisionnel Année
 * 2025 » (template of seed 000, l.595–609), filled for the Alpes-Maritimes:
 * - A, C, E = État, CD and other funders of the 2024 table (prevision-2024-alpes-maritimes);
 * - some 2024 credits not consumed (B, D) and carried forward (F = B, G = D);
 * - H = the 2025 State credits, 1 012 485 € in all (art. 2.2); J ≥ H (50 % co-financing).
 *
 * `recapitulatif2025Corrige` is the table as it should be (K = G+J, every column totalled).
 * The workbook keeps the template's defects AS SHIPPED (`DEFAUTS_DU_MODELE`): header and
 * formulas K = G+I, sous-totals and TOTAUX that leave columns blank. The engine reports them.
 */
import { EURO, f2Header2025, PACTE_ACTIONS, PACTE_AXES, PACTE_CHORUS, PACTE_REGION } from "./labels";
import { withChanges } from "../build/changes";
import { totals } from "../build/rows";
import { CellInput, SheetDescription, WorkbookDescription } from "../build/types";

const [enfance1, enfance2, enfance3] = PACTE_ACTIONS.enfance;
const [droits1, droits2, droits3, droits4] = PACTE_ACTIONS.droits;
const [transition1] = PACTE_ACTIONS.transition;

export const recapitulatif2025Corrige: SheetDescription = {
  name: "Prévisionnel 2025",
  rows: {
    1: ["TABLEAU FINANCIER RÉCAPITULATIF DU CONTRAT LOCAL DES SOLIDARITÉS"],
    2: [PACTE_REGION],
    3: ["Prévisionnel Année 2025"],
    5: f2Header2025("G+J"),
    //   axe, chorus, fiche, intitulé,
    //   E=A versés 2024, F=B État non consommés, G=C CD 2024, H=D CD non consommés, I=E autres, J=réalisé,
    //   K=F report État, L=G report CD, M=H État 2025, N=I (F+H), O=J CD 2025, P=K (G+J), Q=L autres 2025, R=M (I+K+L)
    6: [PACTE_AXES.enfance, PACTE_CHORUS.enfance, "1.", enfance1,
      67500, 0, 67500, 0, 0, 135000, 0, 0, 90000, "=K6+M6", 90000, "=L6+O6", 0, "=N6+P6+Q6"],
    7: [null, null, "2.", enfance2,
      90000, 15000, 90000, 15000, 0, 150000, 15000, 15000, 120000, "=K7+M7", 120000, "=L7+O7", 0, "=N7+P7+Q7"],
    8: [null, null, "3.", enfance3,
      10000, 0, 10000, 0, 40000, 60000, 0, 0, 15000, "=K8+M8", 15000, "=L8+O8", 40000, "=N8+P8+Q8"],
    9: totals([null, null, "Sous total", null], "E", "R", (c) => `=SUM(${c}6:${c}8)`),
    10: [PACTE_AXES.droits, PACTE_CHORUS.droits, "1.", droits1,
      55000, 0, 55000, 0, 0, 110000, 0, 0, 75000, "=K10+M10", 75000, "=L10+O10", 0, "=N10+P10+Q10"],
    11: [null, null, "2.", droits2,
      272500, 20000, 272500, 20000, 0, 505000, 20000, 20000, 365000, "=K11+M11", 365000, "=L11+O11", 0, "=N11+P11+Q11"],
    12: [null, null, "3.", droits3,
      25000, 5000, 25000, 5000, 0, 40000, 5000, 5000, 35000, "=K12+M12", 35000, "=L12+O12", 0, "=N12+P12+Q12"],
    13: [null, null, "4.", droits4,
      75000, 0, 75000, 0, 0, 150000, 0, 0, 100000, "=K13+M13", 130000, "=L13+O13", 0, "=N13+P13+Q13"],
    14: totals([null, null, "Sous total", null], "E", "R", (c) => `=SUM(${c}10:${c}13)`),
    15: [PACTE_AXES.transition, PACTE_CHORUS.transition, "1.", transition1,
      142250, 12250, 142250, 12250, 0, 260000, 12250, 12250, 212485, "=K15+M15", 215000, "=L15+O15", 0, "=N15+P15+Q15"],
    16: totals([null, null, "Sous total", null], "E", "R", (c) => `=SUM(${c}15)`),
    17: totals(["TOTAUX FINANCIERS", null, null, null], "E", "R", (c) => `=${c}9+${c}14+${c}16`),
  },
  formats: { "E:R": EURO },
  merges: ["A6:A8", "B6:B8", "A10:A13", "B10:B13", "A17:D17"],
  widths: { A: 30, B: 28, C: 10, D: 50, E: 15, F: 15, G: 15, H: 15, I: 15, J: 15, K: 15, L: 15, M: 15, N: 15, O: 15, P: 15, Q: 15, R: 16 },
  headerRows: [5],
  boldRows: [1, 2, 3, 17],
};

/** What the DGCS template ships (seed l.600–609): K = G+I, and totals that skip columns. */
export const DEFAUTS_DU_MODELE: Record<string, CellInput> = {
  P5: f2Header2025("G+I")[15],
  P6: "=L6+N6",
  P7: "=L7+N7",
  P8: "=L8+N8",
  P10: "=L10+N10",
  P11: "=L11+N11",
  P12: "=L12+N12",
  P13: "=L13+N13",
  P15: "=L15+N15",
  // the first two sous-totals stop at G (sheet column L), the third at H (M), TOTAUX at F (K)
  "M9:R9": null,
  "M14:R14": null,
  "N16:R16": null,
  "L17:R17": null,
};

export const recapitulatifWorkbook: WorkbookDescription = {
  file: "recapitulatif-2025.xlsx",
  sheets: [withChanges(recapitulatif2025Corrige, DEFAUTS_DU_MODELE)],
};
