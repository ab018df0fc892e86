import { Computed, evaluateFormula } from "../../examples/build/formula";
import { parseCellAddress } from "../../src/core/grid/address";

/** A lookup over a few cells given by address. */
function cells(values: Record<string, Computed>) {
  return (row: number, col: number): Computed => {
    for (const [address, value] of Object.entries(values)) {
      const at = parseCellAddress(address);
      if (at && at.row === row && at.col === col) return value;
    }
    return null;
  };
}

describe("résultats en cache calculés par le générateur d'exemples", () => {
  it("additionne, soustrait et respecte les parenthèses", () => {
    const lookup = cells({ D7: 10000, E7: 2500.5, F7: 40 });
    expect(evaluateFormula("=D7+E7-F7", lookup)).toBe(12460.5);
    expect(evaluateFormula("=(D7-E7)*2/4", lookup)).toBe(3749.75);
    expect(evaluateFormula("=-D7+$E$7", lookup)).toBe(-7499.5);
  });

  it("SOMME parcourt plages et cellules, ignore textes et cellules vides", () => {
    const lookup = cells({ D6: 100, D7: "67 500,00 €", D9: 50, E6: 1 });
    expect(evaluateFormula("=SUM(D6:D9)", lookup)).toBe(150);
    expect(evaluateFormula("=SUM(D6:D7,E6,2)", lookup)).toBe(103);
  });

  it("l'addition convertit un montant français écrit en texte, comme Excel", () => {
    expect(evaluateFormula("=D6+E6", cells({ D6: "67 500,00 €", E6: 500 }))).toBe(68000);
    expect(evaluateFormula("=D6+E6", cells({ D6: "312.222.40 €", E6: 500 }))).toEqual({ error: "#VALUE!" });
  });

  it("propage #REF! et les erreurs des cellules, y compris dans SOMME", () => {
    expect(evaluateFormula("=D6+#REF!", cells({ D6: 1 }))).toEqual({ error: "#REF!" });
    expect(evaluateFormula("=SUM(D6:D7)", cells({ D6: 1, D7: { error: "#REF!" } }))).toEqual({ error: "#REF!" });
    expect(evaluateFormula("=D6/D7", cells({ D6: 1 }))).toEqual({ error: "#DIV/0!" });
  });

  it("garde 15 chiffres significatifs (pas de 0,30000000000000004)", () => {
    expect(evaluateFormula("=D6+E6", cells({ D6: 0.1, E6: 0.2 }))).toBe(0.3);
  });

  it("refuse clairement une formule qu'il ne sait pas calculer", () => {
    expect(() => evaluateFormula("=VLOOKUP(A1,B1:C3,2)", cells({}))).toThrow(/formule non prise en charge/);
    expect(() => evaluateFormula("=D6:D8", cells({}))).toThrow(/n'est permise que dans SUM/);
  });
});
