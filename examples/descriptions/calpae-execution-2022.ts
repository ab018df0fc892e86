/**
 * F3 — CALPAE execution report 2022 of a fictional département (« Val-d'Argent (99) »): mesures
 * socle grouped by thème with their Chorus code merged over the rows, then « Engagements à
 * l'initiative du département » (code 10), section sous-totals, TOTAUX FINANCIERS and « Total dit
 * contrôle » (summed from the action rows, independently of the sous-totals).
 * A correct table: every unspent balance is carried to 2023 or explained in « Commentaire ».
 * Its « Montant à reporter en 2023 » are the reports of calpae-prevision-2023.
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
  f3Header,
} from "./labels";
import { totals } from "../build/rows";
import { SheetDescription, WorkbookDescription } from "../build/types";

const T = CALPAE_THEMES;
const C = CALPAE_CHORUS;
const F = CALPAE_ACTIONS;

export const execution2022: SheetDescription = {
  name: "Exécution 2022",
  rows: {
    1: [CALPAE_TITLE],
    2: [CALPAE_REGION],
    3: ["Exécution budgétaire 2022"],
    5: f3Header(2022),
    //  thème, chorus, fiche, intitulé, E=A État versés, F=B État reportés, G=C CD, H=D CD reprogrammés, I=E autres,
    //  J=F budget (A+B+C+D+E), K=réalisé, L=dont valorisation, M=report État 2023, N=report CD 2023, O=commentaire
    6: [
      T.ase,
      C.ase,
      "1",
      F["1"],
      120000,
      10000,
      120000,
      10000,
      0,
      "=E6+F6+G6+H6+I6",
      240000,
      30000,
      10000,
      10000,
      "Reliquat reporté sur 2023 : entrées en accompagnement décalées au dernier trimestre.",
    ],
    7: [null, null, "2", F["2"], 60000, 0, 60000, 0, 15000, "=E7+F7+G7+H7+I7", 135000, 0, 0, 0],
    8: [T.accueil, C.accueil, "3", F["3"], 85000, 0, 90000, 0, 0, "=E8+F8+G8+H8+I8", 175000, 45000, 0, 0],
    9: [
      T.referent,
      C.referent,
      "4",
      F["4"],
      150000,
      20000,
      150000,
      20000,
      0,
      "=E9+F9+G9+H9+I9",
      300000,
      60000,
      20000,
      20000,
      "Deux sessions de formation reportées au printemps 2023.",
    ],
    10: [
      T.brsa,
      C.brsa,
      "5",
      F["5"],
      310000,
      0,
      310000,
      0,
      50000,
      "=E10+F10+G10+H10+I10",
      655000,
      120000,
      0,
      0,
      "Solde de 15 000 € : part du FSE non appelée en 2022 (pas de colonne de report pour les autres financeurs) ; crédits État et CD intégralement consommés.",
    ],
    11: [
      null,
      null,
      "6",
      F["6"],
      66055,
      0,
      70000,
      0,
      0,
      "=E11+F11+G11+H11+I11",
      121055,
      0,
      7500,
      7500,
      "Action créée en 2022 : recrutement du chargé d'orientation en mars, reliquat reporté sur 2023.",
    ],
    12: totals([CALPAE_SOCLE, null, null, null], "E", "N", (c) => `=SUM(${c}6:${c}11)`),
    13: [T.initiative, C.initiative, "7", F["7"], 40000, 5000, 40000, 5000, 0, "=E13+F13+G13+H13+I13", 90000, 0, 0, 0],
    14: [
      null,
      null,
      "8",
      F["8"],
      50000,
      0,
      55000,
      0,
      10000,
      "=E14+F14+G14+H14+I14",
      105000,
      0,
      0,
      0,
      "Solde de 10 000 € : participation de la communauté de communes non appelée en 2022 (pas de colonne de report pour les autres financeurs).",
    ],
    15: totals([CALPAE_INITIATIVE, null, null, null], "E", "N", (c) => `=SUM(${c}13:${c}14)`),
    16: totals(["TOTAUX FINANCIERS", null, null, null], "E", "N", (c) => `=${c}12+${c}15`),
    17: totals(["Total dit contrôle", null, null, null], "E", "N", (c) => `=SUM(${c}6:${c}11,${c}13:${c}14)`),
  },
  formats: { "E:N": EURO },
  notes: { A17: "Total recalculé à partir des lignes d'action, indépendamment des sous-totaux." },
  merges: ["A6:A7", "B6:B7", "A10:A11", "B10:B11", "A13:A14", "B13:B14", "A12:D12", "A15:D15", "A16:D16", "A17:D17"],
  widths: { A: 34, B: 30, C: 8, D: 46, E: 15, F: 17, G: 15, H: 17, I: 15, J: 16, K: 16, L: 15, M: 15, N: 15, O: 50 },
  headerRows: [5],
  boldRows: [1, 2, 3, 12, 15, 16, 17],
};

export const executionWorkbook: WorkbookDescription = {
  file: "calpae-execution-2022.xlsx",
  sheets: [execution2022],
};
