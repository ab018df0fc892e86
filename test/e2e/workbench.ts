/**
 * Helpers of the end-to-end tests: a page of the workbench in the Chromium started by globalSetup,
 * screenshots kept in test-results/e2e/, and the page's elements as a user finds them (roles and
 * French names).
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { Browser, chromium, Locator, Page } from "playwright-core";

export const ARTIFACTS = join(__dirname, "..", "..", "test-results", "e2e");
/** Generous: the machine that runs the tests may be busy. */
export const STEP_TIMEOUT = 30_000;

export interface OpenBench {
  page: Page;
  /** Uncaught errors of the page (must stay empty). */
  errors: string[];
  shot(name: string): Promise<void>;
  close(): Promise<void>;
}

function environment(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} manquant : les tests de bout en bout se lancent par jest (globalSetup).`);
  return value;
}

export interface BenchOptions {
  /** Added to the workbench's address: « ?volet&theme=sombre » shows the pane alone, in the dark theme. */
  query?: string;
  viewport?: { width: number; height: number };
}

/** The address of a page built for the tests (« taskpane.html »), or of the workbench. */
export function pageUrl(path = ""): string {
  return new URL(path, environment("VERIFPACTE_E2E_URL")).href;
}

/** Opens the workbench (or the pane alone) and waits for the task pane beside the embedded example. */
export async function openBench(prefix: string, options: BenchOptions = {}): Promise<OpenBench> {
  const browser: Browser = await chromium.connect(environment("VERIFPACTE_E2E_BROWSER"));
  const viewport = options.viewport ?? { width: 1440, height: 900 };
  const context = await browser.newContext({ viewport, locale: "fr-FR", acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(pageUrl(options.query ?? ""));
  await analyseButton(page).waitFor();
  if (!options.query?.includes("volet")) await cell(page, "A1").waitFor();
  mkdirSync(ARTIFACTS, { recursive: true });
  let step = 0;
  return {
    page,
    errors,
    shot: async (name) => {
      step++;
      await page.screenshot({ path: join(ARTIFACTS, `${prefix}-${String(step).padStart(2, "0")}-${name}.png`) });
    },
    close: () => browser.close(),
  };
}

export const analyseButton = (page: Page): Locator => page.getByRole("button", { name: "Analyser", exact: true });

/** Opens « Plus de commandes » and clicks one of its items. */
export async function menuCommand(page: Page, name: string): Promise<void> {
  await page.getByRole("button", { name: "Plus de commandes" }).click();
  await page.getByRole("menuitem", { name }).click();
}

/** A cell of the grid by its address (the drawn cell of a merged area has its top-left address). */
export const cell = (page: Page, address: string): Locator => page.locator(`td[data-cell="${address}"]`);

/** Every drawn cell's text, by address. */
export async function gridTexts(page: Page): Promise<Record<string, string>> {
  return page
    .locator("td[data-cell]")
    .evaluateAll((cells) => Object.fromEntries(cells.map((c) => [c.getAttribute("data-cell") ?? "", c.textContent ?? ""])));
}

/** Gives a file to « Ouvrir un classeur… » as the file picker would. */
export async function chooseFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Ouvrir un classeur…" }).click();
  await (await chooser).setFiles({ name, mimeType: "application/octet-stream", buffer: Buffer.from(bytes) });
}

/** The error or notice bars above the workbook. */
export const messages = (page: Page): Locator => page.locator(".vp-messages");

/**
 * axe-core in the page: the serious and critical violations (rule, impact, targets). Fluent's focus
 * manager (Tabster) puts invisible `<i tabindex="0" aria-hidden="true" data-tabster-dummy>` guards at
 * the edges of toolbars and dialogs: they pass focus on at once and are never read, so they are left
 * out of the scan (axe reports them as aria-hidden-focus). The scan waits for running animations.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: object, options: object): Promise<{ violations: AxeViolation[] }> } })
      .axe;
    interface AxeViolation {
      id: string;
      impact: string | null;
      nodes: { target: string[]; failureSummary?: string }[];
    }
    // Colours are measured once the opening animations (dialogs fade in) have finished.
    await Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
    const context = { include: [document], exclude: [["[data-tabster-dummy]"]] };
    const result = await axe.run(context, { resultTypes: ["violations"] });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.impact} ${v.id} : ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
  });
}

/** Whether the page scrolls sideways (nothing may be wider than the window). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
