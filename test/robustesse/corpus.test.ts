/**
 * The fidelity corpus (issue 7, test/robustesse/classeurs): workbooks laid out as other
 * départements lay them out, each with its clean twin, read as real files by the command line.
 * The anomalous workbooks give exactly their expected findings; the clean twin never an error.
 * The committed .xlsx files match their readable descriptions (test/robustesse/corpus/cas).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { resolveWorkbook } from "../../examples/build/resolve";
import { readSnapshot } from "../../examples/build/xlsx";
import { expectedJson, generateCorpus, TWINS, twinWorkbooks } from "../../scripts/generate-corpus";
import { CORPUS } from "./corpus";
import { line, verifpacte } from "./corpus/cli";

jest.setTimeout(120_000);

const ROOT = resolve(__dirname, "classeurs");

describe("corpus de fidélité : fichiers versés = descriptions", () => {
  let regenerated: string;
  beforeAll(async () => {
    regenerated = mkdtempSync(join(tmpdir(), "verifpacte-corpus-"));
    await generateCorpus(regenerated);
  });
  afterAll(() => rmSync(regenerated, { recursive: true, force: true }));

  it("au moins 12 cas, chacun avec son jumeau sain, qui couvrent les 8 points de l'issue", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(12);
    expect(new Set(CORPUS.flatMap((c) => c.points))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8]));
    for (const c of CORPUS) expect(c.sain.map((w) => w.file)).toEqual(c.anomalies.map((w) => w.file));
  });

  it.each(CORPUS.map((c) => [c.id, c] as const))("%s : classeurs et attendu.json conformes à la description", async (_id, c) => {
    for (const twin of TWINS) {
      for (const description of twinWorkbooks(c, twin)) {
        const expected = resolveWorkbook(description);
        expect(await readSnapshot(readFileSync(join(ROOT, c.id, twin, description.file)))).toEqual(expected);
        expect(await readSnapshot(readFileSync(join(regenerated, c.id, twin, description.file)))).toEqual(expected);
      }
    }
    expect(readFileSync(join(ROOT, c.id, "attendu.json"), "utf8")).toBe(expectedJson(c));
  });
});

describe.each(CORPUS.map((c) => [c.id, c] as const))("corpus %s, lu par la ligne de commande", (_id, c) => {
  const paths = (twin: (typeof TWINS)[number]) => twinWorkbooks(c, twin).map((w) => join(ROOT, c.id, twin, w.file));

  it("anomalies : exactement les constats attendus, avec leur correction", async () => {
    const found = await verifpacte(paths("anomalies"));
    expect(found.map(line).sort()).toEqual(c.attendu.map(line).sort());
  });

  it("jumeau sain : aucune erreur, et exactement les informations et avertissements attendus", async () => {
    const found = await verifpacte(paths("sain"));
    expect(found.filter((f) => f.severity === "error")).toEqual([]);
    expect(found.map(line).sort()).toEqual(c.attenduSain.map(line).sort());
  });
});
