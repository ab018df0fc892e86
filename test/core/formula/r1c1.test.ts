import fc from "fast-check";
import { cellAddress } from "../../../src/core/grid/address";
import { r1c1Shape } from "../../../src/core/formula/r1c1";
import { translateFormula } from "../../../src/core/formula/translate";

describe("r1c1Shape", () => {
  test.each<[string, number, number, string]>([
    ["=D12+E12", 11, 5, "=RC[-2]+RC[-1]"],
    ["=$C$5*2", 20, 7, "=R5C3*2"],
    ["=C$5+$C5", 9, 3, "=R5C[-1]+R[-5]C3"],
    ["=sum( E5:E7 , E9 )", 10, 4, "=SUM(R[-6]C:R[-4]C,R[-2]C)"],
    ["='Feuil 2'!A1", 0, 0, "='Feuil 2'!RC"],
    ["=SUM(B:B)", 3, 3, "=SUM(C[-2])"],
    ["=SUM($B:$C)", 3, 3, "=SUM(C2:C3)"],
    ["=SUM(4:6)", 4, 0, "=SUM(R[-1]:R[1])"],
    ['=IF(A1="",0,A1%)', 0, 1, '=IF(RC[-1]="",0,RC[-1]%)'],
    ["=SUM(A1", 0, 0, "=SUM(A1"],
  ])("%s en (%i, %i) → %s", (formula, row, col, shape) => {
    expect(r1c1Shape(formula, row, col)).toBe(shape);
  });

  test("même forme le long d'une colonne, différente quand une ligne est oubliée", () => {
    expect(r1c1Shape("=D5+E5", 4, 5)).toBe(r1c1Shape("=D6+E6", 5, 5));
    expect(r1c1Shape("=SUM(E5:E9)", 9, 4)).toBe(r1c1Shape("=SUM(E6:E10)", 10, 4));
    expect(r1c1Shape("=SUM(E5:E8)", 9, 4)).not.toBe(r1c1Shape("=SUM(E6:E10)", 10, 4));
    expect(r1c1Shape("=D6+E5", 5, 5)).not.toBe(r1c1Shape("=D5+E5", 4, 5));
  });
});

describe("translateFormula", () => {
  test.each<[string, [number, number, number, number], string]>([
    ["=D5+E5", [4, 5, 5, 5], "=D6+E6"],
    ["=$D$5+E$5+$F5", [4, 5, 9, 7], "=$D$5+G$5+$F10"],
    ["=SUM(E5:E9)", [9, 4, 9, 6], "=SUM(G5:G9)"],
    ["=SUM(A:A)+SUM(3:3)", [0, 0, 2, 1], "=SUM(B:B)+SUM(5:5)"],
    ["='Feuil 1'!B2*2", [1, 1, 0, 0], "='Feuil 1'!A1*2"],
    ["=A1+B2", [1, 1, 0, 0], "=#REF!+A1"],
    ["=A1:A$10", [0, 0, 20, 0], "=A$10:A21"],
    ["=round( A1 , 2 )", [0, 1, 0, 1], "=ROUND(A1,2)"],
    ["=SUM(A1", [0, 0, 5, 5], "=SUM(A1"],
  ])("%s %j → %s", (formula, [fr, fc_, tr, tc], expected) => {
    expect(translateFormula(formula, fr, fc_, tr, tc)).toBe(expected);
  });

  const relRef = fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 60 })).map(([r, c]) => cellAddress(r, c));
  const op = fc.constantFrom("+", "-", "*", "/");

  test("aller puis retour rend la même formule (références relatives)", () => {
    fc.assert(
      fc.property(
        fc.array(relRef, { minLength: 1, maxLength: 6 }),
        op,
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 100 }),
        (refs, o, dr, dc) => {
          const formula = `=SUM(${refs[0]}:${refs[refs.length - 1]})${o}${refs.join(o)}`;
          const there = translateFormula(formula, 0, 0, dr, dc);
          expect(translateFormula(there, dr, dc, 0, 0)).toBe(translateFormula(formula, 0, 0, 0, 0));
          expect(r1c1Shape(there, dr, dc)).toBe(r1c1Shape(formula, 0, 0));
        },
      ),
      { numRuns: 500 },
    );
  });
});
