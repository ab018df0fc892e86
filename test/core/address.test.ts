import {
  cellAddress,
  columnIndex,
  columnLetter,
  parseCellAddress,
  parseRangeAddress,
  quoteSheetName,
  rangeAddress,
} from "../../src/core/grid/address";

describe("adresses A1", () => {
  test.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("colonne %i ↔ %s", (i, l) => {
    expect(columnLetter(i)).toBe(l);
    expect(columnIndex(l)).toBe(i);
  });

  test("cellules et plages", () => {
    expect(cellAddress(4, 7)).toBe("H5");
    expect(parseCellAddress("$H$5")).toEqual({ row: 4, col: 7 });
    expect(parseCellAddress("H")).toBeNull();
    expect(parseCellAddress("5")).toBeNull();
    expect(parseCellAddress("H5x")).toBeNull();
    expect(parseRangeAddress("P40:A5")).toEqual({ r1: 4, c1: 0, r2: 39, c2: 15 });
    expect(rangeAddress({ r1: 4, c1: 0, r2: 39, c2: 15 })).toBe("A5:P40");
    expect(rangeAddress({ r1: 4, c1: 0, r2: 4, c2: 0 })).toBe("A5");
  });

  test("noms de feuilles entre apostrophes", () => {
    expect(quoteSheetName("Feuil1")).toBe("Feuil1");
    expect(quoteSheetName("Tableau financier")).toBe("'Tableau financier'");
    expect(quoteSheetName("L'axe 1")).toBe("'L''axe 1'");
    expect(quoteSheetName("2024")).toBe("'2024'");
  });
});
