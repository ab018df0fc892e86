/**
 * Whatever is done to the fiches' budgets and annexes (a label overwritten by a total or a stamp, an
 * amount malformed, a formula broken, a cell merged), the engine goes on: no internal error, no
 * rule stopped, no message with a value left unprinted, no finding on a page mark.
 */
import fc from "fast-check";
import { analyze } from "../../src/core/engine";
import { isPageMarkText } from "../../src/core/tables/fiche/marks";
import { normalizeText } from "../../src/core/parse/text";
import { setCell, CellSpec } from "../helpers/sheet";
import { toWorkbook } from "./build";
import { FICHES } from "./index";

const cell: fc.Arbitrary<CellSpec> = fc.oneof(
  fc.constantFrom<CellSpec>(
    "TOTAL",
    "TOTAL Etat",
    "Total CD",
    "Dont valorisation",
    "Sous-total",
    "Ensemble",
    "Participation Etat",
    "Département",
    "FAPI",
    "Coût total de l'action : 150 000 €",
    "Total : 1 € Part Etat : 73 00€",
    "75 000 €",
    "73 00€",
    "312.222.40 €",
    "- €",
    "2021",
    "Reçu en préfecture le 12/07/2024",
    "ID : 099-229900019-20240712-DEL-DE",
    "Fiche 3 : Maraudes",
    "Budget Etat",
    "Montant prévisionnel",
    "",
  ),
  fc.integer({ min: -100000, max: 1000000 }),
  fc.double({ noNaN: true }),
  fc.constant(null),
  fc.constantFrom<CellSpec>({ f: "=SUM(B2:B9)" }, { f: "=B3+#REF!" }, { f: "=1/0" }, { error: "#N/A" }, { f: "=B7", v: 12 }),
);

describe("le moteur ne s'arrête jamais sur un budget de fiche ou une annexe retouchés", () => {
  it("ni erreur interne, ni règle arrêtée, ni valeur manquante dans un message, ni constat sur une marque de page", () => {
    fc.assert(
      fc.property(
        fc.nat(FICHES.length - 1),
        fc.array(fc.tuple(fc.nat(40), fc.nat(7), cell), { maxLength: 10 }),
        (which, changes) => {
          const workbooks = FICHES[which].anomalies.map(toWorkbook);
          for (const [r, c, v] of changes) setCell(workbooks[0].sheets[0], r, c, v);
          const analysis = analyze(workbooks);
          expect(analysis.errors).toEqual([]);
          for (const f of analysis.findings) {
            expect(f.message).not.toMatch(/undefined|NaN|\bnull\b|\[object/);
            const sheet = workbooks.find((w) => w.name === f.file)!.sheets.find((s) => s.name === f.sheet)!;
            const row = Number(/\d+$/.exec(f.cell)![0]) - 1;
            const first = sheet.value(row, 0);
            if (typeof first === "string" && sheet.rowLength(row) === 1) expect(isPageMarkText(normalizeText(first))).toBe(false);
          }
        },
      ),
      { numRuns: 80 },
    );
  });
});
