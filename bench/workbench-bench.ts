/**
 * Bench of the browser workbench in headless Chromium (Debian's, through playwright-core), on the
 * production bundle: time to the first render of the task pane beside the embedded example, and
 * time to analyse it (click on « Analyser » → summary shown). Each page load is
 * measured LOADS times; medians are given. Times are read in the page (performance.now(), from
 * the start of the navigation), so the test driver's own latency is left out as far as possible.
 * The page's weight is the build's own measure (scripts/page-weight.cjs): the page as first loaded,
 * each part loaded on demand with the moment it is loaded, and the total of everything.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Browser, chromium, Page } from "playwright-core";
import { PageWeight, pageWeights } from "../scripts/page-weight.cjs";
import { buildWorkbench, chromiumOptions, serveStatic } from "../scripts/workbench-server.cjs";
import { round2, timed } from "./measure";

const LOADS = 5;
const TIMEOUT = 60_000;

interface Load {
  /** Task pane rendered (its « Analyser » button is there), ms from navigation start. */
  pane: number;
  /** Example workbook drawn in the grid, ms from navigation start. */
  grid: number;
  /** Click on « Analyser » → summary of the analysis shown (the analysis' module loaded on the way), ms. */
  analysis: number;
}

const now = (page: Page): Promise<number> => page.evaluate(() => performance.now());

async function measureLoad(browser: Browser, url: string): Promise<Load> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(TIMEOUT);
  try {
    await page.goto(url);
    const analyse = page.getByRole("button", { name: "Analyser", exact: true });
    await analyse.waitFor();
    const pane = await now(page);
    await page.locator('td[data-cell="A1"]').waitFor();
    const grid = await now(page);
    const start = await now(page);
    await analyse.click();
    // The summary read to screen readers once the findings are shown (not the progress bar's « Analyse terminée »).
    await page.getByText(/^Analyse terminée :/).waitFor({ state: "attached" });
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

export interface WorkbenchFigures {
  figures: Record<string, string | number>;
  /** The workbench page's weight: first load, parts on demand, total (bytes, gzip -9). */
  page: PageWeight;
}

const kib = (bytes: number) => round2(bytes / 1024);

export async function benchWorkbench(): Promise<WorkbenchFigures> {
  const output = mkdtempSync(join(tmpdir(), "verifpacte-bench-"));
  const browserOptions = chromiumOptions();
  try {
    let weights: PageWeight[] = [];
    const build = await timed(() =>
      buildWorkbench({
        mode: "production",
        outputPath: output,
        onBuilt: (stats) => (weights = pageWeights(stats.compilation, output)),
      }),
    );
    const page = weights.find((w) => w.page === "workbench");
    const pane = weights.find((w) => w.page === "taskpane");
    if (!page || !pane) throw new Error("la construction n'a pas produit workbench.html et taskpane.html.");
    const served = await serveStatic(output, { port: 0 });
    const browser = await chromium.launch(browserOptions);
    try {
      const url = `http://127.0.0.1:${served.port}/`;
      const loads: Load[] = [];
      for (let i = 0; i < LOADS; i++) loads.push(await measureLoad(browser, url));
      const figures: Record<string, string | number> = {
        Navigateur: `Chromium ${browser.version()} sans interface`,
        "Page du banc d'essai au premier chargement : HTML et scripts de la page, gzip (Kio)": kib(page.first.gzip),
        "Fichiers du premier chargement": page.first.files.length,
      };
      for (const part of page.parts) figures[`+ chargé ${part.moment}, gzip (Kio)`] = kib(part.gzip);
      Object.assign(figures, {
        "= tout compris, chaque fichier une fois, gzip (Kio)": kib(page.total.gzip),
        "Volet pour Excel (taskpane.html, sans office.js) au premier chargement, gzip (Kio)": kib(pane.first.gzip),
        "Construction du paquet de production (s)": round2(build.ms / 1000),
        "Chargements mesurés": LOADS,
        "Premier affichage du volet (ms, médiane)": round2(median(loads.map((l) => l.pane))),
        "Exemple affiché dans la grille (ms, médiane)": round2(median(loads.map((l) => l.grid))),
        "Analyse de l'exemple dans Chromium, module d'analyse chargé compris (ms, médiane)": round2(
          median(loads.map((l) => l.analysis)),
        ),
      });
      return { figures, page };
    } finally {
      await browser.close();
      served.server.close();
    }
  } finally {
    rmSync(output, { recursive: true, force: true });
  }
}
