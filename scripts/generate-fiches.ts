/**
 * Generates the fiche fixtures (test/fiches/cas/, issue 8) into test/fiches/classeurs/, as the
 * fidelity corpus is generated (scripts/generate-corpus.ts): for each case its anomalous workbooks
 * (anomalies/), their clean twin (sain/) and the expected findings (attendu.json).
 *
 * Usage : node scripts/run-ts.mjs scripts/generate-fiches.ts [<dossier de sortie>]
 *         (par défaut : test/fiches/classeurs/)
 */
import { join, resolve } from "node:path";
import { FICHES } from "../test/fiches";
import { generateCorpus } from "./generate-corpus";

async function main(): Promise<void> {
  const outDir = resolve(process.argv[2] ?? "test/fiches/classeurs");
  for (const { file, written } of await generateCorpus(outDir, FICHES))
    console.log(`${written ? "écrit    " : "inchangé "} ${join(outDir, file)}`);
}

main().catch((error: unknown) => {
  console.error(`génération des fiches impossible : ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
