/**
 * What edited workbooks look like (SPEC §2): header spelling variants, letters that skip, row
 * label spellings, a table split by a page break with its header repeated one column to the
 * right, and the small families F5 (fiche budget, both layouts) and F6 (annexe summary).
 */
import { sheetColumn } from "../../../src/core/tables/model";
import { CellSpec } from "../../helpers/sheet";
import { groupsOf, keys, kinds, onlyFinancial, recognizeSheet, rowAt } from "./helpers";

describe("header spelling variants", () => {
  it("reads Etat / État / Etats, CD / Département, line breaks and double spaces", () => {
    const table = onlyFinancial(
      recognizeSheet([
        [
          "N°",
          "Libellé",
          "A - Participation Etats\nnotifiée  pour la\r\nconvention 2024",
          "B Crédits du Département affectés pour la convention 2024",
          "C Participation d’autres financeurs",
          "F  Budget global de l'action prévu en 2024 (A + B + C)",
        ],
        ["1", "Action", 1, 1, 0, 2],
      ]),
    );
    expect(table.family).toBe("F1");
    expect(keys(table)).toEqual(["fiche@0", "intitule@1", "etatNotifie@2", "cdAffecte@3", "autres@4", "budget@5"]);
    expect(table.columns[2]).toMatchObject({
      letter: "A",
      year: 2024,
      header: "A - Participation Etats notifiée pour la convention 2024",
    });
    expect(table.columns[5]).toMatchObject({ letter: "F", headerFormula: "A+B+C" });
  });

  it("keeps the printed letters when they skip, whatever the sheet columns", () => {
    const table = onlyFinancial(
      recognizeSheet([
        [
          "",
          "Fiche action N°",
          "Intitulé de l'action",
          "",
          "A Participation État notifiée pour la convention 2025",
          "B Crédits CD affectés pour la convention 2025",
          "F Budget global de l'action prévu en 2025 (A+B)",
        ],
        ["", "1.", "Action", "", 10, 10, 20],
      ]),
    );
    expect(keys(table)).toEqual(["fiche@1", "intitule@2", "etatNotifie@4", "cdAffecte@5", "budget@6"]);
    expect(table.columns.map((c) => c.letter)).toEqual([null, null, "A", "B", "F"]);
    expect(table.year).toBe(2025);
  });
});

describe("row label spellings", () => {
  const table = onlyFinancial(
    recognizeSheet([
      [
        "Axes de la contractualisation",
        "Fiche action N°",
        "Intitulé de l'action",
        "A Participation État notifiée pour la convention 2024",
        "B Crédits CD affectés pour la convention 2024",
        "F Budget global de l'action prévu en 2024 (A+B)",
      ],
      ["Axe 1 : Enfance"],
      ["", "1.", "Crèches AVIP", 10, 10, 20],
      ["", "2.", "Total accompagnement des familles", 5, 5, 10],
      ["", "", "intitulé de l'action n°3"],
      ["", "sous total axe 1", "", 15, 15, 30],
      ["", "", "Thème 2 : Accès aux droits"],
      ["", "7.3", "Maisons des solidarités", 1, 1, 2],
      ["", "Sous-Total", "", 1, 1, 2],
      ["Total général", "", "", 16, 16, 32],
    ]),
  );

  it("tells label rows, actions, template rows and totals apart", () => {
    expect(kinds(table)).toEqual([
      "2:axe",
      "3:action",
      "4:action",
      "5:empty",
      "6:sousTotal",
      "7:axe",
      "8:action",
      "9:sousTotal",
      "10:total",
    ]);
    expect(rowAt(table, 4)).toMatchObject({ kind: "action", fiche: "2", title: "Total accompagnement des familles" });
    expect(rowAt(table, 10).label).toBe("Total général");
  });

  it("opens a group at each axe label row, written in the axe or the title column", () => {
    expect(groupsOf(table)).toEqual([
      ["Axe 1 : Enfance", [3, 4, 5], 6],
      ["Thème 2 : Accès aux droits", [8], 9],
    ]);
    expect(table.groups.map((g) => g.axeRow)).toEqual([1, 6]);
    expect(rowAt(table, 8)).toMatchObject({ fiche: "7.3", axe: "Thème 2 : Accès aux droits" });
  });
});

