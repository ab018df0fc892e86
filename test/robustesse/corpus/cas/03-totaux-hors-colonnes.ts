/**
 * Total rows whose label sits outside the header's columns (SPEC §2, issue 7 point 2): the
 * département's tables start in column B, and « Sous total », « TOTAUX FINANCIERS » and « Total
 * dit contrôle » are written in column A, whose header cell is empty. A CALPAE 2023 forecast and a
 * Pacte 2024 forecast of a fictional département, on two sheets. The metamorphic tests run the
 * same workbook saved without cached formula results: the row kinds must not change.
 * Anomalies: a sous-total typed by hand and wrong (CALPAE sheet), a budget global typed by hand
 * and wrong (Pacte sheet).
 */
import { CorpusCase, CorpusWorkbook } from "../types";
import { CALPAE_TITLE, CHORUS, EURO, F1_HEADER, f4Header, f4Row, PACTE_AXES as AXES, sums, THEMES } from "../rows";

const FILE = "cotes-grises-previsionnels.xlsx";

function pacteRow(
  row: number,
  axe: string | null,
  fiche: string,
  title: string,
  a: number,
  b: number,
  c: number,
  budget?: number,
) {
  return [null, axe, fiche, title, a, b, c, budget ?? `=E${row}+F${row}+G${row}`];
}

function workbook(anomalies: boolean): CorpusWorkbook {
  const subtotal = (row: number, from: number, to: number) =>
    sums(["Sous total"], "F", "L", (c) => (anomalies && row === 11 && c === "H" ? 80000 : `=SUM(${c}${from}:${c}${to})`));
  return {
    file: FILE,
    sheets: [
      {
        name: "CALPAE 2023",
        rows: {
          1: [null, CALPAE_TITLE],
          2: [null, "- Région Normandie - Département des Côtes-Grises (fictif)"],
          3: [null, "Prévisionnel Année 2023"],
          5: [null, ...f4Header(2023)],
          6: f4Row(6, [THEMES.ase, CHORUS.ase, "1", "Contrats jeunes majeurs"], { a: 80000, c: 80000 }, null, 1),
          7: f4Row(7, [null, null, "2", "Colocations solidaires pour les sortants de l'ASE"], { a: 40000, c: 45000 }, null, 1),
          8: subtotal(8, 6, 7),
          9: f4Row(
            9,
            [THEMES.accueil, CHORUS.accueil, "3", "Premier accueil dans les maisons des solidarités"],
            { a: 55000, c: 60000 },
            null,
            1,
          ),
          10: f4Row(10, [null, null, "4", "Accueil itinérant en zone rurale"], { a: 25000, c: 25000 }, null, 1),
          11: subtotal(11, 9, 10),
          12: f4Row(12, [THEMES.initiative, CHORUS.initiative, "5", "Épicerie sociale"], { a: 20000, c: 22000 }, null, 1),
          13: sums(["Sous total"], "F", "L", (c) => `=SUM(${c}12)`),
          14: sums(["TOTAUX FINANCIERS"], "F", "L", (c) => `=${c}8+${c}11+${c}13`),
          15: sums(["Total dit contrôle"], "F", "L", (c) => `=SUM(${c}6:${c}7,${c}9:${c}10,${c}12)`),
        },
        formats: { "F:L": EURO },
        merges: ["B6:B7", "C6:C7", "B9:B10", "C9:C10"],
        widths: { A: 20, B: 34, C: 30, D: 8, E: 46 },
        headerRows: [5],
        boldRows: [1, 2, 3, 8, 11, 13, 14, 15],
        sautsDePage: [9],
      },
      {
        name: "Pacte 2024",
        rows: {
          1: [
            null,
            "TABLEAU FINANCIER DU CONTRAT LOCAL DES SOLIDARITÉS - Département des Côtes-Grises (fictif) - Prévisionnel Année 2024",
          ],
          3: [null, ...F1_HEADER],
          4: pacteRow(4, AXES.enfance, "1", "Soutien à la parentalité des familles monoparentales", 30000, 30000, 0),
          5: pacteRow(
            5,
            null,
            "2",
            "Accueil du jeune enfant en crèche à vocation d'insertion professionnelle",
            20000,
            25000,
            5000,
          ),
          6: sums(["Sous total"], "E", "H", (c) => `=SUM(${c}4:${c}5)`),
          7: pacteRow(7, AXES.droits, "1", "Points d'accès aux droits itinérants", 40000, 40000, 0),
          8: pacteRow(8, null, "2", "Lutte contre l'illectronisme", 15000, 15000, 10000, anomalies ? 35000 : undefined),
          9: sums(["Sous total"], "E", "H", (c) => `=SUM(${c}7:${c}8)`),
          10: pacteRow(10, AXES.transition, "1", "Mobilité solidaire", 10000, 12000, 0),
          11: sums(["Sous total"], "E", "H", (c) => `=SUM(${c}10)`),
          12: sums(["TOTAUX FINANCIERS"], "E", "H", (c) => `=${c}6+${c}9+${c}11`),
        },
        formats: { "E:H": EURO },
        merges: ["B4:B5", "B7:B8"],
        widths: { A: 20, B: 40, C: 8, D: 50 },
        headerRows: [3],
        boldRows: [1, 6, 9, 11, 12],
        sautsDePage: [7],
      },
    ],
  };
}

export const totauxHorsColonnes: CorpusCase = {
  id: "03-totaux-hors-colonnes",
  title:
    "« Sous total » et « TOTAUX FINANCIERS » écrits dans une première colonne sans en-tête, tableaux commençant en colonne B",
  points: [2],
  anomalies: [workbook(true)],
  sain: [workbook(false)],
  attendu: [
    {
      file: FILE,
      sheet: "CALPAE 2023",
      cell: "H11",
      ruleId: "sous-total",
      severity: "error",
      fix: "formule",
      why: "Sous-total du premier accueil (C, crédits CD) tapé à la main : 80 000 € au lieu de 85 000 € (60 000 + 25 000) ; son libellé est en colonne A, hors des colonnes de l'en-tête.",
    },
    {
      file: FILE,
      sheet: "Pacte 2024",
      cell: "H8",
      ruleId: "formule-ligne",
      severity: "error",
      fix: "formule",
      why: "Budget global de la fiche 2 de l'axe accès aux droits tapé 35 000 € au lieu de A+B+C = 40 000 €.",
    },
  ],
  attenduSain: [],
};
