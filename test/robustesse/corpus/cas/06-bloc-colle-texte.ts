/**
 * An execution report pasted from a word-processor (SPEC §2; issue 7 point 7): every amount of the
 * 2020 F3 table of a fictional département is text, in the spellings real workbooks hold
 * (« 67 500,00 € », « 59.000 € », « 142 250€ », « 1 604 636 », « - € », « 0 € »), and the table
 * never had a formula (F and the totals are pasted too). One warning for the whole block, on its
 * first cell, with every cell in `related` and one combined fix; no « formula expected » warning.
 * Anomaly: one malformed amount (« 73 00€ ») among them: an error of its own, never guessed.
 */
import { CellInput } from "../../../../examples/build/types";
import { CorpusCase, CorpusWorkbook } from "../types";
import { CHORUS, EURO, f3Header, THEMES } from "../rows";

const FILE = "etang-long-execution-2020.xlsx";

/** French thousands: 67500 → « 67 500 ». */
function thousands(n: number, sep = " "): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** How each column was typed in the pasted document (zero and non-zero amounts). */
const SPELLINGS: ((n: number) => string)[] = [
  (n) => `${thousands(n)},00 €`, // A
  (n) => (n === 0 ? "- €" : `${thousands(n)} €`), // B
  (n) => `${thousands(n, ".")} €`, // C
  (n) => (n === 0 ? "0 €" : `${thousands(n)}€`), // D
  (n) => (n === 0 ? "-" : `${thousands(n)}€`), // E
  (n) => `${thousands(n)},00 €`, // F
  (n) => thousands(n), // réalisé
  (n) => (n === 0 ? "0€" : `${thousands(n)}€`), // valorisation
  (n) => (n === 0 ? "- €" : `${thousands(n)},00 €`), // report État
  (n) => (n === 0 ? "- €" : `${thousands(n)},00 €`), // report CD
];

//            A       B  C       D  E     F       réalisé valo report État, CD
const AMOUNTS: number[][] = [
  [67500, 0, 67500, 0, 0, 135000, 135000, 0, 0, 0],
  [59000, 0, 61000, 0, 0, 120000, 110000, 0, 5000, 5000],
  [142250, 0, 142250, 0, 0, 284500, 284500, 30000, 0, 0],
  [31850, 0, 40000, 0, 8150, 80000, 80000, 0, 0, 0],
  [20000, 0, 20000, 0, 0, 40000, 36000, 0, 2000, 2000],
];

const HEADS: CellInput[][] = [
  [THEMES.ase, CHORUS.ase, "1", "Contrats jeunes majeurs"],
  [THEMES.accueil, CHORUS.accueil, "2", "Premier accueil dans les maisons des solidarités"],
  [THEMES.referent, CHORUS.referent, "3", "Référents de parcours"],
  [THEMES.brsa, CHORUS.brsa, "4", "Garantie d'activité départementale"],
  [THEMES.initiative, CHORUS.initiative, "5", "Épicerie sociale itinérante"],
];

const COMMENTS: (string | null)[] = [null, "Recrutement décalé : reliquat reporté.", null, null, "Tournées d'hiver reportées."];

function workbook(anomalies: boolean): CorpusWorkbook {
  const text = anomalies;
  const cell = (n: number, col: number): CellInput => (text ? SPELLINGS[col](n) : n);
  const rows: Record<number, CellInput[]> = {
    1: ["Exécution budgétaire 2020 - Département de l'Étang-Long (fictif) - copie du rapport d'exécution"],
    3: f3Header(2020),
  };
  AMOUNTS.forEach((amounts, i) => {
    const row = [...HEADS[i], ...amounts.map((n, col) => cell(n, col)), COMMENTS[i]];
    if (anomalies && i === 4) row[10] = "73 00€";
    rows[4 + i] = row;
  });
  const totals = AMOUNTS[0].map((_, col) => AMOUNTS.reduce((sum, a) => sum + a[col], 0));
  rows[9] = ["TOTAUX FINANCIERS", null, null, null, ...totals.map((n, col) => cell(n, col))];
  return {
    file: FILE,
    sheets: [
      {
        name: "Exécution 2020",
        rows,
        formats: { "E:N": EURO },
        widths: { A: 34, B: 30, D: 40 },
        headerRows: [3],
        boldRows: [1, 9],
        sautsDePage: [6],
      },
    ],
  };
}

export const blocColleTexte: CorpusCase = {
  id: "06-bloc-colle-texte",
  title: "Tableau d'exécution collé depuis un traitement de texte : tous les montants en texte, aucune formule",
  points: [7],
  anomalies: [workbook(true)],
  sain: [workbook(false)],
  attendu: [
    {
      file: FILE,
      sheet: "Exécution 2020",
      cell: "E4",
      ruleId: "montant-texte",
      severity: "warning",
      fix: { cellules: 59 },
      why: "Les 59 montants lisibles du bloc collé sont du texte : un seul constat sur la première cellule, toutes les cellules dans « related », une correction qui les convertit toutes en nombres.",
    },
    {
      file: FILE,
      sheet: "Exécution 2020",
      cell: "K8",
      ruleId: "montant-texte",
      severity: "error",
      fix: null,
      why: "Réalisé de la fiche 5 écrit « 73 00€ » : illisible (espace au milieu du nombre), aucune correction.",
    },
  ],
  attenduSain: [],
};
