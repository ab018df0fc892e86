/** Core workbook ↔ fake: the examples go through unchanged; differences are reported cell by cell. */
import { Workbook } from "../../src/core/grid/model";
import { coreFromFake, diffWorkbooks, fakeFromCore } from "../../src/fake-excel";
import { fillSheet } from "../helpers/sheet";
import { loadExample } from "../excel/helpers";

describe("fakeFromCore / coreFromFake", () => {
  it.each(["erreurs-plantees.xlsx", "recapitulatif-2025.xlsx", "indicateurs-2024.xlsx"])(
    "aller-retour sans perte : %s",
    async (file) => {
      const core = await loadExample(file);
      const once = coreFromFake(fakeFromCore(core));
      expect(diffWorkbooks(coreFromFake(fakeFromCore(once)), once)).toEqual([]);
      // Only the formulas saved without a result differ: the fake computed them on loading, as Excel does.
      const uncached = core.sheets.flatMap((s) =>
        Array.from({ length: s.rowCount }, (_, r) => r).flatMap((r) =>
          Array.from({ length: s.colCount }, (_, c) => c)
            .filter((c) => s.get(r, c)?.formula && s.value(r, c) === null)
            .map((c) => `${s.name}!${r}:${c}`),
        ),
      );
      expect(diffWorkbooks(once, core)).toHaveLength(uncached.length);
    },
  );

  it("calcule au chargement les formules enregistrées sans résultat, et garde l'état des feuilles", () => {
    const core = new Workbook("calc.xlsx");
    fillSheet(core.addSheet("S"), [[2, 3, { f: "=A1*B1" }, { f: "=C1+1", v: 99 }, { f: "=A1+B1", v: 42 }]], {
      merges: ["A3:B3"],
      notes: { A1: "Note" },
      protected: true,
    });
    core.sheets[0].state = "hidden";
    const back = coreFromFake(fakeFromCore(core));
    // C1 is computed, D1 depends on it and is recomputed; E1 keeps its cached result.
    expect([2, 3, 4].map((c) => back.sheets[0].value(0, c))).toEqual([6, 7, 42]);
    expect([back.sheets[0].state, back.sheets[0].protected, back.sheets[0].note(0, 0)]).toEqual(["hidden", true, "Note"]);
    expect(back.sheets[0].merges).toEqual([{ r1: 2, c1: 0, r2: 2, c2: 1 }]);
  });

  it("diffWorkbooks nomme chaque cellule différente", () => {
    const a = new Workbook("a");
    const b = new Workbook("b");
    fillSheet(a.addSheet("S"), [[1, "x"]]);
    fillSheet(b.addSheet("S"), [[1, "y"]], { notes: { B1: "n" } });
    expect(diffWorkbooks(a, b)).toEqual(['S!B1 : {"value":"x"} ≠ {"value":"y"}', 'S : notes [] ≠ [["B1","n"]]']);
  });
});
