/** The tables of the seed contract, verbatim: F1 prévisionnel 2024, F2 template 2025, both on one sheet. */
import { sheetColumn } from "../../../src/core/tables/model";
import { groupsOf, keys, kinds, onlyFinancial, recognizeSheet, rowAt } from "./helpers";
import { SEED_F1_2024, SEED_F2_2025 } from "./seed";

describe("seed F1 (prévisionnel 2024, l.575–591)", () => {
  const table = onlyFinancial(recognizeSheet(SEED_F1_2024));

  it("is an F1 table of the Pacte for 2024, read from its header", () => {
    expect(table.family).toBe("F1");
    expect(table.dispositif).toBe("pacte");
    expect(table.year).toBe(2024);
    expect(table.detection).toBe(
      "Pacte des solidarités d'après l'année 2024 ; année 2024 lue dans l'en-tête « A Participation État notifiée pour la convention 2024 ».",
    );
    expect(table.headerRow).toBe(4);
    expect(table.id).toBe("Feuil1!A5:G17");
  });

  it("keeps the three title lines", () => {
    expect(table.titles).toEqual([
      "TABLEAU FINANCIER DU CONTRAT LOCAL DES SOLIDARITÉS",
      "- Région PACA - Département des Alpes-Maritimes",
      "Prévisionnel Année 2024",
    ]);
  });

  it("maps every column by vocabulary, with printed letters, years and the header formula", () => {
    expect(keys(table)).toEqual(["axe@0", "fiche@1", "intitule@2", "etatNotifie@3", "cdAffecte@4", "autres@5", "budget@6"]);
    expect(table.columns.map((c) => c.letter)).toEqual([null, null, null, "A", "B", "C", "F"]);
    expect(table.columns.map((c) => c.year)).toEqual([null, null, null, 2024, 2024, null, 2024]);
    expect(table.columns[6].headerFormula).toBe("A+B+C");
  });

  it("reads action rows, sous-totaux and TOTAUX FINANCIERS", () => {
    expect(kinds(table)).toEqual([
      "6:action",
      "7:action",
      "8:action",
      "9:sousTotal",
      "10:action",
      "11:action",
      "12:action",
      "13:action",
      "14:sousTotal",
      "15:action",
      "16:sousTotal",
      "17:total",
    ]);
    expect(table.rows.map((r) => r.level)).toEqual([0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 1, 3]);
    expect(rowAt(table, 17).label).toBe("TOTAUX FINANCIERS");
    expect(rowAt(table, 9).label).toBe("Sous total");
  });

  it("builds one group per axe, the axe label written on its first action row", () => {
    expect(groupsOf(table)).toEqual([
      ["Axe Prévenir la pauvreté et lutter contre les inégalités dès l'enfance", [6, 7, 8], 9],
      ["Axe Lutter contre la grande exclusion grâce à l'accès aux droits", [10, 11, 12, 13], 14],
      ["Axe Construire une transition écologique solidaire", [15], 16],
    ]);
    expect(table.groups.map((g) => g.axeRow)).toEqual([5, 9, 14]);
  });

  it("fills fiche, title and axe of each action row", () => {
    const row = rowAt(table, 11);
    expect(row).toMatchObject({
      fiche: "2",
      label: "2.",
      title: "Renforcer l'accueil en proximité de publics vulnérables par le déploiement des MDA sur les territoires",
      axe: "Axe Lutter contre la grande exclusion grâce à l'accès aux droits",
      chorus: null,
      group: 1,
      section: null,
    });
    expect(rowAt(table, 17)).toMatchObject({ axe: null, group: null });
  });

  it("has no shifted segment: sheetColumn is the column itself", () => {
    expect(table.segments).toBeUndefined();
    expect(sheetColumn(table, 10, 3)).toBe(3);
  });
});

describe("seed F2 template (récapitulatif 2025, l.595–609)", () => {
  const table = onlyFinancial(recognizeSheet(SEED_F2_2025));

  it("is an F2 table whose year N is the forecast year 2025", () => {
    expect(table.family).toBe("F2");
    expect(table.year).toBe(2025);
    expect(table.dispositif).toBe("pacte");
    expect(table.titles).toEqual([
      "TABLEAU FINANCIER RÉCAPITULATIF DU CONTRAT LOCAL DES SOLIDARITÉS",
      "- Région xxx - Département du xxx",
      "Prévisionnel Année 2025",
    ]);
  });

  it("tells the N−1 columns from the forecast ones", () => {
    expect(keys(table)).toEqual([
      "axe@0",
      "chorus@1",
      "fiche@2",
      "intitule@3",
      "etatVerse@4",
      "etatNonConsomme@5",
      "cdAffecte@6",
      "cdNonConsomme@7",
      "autres@8",
      "realise@9",
      "reportEtat@10",
      "reportCd@11",
      "etatNotifie@12",
      "etatTotal@13",
      "cdAffecteConvention@14",
      "cdTotal@15",
      "autresPrevus@16",
      "budget@17",
    ]);
    expect(table.columns.map((c) => c.letter).join("")).toBe("ABCDEFGHIJKLM");
    expect(table.columns.find((c) => c.key === "realise")?.letter).toBeNull();
    expect(table.columns.filter((c) => c.year === 2024).map((c) => c.letter)).toEqual(["A", "B", "C", "D", null]);
  });

  it("captures the template's formulas, the wrong K = G+I included", () => {
    const formulas = Object.fromEntries(table.columns.filter((c) => c.headerFormula).map((c) => [c.letter, c.headerFormula]));
    expect(formulas).toEqual({ I: "F+H", K: "G+I", M: "I+K+L" });
  });

  it("reads the fiche-only rows as empty template rows, in three groups", () => {
    expect(kinds(table)).toEqual([
      "6:empty",
      "7:empty",
      "8:sousTotal",
      "9:empty",
      "10:empty",
      "11:sousTotal",
      "12:empty",
      "13:empty",
      "14:sousTotal",
      "15:total",
    ]);
    expect(groupsOf(table).map(([, rows, st]) => [rows, st])).toEqual([
      [[6, 7], 8],
      [[9, 10], 11],
      [[12, 13], 14],
    ]);
  });
});

describe("two tables on one sheet (the seed's F1 then F2)", () => {
  const r = recognizeSheet([...SEED_F1_2024, [], [], ...SEED_F2_2025]);

  it("finds both, each with its own titles and year", () => {
    expect(r.tables.map((t) => [t.kind === "financial" && t.family, t.year, t.range.r1 + 1, t.range.r2 + 1])).toEqual([
      ["F1", 2024, 5, 17],
      ["F2", 2025, 24, 34],
    ]);
    expect(r.tables[1].titles[2]).toBe("Prévisionnel Année 2025");
    expect(r.unmapped).toEqual([]);
  });
});