const HEADER = [
  "Axes de la contractualisation",
  "Fiche action N°",
  "Intitulé de l'action",
  "A Participation État notifiée pour la convention 2024",
  "B Crédits CD affectés pour la convention 2024",
  "C Participation d'autres financeurs le cas échéant",
  "F Budget global de l'action prévu en 2024 (A+B+C)",
];

describe("a table split by a page break, its header repeated one column to the right", () => {
  const shifted = (cells: CellSpec[]) => ["", ...cells];
  const sheet: CellSpec[][] = [
    ["TABLEAU FINANCIER DU CONTRAT LOCAL DES SOLIDARITÉS"],
    HEADER,
    ["Axe Prévenir la pauvreté et lutter contre les inégalités dès l'enfance", "1.", "Parentalité", 10, 10, 0, 20],
    ["", "2.", "Soutien psychologique", 5, 5, 0, 10],
    [],
    ["Page 2 / 2"],
    ["Prévisionnel Année 2024"],
    shifted(HEADER),
    shifted(["", "3.", "Observatoire", 1, 1, 4, 6]),
    shifted(["", "Sous total", "", 16, 16, 4, 36]),
    shifted(["TOTAUX FINANCIERS", "", "", 16, 16, 4, 36]),
  ];
  const table = onlyFinancial(recognizeSheet(sheet));

  it("is one table, with the repeated header and the titles printed above it as rows of their own", () => {
    expect(table.repeatedHeaderRows).toEqual([7]);
    expect(kinds(table)).toEqual([
      "3:action",
      "4:action",
      "6:title",
      "7:title",
      "8:header",
      "9:action",
      "10:sousTotal",
      "11:total",
    ]);
    expect(rowAt(table, 6).label).toBe("Page 2 / 2");
    expect(table.range).toEqual({ r1: 1, c1: 0, r2: 10, c2: 7 });
  });

  it("reads the rows below the repeat with the repeat's own columns", () => {
    expect(table.segments).toEqual([{ fromRow: 7, toRow: 10, cols: [1, 2, 3, 4, 5, 6, 7] }]);
    expect(rowAt(table, 9)).toMatchObject({ fiche: "3", title: "Observatoire", group: 0 });
    expect(rowAt(table, 11).label).toBe("TOTAUX FINANCIERS");
    expect(groupsOf(table)).toEqual([["Axe Prévenir la pauvreté et lutter contre les inégalités dès l'enfance", [3, 4, 9], 10]]);
  });

  it("gives the shifted sheet column through sheetColumn()", () => {
    const budget = table.columns.find((c) => c.key === "budget")!;
    expect(sheetColumn(table, 3, budget.col)).toBe(6);
    expect(sheetColumn(table, 8, budget.col)).toBe(7);
  });
});

