/**
 * CALPAE tables with their verbatim headers (SPEC §3): F3 execution and F4 forecast, thème and
 * Chorus cells merged over their action rows, socle / initiative section sous-totaux, Total dit
 * contrôle; and a header on two rows (group header merged above its sub-headers).
 */
import { CellSpec } from "../../helpers/sheet";
import { TEMPLATE_HEADERS } from "../../helpers/ruleTester";
import { groupsOf, keys, kinds, onlyFinancial, recognizeSheet, rowAt } from "./helpers";

const F3 = TEMPLATE_HEADERS.F3;
const F3_HEADER = [
  F3.axe,
  F3.chorus,
  F3.fiche,
  F3.intitule,
  F3.etatVerse,
  F3.etatReporte,
  F3.cdAffecte,
  F3.cdReporte,
  F3.autres,
  F3.budget,
  F3.realise,
  F3.valorisation,
  F3.reportEtat,
  F3.reportCd,
  F3.commentaire,
] as string[];

/** An action row of the F3 table: A to F, réalisé, valorisation, reports, commentaire. */
function f3(fiche: string, title: string, etat: number, comment = ""): CellSpec[] {
  return ["", "", fiche, title, etat, 0, etat, 0, 0, { f: `=E+G`, v: 2 * etat }, 2 * etat, 0, 0, 0, comment];
}

const F3_SHEET: CellSpec[][] = [
  ["TABLEAU FINANCIER - Département de Seine-et-Marne (77)"],
  ["Exécution budgétaire 2022"],
  [],
  F3_HEADER,
  [
    "Prévention spécialisée",
    "0304 50 19 19 06 - Soutien à des actions de prévention spécialisée",
    ...f3("1.", "Éducateurs de rue", 50000).slice(2),
  ],
  f3("2.", "Chantiers éducatifs", 20000),
  ["", "", "3.", "intitulé de l'action n°3"],
  ["", "", "Sous total", "", 70000, 0, 70000, 0, 0, 140000, 140000, 0, 0, 0],
  ["Référents de parcours", "030450191904", ...f3("4.", "Référents RSA", 30000).slice(2)],
  f3("4.1", "Référents jeunes", 10000),
  ["", "", "Sous-total", "", 40000, 0, 40000, 0, 0, 80000, 80000, 0, 0, 0],
  ["Sous-total engagements de mesures socle", "", "", "", 110000, 0, 110000, 0, 0, 220000, 220000, 0, 0, 0],
  ["Initiatives locales", "0304 50 19 19 10 - Initiatives locales", ...f3("", "Fiche 12 : Épicerie solidaire", 5000).slice(2)],
  ["", "", "S/Total", "", 5000, 0, 5000, 0, 0, 10000, 10000, 0, 0, 0],
  ["Sous total engagements à l'initiative du département", "", "", "", 5000, 0, 5000, 0, 0, 10000, 10000, 0, 0, 0],
  ["TOTAUX FINANCIERS", "", "", "", 115000, 0, 115000, 0, 0, 230000, 230000, 0, 0, 0],
  ["Total dit contrôle"],
];

describe("F3 execution table (CALPAE 2022)", () => {
  const table = onlyFinancial(recognizeSheet(F3_SHEET, { merges: ["A5:A8", "B5:B7", "A9:A10", "B9:B10"] }));

  it("is F3, CALPAE, execution year 2022", () => {
    expect(table.family).toBe("F3");
    expect([table.dispositif, table.year]).toEqual(["calpae", 2022]);
    expect(table.titles).toEqual(["TABLEAU FINANCIER - Département de Seine-et-Marne (77)", "Exécution budgétaire 2022"]);
    expect(keys(table)).toEqual([
      "axe@0",
      "chorus@1",
      "fiche@2",
      "intitule@3",
      "etatVerse@4",
      "etatReporte@5",
      "cdAffecte@6",
      "cdReporte@7",
      "autres@8",
      "budget@9",
      "realise@10",
      "valorisation@11",
      "reportEtat@12",
      "reportCd@13",
      "commentaire@14",
    ]);
    expect(table.columns.find((c) => c.key === "budget")).toMatchObject({ letter: "F", headerFormula: "A+B+C+D+E", year: 2022 });
    expect(table.columns.find((c) => c.key === "etatReporte")?.year).toBe(2022);
    expect(table.columns.find((c) => c.key === "reportEtat")).toMatchObject({ letter: null, year: 2023 });
  });

  it("reads every row kind, up to the Total dit contrôle", () => {
    expect(kinds(table)).toEqual([
      "5:action",
      "6:action",
      "7:empty",
      "8:sousTotal",
      "9:action",
      "10:action",
      "11:sousTotal",
      "12:sousTotalSection",
      "13:action",
      "14:sousTotal",
      "15:sousTotalSection",
      "16:total",
      "17:controle",
    ]);
    expect(table.rows.map((r) => r.level)).toEqual([0, 0, 0, 1, 0, 0, 1, 2, 0, 1, 2, 3, 4]);
    expect(table.range.r2).toBe(16);
  });

  it("splits the table into socle and initiative sections", () => {
    expect(table.rows.map((r) => r.section)).toEqual([
      "socle",
      "socle",
      "socle",
      "socle",
      "socle",
      "socle",
      "socle",
      "socle",
      "initiative",
      "initiative",
      "initiative",
      null,
      null,
    ]);
    expect(table.groups.map((g) => g.section)).toEqual(["socle", "socle", "initiative"]);
  });

  it("fills thème and Chorus code through the merged cells", () => {
    expect(groupsOf(table)).toEqual([
      ["Prévention spécialisée", [5, 6, 7], 8],
      ["Référents de parcours", [9, 10], 11],
      ["Initiatives locales", [13], 14],
    ]);
    expect(rowAt(table, 7)).toMatchObject({
      kind: "empty",
      axe: "Prévention spécialisée",
      chorus: { raw: "0304 50 19 19 06 - Soutien à des actions de prévention spécialisée", row: 4, col: 1 },
    });
    expect(rowAt(table, 10).chorus).toEqual({ raw: "030450191904", row: 8, col: 1 });
    expect(rowAt(table, 11).chorus?.raw).toBe("030450191904");
    expect(rowAt(table, 12)).toMatchObject({ axe: null, chorus: null, group: null });
  });

  it("reads fiche numbers from the fiche column or from « Fiche 12 : … » in the title", () => {
    expect(table.rows.filter((r) => r.kind === "action").map((r) => r.fiche)).toEqual(["1", "2", "4", "4.1", "12"]);
    expect(rowAt(table, 7)).toMatchObject({ fiche: "3", title: null });
    expect(rowAt(table, 14).label).toBe("S/Total");
  });
});

