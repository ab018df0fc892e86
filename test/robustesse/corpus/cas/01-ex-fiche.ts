/**
 * Renumbered fiches between the 2021 execution report and the 2022 forecast of a fictional
 * département, in two workbooks. The 2022 titles point back with every spelling of « ex-fiche »
 * (« report de l'ex-fiche 4 », « report ex- Fiche 7 », « report ex-fiche 9 : pas de nouveaux
 * crédits », « report ex- Fiche 12 », « exfiche 3 », « EX-FICHE 14 »), while the 2021 titles start
 * with « Fiche 9 : … » and their « Fiche action N° » column says « 6.1 » (SPEC §2, issue 7 point 1).
 * Anomalies: one report retyped (4 000 € for 5 000 €: certain origin, error with its fix) and one
 * action whose « ex-fiche » mention was dropped (no certain origin: warnings on both sides, no fix).
 */
import { CorpusCase, CorpusWorkbook } from "../types";
import { CALPAE_TITLE, CHORUS, EURO, f3Header, f3Row, f4Header, f4Row, INITIATIVE, SOCLE, sums, THEMES } from "../rows";

const REGION = "- Région Grand Est - Département de Haute-Sylve (fictif)";
const EXECUTION = "haute-sylve-execution-2021.xlsx";
const PREVISION = "haute-sylve-previsionnel-2022.xlsx";

function execution2021(): CorpusWorkbook {
  return {
    file: EXECUTION,
    sheets: [
      {
        name: "Exécution 2021",
        rows: {
          1: [CALPAE_TITLE],
          2: [REGION],
          3: ["Exécution budgétaire 2021"],
          5: f3Header(2021),
          6: f3Row(
            6,
            [THEMES.ase, CHORUS.ase, "1", "Fiche 1 : Contrats jeunes majeurs pour les sortants de l'ASE"],
            { a: 100000, c: 100000, realise: 190000, valorisation: 20000, reportEtat: 5000, reportCd: 5000 },
            "Reliquat reporté sur 2022.",
          ),
          7: f3Row(
            7,
            [THEMES.accueil, CHORUS.accueil, "3.1", "Fiche 4 : Premier accueil social dans les maisons des solidarités"],
            { a: 60000, c: 60000, realise: 110000, reportEtat: 5000, reportCd: 5000 },
            "Recrutements décalés : reliquat reporté.",
          ),
          8: f3Row(
            8,
            [THEMES.referent, CHORUS.referent, "4.1", "Fiche 7 : Formation des référents de parcours"],
            { a: 40000, c: 40000, realise: 70000, reportEtat: 5000, reportCd: 5000 },
            "Sessions de l'automne reportées au printemps 2022.",
          ),
          9: f3Row(
            9,
            [THEMES.brsa, CHORUS.brsa, "6.1", "Fiche 9 : Accompagnement numérique des allocataires du RSA"],
            { a: 30000, c: 30000, realise: 40000, reportEtat: 10000, reportCd: 10000 },
            "Marché notifié en novembre : solde reporté.",
          ),
          10: sums([SOCLE], "E", "N", (c) => `=SUM(${c}6:${c}9)`),
          11: f3Row(
            11,
            [THEMES.initiative, CHORUS.initiative, "10.1", "Fiche 12 : Garde d'enfants pour les parents en parcours d'insertion"],
            { a: 20000, c: 20000, realise: 30000, reportEtat: 5000, reportCd: 5000 },
            "Ouverture de la crèche décalée à janvier 2022.",
          ),
          12: f3Row(
            12,
            [null, null, "10.2", "Fiche 3 : Épicerie solidaire itinérante"],
            { a: 15000, c: 15000, realise: 26000, reportEtat: 2000, reportCd: 2000 },
            "Tournées d'hiver reportées.",
          ),
          13: f3Row(13, [null, null, "10.3", "Fiche 13 : Plateforme de mobilité"], { a: 10000, c: 10000, realise: 20000 }),
          14: f3Row(
            14,
            [null, null, "10.4", "Fiche 14 : Actions collectives de prévention santé"],
            { a: 8000, c: 8000, realise: 10000, reportEtat: 3000, reportCd: 3000 },
            "Ateliers du dernier trimestre reportés.",
          ),
          15: sums([INITIATIVE], "E", "N", (c) => `=SUM(${c}11:${c}14)`),
          16: sums(["TOTAUX FINANCIERS"], "E", "N", (c) => `=${c}10+${c}15`),
        },
        formats: { "E:N": EURO },
        merges: ["A11:A14", "B11:B14", "A10:D10", "A15:D15", "A16:D16"],
        widths: { A: 34, B: 30, C: 8, D: 50, O: 40 },
        headerRows: [5],
        boldRows: [1, 2, 3, 10, 15, 16],
        sautsDePage: [11],
      },
    ],
  };
}

