/**
 * Whatever a département does to a real table (a label overwritten, a formula broken, an error
 * pasted, a total moved), the whole engine goes on: no internal error, no rule stopped, and no
 * message with a value left unprinted.
 */
import fc from "fast-check";
import { analyze } from "../../src/core/engine";
import { buildWorkbook, CellSpec } from "../helpers/sheet";
import { MERGES, seineEtMarne } from "./seine-et-marne";

const cell: fc.Arbitrary<CellSpec> = fc.oneof(
  fc.constantFrom(
    "Sous total",
    "TOTAUX FINANCIERS",
    "Total dit contrôle",
    "Sous-total engagements de mesures socle",
    "67 500,00 €",
    "312.222.40 €",
    "- €",
    "nc",
    "",
    "0304 50 19 19 0",
    "Fiche 3 : Maraudes",
    "report de l'ex-fiche 2",
    "#REF!",
  ),
  // A cell of a workbook never holds NaN or an infinity (the reader keeps such a written value as text).
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.constant(null),
  fc.boolean(),
  fc.constantFrom<CellSpec>(
    { f: "=SUM(E6:E8)" },
    { f: "=E6+#REF!" },
    { f: "=1/0" },
    { f: "=SUM(" },
    { f: "=K11" },
    { f: "=J6" },
    { error: "#N/A" },
  ),
);

describe("le moteur ne s'arrête jamais sur un tableau réel retouché", () => {
  it("ni erreur interne, ni règle arrêtée, ni valeur manquante dans un message", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(19), fc.nat(16), cell), { maxLength: 12 }), (changes) => {
        const grid = seineEtMarne().map((row) => [...row]);
        for (const [r, c, v] of changes) (grid[r] ??= [])[c] = v;
        const analysis = analyze([buildWorkbook("77.xlsx", { "Exécution 2022": grid }, MERGES)]);
        expect(analysis.errors).toEqual([]);
        for (const u of analysis.unmapped) expect(u.reason).not.toContain("erreur interne");
        for (const f of analysis.findings) expect(f.message).not.toMatch(/undefined|NaN|\bnull\b|\[object/);
      }),
      { numRuns: 150 },
    );
  });
});
