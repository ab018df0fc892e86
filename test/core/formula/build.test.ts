import { addFormula, rowRuns, sumFormula, sumRanges } from "../../../src/core/formula/build";
import { formatReference } from "../../../src/core/formula/refText";

describe("formules proposées", () => {
  test("sumFormula regroupe les lignes consécutives", () => {
    expect(sumFormula(4, [4, 5, 6])).toBe("=SUM(E5:E7)");
    expect(sumFormula(4, [10, 4, 6, 5, 8, 11, 5])).toBe("=SUM(E5:E7,E9,E11:E12)");
    expect(sumFormula(27, [0])).toBe("=SUM(AB1)");
    expect(sumFormula(4, [])).toBe("=0");
    expect(rowRuns([3, 1, 2, 7])).toEqual([
      [1, 3],
      [7, 7],
    ]);
  });

  test("addFormula additionne les cellules dans l'ordre donné", () => {
    expect(
      addFormula([
        { row: 11, col: 6 },
        { row: 11, col: 9 },
      ]),
    ).toBe("=G12+J12");
    expect(addFormula([])).toBe("=0");
  });
});

describe("sumRanges", () => {
  test.each<[string, string[] | null]>([
    ["=SUM(E5:E7,E9)+E12", ["E5:E7", "E9", "E12"]],
    ["=(E5+E6)+SUM(Feuil2!E7)", ["E5", "E6", "Feuil2!E7"]],
    ["=sum($E$5:$E$9)", ["$E$5:$E$9"]],
    ["=E5-E6", null],
    ["=SUM(E5:E7)*2", null],
    ["=SUM(E5,3)", null],
    ["=SUM()", null],
    ["=ROUND(E5,2)", null],
    ["=SUM(E5", null],
  ])("%s", (formula, expected) => {
    const refs = sumRanges(formula);
    expect(refs ? refs.map(formatReference) : null).toEqual(expected);
  });
});
