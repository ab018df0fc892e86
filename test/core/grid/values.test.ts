import { buildWorkbook } from "../../helpers/sheet";
import { CYCLE_ERROR, createResolver } from "../../../src/core/grid/values";
import { Sheet, Workbook } from "../../../src/core/grid/model";

function valueAt(wb: Workbook, sheet: string, row: number, col: number) {
  return createResolver(wb).value(wb.sheet(sheet) as Sheet, row, col);
}

describe("createResolver", () => {
  test("valeur en cache d'abord, sinon calculée depuis les cellules référencées", () => {
    const wb = buildWorkbook("a.xlsx", {
      Feuil1: [
        [100, 200, { f: "=A1+B1" }],
        [1, 2, { f: "=A2+B2", v: 999 }],
        ["texte", null, { f: "=SUM(C1:C2)" }],
      ],
    });
    const r = createResolver(wb);
    const s = wb.sheet("Feuil1") as Sheet;
    expect(r.value(s, 0, 2)).toBe(300);
    expect(r.value(s, 1, 2)).toBe(999);
    expect(r.value(s, 2, 2)).toBe(1299);
    expect(r.value(s, 2, 0)).toBe("texte");
    expect(r.value(s, 2, 1)).toBeNull();
    expect(r.value(s, 50, 50)).toBeNull();
  });

  test("une formule sans résultat qui vaut zéro ou vide n'est pas confondue avec une cellule vide", () => {
    const wb = buildWorkbook("a.xlsx", { F: [[null, { f: "=A1" }, { f: '=""' }]] });
    expect(valueAt(wb, "F", 0, 1)).toBe(0);
    expect(valueAt(wb, "F", 0, 2)).toBe("");
  });

  test("références vers d'autres feuilles (nom entre apostrophes, casse différente), feuille absente", () => {
    const wb = buildWorkbook("a.xlsx", {
      "Exécution 2022": [[{ f: "='Prévision 2023'!A1*2" }, { f: "=prévision 2023!A1" }, { f: "=Absente!A1+1" }]],
      "Prévision 2023": [[21]],
      Liens: [[{ f: "='prévision 2023'!A1" }, { f: "=[1]Feuil1!A1" }]],
    });
    expect(valueAt(wb, "Exécution 2022", 0, 0)).toBe(42);
    expect(valueAt(wb, "Exécution 2022", 0, 1)).toEqual({ error: "#NAME?" });
    expect(valueAt(wb, "Exécution 2022", 0, 2)).toEqual({ error: "#REF!" });
    expect(valueAt(wb, "Liens", 0, 0)).toBe(21);
    expect(valueAt(wb, "Liens", 0, 1)).toEqual({ error: "#REF!" });
  });

  test("un cycle donne une erreur, sans boucler", () => {
    const wb = buildWorkbook("a.xlsx", {
      F: [
        [{ f: "=B1+1" }, { f: "=A1+1" }, { f: "=C1" }],
        [{ f: "=A1*2" }, { f: "=IF(TRUE,5,B2)" }, { f: "=SUM(A1:C1)" }],
      ],
    });
    const cycle = { error: CYCLE_ERROR };
    expect(valueAt(wb, "F", 0, 0)).toEqual(cycle);
    expect(valueAt(wb, "F", 0, 1)).toEqual(cycle);
    expect(valueAt(wb, "F", 0, 2)).toEqual(cycle);
    expect(valueAt(wb, "F", 1, 0)).toEqual(cycle);
    expect(valueAt(wb, "F", 1, 1)).toBe(5);
    expect(valueAt(wb, "F", 1, 2)).toEqual(cycle);
  });

  test("l'ordre des dépendances ne crée pas de faux cycle", () => {
    const wb = buildWorkbook("a.xlsx", { F: [[{ f: "=C1+B1" }, { f: "=C1*2" }, 5]] });
    expect(valueAt(wb, "F", 0, 0)).toBe(15);
  });

  test("plage de somme de SUMIF agrandie au-delà de la référence écrite", () => {
    const wb = buildWorkbook("a.xlsx", {
      F: [
        ["a", { f: "=2*5" }, { f: '=SUMIF(A1:A3,"a",B1)' }],
        ["b", 7],
        ["a", { f: "=B1+1" }],
      ],
    });
    expect(valueAt(wb, "F", 0, 2)).toBe(21);
  });

  test("une formule illisible sans résultat donne une erreur", () => {
    const wb = buildWorkbook("a.xlsx", { F: [[{ f: "=SUM(A2" }]] });
    expect(valueAt(wb, "F", 0, 0)).toEqual({ error: "#NAME?" });
  });

  test("chaîne de 5 000 formules sans résultat en cache : pas de débordement de pile", () => {
    const rows = [[1], ...Array.from({ length: 4999 }, (_, i) => [{ f: `=A${i + 1}+1` }])];
    const wb = buildWorkbook("a.xlsx", { Chaine: rows });
    const r = createResolver(wb);
    const s = wb.sheet("Chaine") as Sheet;
    expect(r.value(s, 4999, 0)).toBe(5000);
    expect(r.value(s, 2499, 0)).toBe(2500);
  });

  test("chaîne de sommes cumulées sur 2 000 lignes", () => {
    const rows = [[1, 1], ...Array.from({ length: 1999 }, (_, i) => [1, { f: `=SUM(B${i + 1},A${i + 2})` }])];
    const wb = buildWorkbook("a.xlsx", { F: rows });
    expect(valueAt(wb, "F", 1999, 1)).toBe(2000);
  });
});
