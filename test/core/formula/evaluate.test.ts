import { cellAddress } from "../../../src/core/grid/address";
import { CellValue } from "../../../src/core/grid/model";
import { evaluate } from "../../../src/core/formula/evaluate";
import { CellLookup } from "../../../src/core/formula/evalTypes";
import { parseFormula } from "../../../src/core/formula/parse";
import { r1c1Shape } from "../../../src/core/formula/r1c1";

/** Cells of the formula's sheet by A1 address; other sheets as « Feuil2!B2 ». */
const CELLS: Record<string, CellValue> = {
  A1: 10,
  A2: 20,
  A3: "30",
  A4: true,
  A5: null,
  A6: "texte",
  B1: 0.1,
  B2: 0.2,
  C1: { error: "#DIV/0!" },
  D1: "Sous total",
  D2: "Action 1",
  D3: "Sous-total",
  E1: 100,
  E2: 200,
  E3: 300,
  F1: new Date(Date.UTC(2024, 0, 1)),
  "Feuil 2!A1": 7,
};

const lookup: CellLookup = {
  cell: (sheet, row, col) => CELLS[(sheet ? `${sheet}!` : "") + cellAddress(row, col)] ?? null,
  sheetExists: (name) => name === "Feuil 2",
  usedSize: () => ({ rows: 6, cols: 6 }),
};

function run(formula: string): CellValue {
  const parsed = parseFormula(formula);
  if (!parsed.ok) throw new Error(parsed.reason);
  return evaluate(parsed.ast, lookup);
}

const DIV0 = { error: "#DIV/0!" };
const VALUE = { error: "#VALUE!" };

describe("evaluate : opérateurs", () => {
  test.each<[string, CellValue]>([
    ["=1+2*3", 7],
    ["=(1+2)*3", 9],
    ["=2^3^2", 64],
    ["=-2^2", 4],
    ["=10%", 0.1],
    ["=A1+A3", 40],
    ["=A1*A4", 10],
    ["=A1+A5", 10],
    ["=A5", 0],
    ["=A1+A6", VALUE],
    // Issue 7 : un Excel français convertit « 12,5 » et « 67 500,00 € » dans un calcul ; le résultat calculé
    // sans cache doit être celui qu'il enregistre (mêmes constats avec ou sans résultats en cache).
    ['="12,5"+1', 13.5],
    ['="67 500,00 €"+1', 67501],
    ['="1.002.884,00 €"+1', VALUE],
    ['=" 12.5 "+1', 13.5],
    ['="50%"*2', 1],
    ["=A1/0", DIV0],
    ["=A1/A5", DIV0],
    ["=C1+1", DIV0],
    ["=1+#REF!", { error: "#REF!" }],
    ["=0^0", { error: "#NUM!" }],
    ["=(-8)^0.5", { error: "#NUM!" }],
    ['=A1&" €"', "10 €"],
    ['=B1+B2&""', "0.3"],
    ["=A4&A5", "TRUE"],
    ["=A1=10", true],
    ['=A6="TEXTE"', true],
    ['=A5=""', true],
    ["=A5=0", true],
    ["=A3>A1", true],
    ["=A4>A6", true],
    ["=A1<>A2", true],
    ["=A1>=A2", false],
    ["=C1=1", DIV0],
    ["=A1:A2", VALUE],
    ["=A1:A2 A2:B2", 20],
    ["=A1 B1", { error: "#NULL!" }],
    ["='Feuil 2'!A1*2", 14],
    ["=Feuil3!A1", { error: "#REF!" }],
    ["=[1]Feuil1!A1", { error: "#REF!" }],
    ["=Nom_Inconnu", { error: "#NAME?" }],
    ["=F1", 45292],
    ["=A1:INDEX(B1:B2,1)", { error: "#NAME?" }],
  ])("%s → %j", (formula, expected) => {
    expect(run(formula)).toEqual(expected);
  });
});

