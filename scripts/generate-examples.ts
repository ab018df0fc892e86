/**
 * Generates the sample workbooks of examples/ from their readable descriptions
 * (examples/descriptions/*.ts), and erreurs-plantees.attendu.json from the planted mistakes.
 * A file whose cells already match its description is left untouched, so that running the
 * script again changes nothing in the repository.
 *
 * Usage : npm run examples [-- <dossier de sortie>]   (par défaut : examples/)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { resolveWorkbook } from "../examples/build/resolve";
import { WorkbookDescription } from "../examples/build/types";
import { readSnapshot, xlsxBuffer } from "../examples/build/xlsx";
import { EXAMPLES } from "../examples/descriptions";
import { REGION_EXAMPLES } from "../examples/region/descriptions";

export interface GeneratedFile {
  file: string;
  written: boolean;
}

/** « erreurs-plantees.xlsx » → « erreurs-plantees.attendu.json ». */
export function expectedFindingsFile(workbookFile: string): string {
  return workbookFile.replace(/\.xlsx$/, ".attendu.json");
}

async function writeWorkbook(outDir: string, description: WorkbookDescription): Promise<GeneratedFile> {
  const target = join(outDir, description.file);
  if (existsSync(target)) {
    const current = await readSnapshot(readFileSync(target));
    if (isDeepStrictEqual(current, resolveWorkbook(description))) return { file: description.file, written: false };
  }
  writeFileSync(target, await xlsxBuffer(description));
  return { file: description.file, written: true };
}

function writeExpected(outDir: string, description: WorkbookDescription): GeneratedFile[] {
  if (!description.expected) return [];
  const file = expectedFindingsFile(description.file);
  const target = join(outDir, file);
  const text = `${JSON.stringify(description.expected, null, 2)}\n`;
  if (existsSync(target) && readFileSync(target, "utf8") === text) return [{ file, written: false }];
  writeFileSync(target, text);
  return [{ file, written: true }];
}

/** Writes every sample (and its expected findings) into `outDir`. */
export async function generateExamples(outDir: string): Promise<GeneratedFile[]> {
  mkdirSync(outDir, { recursive: true });
  const results: GeneratedFile[] = [];
  for (const description of EXAMPLES) {
    results.push(await writeWorkbook(outDir, description), ...writeExpected(outDir, description));
  }
  mkdirSync(join(outDir, "region"), { recursive: true });
  for (const description of REGION_EXAMPLES) {
    const written = await writeWorkbook(join(outDir, "region"), description);
    results.push({ ...written, file: join("region", written.file) });
  }
  return results;
}

async function main(): Promise<void> {
  const outDir = resolve(process.argv[2] ?? "examples");
  for (const { file, written } of await generateExamples(outDir)) {
    console.log(`${written ? "écrit    " : "inchangé "} ${join(outDir, file)}`);
  }
}

if (/generate-examples\.ts$/.test(process.argv[1] ?? "")) {
  main().catch((error: unknown) => {
    console.error(`génération des exemples impossible : ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
