/**
 * Nothing crashes: damaged files (bytes changed at random, or cut short) are read and patched
 * either fine or with an XlsxError whose message is French, never another exception.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { readXlsx, XlsxError, XlsxPackage } from "../../src/xlsx";
import { featureWorkbook } from "./fixtures/features";

const SOURCES = [
  new Uint8Array(readFileSync(join(__dirname, "..", "..", "examples", "recapitulatif-2025.xlsx"))),
  featureWorkbook(),
  new Uint8Array(readFileSync(join(__dirname, "fixtures", "libreoffice.xlsx"))),
];

function readAndPatch(bytes: Uint8Array): void {
  readXlsx(bytes, "abime.xlsx");
  XlsxPackage.open(bytes).patch({
    sheets: new Map([
      ["Tableau", { cells: [{ row: 1, col: 1, content: { kind: "value", value: 1 } }], notes: new Map([["B2", "note"]]) }],
    ]),
    whole: [{ name: "Contrôles", cells: [{ row: 0, col: 0, content: { kind: "value", value: "x" } }] }],
  });
}

test("un fichier abîmé au hasard est lu et copié, ou refusé par une XlsxError en français", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: SOURCES.length - 1 }),
      fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), {
        minLength: 1,
        maxLength: 6,
      }),
      fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
      (source, changes, cut) => {
        const bytes = SOURCES[source].slice();
        for (const [at, value] of changes) bytes[Math.floor(at * (bytes.length - 1))] = value;
        const damaged = cut === null ? bytes : bytes.subarray(0, Math.floor(cut * bytes.length));
        try {
          readAndPatch(damaged);
        } catch (error) {
          expect(error).toBeInstanceOf(XlsxError);
          expect((error as Error).message).toMatch(/^[a-zà-ÿ« ]/);
        }
      },
    ),
    { numRuns: 400 },
  );
});
