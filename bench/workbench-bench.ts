/**
 * Bench of the browser workbench in headless Chromium (Debian's, through playwright-core), on the
 * production bundle: time to the first render of the task pane beside the embedded example, and
 * time to analyse it (click on « Analyser le classeur » → summary shown). Each page load is
 * measured LOADS times; medians are given. Times are read in the page (performance.now(), from
 * the start of the navigation), so the test driver's own latency is left out as far as possible.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { Browser, chromium, Page } from "playwright-core";
import { buildWorkbench, chromiumOptions, serveStatic } from "../scripts/workbench-server.cjs";
import { round2, timed } from "./measure";

const LOADS = 5;
const TIMEOUT = 60_000;

interface Load {
  /** Task pane rendered (its « Analyser le classeur » button is there), ms from navigation start. */
  pane: number;
  /** Example workbook drawn in the grid, ms from navigation start. */
  grid: number;
  /** Click on « Analyser le classeur » → summary of the analysis shown, ms. */
  analysis: number;
}

const now = (page: Page): Promise<number> => page.evaluate(() => performance.now());

async function measureLoad(browser: Browser, url: string): Promise<Load> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(TIMEOUT);
  try {
    await page.goto(url);
    const analyse = page.getByRole("button", { name: "Analyser le classeur" });
    await analyse.waitFor();
    const pane = await now(page);
    await page.locator('td[data-cell="A1"]').waitFor();
    const grid = await now(page);
    const start = await now(page);
    await analyse.click();
    await page.getByText(/^Analyse terminée/).waitFor({ state: "attached" });
    return { pane, grid, analysis: (await now(page)) - start };
  } finally {
    await page.close();
  }
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** The workbench page as a browser downloads it: its HTML and the scripts it loads, gzip-compressed (bytes). */
function pageWeight(output: string): { files: number; gzip: number } {
  const html = readFileSync(join(output, "workbench.html"));
  const scripts = [...html.toString().matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1].replace(/^\//, ""));
  const files = [html, ...scripts.map((s) => readFileSync(join(output, s)))];
  return { files: files.length, gzip: files.reduce((n, f) => n + gzipSync(f, { level: 9 }).length, 0) };
}

export interface WorkbenchFigures {
  figures: Record<string, string | number>;
  /** Gzip-compressed size of the page (HTML and scripts), bytes. */
  pageGzip: number;
}

export async function benchWorkbench(): Promise<WorkbenchFigures> {
  const output = mkdtempSync(join(tmpdir(), "verifpacte-bench-"));
  const browserOptions = chromiumOptions();
  try {
    const build = await timed(() => buildWorkbench({ mode: "production", outputPath: output }));
    const served = await serveStatic(output, { port: 0 });
    const browser = await chromium.launch(browserOptions);
    try {
      const page = pageWeight(output);
      const url = `http://127.0.0.1:${served.port}/`;
      const loads: Load[] = [];
      for (let i = 0; i < LOADS; i++) loads.push(await measureLoad(browser, url));
      const figures = {
        Navigateur: `Chromium ${browser.version()} sans interface`,
        "Page du banc d'essai : HTML et scripts, compressés gzip (Kio)": round2(page.gzip / 1024),
        "Fichiers de la page": page.files,
        "Construction du paquet de production (s)": round2(build.ms / 1000),
        "Chargements mesurés": LOADS,
        "Premier affichage du volet (ms, médiane)": round2(median(loads.map((l) => l.pane))),
        "Exemple affiché dans la grille (ms, médiane)": round2(median(loads.map((l) => l.grid))),
        "Analyse de l'exemple dans Chromium (ms, médiane)": round2(median(loads.map((l) => l.analysis))),
      };
      return { figures, pageGzip: page.gzip };
    } finally {
      await browser.close();
      served.server.close();
    }
  } finally {
    rmSync(output, { recursive: true, force: true });
  }
}
