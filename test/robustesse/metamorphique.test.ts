/**
 * Metamorphic tests over the whole fidelity corpus (issue 7): the same verdicts, at the cells
 * where they moved, when the workbooks are saved without cached formula results, with title rows
 * and empty columns added, with other spellings of their headers, and with a page break that
 * prints the title and the header again inside a table. Each variant is written as .xlsx files
 * and read by the command line, like the corpus itself.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CORPUS } from "./corpus";
import { line, verifpacte, writeWorkbooks } from "./corpus/cli";
import { movedFindings, variantsOf } from "./corpus/transforms";

jest.setTimeout(300_000);

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "verifpacte-metamorphique-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(CORPUS.map((c) => [c.id, c] as const))("corpus %s", (id, c) => {
  for (const twin of ["anomalies", "sain"] as const) {
    const workbooks = twin === "anomalies" ? c.anomalies : c.sain;
    const expected = twin === "anomalies" ? c.attendu : c.attenduSain;
    it.each(variantsOf(workbooks).map((v) => [v.name, v] as const))(`${twin} — %s : mêmes constats`, async (name, variant) => {
      const paths = await writeWorkbooks(join(dir, id, twin, name.replace(/[^a-z]+/gi, "-")), variant.apply(workbooks));
      const found = await verifpacte(paths);
      expect(found.map(line).sort()).toEqual(movedFindings(expected, variant).map(line).sort());
    });
  }
});
