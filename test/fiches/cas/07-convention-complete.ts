/**
 * A whole convention (CALPAE 2020 of a fictional département) as it is turned into a workbook: the
 * convention's text with its articles, signatures and préfecture stamps; its récapitulatif (F4);
 * its annexes A and B mixing money with indicators and objectives (F11 + I1); its financial annex
 * per thème (F10); the budgets printed in its fiches (F7, F8 twice, F9); and a follow-up of the
 * credits per territory that no family describes (a zone non reconnue, still checked). Every
 * table is recognised or explained.
 * Anomalies: the thèmes' total off by 1 000 €, the zone's total off by 0,01 €.
 */
import { CellInput } from "../../../examples/build/types";
import { CALPAE_TITLE, CHORUS, EURO, f4Header, f4Row, INITIATIVE, SOCLE, sums, THEMES } from "../../robustesse/corpus/rows";
import { CorpusWorkbook } from "../../robustesse/corpus/types";
import { FicheCase } from "../types";

const FILE = "vallee-d-or-convention-2020.xlsx";

function workbook(anomalies: boolean): CorpusWorkbook {
  const convention: Record<number, CellInput[]> = {
    1: ["CONVENTION D'APPUI À LA LUTTE CONTRE LA PAUVRETÉ ET D'ACCÈS À L'EMPLOI 2020"],
    2: ["Entre l'État, représenté par le préfet du département, et le Département de la Vallée-d'Or (fictif)"],
    4: ["Article 1 – Objet"],
    5: ["La présente convention précise les engagements du Département et de l'État pour l'année 2020."],
    6: ["Article 2 – Engagements financiers"],
    7: [
      "L'État apporte 380 000 € au titre de 2020 ; le détail par action figure dans le tableau financier annexé et dans les fiches actions.",
    ],
    8: ["Le Département s'engage à consacrer aux actions des financements au moins équivalents à ceux de l'État."],
    10: ["Fait à Orville, le 26 juin 2020"],
    11: ["Le Président du Conseil départemental", null, "Le Préfet"],
    13: ["Reçu en préfecture le 29/06/2020"],
    14: ["ID : 099-229900019-20200626-DEL2020_058-DE"],
  };
  const recap: Record<number, CellInput[]> = {
    1: [CALPAE_TITLE],
    2: ["- Région Nouvelle-Aquitaine - Département de la Vallée-d'Or (fictif)"],
    3: ["Prévisionnel Année 2020"],
    5: f4Header(2020),
    6: f4Row(6, [THEMES.ase, CHORUS.ase, "1", "Prévenir les sorties sèches de l'ASE"], { a: 100000, c: 105000 }),
    7: f4Row(7, [THEMES.accueil, CHORUS.accueil, "2", "Premier accueil social inconditionnel de proximité"], {
      a: 80000,
      c: 80000,
    }),
    8: f4Row(8, [THEMES.referent, CHORUS.referent, "3", "Référents de parcours"], { a: 150000, c: 160000 }),
    9: sums([SOCLE], "E", "K", (c) => `=SUM(${c}6:${c}8)`),
    10: f4Row(10, [THEMES.initiative, CHORUS.initiative, "4", "Épicerie sociale itinérante"], { a: 30000, c: 30000 }),
    11: f4Row(11, [null, null, "5", "Plateforme de mobilité"], { a: 20000, c: 25000 }),
    12: sums([INITIATIVE], "E", "K", (c) => `=SUM(${c}10:${c}11)`),
    13: sums(["TOTAUX FINANCIERS"], "E", "K", (c) => `=${c}9+${c}12`),
  };
  const annexA: Record<number, CellInput[]> = {
    1: ["Annexe A – Tableau des engagements du socle"],
    3: [
      "Fiche",
      "Intitulé de l'action",
      "Montant Etat 2020",
      "Montant CD 2020",
      "Coût total 2020",
      "Indicateurs",
      "Objectif(s) annuel(s)",
    ],
    4: [
      "1",
      "Prévenir les sorties sèches de l'ASE",
      "100 000 €",
      "105 000 €",
      "205 000 €",
      "Nombre de jeunes accompagnés",
      "a) 90 % en 2020 b) 75 % en 2021",
    ],
    5: [
      "2",
      "Premier accueil social inconditionnel de proximité",
      "80 000 €",
      "80 000 €",
      "160 000 €",
      "Nombre de lieux d'accueil",
      "Un lieu par territoire",
    ],
    6: ["3", "Référents de parcours", "150 000 €", "160 000 €", "310 000 €", "Nombre de référents formés", "40 référents formés"],
    7: ["TOTAL", null, "330 000 €", "345 000 €", "675 000 €", null, null],
  };
  const annexB: Record<number, CellInput[]> = {
    1: ["Annexe B – Engagements à l'initiative du département"],
    3: ["Actions", "Participation de l'Etat", "Part du Département", "Indicateurs de suivi", "Objectifs 2020"],
    4: ["Fiche 4 : Épicerie sociale itinérante", 30000, 30000, "Nombre de ménages aidés", 150],
    5: ["Fiche 5 : Plateforme de mobilité", 20000, 25000, "Taux de retour à l'emploi des personnes accompagnées", "45 %"],
    6: ["Total", 50000, 55000, null, null],
  };
  const themes: Record<number, CellInput[]> = {
    1: ["Annexe financière – crédits 2020 par thème (en euros)"],
    3: ["Thème", "Montant Etat 2020", "Montant Département 2020"],
    4: [THEMES.ase, "100 000", "105 000"],
    5: [THEMES.accueil, "80 000", "80 000"],
    6: [THEMES.referent, "150 000", "160 000"],
    7: [THEMES.initiative, "50 000", "55 000"],
    8: ["TOTAL", anomalies ? "381 000" : "380 000", "400 000"],
  };
  const fiches: Record<number, CellInput[]> = {
    1: ["Annexe 1 – Fiches actions"],
    3: ["Fiche 1 : Prévenir les sorties sèches de l'ASE — budget prévisionnel 2020-2022"],
    4: [null, "Montant prévisionnel"],
    5: ["Financeurs", 2020, 2021, 2022, "Total"],
    6: ["Département", "105 000 €", "110 000 €", "110 000 €", "325 000 €"],
    7: ["Participation Etat", "100 000 €", "105 000 €", "105 000 €", "310 000 €"],
    8: ["TOTAL", "205 000 €", "215 000 €", "215 000 €", "635 000 €"],
    10: ["Reçu en préfecture le 29/06/2020"],
    12: ["Fiche 2 : Premier accueil social inconditionnel de proximité — budget 2020"],
    13: ["Budget Département", "Budget Etat"],
    14: ["80 000 €", "80 000 €"],
    16: ["Fiche 3 : Référents de parcours"],
    17: ["Budget prévisionnel 2020 :"],
    18: ["Coût total de l'action : 310 000 €"],
    19: ["Participation de l'Etat : 150 000 €"],
    20: ["Part du Département : 160 000 €"],
    22: ["Page 7 / 9"],
    24: ["Fiche 5 : Plateforme de mobilité"],
    25: ["Budgétaire", "Total : 45 000 € Part Etat : 20 000 € Part Département : 25 000 €"],
    27: ["ID : 099-229900019-20200626-DEL2020_058-DE"],
  };
  const territoires: Record<number, CellInput[]> = {
    1: ["Répartition des crédits de la convention 2020 par territoire d'action sociale"],
    3: ["Territoire", "Ménages accompagnés", "Montant versé"],
    4: ["Orville", 420, 180000],
    5: ["Val-Haut", 260, 120000],
    6: ["Les Côtes", 170, 80000],
    7: ["Total", 850, anomalies ? 380000.01 : 380000],
  };
  return {
    file: FILE,
    sheets: [
      { name: "Convention", rows: convention, widths: { A: 110 }, boldRows: [1, 4, 6] },
      {
        name: "Récapitulatif 2020",
        rows: recap,
        formats: { "E:K": EURO },
        merges: ["A10:A11", "B10:B11", "A9:D9", "A12:D12", "A13:D13"],
        widths: { A: 34, B: 30, C: 8, D: 46 },
        headerRows: [5],
        boldRows: [1, 2, 3, 9, 12, 13],
      },
      {
        name: "Annexe A",
        rows: annexA,
        widths: { A: 8, B: 46, C: 16, D: 16, E: 16, F: 34, G: 34 },
        headerRows: [3],
        boldRows: [1, 7],
      },
      {
        name: "Annexe B",
        rows: annexB,
        formats: { "B:C": EURO },
        widths: { A: 46, B: 20, C: 20, D: 50, E: 16 },
        headerRows: [3],
        boldRows: [1, 6],
      },
      { name: "Annexe financière", rows: themes, widths: { A: 60, B: 20, C: 24 }, headerRows: [3], boldRows: [1, 8] },
      {
        name: "Fiches actions",
        rows: fiches,
        merges: ["B4:E4"],
        widths: { A: 40, B: 40, C: 14, D: 14, E: 14 },
        headerRows: [4, 5, 13],
        boldRows: [3, 12, 16, 24],
      },
      {
        name: "Territoires",
        rows: territoires,
        formats: { C: EURO },
        widths: { A: 30, B: 22, C: 18 },
        headerRows: [3],
        boldRows: [1, 7],
      },
    ],
  };
}

