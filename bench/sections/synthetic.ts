/** Section 2: one big generated workbook, 50 sheets × 2 000 rows: read time, check time, memory. */
import { readXlsx } from "../../src/xlsx";
import { analyze, severityCounts } from "../../src/core";
import { collectGarbage, megabytes, memorySampler, round2, timed } from "../measure";
import { figureTable, Section, show } from "../report";
import { bigWorkbook } from "../workbooks";

const SHEETS = 50;
const ROWS = 2000;
const TARGET_RATIO = 20;

const seconds = (ms: number): number => round2(ms / 1000);

export const syntheticSection: Section = {
  title: `2. Classeur synthétique : ${SHEETS} feuilles × ${show(ROWS)} lignes (tableaux F3 d'exécution CALPAE)`,
  async run() {
    process.stderr.write(`… génération du classeur synthétique (${SHEETS} feuilles)\n`);
    const generated = await timed(() => bigWorkbook(SHEETS, ROWS));
    const { file, bytes, planted } = generated.result;
    const gc = collectGarbage();
    const before = process.memoryUsage();
    const sampler = memorySampler();
    process.stderr.write("… lecture et contrôle\n");
    const read = await timed(() => readXlsx(bytes, file));
    sampler.sample();
    const check = await timed(() => analyze([read.result.workbook]));
    const peak = sampler.stop();
    const ratio = round2((check.ms / read.ms) * 100);
    const figures = {
      "Génération (hors mesure) (s)": seconds(generated.ms),
      "Taille du .xlsx (Mo)": megabytes(bytes.length),
      "Lecture .xlsx, readXlsx (s)": seconds(read.ms),
      "Contrôle, analyze (s)": seconds(check.ms),
      "Contrôle / lecture (%)": ratio,
      "Lecture, temps CPU (s)": seconds(read.cpuMs),
      "Contrôle, temps CPU (s)": seconds(check.cpuMs),
      "Contrôle / lecture en temps CPU (%)": round2((check.cpuMs / read.cpuMs) * 100),
      "Tables reconnues": `${check.result.tables.length} sur ${SHEETS}`,
      "Erreurs plantées": planted,
      Constats: `${check.result.findings.length} (${severityCounts(check.result.findings)})`,
      [`Tas avant lecture${gc ? ", après GC" : ""} (Mo)`]: megabytes(before.heapUsed),
      "Tas, pic échantillonné (Mo)": megabytes(peak.heapUsed),
      "RSS, pic échantillonné (Mo)": megabytes(peak.rss),
    };
    return figureTable(figures, [
      { label: "contrôle / lecture", limit: `≤ ${TARGET_RATIO} %`, measured: `${show(ratio)} %`, met: ratio <= TARGET_RATIO },
    ]);
  },
};
