/**
 * Section 2: reading and checking, side by side for one big workbook (50 sheets × 2 000 rows)
 * and for a batch of 100 small ones (one per département): the two floors (bench/floor.ts: unzip
 * + search of every cell's bytes; unzip + raw XML scan by saxes), the src/xlsx reader, the check,
 * and the whole command line in its own process with its peak memory. For the batch, the peak
 * memory at 10, 50 and 100 files (it must stay flat). For the big workbook, ExcelJS (the former
 * reader) loading it, for reference: the issue's « about 4× the floor » is measured against the XML floor.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { nodeInflater } from "../../src/cli/inflate";
import { analyze, severityCounts } from "../../src/core";
import { Workbook } from "../../src/core/grid/model";
import { readXlsx } from "../../src/xlsx";
import { runCli } from "../cli-run";
import { floorScan, floorXml } from "../floor";
import { collectGarbage, megabytes, round2, timed } from "../measure";
import { Section, show, Target, Value } from "../report";
import { bigWorkbook, departementWorkbook } from "../workbooks";

const SHEETS = 50;
const ROWS = 2000;
const BATCH = 100;
const MAX_RATIO = 3;
const MAX_RSS_MB = 400;
/** Flat: the peak at 100 files is at most this much above the peak at 10 files (half a Mo per file). */
const FLAT_MARGIN_MB = 50;

const seconds = (ms: number): number => round2(ms / 1000);

interface Figures {
  bytes: number;
  cells: number;
  floorMs: number;
  xmlMs: number;
  readMs: number;
  checkMs: number;
  cliMs: number;
  cliRss: number;
  findings: string;
}

async function measure(dir: string, files: string[]): Promise<Figures> {
  const paths = files.map((f) => join(dir, f));
  collectGarbage();
  const floor = await timed(() => paths.reduce((n, p) => n + floorScan(p), 0));
  collectGarbage();
  const xml = await timed(() => paths.reduce((n, p) => n + floorXml(p), 0));
  if (xml.result !== floor.result)
    throw new Error(`les deux planchers ne voient pas les mêmes cellules (${floor.result}, ${xml.result})`);
  collectGarbage();
  const read = await timed(() =>
    paths.map((p, i): Workbook => readXlsx(readFileSync(p), files[i], { inflater: nodeInflater }).workbook),
  );
  const check = await timed(() => analyze(read.result));
  process.stderr.write(`… ligne de commande sur ${files.length === 1 ? files[0] : `${files.length} fichiers`}\n`);
  const cli = runCli([...files, "--format", "json"], dir);
  return {
    bytes: paths.reduce((n, p) => n + statSync(p).size, 0),
    cells: floor.result,
    floorMs: floor.ms,
    xmlMs: xml.ms,
    readMs: read.ms,
    checkMs: check.ms,
    cliMs: cli.ms,
    cliRss: cli.peakRss,
    findings: `${check.result.findings.length} (${severityCounts(check.result.findings)})`,
  };
}

/** ExcelJS loading the workbook in its own process (for reference; ExcelJS is out of every bundle). */
function excelJsLoad(path: string): { ms: number; rss: number } | string {
  const child = spawnSync(process.execPath, [resolve("bench", "exceljs-load.cjs"), path], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) return `impossible (${(child.stderr ?? "").slice(0, 120)})`;
  return JSON.parse(child.stdout) as { ms: number; rss: number };
}

/** Live memory (after a full GC) kept by the snapshots and the analysis of the first 10, 50, 100 files. */
function retainedHeap(dir: string, files: string[]): number[] {
  return [10, 50, 100].map((n) => {
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    const workbooks = files.slice(0, n).map((f) => readXlsx(readFileSync(join(dir, f)), f, { inflater: nodeInflater }).workbook);
    const analysis = analyze(workbooks);
    collectGarbage();
    const kept = process.memoryUsage().heapUsed - before;
    return analysis.findings.length >= 0 ? Math.max(0, kept) : 0;
  });
}