describe("F5: the budget of one fiche action", () => {
  it("reads « Budget global | Participation Etat | Participation CD » under the fiche's title", () => {
    const r = recognizeSheet([
      ["Fiche action n°3 : Référents de parcours"],
      ["Budget global", "Participation Etat", "Participation CD"],
      [120000, 60000, 60000],
      [],
      ["Fiche action n°4 : Maraudes mixtes"],
      ["Budget global", "Participation Etat", "Participation CD"],
      [40000, 20000, 20000],
    ]);
    expect(r.tables.map((t) => t.kind === "financial" && t.family)).toEqual(["F5", "F5"]);
    const first = r.tables[0];
    if (first.kind !== "financial") throw new Error("financier attendu");
    expect(keys(first)).toEqual(["budget@0", "etat@1", "cd@2"]);
    expect(first.rows).toEqual([
      expect.objectContaining({ row: 2, kind: "action", fiche: "3", title: "Fiche action n°3 : Référents de parcours" }),
    ]);
    expect(first.rows[0].funder).toBeUndefined();
  });

  it("reads the « Prévisionnel / Réalisé » block, one row per funder, the TOTAL as a total row", () => {
    const table = onlyFinancial(
      recognizeSheet([
        ["Fiche 2 - Formation des travailleurs sociaux"],
        ["", "Prévisionnel 2019", "Réalisé 2019"],
        ["Financement Etat (FALPAE)", 30000, 28000],
        ["Département", 30000, 31000],
        ["TOTAL", 60000, 59000],
      ]),
    );
    expect(table.family).toBe("F5");
    expect([table.dispositif, table.year]).toEqual(["calpae", 2019]);
    expect(keys(table)).toEqual(["intitule@0", "budget@1", "realise@2"]);
    expect(table.rows.map((r) => [r.kind, r.level, r.title, r.funder])).toEqual([
      ["action", 0, "Financement Etat (FALPAE)", "etat"],
      ["action", 0, "Département", "cd"],
      ["total", 3, null, undefined],
    ]);
  });
});

describe("F5: stacked budget blocks with one amount column (issue 7)", () => {
  const sheet: CellSpec[][] = [
    ["Fiche action n°1 : Prévenir les sorties sèches de l'ASE"],
    ["", "Prévisionnel 2019"],
    ["Financement Etat (FALPAE)", 50000],
    ["Département", 50000],
    ["CAF", 5000],
    ["TOTAL", { f: "=SUM(B3:B5)" }],
    [],
    ["Fiche action n°2 : Insertion des jeunes"],
    ["", "Réalisé 2019"],
    ["Financement Etat (FALPAE)", "12 000 €"],
    ["Département", 15000],
    ["TOTAL", 27000],
  ];

  it("reads every block, « Prévisionnel 2019 » or « Réalisé 2019 » alone, the TOTAL as a total row, whatever the cached results", () => {
    const tables = recognizeSheet(sheet).tables;
    expect(tables.map((t) => [t.family, t.range.r1 + 1, t.range.r2 + 1, t.year])).toEqual([
      ["F5", 2, 6, 2019],
      ["F5", 9, 12, 2019],
    ]);
    const [first, second] = tables.map((t) => onlyFinancial({ tables: [t], unmapped: [] }));
    expect(keys(first)).toEqual(["intitule@0", "budget@1"]);
    expect(keys(second)).toEqual(["intitule@0", "realise@1"]);
    expect(first.rows.map((r) => [r.kind, r.funder])).toEqual([
      ["action", "etat"],
      ["action", "cd"],
      ["action", undefined],
      ["total", undefined],
    ]);
  });

  it("needs funder rows: a lone « Budget » over other rows is no table", () => {
    expect(
      recognizeSheet([
        ["", "Budget prévisionnel"],
        ["Maraudes", 1000],
        ["Accueil", 2000],
      ]).tables,
    ).toEqual([]);
  });
});

describe("F6: annexe summary of the engagements", () => {
  const table = onlyFinancial(
    recognizeSheet([
      [
        "",
        "Montant exécuté 2022 (si action antérieure à 2023)",
        "Montant prévisionnel 2023 (CD)",
        "Montant prévisionnel 2023 (Etat)",
        "Montant prévisionnel 2023 (FSE)",
        "Montant total",
      ],
      ["Maraudes mixtes", 10000, 20000, 20000, 0, 40000],
      ["Référents de parcours", "", 5000, 5000, 2000, 12000],
      ["Total", 10000, 25000, 25000, 2000, 52000],
    ]),
  );

  it("maps the columns and takes the action from the blank-headed first column", () => {
    expect(table.family).toBe("F6");
    expect(keys(table)).toEqual(["intitule@0", "executeN1@1", "cd@2", "etat@3", "fse@4", "budget@5"]);
    expect(table.columns[1].year).toBe(2022);
    expect([table.dispositif, table.year]).toEqual(["calpae", 2023]);
    expect(kinds(table)).toEqual(["2:action", "3:action", "4:total"]);
  });
});