export const conventionComplete: FicheCase = {
  id: "07-convention-complete",
  title:
    "Une convention entière (texte, récapitulatif, annexes, budgets des fiches, suivi par territoire) : chaque tableau reconnu ou expliqué",
  points: [1, 2, 3, 4, 5],
  anomalies: [workbook(true)],
  sain: [workbook(false)],
  attendu: [
    {
      file: FILE,
      sheet: "Annexe financière",
      cell: "B8",
      ruleId: "total-parties",
      severity: "error",
      fix: null,
      why: "TOTAL État des thèmes : 381 000 pour 380 000.",
    },
    {
      file: FILE,
      sheet: "Territoires",
      cell: "C7",
      ruleId: "total-parties",
      severity: "warning",
      fix: null,
      why: "Zone non reconnue : total versé 380 000,01 € pour 380 000,00 € : signalé au centime, en avertissement et sans correction (les parts sont devinées).",
    },
  ],
  attenduSain: [],
  tables: [
    "F4 Récapitulatif 2020!A5:L13",
    "F11 Annexe A!A3:G7",
    "I1 Annexe B!A3:E6",
    "F11 Annexe B!A3:C6",
    "F10 Annexe financière!A3:C8",
    "F7 Fiches actions!A4:E8",
    "F9 Fiches actions!A13:B14",
    "F8 Fiches actions!A17:A20",
    "F8 Fiches actions!B25",
  ],
  zones: ["Territoires!A3:C7"],
};
