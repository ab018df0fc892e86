/**
 * Generates the fidelity corpus (test/robustesse/corpus/, issue 7) into test/robustesse/classeurs/:
 * for each case a folder with the anomalous workbooks (anomalies/), their clean twin (sain/) and
 * the expected findings (attendu.json). A file whose cells already match its description is left
 * untouched, so that running the script again changes nothing in the repository.
 *
 * Usage : node scripts/run-ts.mjs scripts/generate-corpus.ts [<dossier de sortie>]
 *         (par défaut : test/robustesse/classeurs/)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { resolveWorkbook } from "../examples/build/resolve";
import { WorkbookDescription } from "../examples/build/types";
import { readSnapshot, xlsxBuffer } from "../examples/build/xlsx";
import { CORPUS } from "../test/robustesse/corpus";
import { CorpusCase } from "../test/robustesse/corpus/types";

export const TWINS = ["anomalies", "sain"] as const;
export type Twin = (typeof TWINS)[number];

/** The workbooks of one twin of a case. */
export function twinWorkbooks(c: CorpusCase, twin: Twin): WorkbookDescription[] {
  return twin === "anomalies" ? c.anomalies : c.sain;
}

/** What attendu.json holds for a case. */
export function expectedJson(c: CorpusCase): string {
  const strip = (list: CorpusCase["attendu"]) =>
    list.map(({ file, sheet, cell, ruleId, severity, fix, why }) => ({ file, sheet, cell, ruleId, severity, fix, why }));
  return `${JSON.stringify({ titre: c.title, points: c.points, anomalies: strip(c.attendu), sain: strip(c.attenduSain) }, null, 2)}\n`;
}

async function writeWorkbook(dir: string, description: WorkbookDescription): Promise<boolean> {
  const target = join(dir, description.file);
  if (existsSync(target)) {
    const current = await readSnapshot(readFileSync(target));
    if (isDeepStrictEqual(current, resolveWorkbook(description))) return false;
  }
  writeFileSync(target, await xlsxBuffer(description));
  return true;
}

/** Writes every case of the corpus (or of `cases`: the fiche fixtures of issue 8) into `outDir`; returns the files written or left as they were. */
export async function generateCorpus(
  outDir: string,
  cases: readonly CorpusCase[] = CORPUS,
): Promise<{ file: string; written: boolean }[]> {
  const results: { file: string; written: boolean }[] = [];
  for (const c of cases) {
    for (const twin of TWINS) {
      const dir = join(outDir, c.id, twin);
      mkdirSync(dir, { recursive: true });
      for (const description of twinWorkbooks(c, twin)) {
        results.push({ file: join(c.id, twin, description.file), written: await writeWorkbook(dir, description) });
      }
    }
    const target = join(outDir, c.id, "attendu.json");
    const text = expectedJson(c);
    const same = existsSync(target) && readFileSync(target, "utf8") === text;
    if (!same) writeFileSync(target, text);
    results.push({ file: join(c.id, "attendu.json"), written: !same });
  }
  return results;
}

async function main(): Promise<void> {
  const outDir = resolve(process.argv[2] ?? "test/robustesse/classeurs");
  for (const { file, written } of await generateCorpus(outDir))
    console.log(`${written ? "écrit    " : "inchangé "} ${join(outDir, file)}`);
}

if (/generate-corpus\.ts$/.test(process.argv[1] ?? "")) {
  main().catch((error: unknown) => {
    console.error(`génération du corpus impossible : ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
