/**
 * The corpus read the way real files are read: .xlsx files given to the `verifpacte` command
 * (src/cli/run.ts, its .xlsx reader, the whole analysis), its JSON report reduced to what the
 * expected findings say (file, sheet, cell, rule, severity, shape of the fix).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { run } from "../../../src/cli/run";
import { WorkbookDescription } from "../../../examples/build/types";
import { xlsxBuffer } from "../../../examples/build/xlsx";
import { CorpusFinding, CorpusFix } from "./types";

/** A finding as the corpus pins it. */
export type Found = Omit<CorpusFinding, "why">;

interface JsonFix {
  value?: unknown;
  formula?: string;
  comment?: string;
  fixes?: unknown[];
}

interface JsonReport {
  files: {
    file: string;
    errors: string[];
    findings: { sheet: string; cell: string; ruleId: string; severity: Found["severity"]; fix: JsonFix | null }[];
  }[];
}

function shape(fix: JsonFix | null): CorpusFix {
  if (fix === null) return null;
  if (fix.fixes) return { cellules: fix.fixes.length };
  if (fix.formula !== undefined) return "formule";
  return fix.comment !== undefined ? "commentaire" : "valeur";
}

/** « ex-fiche.xlsx Exécution 2021!M14 report-incoherent warning null », sortable. */
export function line(f: Found): string {
  return `${f.file} ${f.sheet}!${f.cell} ${f.ruleId} ${f.severity} ${JSON.stringify(f.fix)}`;
}

/** Runs `verifpacte --format json` on the files; every file must be read (no file error). */
export async function verifpacte(paths: readonly string[]): Promise<Found[]> {
  let out = "";
  let err = "";
  const io = { stdout: { write: (t: string) => (out += t) }, stderr: { write: (t: string) => (err += t) } };
  const code = await run(["--format", "json", ...paths], io);
  if (code === 2) throw new Error(`verifpacte a échoué (code 2) : ${err}`);
  const report = JSON.parse(out) as JsonReport;
  for (const f of report.files) if (f.errors.length > 0) throw new Error(`${f.file} : ${f.errors.join(" ; ")}`);
  return report.files.flatMap((f) =>
    f.findings.map((x) => ({
      file: basename(f.file),
      sheet: x.sheet,
      cell: x.cell,
      ruleId: x.ruleId,
      severity: x.severity,
      fix: shape(x.fix),
    })),
  );
}

/** Writes the workbooks as .xlsx files into `dir` (created), and returns their paths. */
export async function writeWorkbooks(dir: string, workbooks: readonly WorkbookDescription[]): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  for (const w of workbooks) {
    const path = join(dir, w.file);
    writeFileSync(path, await xlsxBuffer(w));
    paths.push(path);
  }
  return paths;
}
