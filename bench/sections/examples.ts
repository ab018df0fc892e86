/** Section 1: the core alone (recognition + rules) on each sample workbook, read once. */
import { readXlsx } from "../../src/xlsx";
import { analyze } from "../../src/core";
import { repeat, round2, timed } from "../measure";
import { Section, show, Value } from "../report";
import { sampleFiles } from "../workbooks";

const TARGET_MS = 20;
const WARMUP = 5;
const RUNS = 30;

export const examplesSection: Section = {
  title: `1. Contrôle de chaque classeur d'exemple (analyze, ${WARMUP} tours d'échauffement puis ${RUNS} mesurés)`,
  async run() {
    const rows: Value[][] = [];
    let slowest = { name: "", median: 0 };
    for (const file of sampleFiles()) {
      const read = await timed(() => readXlsx(file.bytes, file.name));
      const workbook = read.result.workbook;
      const analysis = analyze([workbook]);
      const stats = repeat(() => analyze([workbook]), WARMUP, RUNS);
      if (stats.median >= slowest.median) slowest = { name: file.name, median: stats.median };
      const met = stats.median < TARGET_MS ? "oui" : "NON";
      rows.push([file.name, round2(read.ms), stats.median, stats.p95, analysis.tables.length, analysis.findings.length, met]);
    }
    return {
      columns: ["Classeur", "Lecture (ms)", "Contrôle médiane (ms)", "p95 (ms)", "Tables", "Constats", `< ${TARGET_MS} ms`],
      rows,
      targets: [
        {
          label: "contrôle d'un classeur réaliste (médiane)",
          limit: `< ${TARGET_MS} ms`,
          measured: `le plus lent : ${slowest.name}, ${show(slowest.median)} ms`,
          met: slowest.median < TARGET_MS,
        },
      ],
    };
  },
};
