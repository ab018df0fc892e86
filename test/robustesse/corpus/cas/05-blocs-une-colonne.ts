/**
 * Budget blocks stacked under each fiche title of a 2019 convention annex (SPEC §2, §3 F5; issue 7
 * point 4): most blocks have a single amount column (« Prévisionnel 2019 », or « Réalisé 2019 »
 * for the last one), rows « Financement Etat (FALPAE) », « Département », sometimes another funder
 * (CAF, FSE), then « TOTAL »; one block has both columns. Every block is read and checked alike.
 * Anomalies: two malformed amounts (« 312.222.40 € », « 24 275 55 € ») in two different blocks,
 * and a TOTAL typed by hand that does not add up.
 */
import { CellInput } from "../../../../examples/build/types";
import { CorpusCase, CorpusSheet, CorpusWorkbook } from "../types";
import { EURO } from "../rows";

const FILE = "marche-haute-fiches-actions-2019.xlsx";

interface Block {
  title: string;
  /** Column headers after the label column. */
  columns: string[];
  funders: [string, ...CellInput[]][];
  /** TOTAL typed by hand instead of a SUM, per column. */
  typedTotal?: CellInput[];
}

/** Stacks the blocks from row 3, one empty row between two blocks. */
function stack(blocks: Block[]): Pick<CorpusSheet, "rows" | "headerRows"> {
  const rows: Record<number, CellInput[]> = { 1: ["ANNEXE 2 - FICHES ACTIONS 2019 - Département de la Marche-Haute (fictif)"] };
  const headerRows: number[] = [];
  let r = 3;
  for (const block of blocks) {
    rows[r] = [block.title];
    rows[r + 1] = [null, ...block.columns];
    headerRows.push(r + 1);
    block.funders.forEach((f, i) => (rows[r + 2 + i] = f));
    const first = r + 2;
    const last = r + 1 + block.funders.length;
    const totalRow = last + 1;
    rows[totalRow] = [
      "TOTAL",
      ...block.columns.map((_, i) => block.typedTotal?.[i] ?? `=SUM(${"BC"[i]}${first}:${"BC"[i]}${last})`),
    ];
    r = totalRow + 2;
  }
  return { rows, headerRows };
}

function workbook(anomalies: boolean): CorpusWorkbook {
  const previsionnel = ["Prévisionnel 2019"];
  const blocks: Block[] = [
    {
      title: "Fiche action n°1 : Prévenir les sorties sèches de l'ASE",
      columns: previsionnel,
      funders: [
        ["Financement Etat (FALPAE)", 50000],
        ["Département", 50000],
      ],
    },
    {
      title: "Fiche action n°2 : Premier accueil social inconditionnel de proximité",
      columns: previsionnel,
      funders: [
        ["Financement Etat (FALPAE)", 35000],
        ["Département", anomalies ? "312.222.40 €" : 40000],
        ["CAF", 5000],
      ],
    },
    {
      title: "Fiche action n°3 : Référents de parcours",
      columns: previsionnel,
      funders: [
        ["Financement Etat (FALPAE)", 60000],
        ["Département", 60000],
      ],
    },
    {
      title: "Fiche action n°4 : Formation des travailleurs sociaux",
      columns: ["Prévisionnel 2019", "Réalisé 2019"],
      funders: [
        ["Financement Etat (FALPAE)", 20000, 18000],
        ["Département", 20000, 22000],
      ],
    },
    {
      title: "Fiche action n°5 : Garantie d'activité départementale",
      columns: previsionnel,
      funders: [
        ["Financement Etat (FALPAE)", 45000],
        ["Département", 45000],
        ["FSE", 10000],
      ],
      typedTotal: [anomalies ? 95000 : 100000],
    },
    {
      title: "Fiche action n°6 : Insertion des jeunes en milieu rural",
      columns: ["Réalisé 2019"],
      funders: [
        ["Financement Etat (FALPAE)", 12000],
        ["Département", anomalies ? "24 275 55 €" : 15000],
      ],
    },
  ];
  return {
    file: FILE,
    sheets: [
      { name: "Fiches actions", ...stack(blocks), formats: { "B:C": EURO }, widths: { A: 60, B: 18, C: 18 }, boldRows: [1] },
    ],
  };
}

export const blocsUneColonne: CorpusCase = {
  id: "05-blocs-une-colonne",
  title:
    "Blocs budgétaires empilés sous chaque fiche, à une colonne « Prévisionnel 2019 » ou « Réalisé 2019 » (et un bloc à deux colonnes)",
  points: [4],
  anomalies: [workbook(true)],
  sain: [workbook(false)],
  attendu: [
    {
      file: FILE,
      sheet: "Fiches actions",
      cell: "B12",
      ruleId: "montant-texte",
      severity: "error",
      fix: null,
      why: "Participation du Département de la fiche 2 écrite « 312.222.40 € » : montant illisible (deux points), aucune correction.",
    },
    {
      file: FILE,
      sheet: "Fiches actions",
      cell: "B33",
      ruleId: "sous-total",
      severity: "error",
      fix: "formule",
      why: "TOTAL de la fiche 5 tapé 95 000 € alors que l'État, le Département et le FSE font 100 000 €.",
    },
    {
      file: FILE,
      sheet: "Fiches actions",
      cell: "B38",
      ruleId: "montant-texte",
      severity: "error",
      fix: null,
      why: "Réalisé du Département de la fiche 6 écrit « 24 275 55 € » : deux nombres accolés ou une virgule oubliée, aucune correction.",
    },
  ],
  attenduSain: [],
};
