/**
 * Cross-table reconciliation (SPEC §3 F5, F6, F7): a CALPAE 2021 convention whose récapitulatif
 * (F4, with its reports), annex (F11) and fiches' budgets (F7 by year, F9 « Budget Etat | Budget
 * Département ») sit on three sheets, and a fiche sent apart in a second workbook (F8 label /
 * amount lines). For each action of 2021 the fiche, the annex line and the récapitulatif row must
 * give the same État (A+B), CD (C+D) and total (F). Actions are paired by fiche number and title.
 * Anomalies (each table right in itself): fiche 1's State share for 2021 (110 000 € for 120 000 €,
 * so its total too); the annex's fiche 3 (145 000 € for 150 000 €); the separate fiche 4's
 * département share (11 000 € for 12 000 €), in another workbook.
 */
import { CellInput } from "../../../examples/build/types";
import { CALPAE_TITLE, CHORUS, EURO, f4Header, f4Row, INITIATIVE, SOCLE, sums, THEMES } from "../../robustesse/corpus/rows";
import { CorpusWorkbook } from "../../robustesse/corpus/types";
import { FicheCase } from "../types";

const CONVENTION = "lac-blanc-convention-2021.xlsx";
const FICHE4 = "lac-blanc-fiche-4-2021.xlsx";

function convention(anomalies: boolean): CorpusWorkbook {
  const recap: Record<number, CellInput[]> = {
    1: [CALPAE_TITLE],
    2: ["- Région Bourgogne-Franche-Comté - Département du Lac-Blanc (fictif)"],
    3: ["Prévisionnel Année 2021"],
    5: f4Header(2021),
    6: f4Row(6, [THEMES.ase, CHORUS.ase, "1", "Prévenir les sorties sèches de l'ASE"], { a: 120000, c: 125000 }),
    7: f4Row(
      7,
      [THEMES.accueil, CHORUS.accueil, "2", "Premier accueil social inconditionnel de proximité"],
      { a: 90000, b: 5000, c: 95000, d: 5000 },
      "Dont reports 2020 : 5 000 € État et 5 000 € CD.",
    ),
    8: f4Row(8, [THEMES.referent, CHORUS.referent, "3", "Référents de parcours"], { a: 150000, c: 150000 }),
    9: sums([SOCLE], "E", "K", (c) => `=SUM(${c}6:${c}8)`),
    10: f4Row(10, [THEMES.initiative, CHORUS.initiative, "4", "Plateforme de mobilité"], { a: 10000, c: 12000, e: 3000 }),
    11: sums([INITIATIVE], "E", "K", (c) => `=SUM(${c}10)`),
    12: sums(["TOTAUX FINANCIERS"], "E", "K", (c) => `=${c}9+${c}11`),
  };
  const annex: Record<number, CellInput[]> = {
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
      "Nombre de jeunes accompagnés",
      "Tous les jeunes sortants sans solution",
    ],
    5: [
      "2",
      "Premier accueil social inconditionnel de proximité",
      "95 000 €",
      "100 000 €",
      "195 000 €",
      "Nombre de lieux d'accueil",
      "Un lieu par territoire",
    ],
    6: [
      "3",
      "Référents de parcours",
      anomalies ? "145 000 €" : "150 000 €",
      "150 000 €",
      anomalies ? "295 000 €" : "300 000 €",
      "Nombre de référents formés",
      "40 référents formés",
    ],
    7: ["TOTAL", null, anomalies ? "360 000 €" : "365 000 €", "375 000 €", anomalies ? "735 000 €" : "740 000 €", null, null],
    9: ["Reçu en préfecture le 30/06/2021"],
  };
  const fiches: Record<number, CellInput[]> = {
    1: ["Annexe 1 – Fiches actions"],
    3: ["Fiche 1 : Prévenir les sorties sèches de l'ASE — budget prévisionnel 2020-2022"],
    4: [null, "Montant prévisionnel"],
    5: [null, 2020, 2021, 2022],
    6: ["Département", "110 000 €", "125 000 €", "125 000 €"],
    7: ["Participation Etat", "100 000 €", anomalies ? "110 000 €" : "120 000 €", "120 000 €"],
    8: ["TOTAL", "210 000 €", anomalies ? "235 000 €" : "245 000 €", "245 000 €"],
    10: ["ID : 099-229900019-20210630-DEL2021_077-DE"],
    12: ["Fiche 2 : Premier accueil social inconditionnel de proximité — budget 2021"],
    13: ["Budget Etat", "Budget Département", "Coût total"],
    14: ["95 000 €", "100 000 €", "195 000 €"],
  };
  return {
    file: CONVENTION,
    sheets: [
      {
        name: "Récapitulatif 2021",
        rows: recap,
        formats: { "E:K": EURO },
        merges: ["A9:D9", "A11:D11", "A12:D12"],
        widths: { A: 34, B: 30, C: 8, D: 46, L: 40 },
        headerRows: [5],
        boldRows: [1, 2, 3, 9, 11, 12],
      },
      {
        name: "Annexe A",
        rows: annex,
        widths: { A: 8, B: 46, C: 16, D: 16, E: 16, F: 34, G: 34 },
        headerRows: [3],
        boldRows: [1, 7],
      },
      {
        name: "Fiches",
        rows: fiches,
        merges: ["B4:D4"],
        widths: { A: 40, B: 14, C: 14, D: 14 },
        headerRows: [4, 5, 13],
        boldRows: [3, 8, 12],
      },
    ],
  };
}

