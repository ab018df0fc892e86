import { formatNumber, shownCell } from "../../src/workbench/display";

describe("formatNumber (ce qu'Excel affiche en français)", () => {
  test.each([
    ['#,##0.00 "€"', 1234.5, "1\u00a0234,50 €"],
    ['#,##0.00 "€"', -1234.5, "-1\u00a0234,50 €"],
    ['#,##0.00 "€"', 0, "0,00 €"],
    ["#,##0", 1234567.4, "1\u00a0234\u00a0567"],
    ["0.00", 1234.567, "1234,57"],
    ["# ##0", 1500, "1\u00a0500"],
    ["0%", 0.3, "30%"],
    ["0.0%", 0.125, "12,5%"],
    ["#,##0;(#,##0)", -5, "(5)"],
    ['#,##0.00 "€";-#,##0.00 "€";"-"', 0, "-"],
    ["[$€-40C] #,##0.00", 10, "€ 10,00"],
    ["dd/mm/yyyy", 45657, "31/12/2024"],
    ["General", 1234.567, "1234,567"],
    [undefined, 0.1 + 0.2, "0,3"],
    [undefined, 1e21, "1e+21"],
  ])("%s : %p → %s", (format, value, shown) => {
    expect(formatNumber(value, format)).toBe(shown);
  });
});

describe("shownCell", () => {
  test("texte à gauche, nombres à droite, booléens et erreurs centrés", () => {
    expect(shownCell({ value: "Sous total" })).toEqual({ text: "Sous total", align: "left" });
    expect(shownCell({ value: 90000, numberFormat: '#,##0.00 "€"' })).toEqual({ text: "90\u00a0000,00 €", align: "right" });
    expect(shownCell({ value: true })).toEqual({ text: "VRAI", align: "center" });
    expect(shownCell({ value: false })).toEqual({ text: "FAUX", align: "center" });
    expect(shownCell({ value: { error: "#REF!" } })).toEqual({ text: "#REF!", align: "center" });
  });

  test("une cellule vide ou absente n'affiche rien", () => {
    expect(shownCell(undefined).text).toBe("");
    expect(shownCell({ value: null, numberFormat: "0%" }).text).toBe("");
  });
});
