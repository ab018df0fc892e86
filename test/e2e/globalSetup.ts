/**
 * Once for the end-to-end tests: builds the pages into a temporary folder, serves them on a free
 * localhost port and starts one headless Chromium (Debian's, through playwright-core) that every
 * test file connects to. Addresses go to the test workers through the environment. The previous
 * run's screenshots are removed.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { buildWorkbench, chromiumOptions, serveStatic } from "../../scripts/workbench-server.cjs";
import { E2E_STATE, E2eState } from "./state";
import { ARTIFACTS } from "./workbench";

export default async function globalSetup(): Promise<void> {
  rmSync(ARTIFACTS, { recursive: true, force: true });
  const output = mkdtempSync(join(tmpdir(), "verifpacte-e2e-"));
  await buildWorkbench({ outputPath: output });
  const served = await serveStatic(output, { port: 0 });
  const browser = await chromium.launchServer(chromiumOptions());
  process.env.VERIFPACTE_E2E_URL = `http://127.0.0.1:${served.port}/`;
  process.env.VERIFPACTE_E2E_BROWSER = browser.wsEndpoint();
  const state: E2eState = { server: served.server, browser, output };
  (globalThis as Record<string, unknown>)[E2E_STATE] = state;
}
