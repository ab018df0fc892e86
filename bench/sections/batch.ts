/** Section 3: the whole command line on 100 workbooks (one per département): reading, checking, JSON report. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../src/cli/run";
import { JsonReport } from "../../src/core";
import { round2, timed } from "../measure";
import { figureTable, Section, show } from "../report";
import { departementWorkbook } from "../workbooks";

const COUNT = 100;
const TARGET_S = 20;

/** An output stream that keeps what is written. */
function collector(): { write(text: string): void; text(): string } {
  const chunks: string[] = [];
  return { write: (text) => void chunks.push(text), text: () => chunks.join("") };
}

async function writeWorkbooks(dir: string): Promise<{ files: string[]; planted: number }> {
  const files: string[] = [];
  let planted = 0;
  for (let i = 0; i < COUNT; i++) {
    const workbook = await departementWorkbook(i);
    writeFileSync(join(dir, workbook.file), workbook.bytes);
    files.push(workbook.file);
    planted += workbook.planted;
  }
  return { files, planted };
}

export const batchSection: Section = {
  title: `3. Ligne de commande sur ${COUNT} classeurs (un par département) : lecture, contrôle, rapport JSON`,
  async run() {
    const dir = mkdtempSync(join(tmpdir(), "verifpacte-bench-"));
    try {
      process.stderr.write(`… génération de ${COUNT} classeurs dans ${dir}\n`);
      const { files, planted } = await writeWorkbooks(dir);
      const stdout = collector();
      const stderr = collector();
      const cli = await timed(() => run([...files, "--format", "json"], { stdout, stderr, cwd: dir }));
      const report = JSON.parse(stdout.text()) as JsonReport;
      const seconds = round2(cli.ms / 1000);
      return figureTable(
        {
          "Temps total, run(…) en processus (s)": seconds,
          "Temps CPU (s)": round2(cli.cpuMs / 1000),
          "Par classeur (ms)": round2(cli.ms / COUNT),
          "Code de sortie": cli.result,
          "Classeurs illisibles": report.files.filter((f) => f.errors.length > 0).length,
          "Tables reconnues": report.files.reduce((n, f) => n + f.tables.length, 0),
          "Erreurs plantées": planted,
          Constats: report.files.reduce((n, f) => n + f.findings.length, 0),
          "Taille du rapport JSON (Ko)": round2(stdout.text().length / 1024),
        },
        [{ label: `${COUNT} classeurs par la ligne de commande`, limit: `< ${TARGET_S} s`, measured: `${show(seconds)} s`, met: seconds < TARGET_S }],
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
