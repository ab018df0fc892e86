/**
 * F1 — « TABLEAU FINANCIER DU CONTRAT LOCAL DES SOLIDARITÉS - Région PACA - Département des
 * Alpes-Maritimes - Prévisionnel Année 2024 », as printed in the contract (seed 000, l.575–591):
 * same headers, actions and amounts. F = A+B+C on each row, sous-totals and TOTAUX as formulas.
 * A correct table: the engine must report nothing on it.
 */
import { EURO, F1_HEADER_2024, PACTE_ACTIONS, PACTE_AXES, PACTE_REGION } from "./labels";
import { SheetDescription, WorkbookDescription } from "../build/types";

const [enfance1, enfance2, enfance3] = PACTE_ACTIONS.enfance;
const [droits1, droits2, droits3, droits4] = PACTE_ACTIONS.droits;
const [transition1] = PACTE_ACTIONS.transition;

export const prevision2024: SheetDescription = {
  name: "Prévisionnel 2024",
  rows: {
    1: ["TABLEAU FINANCIER DU CONTRAT LOCAL DES SOLIDARITÉS"],
    2: [PACTE_REGION],
    3: ["Prévisionnel Année 2024"],
    5: F1_HEADER_2024,
    // axe, fiche, intitulé, A État, B CD, C autres, F = A+B+C
    6: [PACTE_AXES.enfance, "1.", enfance1, 67500, 67500, 0, "=D6+E6+F6"],
    7: [null, "2.", enfance2, 90000, 90000, 0, "=D7+E7+F7"],
    8: [null, "3.", enfance3, 10000, 10000, 40000, "=D8+E8+F8"],
    9: [null, "Sous total", null, "=SUM(D6:D8)", "=SUM(E6:E8)", "=SUM(F6:F8)", "=SUM(G6:G8)"],
    10: [PACTE_AXES.droits, "1.", droits1, 55000, 55000, 0, "=D10+E10+F10"],
    11: [null, "2.", droits2, 272500, 272500, 0, "=D11+E11+F11"],
    12: [null, "3.", droits3, 25000, 25000, 0, "=D12+E12+F12"],
    13: [null, "4.", droits4, 75000, 75000, 0, "=D13+E13+F13"],
    14: [null, "Sous total", null, "=SUM(D10:D13)", "=SUM(E10:E13)", "=SUM(F10:F13)", "=SUM(G10:G13)"],
    15: [PACTE_AXES.transition, "1.", transition1, 142250, 142250, 0, "=D15+E15+F15"],
    16: [null, "Sous total", null, "=SUM(D15)", "=SUM(E15)", "=SUM(F15)", "=SUM(G15)"],
    17: ["TOTAUX FINANCIERS", null, null, "=D9+D14+D16", "=E9+E14+E16", "=F9+F14+F16", "=G9+G14+G16"],
  },
  formats: { "D:G": EURO },
  merges: ["A6:A8", "A10:A13", "A17:C17"],
  widths: { A: 34, B: 10, C: 60, D: 18, E: 18, F: 18, G: 18 },
  headerRows: [5],
  boldRows: [1, 2, 3, 17],
};

export const previsionWorkbook: WorkbookDescription = {
  file: "prevision-2024-alpes-maritimes.xlsx",
  sheets: [prevision2024],
};
