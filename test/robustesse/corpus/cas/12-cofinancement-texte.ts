/**
 * A Pacte 2024 forecast of a fictional département (SPEC §1.2; issue 7 point 7): the CD column was
 * pasted as text (« 30 000,00 € ») and four actions have a CD share below 50 % while the table's
 * overall share is well above (58 %). Each of these is one finding for the table, not one per
 * cell: the text amounts on the first one with a combined fix converting them all, the per-action
 * shares on the first low action with the others in `related`. The sous-totals =SUM(…) of the CD
 * column really show 0 € (Excel's sums skip texts): errors of their own, with no formula to change.
 * The clean twin has numbers and every action at 50 % or more.
 */
import { CellInput } from "../../../../examples/build/types";
import { CorpusCase, CorpusWorkbook } from "../types";
import { EURO, F1_HEADER as HEADER, PACTE_AXES as AXES, sums } from "../rows";

const FILE = "haute-lande-previsionnel-2024.xlsx";

/** « 30 000,00 € ». */
function euroText(n: number): string {
  return `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, " ")},00 €`;
}

function workbook(anomalies: boolean): CorpusWorkbook {
  // État, CD (clean twin), CD (anomalous twin), autres
  const actions: [CellInput, string, string, number, number, number, number][] = [
    [AXES.enfance, "1", "Soutien à la parentalité des familles monoparentales", 40000, 40000, 30000, 0],
    [null, "2", "Crèches à vocation d'insertion professionnelle", 20000, 60000, 60000, 0],
    [null, "3", "Observatoire départemental des services aux familles", 10000, 10000, 8000, 0],
    [AXES.droits, "1", "Gouvernance de l'accès aux droits", 30000, 30000, 25000, 0],
    [null, "2", "Maisons de l'accès aux droits", 50000, 90000, 90000, 0],
    [null, "3", "Lutte contre l'illectronisme", 15000, 15000, 12000, 5000],
    [AXES.transition, "1", "Mobilité solidaire", 25000, 40000, 40000, 0],
  ];
  const at = [4, 5, 6, 8, 9, 10, 12];
  const rows: Record<number, CellInput[]> = {
    1: ["TABLEAU FINANCIER DU CONTRAT LOCAL DES SOLIDARITÉS - Département de la Haute-Lande (fictif) - Prévisionnel Année 2024"],
    3: HEADER,
  };
  actions.forEach(([axe, fiche, title, etat, cd, cdLow, autres], i) => {
    const r = at[i];
    rows[r] = [axe, fiche, title, etat, anomalies ? euroText(cdLow) : cd, autres, `=D${r}+E${r}+F${r}`];
  });
  rows[7] = sums(["Sous total"], "D", "G", (c) => `=SUM(${c}4:${c}6)`);
  rows[11] = sums(["Sous total"], "D", "G", (c) => `=SUM(${c}8:${c}10)`);
  rows[13] = sums(["Sous total"], "D", "G", (c) => `=SUM(${c}12)`);
  rows[14] = sums(["TOTAUX FINANCIERS"], "D", "G", (c) => `=${c}7+${c}11+${c}13`);
  return {
    file: FILE,
    sheets: [
      {
        name: "Prévisionnel 2024",
        rows,
        formats: { "D:G": EURO },
        merges: ["A4:A6", "A8:A10"],
        widths: { A: 40, B: 8, C: 50, D: 18, E: 18, F: 18, G: 18 },
        headerRows: [3],
        boldRows: [1, 7, 11, 13, 14],
        sautsDePage: [8],
      },
    ],
  };
}

export const cofinancementTexte: CorpusCase = {
  id: "12-cofinancement-texte",
  title: "Colonne CD collée en texte et parts CD par action sous 50 % alors que le tableau est à 58 % : un constat chacun",
  points: [7],
  anomalies: [workbook(true)],
  sain: [workbook(false)],
  attendu: [
    {
      file: FILE,
      sheet: "Prévisionnel 2024",
      cell: "E4",
      ruleId: "montant-texte",
      severity: "warning",
      fix: { cellules: 7 },
      why: "Les 7 montants CD sont du texte : un constat, une correction qui les convertit tous.",
    },
    {
      file: FILE,
      sheet: "Prévisionnel 2024",
      cell: "E4",
      ruleId: "cofinancement",
      severity: "warning",
      fix: null,
      why: "Quatre actions (lignes 4, 6, 8 et 10) ont une part CD sous 50 % alors que le tableau est à 58 % : un seul avertissement.",
    },
    ...[7, 11, 13].map((row) => ({
      file: FILE,
      sheet: "Prévisionnel 2024",
      cell: `E${row}`,
      ruleId: "sous-total",
      severity: "info" as const,
      fix: null,
      why: "Le sous-total =SUM(…) de la colonne CD vaut 0 € dans Excel, qui ignore les montants texte ; sa formule est juste et l'écart est exactement ces montants : une conséquence de l'avertissement montant-texte (une anomalie, un seul constat qui compte), en information, corrigée en convertissant les montants.",
    })),
  ],
  attenduSain: [],
};