export const readingSection: Section = {
  title: `2. Lecture et contrôle : plancher, lecteur, contrôle, ligne de commande — ${SHEETS} feuilles × ${show(ROWS)} lignes, et lot de ${BATCH} classeurs`,
  async run() {
    const dir = mkdtempSync(join(tmpdir(), "verifpacte-bench-"));
    try {
      process.stderr.write(`… génération du classeur synthétique (${SHEETS} feuilles) et de ${BATCH} classeurs\n`);
      const big = await bigWorkbook(SHEETS, ROWS);
      writeFileSync(join(dir, big.file), big.bytes);
      const batch: string[] = [];
      for (let i = 0; i < BATCH; i++) {
        const workbook = await departementWorkbook(i);
        writeFileSync(join(dir, workbook.file), workbook.bytes);
        batch.push(workbook.file);
      }
      const one = await measure(dir, [big.file]);
      process.stderr.write("… ExcelJS, l'ancien lecteur, pour mémoire\n");
      const excelJs = excelJsLoad(join(dir, big.file));
      const many = await measure(dir, batch);
      const rss10 = runCli([...batch.slice(0, 10), "--format", "json"], dir).peakRss;
      const rss50 = runCli([...batch.slice(0, 50), "--format", "json"], dir).peakRss;
      const retained = retainedHeap(dir, batch);
      const ratio = (f: Figures) => round2(f.cliMs / f.xmlMs);
      const rows: Value[][] = [
        ["Taille des fichiers (Mo)", megabytes(one.bytes), megabytes(many.bytes)],
        ["Cellules vues par le plancher", one.cells, many.cells],
        [
          "Plancher octets : décompression + recherche des octets de chaque cellule (s)",
          seconds(one.floorMs),
          seconds(many.floorMs),
        ],
        [
          "Plancher XML : décompression + analyse XML brute par saxes, rien de construit (s)",
          seconds(one.xmlMs),
          seconds(many.xmlMs),
        ],
        ["Lecture src/xlsx vers l'instantané du cœur (s)", seconds(one.readMs), seconds(many.readMs)],
        ["Contrôle, analyze (s)", seconds(one.checkMs), seconds(many.checkMs)],
        ["Ligne de commande entière, dans son processus (s)", seconds(one.cliMs), seconds(many.cliMs)],
        ["Ligne de commande / plancher XML (l'objectif)", ratio(one), ratio(many)],
        ["Ligne de commande / plancher octets", round2(one.cliMs / one.floorMs), round2(many.cliMs / many.floorMs)],
        ["Lecture / plancher XML", round2(one.readMs / one.xmlMs), round2(many.readMs / many.xmlMs)],
        ["Lecture / plancher octets", round2(one.readMs / one.floorMs), round2(many.readMs / many.floorMs)],
        [
          "Pour mémoire : ExcelJS (l'ancien lecteur) charge le classeur, dans son processus (s ; × plancher XML)",
          typeof excelJs === "string" ? excelJs : `${show(seconds(excelJs.ms))} ; × ${show(round2(excelJs.ms / one.xmlMs))}`,
          "—",
        ],
        ["Pic de mémoire (RSS) de la ligne de commande (Mo)", megabytes(one.cliRss), megabytes(many.cliRss)],
        [
          "Pic RSS à 10 / 50 / 100 fichiers (Mo)",
          "—",
          `${show(megabytes(rss10))} / ${show(megabytes(rss50))} / ${show(megabytes(many.cliRss))}`,
        ],
        [
          "Mémoire retenue après GC, instantanés + analyse, à 10 / 50 / 100 fichiers (Mo)",
          "—",
          retained.map((b) => show(megabytes(b))).join(" / "),
        ],
        ["Constats", one.findings, many.findings],
      ];
      const flatLimit = rss10 + FLAT_MARGIN_MB * 1024 * 1024;
      const targets: Target[] = [
        {
          label: `ligne de commande / plancher XML (${SHEETS} × ${show(ROWS)})`,
          limit: `≤ ${MAX_RATIO}`,
          measured: show(ratio(one)),
          met: ratio(one) <= MAX_RATIO,
        },
        {
          label: `pic de mémoire (${SHEETS} × ${show(ROWS)})`,
          limit: `≤ ${MAX_RSS_MB} Mo`,
          measured: `${show(megabytes(one.cliRss))} Mo`,
          met: one.cliRss <= MAX_RSS_MB * 1024 * 1024,
        },
        {
          label: `mémoire du lot plate (pic à 100 fichiers au plus ${FLAT_MARGIN_MB} Mo au-dessus du pic à 10)`,
          limit: `≤ ${show(megabytes(flatLimit))} Mo`,
          measured: `${show(megabytes(many.cliRss))} Mo`,
          met: many.cliRss <= flatLimit,
        },
      ];
      return { columns: ["Mesure", `${SHEETS} × ${show(ROWS)}`, `Lot de ${BATCH}`], rows, targets };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
