/**
 * Fiche budgets stacked on one sheet (SPEC §2 « Budget blocks stacked under each fiche title »):
 * an F5 table (« Budget global | Participation Etat | Participation CD », or a funder block under
 * « Prévisionnel 2020 ») ends at its first empty row, at the next fiche's title, at another header
 * or at a label / amount line, whatever follows it; the block below is read in its own family, and
 * no finding is placed on a title or a label.
 */
import { rangeAddress } from "../../../../src/core/grid/address";
import { analyze } from "../../../../src/core/engine";
import { buildWorkbook, CellSpec } from "../../../helpers/sheet";

const F5: CellSpec[][] = [
  ["Fiche 1 : Référents de parcours"],
  ["Budget global", "Participation Etat", "Participation CD"],
  [90000, 45000, 45000],
];
const BLOCK: CellSpec[][] = [
  ["Fiche 1 : Premier accueil"],
  [null, "Prévisionnel 2020"],
  ["Financement Etat (FALPAE)", 30000],
  ["Département", 30000],
  ["TOTAL", 60000],
];

interface Case {
  name: string;
  grid: CellSpec[][];
  /** « family range » of every table, in order. */
  tables: string[];
}

const CASES: Case[] = [
  {
    name: "F5 puis le titre de la fiche suivante sans ligne vide, puis des lignes « libellé : montant »",
    grid: [
      ...F5,
      ["Fiche 2 : Mobilité"],
      ["Coût total de l'action : 40 000 €"],
      ["Part départementale : 20 000 €"],
      ["Participation de l'Etat : 20 000 €"],
    ],
    tables: ["F5 A2:C3", "F8 A5:A7"],
  },
  {
    name: "F5 puis une ligne vide, un titre et un tableau « Budget Département | Budget Etat »",
    grid: [...F5, [], ["Fiche 2 : Maraudes"], ["Budget Département", "Budget Etat"], ["33 000 €", "30 000 €"]],
    tables: ["F5 A2:C3", "F9 A6:B7"],
  },
  {
    name: "F5 puis directement un autre en-tête (« Prévisionnel | Exécuté »)",
    grid: [
      ...F5,
      [null, "Prévisionnel", "Exécuté"],
      ["Coût total", "50 000 €", "48 000 €"],
      ["Part départementale", "25 000 €", "24 000 €"],
      ["Participation de l'Etat", "25 000 €", "24 000 €"],
    ],
    tables: ["F5 A2:C3", "F8 A4:C7"],
  },
  {
    name: "F5 puis directement une ligne « libellé : montant »",
    grid: [...F5, ["Coût total de l'action : 90 000 €"]],
    tables: ["F5 A2:C3"],
  },
  {
    name: "F5 puis « Action 2 : … » sans ligne vide : un titre, pas un montant illisible",
    grid: [...F5, ["Action 2 : Mobilité solidaire"], ["Budget Etat", "Budget Département"], [20000, 25000]],
    tables: ["F5 A2:C3", "F9 A5:B6"],
  },
  {
    name: "F5 puis directement « Total : … € Part Etat : … € » dans une cellule : pas une ligne TOTAL du bloc",
    grid: [...F5, ["Total : 60 000 € Part Etat : 30 000 € Part Département : 30 000 €"]],
    tables: ["F5 A2:C3", "F8 A4"],
  },
  {
    name: "F5 dont l'en-tête est séparé de ses montants par une ligne vide",
    grid: [
      ["Fiche 1 : Référents de parcours"],
      ["Budget global", "Participation Etat", "Participation CD"],
      [],
      [90000, 45000, 45000],
      [],
      ["Fiche 2 : Mobilité"],
      ["Budget Etat", "Budget Département"],
      [20000, 25000],
    ],
    tables: ["F5 A2:C4", "F9 A7:B8"],
  },
  {
    name: "bloc par financeur puis le titre de la fiche suivante et un autre bloc",
    grid: [
      ...BLOCK,
      ["Fiche 2 : Prévention spécialisée"],
      [null, "Prévisionnel 2020"],
      ["Financement Etat (FALPAE)", 12000],
      ["Département", 12000],
      ["TOTAL", 24000],
    ],
    tables: ["F5 A2:B5", "F5 A7:B10"],
  },
  {
    name: "bloc par financeur dont une ligne est laissée vide : le TOTAL reste dans le bloc",
    grid: [
      [null, "Prévisionnel 2020"],
      ["Financement Etat (FALPAE)", 30000],
      ["Autres financeurs", null],
      ["Département", 30000],
      ["TOTAL", 60000],
    ],
    tables: ["F5 A1:B5"],
  },
];

describe("budgets de fiches empilés", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const analysis = analyze([buildWorkbook("empiles.xlsx", { Fiches: c.grid })]);
    expect(analysis.tables.map((t) => `${t.family} ${rangeAddress(t.range)}`)).toEqual(c.tables);
    expect(analysis.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});
