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

/** Opens the workbench and waits for the task pane beside the embedded example. */
export async function openBench(prefix: string): Promise<OpenBench> {
  const browser: Browser = await chromium.connect(environment("VERIFPACTE_E2E_BROWSER"));
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "fr-FR", acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(environment("VERIFPACTE_E2E_URL"));
  await analyseButton(page).waitFor();
  await cell(page, "A1").waitFor();
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