const F4 = TEMPLATE_HEADERS.F4;
const F4_HEADER = [
  F4.axe,
  F4.chorus,
  F4.fiche,
  F4.intitule,
  F4.etatNotifie,
  F4.etatReporte,
  F4.cdAffecte,
  F4.valorisation,
  F4.cdReporte,
  F4.autres,
  F4.budget,
  F4.commentaire,
] as string[];

describe("F4 forecast table (CALPAE 2023), thème merged over its action rows", () => {
  const table = onlyFinancial(
    recognizeSheet(
      [
        ["CONVENTION D'APPUI À LA LUTTE CONTRE LA PAUVRETÉ ET D'ACCÈS À L'EMPLOI"],
        ["Prévisionnel Année 2023"],
        F4_HEADER,
        [
          "1er accueil social inconditionnel",
          "0304 50 19 19 03 - 1er accueil social inconditionnel (montant CALPAE : 55 000€)",
          "1.",
          "Accueil en MDS",
          55000,
          0,
          55000,
          10000,
          0,
          0,
          110000,
        ],
        ["", "", "2.", "Accueil itinérant", "", "", "", "", "", "", ""],
        ["", "", "Sous total", "", 55000, 0, 55000, 10000, 0, 0, 110000],
        ["TOTAUX FINANCIERS", "", "", "", 55000, 0, 55000, 10000, 0, 0, 110000],
        ["Total dit contrôle", "", "", "", 55000],
      ],
      { merges: ["A4:A6", "B4:B5"] },
    ),
  );

  it("is F4 with the verbatim template columns, CALPAE 2023", () => {
    expect(table.family).toBe("F4");
    expect([table.dispositif, table.year]).toEqual(["calpae", 2023]);
    expect(keys(table)).toEqual([
      "axe@0",
      "chorus@1",
      "fiche@2",
      "intitule@3",
      "etatNotifie@4",
      "etatReporte@5",
      "cdAffecte@6",
      "valorisation@7",
      "cdReporte@8",
      "autres@9",
      "budget@10",
      "commentaire@11",
    ]);
    expect(table.columns.map((c) => c.letter)).toEqual([null, null, null, null, "A", "B", "C", null, "D", "E", "F", null]);
  });

  it("reads the thème row as the first action row of its group, and a titled row without amounts as an action", () => {
    expect(kinds(table)).toEqual(["4:action", "5:action", "6:sousTotal", "7:total", "8:controle"]);
    expect(groupsOf(table)).toEqual([["1er accueil social inconditionnel", [4, 5], 6]]);
    expect(table.groups[0].axeRow).toBe(3);
    expect(rowAt(table, 5).chorus?.raw).toContain("montant CALPAE : 55 000€");
  });
});

describe("a header on two rows (group header merged above its sub-headers)", () => {
  const table = onlyFinancial(
    recognizeSheet(
      [
        [
          "Thème de la contractualisation",
          "Fiche action N°",
          "Intitulé de l'action",
          "Crédits 2022",
          "",
          "",
          "",
          "F Budget global de l'action prévu en 2022 A+B+C+D+E",
          "Montant total réalisé au 31/12/2022",
          "Montant à reporter en 2023",
          "",
        ],
        [
          "",
          "",
          "",
          "A Crédits Etats versés en 2022",
          "B Crédits Etat 2021 reportés sur 2022",
          "C Crédits CD affectés en 2022",
          "D Crédits CD 2021 reprogrammés sur 2022",
          "",
          "",
          "Part Etat",
          "Part CD",
        ],
        ["Référents de parcours", "1.", "Référents RSA", 100, 0, 100, 0, 200, 150, 50, 0],
        ["TOTAUX FINANCIERS", "", "", 100, 0, 100, 0, 200, 150, 50, 0],
      ],
      { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:G1", "H1:H2", "I1:I2", "J1:K1"] },
    ),
  );

  it("combines the group header with each sub-header", () => {
    expect(table.family).toBe("F3");
    expect(table.headerRow).toBe(1);
    expect(table.range.r1).toBe(0);
    expect(keys(table)).toEqual([
      "axe@0",
      "fiche@1",
      "intitule@2",
      "etatVerse@3",
      "etatReporte@4",
      "cdAffecte@5",
      "cdReporte@6",
      "budget@7",
      "realise@8",
      "reportEtat@9",
      "reportCd@10",
    ]);
    expect(table.columns.find((c) => c.key === "reportCd")).toMatchObject({
      header: "Montant à reporter en 2023 Part CD",
      year: 2023,
    });
    expect(table.columns.find((c) => c.key === "etatVerse")).toMatchObject({ letter: "A", year: 2022 });
    expect(kinds(table)).toEqual(["3:action", "4:total"]);
  });
});
