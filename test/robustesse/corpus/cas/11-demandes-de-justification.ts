/**
 * Justification requests written by VerifPacte on an earlier analysis (SPEC §6; issue 7 point 8):
 * « [Contrôle 15/03/2023] … merci d'en indiquer la raison » in the Commentaire or « Justification
 * des écarts » cell is a question, never an answer: the next analysis still asks. Text the user
 * wrote before or after the request counts. A 2022 execution report and an indicator table of a
 * fictional département. Anomalies: two requests left unanswered.
 */
import { CorpusCase, CorpusWorkbook } from "../types";
import { CHORUS, EURO, f3Header, f3Row, sums, THEMES } from "../rows";

const FILE = "rive-claire-bilan-2022.xlsx";

const REQUEST =
  "[Contrôle 15/03/2023] Solde non consommé de 12 000,00 € ni reporté ni justifié : merci d'en indiquer la raison " +
  "(part des autres financeurs, paiement après contrôle, décalage de calendrier…).";
const EARLIER =
  "[Contrôle 15/03/2023] K5 : Solde non consommé de 5 000,00 € ni reporté ni justifié : merci d'en indiquer la raison " +
  "(part des autres financeurs, paiement après contrôle, décalage de calendrier…).";
const NC_REQUEST = "[Contrôle 15/03/2023] Mention « NC » au lieu d'une valeur : merci d'en indiquer la raison.";

function workbook(anomalies: boolean): CorpusWorkbook {
  const answer = (request: string, reply: string) => (anomalies ? request : `${request}\n${reply}`);
  return {
    file: FILE,
    sheets: [
      {
        name: "Exécution 2022",
        rows: {
          1: ["Exécution budgétaire 2022 - Département de la Rive-Claire (fictif)"],
          3: f3Header(2022),
          4: f3Row(
            4,
            [THEMES.ase, CHORUS.ase, "1", "Contrats jeunes majeurs"],
            { a: 40000, c: 40000, realise: 68000 },
            answer(REQUEST, "Solde versé au prestataire en février 2023, après contrôle du service fait."),
          ),
          5: f3Row(
            5,
            [THEMES.accueil, CHORUS.accueil, "2", "Premier accueil dans les maisons des solidarités"],
            { a: 30000, c: 30000, realise: 55000 },
            `Décalage de calendrier : paiement du solde en janvier 2023.\n${EARLIER}`,
          ),
          6: f3Row(6, [THEMES.referent, CHORUS.referent, "3", "Référents de parcours"], { a: 50000, c: 50000, realise: 100000 }),
          7: sums(["TOTAUX FINANCIERS"], "E", "N", (c) => `=SUM(${c}4:${c}6)`),
        },
        formats: { "E:N": EURO },
        merges: ["A7:D7"],
        widths: { A: 34, B: 30, D: 40, O: 70 },
        headerRows: [3],
        boldRows: [1, 7],
        sautsDePage: [6],
      },
      {
        name: "Indicateurs 2022",
        rows: {
          1: ["Indicateurs 2022 - Département de la Rive-Claire (fictif)"],
          3: [
            "Nom de la Mesure",
            "Indicateurs",
            "Situation 2021 du Département",
            "Résultat du Département en 2022",
            "Justification des écarts le cas échéant",
          ],
          4: [
            "Premier accueil",
            "Nombre de personnes accueillies",
            2100,
            "NC",
            answer(NC_REQUEST, "Le prestataire n'a pas transmis ses chiffres avant le bilan."),
          ],
          5: [null, "Nombre de lieux d'accueil", 12, 14, null],
          6: ["Référents de parcours", "Nombre de personnes accompagnées", 380, 410, null],
        },
        widths: { A: 30, B: 40, C: 18, D: 18, E: 70 },
        headerRows: [3],
        boldRows: [1],
      },
    ],
  };
}

export const demandesDeJustification: CorpusCase = {
  id: "11-demandes-de-justification",
  title: "Les demandes « [Contrôle JJ/MM/AAAA] … merci d'en indiquer la raison » ne valent pas justification",
  points: [8],
  anomalies: [workbook(true)],
  sain: [workbook(false)],
  attendu: [
    {
      file: FILE,
      sheet: "Exécution 2022",
      cell: "K4",
      ruleId: "solde-non-justifie",
      severity: "warning",
      fix: null,
      why: "Le commentaire ne contient que la demande écrite par VerifPacte : le solde de 12 000 € n'est toujours pas expliqué ; la demande n'est pas répétée.",
    },
    {
      file: FILE,
      sheet: "Indicateurs 2022",
      cell: "D4",
      ruleId: "indicateur-texte",
      severity: "info",
      fix: null,
      why: "« NC » : la cellule de justification ne contient que la demande de VerifPacte, restée sans réponse ; elle n'est pas répétée.",
    },
  ],
  attenduSain: [],
};