function prevision2022(anomalies: boolean): CorpusWorkbook {
  return {
    file: PREVISION,
    sheets: [
      {
        name: "Prévisionnel 2022",
        rows: {
          1: [CALPAE_TITLE],
          2: [REGION],
          3: ["Prévisionnel Année 2022"],
          5: f4Header(2022),
          6: f4Row(6, [THEMES.ase, CHORUS.ase, "1", "Contrats jeunes majeurs pour les sortants de l'ASE"], {
            a: 100000,
            b: 5000,
            c: 100000,
            valorisation: 20000,
            d: 5000,
          }),
          7: f4Row(
            7,
            [
              THEMES.accueil,
              CHORUS.accueil,
              "2",
              "Premier accueil social dans les maisons des solidarités (report de l'ex-fiche 4)",
            ],
            { a: 60000, b: 5000, c: 60000, d: 5000 },
          ),
          8: f4Row(
            8,
            [THEMES.referent, CHORUS.referent, "3", "Référents de parcours : formation continue (report ex- Fiche 7)"],
            { a: 40000, b: 5000, c: 40000, d: 5000 },
          ),
          9: f4Row(9, [THEMES.brsa, CHORUS.brsa, "4", "Accompagnement numérique (report ex-fiche 9 : pas de nouveaux crédits)"], {
            a: 0,
            b: 10000,
            c: 0,
            d: 10000,
          }),
          10: sums([SOCLE], "E", "K", (c) => `=SUM(${c}6:${c}9)`),
          11: f4Row(11, [THEMES.initiative, CHORUS.initiative, "5", "Garde d'enfants (report ex- Fiche 12)"], {
            a: 20000,
            b: anomalies ? 4000 : 5000,
            c: 20000,
            d: 5000,
          }),
          12: f4Row(12, [null, null, "6", "Épicerie solidaire itinérante (exfiche 3)"], { a: 15000, b: 2000, c: 15000, d: 2000 }),
          13: f4Row(13, [null, null, "7", "Plateforme de mobilité solidaire"], { a: 10000, c: 10000 }),
          14: f4Row(
            14,
            [
              null,
              null,
              "8",
              anomalies ? "Ateliers santé pour les allocataires" : "Ateliers santé pour les allocataires (EX-FICHE 14)",
            ],
            { a: 8000, b: 3000, c: 8000, d: 3000 },
          ),
          15: f4Row(15, [null, null, "9", "Coordination des acteurs de l'insertion"], { a: 25000, c: 25000 }),
          16: sums([INITIATIVE], "E", "K", (c) => `=SUM(${c}11:${c}15)`),
          17: sums(["TOTAUX FINANCIERS"], "E", "K", (c) => `=${c}10+${c}16`),
        },
        formats: { "E:K": EURO },
        merges: ["A11:A15", "B11:B15", "A10:D10", "A16:D16", "A17:D17"],
        widths: { A: 34, B: 30, C: 8, D: 60, L: 40 },
        headerRows: [5],
        boldRows: [1, 2, 3, 10, 16, 17],
        sautsDePage: [11],
      },
    ],
  };
}

export const exFiche: CorpusCase = {
  id: "01-ex-fiche",
  title: "Fiches renumérotées d'une année sur l'autre, rapprochées par « ex-fiche » sous toutes ses graphies (deux classeurs)",
  points: [1],
  anomalies: [execution2021(), prevision2022(true)],
  sain: [execution2021(), prevision2022(false)],
  attendu: [
    {
      file: EXECUTION,
      sheet: "Exécution 2021",
      cell: "M14",
      ruleId: "report-incoherent",
      severity: "warning",
      fix: null,
      why: "La fiche 14 de 2021 reporte 3 000 € sur 2022, mais aucune action de 2022 ne dit en être la suite (la mention « ex-fiche 14 » a disparu) : origine incertaine, avertissement.",
    },
    {
      file: PREVISION,
      sheet: "Prévisionnel 2022",
      cell: "F11",
      ruleId: "report-incoherent",
      severity: "error",
      fix: "valeur",
      why: "« Garde d'enfants (report ex- Fiche 12) » : 4 000 € reportés alors que la fiche 12 de 2021 (« Fiche 12 : … », colonne n° 10.1) en reporte 5 000 € ; rapprochement certain, correction 5 000 €.",
    },
    {
      file: PREVISION,
      sheet: "Prévisionnel 2022",
      cell: "F14",
      ruleId: "report-incoherent",
      severity: "warning",
      fix: null,
      why: "« Ateliers santé pour les allocataires » porte 3 000 € de report sans action d'origine certaine en 2021 : avertissement, sans correction.",
    },
    {
      file: PREVISION,
      sheet: "Prévisionnel 2022",
      cell: "F17",
      ruleId: "report-incoherent",
      severity: "error",
      fix: null,
      why: "Au total, 34 000 € reportés sur 2022 contre 35 000 € à reporter selon l'exécution 2021.",
    },
  ],
  attenduSain: [],
};
