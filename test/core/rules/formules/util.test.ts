/** The shared rule helpers (src/core/rules/util) other rule groups build on. */
import { boundRelations } from "../../../../src/core/referentiel/relations";
import { rowList, ofRowList, tableRelations, totalParts, relationText, numericColumns } from "../../../../src/core/rules/util";
import { financialTable } from "../../../helpers/ruleTester";
import { seedF1 } from "./fixtures";

describe("rule helpers", () => {
  it("writes row lists as printed, 1-based, with runs", () => {
    expect(rowList([6])).toBe("la ligne 7");
    expect(rowList([4, 5])).toBe("les lignes 5 et 6");
    expect(rowList([8, 4, 5, 6, 10, 11])).toBe("les lignes 5 à 7, 9, 11 et 12");
    expect(ofRowList([6])).toBe("de la ligne 7");
    expect(ofRowList([1, 2, 3])).toBe("des lignes 2 à 4");
  });

  it("finds what each total adds up", () => {
    const table = seedF1();
    const parts = (excelRow: number) =>
      totalParts(
        table,
        table.rows.find((r) => r.row === excelRow - 1)!,
      ).map((r) => r.row + 1);
    expect(parts(5)).toEqual([2, 3, 4]);
    expect(parts(8)).toEqual([6, 7]);
    expect(parts(9)).toEqual([5, 8]);
    expect(parts(10)).toEqual([2, 3, 4, 6, 7]);
  });

  it("binds the family relations to the table's columns, skipping absent optional parts", () => {
    const f1 = financialTable({ family: "F1", columns: ["fiche", "etatNotifie", "cdAffecte", "budget"], rows: [] });
    expect(tableRelations(f1).map(relationText)).toEqual(["A+B"]);
    const incomplete = financialTable({ family: "F1", columns: ["fiche", "etatNotifie", "budget"], rows: [] });
    expect(tableRelations(incomplete)).toEqual([]);
    expect(numericColumns(f1).map((c) => c.key)).toEqual(["etatNotifie", "cdAffecte", "budget"]);
  });

  it("lists the bounds each credits rule owns", () => {
    expect(boundRelations("F3", "report-superieur").map((b) => b.left.join("+"))).toEqual([
      "reportEtat+reportCd",
      "reportEtat",
      "reportCd",
    ]);
    expect(boundRelations("F2", "realise-superieur")).toEqual([
      { rule: "realise-superieur", left: ["realise"], right: ["etatVerse", "cdAffecte", "autres"], minus: [] },
    ]);
  });
});
