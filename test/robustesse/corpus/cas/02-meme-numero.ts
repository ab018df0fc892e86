/**
 * The 2022 execution and the 2023 forecast of a fictional département on two sheets of one
 * workbook. Fiche 3 is the « Plateforme mobilité » in 2022 and a new « Chantier d'insertion
 * numérique » in 2023: the same number for unrelated actions, which must not be matched; the
 * platform went on as fiche 5 under a close title (matched by title alone: a probable match,
 * never a certain one). Issue 7 point 1.
 * Anomalies: the platform's State report was typed on fiche 3's row instead of its own: a report
 * with no certain origin (warning) and a report differing from its probable origin (warning,
 * no value fix since the match rests on titles only). Totals agree.
 */
import { CorpusCase, CorpusWorkbook } from "../types";
import { CHORUS, EURO, f3Header, f3Row, f4Header, f4Row, sums, THEMES } from "../rows";

const FILE = "bois-renard-2022-2023.xlsx";
const MARAUDES = "Maraudes mixtes État / Département";
const CHORUS_MARAUDES = "0304 50 19 19 05 - Maraudes Etat (sans abri) / conseil départemental (ASE)";

function workbook(anomalies: boolean): CorpusWorkbook {
  return {
    file: FILE,
    sheets: [
      {
        name: "Exécution 2022",
        rows: {
          1: ["Exécution budgétaire 2022 - Département de Bois-Renard (fictif)"],
          3: f3Header(2022),
          4: f3Row(
            4,
            [THEMES.ase, CHORUS.ase, "1", "Jeunes majeurs : contrats d'accompagnement"],
            { a: 50000, c: 50000, realise: 92000, reportEtat: 4000, reportCd: 4000 },
            "Reliquat reporté.",
          ),
          5: f3Row(5, [MARAUDES, CHORUS_MARAUDES, "2", "Maraudes mixtes en zone rurale"], { a: 20000, c: 20000, realise: 40000 }),
          6: f3Row(
            6,
            [THEMES.initiative, CHORUS.initiative, "3", "Plateforme mobilité"],
            { a: 30000, c: 30000, realise: 48000, reportEtat: 6000, reportCd: 6000 },
            "Véhicules livrés en janvier 2023 : report.",
          ),
          7: f3Row(7, [THEMES.referent, CHORUS.referent, "4", "Référents de parcours RSA"], {
            a: 40000,
            c: 40000,
            realise: 80000,
          }),
          8: sums(["TOTAUX FINANCIERS"], "E", "N", (c) => `=SUM(${c}4:${c}7)`),
        },
        formats: { "E:N": EURO },
        merges: ["A8:D8"],
        headerRows: [3],
        boldRows: [1, 8],
        sautsDePage: [6],
      },
      {
        name: "Prév. 2023",
        rows: {
          1: ["Prévisionnel Année 2023 - Département de Bois-Renard (fictif)"],
          3: f4Header(2023),
          4: f4Row(4, [THEMES.ase, CHORUS.ase, "1", "Contrats d'accompagnement des jeunes majeurs"], {
            a: 50000,
            b: 4000,
            c: 50000,
            d: 4000,
          }),
          5: f4Row(5, [MARAUDES, CHORUS_MARAUDES, "2", "Maraudes mixtes en zone rurale"], { a: 20000, c: 20000 }),
          6: f4Row(6, [THEMES.initiative, CHORUS.initiative, "3", "Chantier d'insertion numérique"], {
            a: 15000,
            b: anomalies ? 6000 : 0,
            c: 15000,
          }),
          7: f4Row(7, [null, null, "5", "Plateforme de mobilité solidaire"], {
            a: 30000,
            b: anomalies ? 0 : 6000,
            c: 30000,
            d: 6000,
          }),
          8: f4Row(8, [THEMES.referent, CHORUS.referent, "4", "Référents de parcours RSA"], { a: 40000, c: 40000 }),
          9: sums(["TOTAUX FINANCIERS"], "E", "K", (c) => `=SUM(${c}4:${c}8)`),
        },
        formats: { "E:K": EURO },
        merges: ["A6:A7", "B6:B7", "A9:D9"],
        headerRows: [3],
        boldRows: [1, 9],
        sautsDePage: [6],
      },
    ],
  };
}

export const memeNumero: CorpusCase = {
  id: "02-meme-numero",
  title: "Même numéro de fiche pour deux actions sans rapport ; action reprise sous un autre numéro et un intitulé voisin",
  points: [1],
  anomalies: [workbook(true)],
  sain: [workbook(false)],
  attendu: [
    {
      file: FILE,
      sheet: "Prév. 2023",
      cell: "F6",
      ruleId: "report-incoherent",
      severity: "warning",
      fix: null,
      why: "6 000 € de report sur la fiche 3 « Chantier d'insertion numérique », action nouvelle : la fiche 3 de 2022 (« Plateforme mobilité ») est une autre action, aucune origine certaine.",
    },
    {
      file: FILE,
      sheet: "Prév. 2023",
      cell: "F7",
      ruleId: "report-incoherent",
      severity: "warning",
      fix: null,
      why: "« Plateforme de mobilité solidaire » (fiche 5) ressemble à « Plateforme mobilité » (fiche 3 de 2022) qui reportait 6 000 € ; rapprochement par l'intitulé seul : avertissement sans correction.",
    },
  ],
  attenduSain: [],
};
