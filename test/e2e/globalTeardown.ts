/** Stops what globalSetup started: Chromium, the server, the temporary build. */
import { rmSync } from "node:fs";
import { E2E_STATE, E2eState } from "./state";

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>)[E2E_STATE] as E2eState | undefined;
  if (!state) return;
  await state.browser.close();
  await new Promise<void>((resolve) => state.server.close(() => resolve()));
  rmSync(state.output, { recursive: true, force: true });
}