describe("evaluate : fonctions", () => {
  test.each<[string, CellValue]>([
    ["=SUM(A1:A6)", 30],
    ["=SUM(A1,A3)", 10],
    ['=SUM(A1,"30",TRUE)', 41],
    ['=SUM(A1,"x")', VALUE],
    ["=SUM(A1:C1)", DIV0],
    ["=SUM((A1,A2),E1:E3)", 630],
    ["=SUM(A:A)", 30],
    ["=SUM({1,2;3,4})", 10],
    ["=SUM(A1,,2)", 12],
    ["=SUM(B1:B2)", 0.1 + 0.2],
    ['=SUMIF(D1:D3,"Sous*total",E1:E3)', 400],
    ['=SUMIF(D1:D3,"<>Action 1",E1)', 400],
    ['=SUMIF(E1:E3,">150")', 500],
    ["=SUMIF(E1:E3,200)", 200],
    ['=SUMIF(A1:A3,">=10",E1:E3)', 300],
    ['=SUMIF(A1:A6,"")', 0],
    ["=SUMIF(1,2)", VALUE],
    ["=SUMPRODUCT(A1:A2,E1:E2)", 5000],
    ["=SUMPRODUCT(A1:A3,E1:E3)", 5000],
    ["=SUMPRODUCT(A1:A2,E1:E3)", VALUE],
    ["=SUMPRODUCT(A1:C1,E1:G1)", DIV0],
    ["=ROUND(2.675,2)", 2.68],
    ["=ROUND(-2.5,0)", -3],
    ["=ROUND(-0.4,0)", 0],
    ["=ROUND(1234.5,-2)", 1200],
    ["=ROUNDUP(1.21,1)", 1.3],
    ["=ROUNDUP(-1.21,1)", -1.3],
    ["=ROUNDUP(B1+B2,1)", 0.3],
    ["=ROUNDDOWN(1.29,1)", 1.2],
    ["=ROUND(A6,2)", VALUE],
    ["=ROUND(1.5)", VALUE],
    ["=ABS(-A1)", 10],
    ['=IF(A1>5,"grand","petit")', "grand"],
    ['=IF(A1>50,"grand")', false],
    ["=IF(A1>5,,1)", 0],
    ["=IF(A5,1/0,2)", 2],
    ["=IF(A6,1,2)", VALUE],
    ["=IFERROR(A1/0,-1)", -1],
    ["=IFERROR(A1,-1)", 10],
    ["=MIN(A1:A6)", 10],
    ["=MAX(A1:A6,25)", 25],
    ["=MAX(A5:A6)", 0],
    ["=AVERAGE(A1:A2)", 15],
    ["=AVERAGE(A5:A6)", DIV0],
    ["=COUNT(A1:A6,C1)", 2],
    ['=COUNT(1,"2","x")', 2],
    ["=COUNTA(A1:A6)", 5],
    ["=AND(A1>5,A4)", true],
    ["=AND(A1:A6)", true],
    ["=AND(A1>5,A5)", true],
    ["=AND(A1>5,0)", false],
    ["=OR(A1>50,FALSE)", false],
    ["=OR(A1>50,C1)", DIV0],
    ["=AND(A6)", VALUE],
    ["=NOT(A5)", true],
    ["=_xlfn.IFERROR(1/0,3)", 3],
    ["=VLOOKUP(A1,B1:C2,2)", { error: "#NAME?" }],
  ])("%s → %j", (formula, expected) => {
    expect(run(formula)).toEqual(expected);
  });
});

test("la plus longue chaîne d'additions admise (8 192 caractères) s'évalue sans déborder", () => {
  const formula = `=${Array.from({ length: 4095 }, () => "1").join("+")}`;
  expect(formula.length).toBeLessThanOrEqual(8192);
  expect(run(formula)).toBe(4095);
  expect(r1c1Shape(formula, 0, 0)).toBe(formula);
});