function fiche4(anomalies: boolean): CorpusWorkbook {
  return {
    file: FICHE4,
    sheets: [
      {
        name: "Fiche 4",
        rows: {
          1: ["Fiche 4 : Plateforme de mobilité — budget prévisionnel 2021"],
          3: [anomalies ? "Coût total de l'action : 24 000 €" : "Coût total de l'action : 25 000 €"],
          4: ["Participation de l'Etat : 10 000 €"],
          5: [anomalies ? "Part du Département : 11 000 €" : "Part du Département : 12 000 €"],
          6: ["Autres financeurs (FSE) : 3 000 €"],
          8: ["Le Président du Conseil départemental"],
        },
        widths: { A: 60 },
        boldRows: [1],
      },
    ],
  };
}

export const rapprochement: FicheCase = {
  id: "06-rapprochement",
  title: "Fiche, annexe et récapitulatif d'une même année rapprochés, d'une feuille et d'un classeur à l'autre",
  points: [4],
  anomalies: [convention(true), fiche4(true)],
  sain: [convention(false), fiche4(false)],
  attendu: [
    {
      file: CONVENTION,
      sheet: "Annexe A",
      cell: "C6",
      ruleId: "rapprochement-tableaux",
      severity: "warning",
      fix: null,
      why: "Annexe, fiche 3 : État 145 000 € pour 150 000 € (A+B) au récapitulatif ; son coût total (295 000 € pour 300 000 €) ne diffère que de cet écart : pas de second constat (issue 7, une anomalie, un constat).",
    },
    {
      file: CONVENTION,
      sheet: "Fiches",
      cell: "C7",
      ruleId: "rapprochement-tableaux",
      severity: "warning",
      fix: null,
      why: "Fiche 1, 2021 : participation de l'État 110 000 € pour 120 000 € au récapitulatif ; le TOTAL (235 000 € pour 245 000 €) ne diffère que de cet écart : pas de second constat.",
    },
    {
      file: FICHE4,
      sheet: "Fiche 4",
      cell: "A5",
      ruleId: "rapprochement-tableaux",
      severity: "warning",
      fix: null,
      why: "Fiche 4 envoyée à part : part du Département 11 000 € pour 12 000 € (C) au récapitulatif de l'autre classeur ; son coût total (24 000 € pour 25 000 €) ne diffère que de cet écart : pas de second constat.",
    },
  ],
  attenduSain: [],
  tables: ["F4 Récapitulatif 2021!A5:L12", "F11 Annexe A!A3:G7", "F7 Fiches!A4:D8", "F9 Fiches!A13:C14", "F8 Fiche 4!A3:A6"],
};
