/**
 * The workbooks as a write plan leaves them (engine/corrected.ts): every formula reading a written
 * cell, directly or through other formulas, on any sheet and through any kind of reference, is
 * computed again; the others keep the result the workbook saved (even when it is not what their
 * formula gives: the plan did not reach them, Excel would not recompute them differently).
 */
import { correctedWorkbooks } from "../../../src/core/engine";
import { CellWrite } from "../../../src/core/engine/plan";
import { Workbook } from "../../../src/core/grid/model";
import { buildWorkbook } from "../../helpers/sheet";

const write = (sheet: string, cell: string, value: number): CellWrite => ({
  file: "c.xlsx",
  sheet,
  cell,
  kind: "value",
  value,
  findings: [],
});

function workbook(): Workbook {
  return buildWorkbook("c.xlsx", {
    Données: [
      [1, 2, { f: "=A1+B1", v: 3 }, { f: "=C1*2", v: 6 }],
      [10, 20, { f: "=SUM(A2:B2)", v: 30 }, { f: "=SUM(C1:C2)", v: 33 }],
      // B3 reads 80 columns (wider than 64: looked at differently); C3's saved result is not what it gives.
      [{ f: "=A1*0+7", v: 7 }, { f: "=SUM(A1:CB1)", v: 12 }, { f: "=B1*0+100", v: 999 }, null, { f: "=SUM(A:A)", v: 23 }],
      [5],
    ],
    Récap: [
      [
        { f: "='Données'!D2", v: 33 },
        { f: "=DONNÉES!D1+1", v: 7 },
        { f: "=A1+B1", v: 40 },
        { f: "=1+1", v: 5 },
      ],
    ],
  });
}

const cases: { name: string; writes: CellWrite[]; expected: Record<string, unknown> }[] = [
  {
    name: "une cellule lue par une formule d'une ligne, puis en chaîne sur la feuille et sur une autre",
    writes: [write("Données", "A1", 4)],
    expected: {
      "Données!C1": 6,
      "Données!D1": 12,
      "Données!D2": 36,
      "Données!A3": 7,
      "Données!B3": 24,
      "Données!E3": 26,
      "Récap!A1": 36,
      "Récap!B1": 13,
      "Récap!C1": 49,
      // Not reached: the saved result stays, even a wrong one.
      "Données!C2": 30,
      "Données!C3": 999,
      "Récap!D1": 5,
    },
  },
  {
    name: "une plage de plusieurs lignes et une colonne entière",
    writes: [write("Données", "A2", 110)],
    expected: { "Données!C2": 130, "Données!D2": 133, "Données!E3": 123, "Données!B3": 12, "Récap!A1": 133, "Récap!C1": 140 },
  },
  {
    name: "une cellule lue seulement par une plage de plus de 64 colonnes",
    writes: [write("Données", "BZ1", 50)],
    expected: { "Données!B3": 62, "Données!E3": 23, "Données!C3": 999, "Récap!A1": 33 },
  },
  {
    name: "une formule qui lit la cellule écrite dans un calcul sans effet est recalculée quand même",
    writes: [write("Données", "B1", 8)],
    expected: {
      "Données!C3": 100,
      "Données!C1": 9,
      "Données!D1": 18,
      "Données!B3": 36,
      "Données!D2": 39,
      "Données!A3": 7,
      "Récap!B1": 19,
    },
  },
  {
    name: "le nom de la feuille écrite est pris sans tenir compte de la casse",
    writes: [write("DONNÉES", "A4", 1)],
    expected: { "Données!E3": 19, "Données!B3": 12, "Récap!A1": 33 },
  },
];

describe("classeur corrigé : ce que le plan écrit et ce qui en dépend", () => {
  test.each(cases)("$name", ({ writes, expected }) => {
    const corrected = correctedWorkbooks([workbook()], writes);
    const got = Object.fromEntries(
      Object.keys(expected).map((place) => {
        const [sheet, cell] = place.split("!");
        return [place, corrected.value("c.xlsx", sheet, cell)];
      }),
    );
    expect(got).toEqual(expected);
  });

  test("un plan vide ne touche à aucune feuille", () => {
    const wb = workbook();
    const corrected = correctedWorkbooks([wb], []);
    expect(corrected.workbooks[0].workbook.sheets).toEqual(wb.sheets);
    expect(corrected.value("c.xlsx", "Données", "C3")).toBe(999);
  });
});
