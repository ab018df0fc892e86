/**
 * F4 — CALPAE convention 2023 of the same fictional département: B and D of each action are its
 * « Montant à reporter en 2023 - Part Etat / Part CD » of the 2022 execution (calpae-execution-2022),
 * and so are the totals: a correct pair of workbooks for the cross-year check.
 */
import {
  CALPAE_ACTIONS,
  CALPAE_CHORUS,
  CALPAE_INITIATIVE,
  CALPAE_REGION,
  CALPAE_SOCLE,
  CALPAE_THEMES,
  CALPAE_TITLE,
  EURO,
  F4_HEADER_2023,
} from "./labels";
import { totals } from "../build/rows";
import { SheetDescription, WorkbookDescription } from "../build/types";

const T = CALPAE_THEMES;
const C = CALPAE_CHORUS;
const F = CALPAE_ACTIONS;

export const prevision2023: SheetDescription = {
  name: "Prévisionnel 2023",
  rows: {
    1: [CALPAE_TITLE],
    2: [CALPAE_REGION],
    3: ["Prévisionnel Année 2023"],
    5: F4_HEADER_2023,
    //  thème, chorus, fiche, intitulé, E=A État 2023, F=B État 2022 reportés, G=C CD 2023, H=dont valorisation CD,
    //  I=D CD 2022 reportés, J=E autres, K=F budget (A+B+C+D+E), L=commentaire
    6: [
      T.ase,
      C.ase,
      "1",
      F["1"],
      125000,
      10000,
      125000,
      30000,
      10000,
      0,
      "=E6+F6+G6+I6+J6",
      "Dont reports 2022 : 10 000 € État et 10 000 € CD.",
    ],
    7: [null, null, "2", F["2"], 65000, 0, 65000, 0, 0, 15000, "=E7+F7+G7+I7+J7"],
    8: [T.accueil, C.accueil, "3", F["3"], 90000, 0, 95000, 45000, 0, 0, "=E8+F8+G8+I8+J8"],
    9: [
      T.referent,
      C.referent,
      "4",
      F["4"],
      155000,
      20000,
      165000,
      60000,
      20000,
      0,
      "=E9+F9+G9+I9+J9",
      "Dont reports 2022 : 20 000 € État et 20 000 € CD.",
    ],
    10: [T.brsa, C.brsa, "5", F["5"], 320000, 0, 320000, 120000, 0, 50000, "=E10+F10+G10+I10+J10"],
    11: [
      null,
      null,
      "6",
      F["6"],
      70000,
      7500,
      75000,
      0,
      7500,
      0,
      "=E11+F11+G11+I11+J11",
      "Dont reports 2022 : 7 500 € État et 7 500 € CD.",
    ],
    12: totals([CALPAE_SOCLE, null, null, null], "E", "K", (c) => `=SUM(${c}6:${c}11)`),
    13: [T.initiative, C.initiative, "7", F["7"], 45000, 0, 45000, 0, 0, 0, "=E13+F13+G13+I13+J13"],
    14: [null, null, "8", F["8"], 55000, 0, 60000, 0, 0, 10000, "=E14+F14+G14+I14+J14"],
    15: totals([CALPAE_INITIATIVE, null, null, null], "E", "K", (c) => `=SUM(${c}13:${c}14)`),
    16: totals(["TOTAUX FINANCIERS", null, null, null], "E", "K", (c) => `=${c}12+${c}15`),
  },
  formats: { "E:K": EURO },
  merges: ["A6:A7", "B6:B7", "A10:A11", "B10:B11", "A13:A14", "B13:B14", "A12:D12", "A15:D15", "A16:D16"],
  widths: { A: 34, B: 30, C: 8, D: 46, E: 17, F: 17, G: 15, H: 14, I: 17, J: 15, K: 16, L: 44 },
  headerRows: [5],
  boldRows: [1, 2, 3, 12, 15, 16],
};

export const previsionCalpaeWorkbook: WorkbookDescription = {
  file: "calpae-prevision-2023.xlsx",
  sheets: [prevision2023],
};
