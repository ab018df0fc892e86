/**
 * The corrected copy of every example workbook, checked the way scripts/verifier-copie.py checks
 * the review workbooks (without LibreOffice): the parts the copy does not touch are identical;
 * re-read, only the cells a fix targets changed (plus the recomputed results of the formulas
 * reading them); checked again, the copy gets no value or formula fix proposed a second time,
 * except the incompatible ones the copy could not apply.
 */
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { JsonReport } from "../../src/core";
import type { JsonFinding } from "../../src/core/report/json";
import { run } from "../../src/cli/run";
import { captureIo, makeTmpDir, readCore, snapshot } from "./helpers";

jest.setTimeout(120_000);

const tmp = makeTmpDir();
afterAll(tmp.cleanup);

const EXAMPLES = [
  "erreurs-plantees.xlsx",
  "calpae-execution-2022.xlsx",
  "calpae-prevision-2023.xlsx",
  "indicateurs-2024.xlsx",
  "recapitulatif-2025.xlsx",
];
/** Parts a copy may change: sheets, strings, styles, notes, the workbook and its lists. */
const MAY_CHANGE =
  /^(xl\/worksheets\/|xl\/sharedStrings\.xml|xl\/styles\.xml|xl\/comments|xl\/drawings\/vmlDrawing|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|\[Content_Types\]\.xml|xl\/calcChain\.xml)/;

async function report(file: string): Promise<JsonReport> {
  const io = captureIo(tmp.dir);
  await run(["--format", "json", file], io.io);
  return JSON.parse(io.out()) as JsonReport;
}

/** « Feuille!A1 » of every value or formula fix of the findings. */
function fixedCells(findings: JsonFinding[]): Set<string> {
  const cells = new Set<string>();
  for (const f of findings)
    for (const fix of f.fix ? ("fixes" in f.fix ? f.fix.fixes : [f.fix]) : [])
      if (!("comment" in fix)) cells.add(`${fix.sheet}!${fix.cell}`);
  return cells;
}

describe.each(EXAMPLES)("copie corrigée de %s", (name) => {
  const copy = `copie-${name}`;
  let err = "";
  beforeAll(async () => {
    copyFileSync(join(__dirname, "..", "..", "examples", name), join(tmp.dir, name));
    const io = captureIo(tmp.dir);
    await run(["--format", "json", "--corriger", copy, name], io.io);
    err = io.err();
  });

  it("ne touche que les parties des cellules, notes, styles et de la feuille Contrôles", () => {
    expect(err).toMatch(/Copie corrigée écrite/);
    const before = unzipSync(new Uint8Array(readFileSync(join(tmp.dir, name))));
    const after = unzipSync(new Uint8Array(readFileSync(join(tmp.dir, copy))));
    for (const part of Object.keys(before)) {
      if (!(part in after) || Buffer.compare(Buffer.from(before[part]), Buffer.from(after[part])) !== 0)
        expect([part, MAY_CHANGE.test(part)]).toEqual([part, true]);
    }
  });

  it("ne change que les cellules visées par une correction, et seulement leurs formules dépendantes", async () => {
    const fixes = fixedCells((await report(name)).files[0].findings);
    const old = snapshot(await readCore(join(tmp.dir, name)));
    const now = snapshot(await readCore(join(tmp.dir, copy)));
    for (const [key, value] of old) {
      const cell = key.split("#")[0];
      if (fixes.has(cell) || key.includes("#note")) continue;
      const after = now.get(key) ?? "";
      // A formula not targeted keeps its text; only its cached result may be recomputed.
      const formula = (text: string): unknown => {
        if (key.includes("#")) return text;
        const cell = JSON.parse(text || "{}") as { value?: unknown; formula?: string };
        if (cell.formula) delete cell.value;
        return cell;
      };
      expect([key, formula(after)]).toEqual([key, formula(value)]);
    }
  });

  it("relue, ne propose à nouveau aucune correction de valeur ou de formule, hors corrections incompatibles", async () => {
    const again = fixedCells((await report(copy)).files[0].findings);
    const conflicts = [...err.matchAll(/Corrections incompatibles pour (\S+) \(feuille « ([^»]+) »\)/g)].map(
      (m) => `${m[2]}!${m[1]}`,
    );
    expect([...again].filter((c) => !conflicts.includes(c))).toEqual([]);
  });
});
