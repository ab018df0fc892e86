/** What globalSetup hands to globalTeardown (same process) under one global key. */
import type { Server } from "node:http";
import type { BrowserServer } from "playwright-core";

export const E2E_STATE = "__verifpacteE2e";

export interface E2eState {
  server: Server;
  browser: BrowserServer;
  output: string;
}
