import { formatDateFr, formatEuros, formatNumberFr, formatPercentFr, joinFr, quoteText } from "../../../src/core/parse/format";
import { excelSerialToDate, isDateFormat, isPercentFormat } from "../../../src/core/parse/numfmt";

describe("formatEuros", () => {
  test.each<[number, string]>([
    [123456, "1\u00a0234,56\u00a0€"],
    [-123456, "-1\u00a0234,56\u00a0€"],
    [0, "0,00\u00a0€"],
    [-0, "0,00\u00a0€"],
    [5, "0,05\u00a0€"],
    [-5, "-0,05\u00a0€"],
    [100_000_000, "1\u00a0000\u00a0000,00\u00a0€"],
    [151_450_000, "1\u00a0514\u00a0500,00\u00a0€"],
    [99_999, "999,99\u00a0€"],
  ])("%p → %s", (cents, expected) => {
    expect(formatEuros(cents)).toBe(expected);
  });
});

describe("formatNumberFr", () => {
  test.each<[number, number | undefined, string]>([
    [32.7, undefined, "32,7"],
    [1234, undefined, "1\u00a0234"],
    [1234.5, 2, "1\u00a0234,50"],
    [-1234.567, undefined, "-1\u00a0234,57"],
    [1.005, 2, "1,01"],
    [0.1 + 0.2, undefined, "0,3"],
    [-0.001, undefined, "0"],
    [1_604_636, 0, "1\u00a0604\u00a0636"],
    [20, 1, "20,0"],
    [Number.NaN, undefined, "NaN"],
  ])("%p (%p décimales) → %s", (n, decimals, expected) => {
    expect(formatNumberFr(n, decimals)).toBe(expected);
  });
});

describe("espaces insécables", () => {
  test("montants, nombres et pourcentages ne se coupent jamais en fin de ligne", () => {
    expect(formatEuros(13_500_000)).toBe("135\u00a0000,00\u00a0€");
    expect(formatNumberFr(1_012_485)).toBe("1\u00a0012\u00a0485");
    expect(formatPercentFr(49.9, 1)).toBe("49,9\u00a0%");
    expect(formatPercentFr(50)).toBe("50\u00a0%");
    for (const text of [formatEuros(123_456_789), formatNumberFr(-9_876_543.21), formatPercentFr(12.5)])
      expect(text).not.toMatch(/ /);
  });
});

describe("dates, citations, listes", () => {
  test("formatDateFr", () => {
    expect(formatDateFr(new Date(Date.UTC(2022, 9, 31)))).toBe("31/10/2022");
    expect(formatDateFr(new Date(Number.NaN))).toBe("date invalide");
  });

  test("quoteText replie les espaces", () => {
    expect(quoteText(" 73\u00a000€\n")).toBe("« 73 00€ »");
  });

  test("joinFr", () => {
    expect(joinFr([])).toBe("");
    expect(joinFr(["a"])).toBe("a");
    expect(joinFr(["a", "b"])).toBe("a et b");
    expect(joinFr(["a", "b", "c"])).toBe("a, b et c");
  });
});

describe("formats de nombre Excel", () => {
  test.each<[string, boolean]>([
    ["0%", true],
    ["0.00%", true],
    ["[Red]0.0%", true],
    ['0" %"', false],
    ["0\\%", false],
    ['#,##0.00 "€"', false],
    ["General", false],
  ])("pourcentage %j → %p", (numFmt, expected) => {
    expect(isPercentFormat(numFmt)).toBe(expected);
  });

  test.each<[string, boolean]>([
    ["dd/mm/yyyy", true],
    ["jj/mm/aaaa", true],
    ["d-mmm-yy", true],
    ["[h]:mm", true],
    ['#,##0.00 "€"', false],
    ['_-* #,##0.00 "€"_-;-* #,##0.00 "€"_-;_-* "-"?? "€"_-;_-@_-', false],
    ["[$€-40C] #,##0.00", false],
    ['0 "jours"', false],
    ["General", false],
    ["Standard", false],
    ["@", false],
  ])("date %j → %p", (numFmt, expected) => {
    expect(isDateFormat(numFmt)).toBe(expected);
  });

  test("excelSerialToDate", () => {
    expect(formatDateFr(excelSerialToDate(1))).toBe("01/01/1900");
    expect(formatDateFr(excelSerialToDate(61))).toBe("01/03/1900");
    expect(formatDateFr(excelSerialToDate(44865.75))).toBe("31/10/2022");
  });
});
