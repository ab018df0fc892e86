import type { Server } from "node:http";
import type { Stats } from "webpack";

export interface BuildOptions {
  /** Default "development" (faster build, no minification). */
  mode?: "development" | "production";
  /** Default dist/banc-essai (WORKBENCH_OUTPUT), never the production folder dist/complement. */
  outputPath?: string;
  /** Sees webpack's stats of a successful build before the promise resolves. */
  onBuilt?: (stats: Stats) => void;
}

/** Builds the task pane and the workbench with webpack.config.js; returns the output folder. */
export declare function buildWorkbench(options?: BuildOptions): Promise<string>;

export interface ServeOptions {
  /** Default 3000; 0 takes any free port. */
  port?: number;
  /** Ports tried from `port` when it is taken (default 20). */
  tries?: number;
  host?: string;
  index?: string;
}

export interface Served {
  server: Server;
  port: number;
  /** « http://localhost:3000/ » */
  url: string;
}

/** Serves a folder over HTTP on localhost; « / » is the workbench page. */
export declare function serveStatic(root: string, options?: ServeOptions): Promise<Served>;

/** dist/complement: the production build of the add-in (npm run build). */
export declare const DEFAULT_OUTPUT: string;
/** dist/banc-essai: npm start's own folder. */
export declare const WORKBENCH_OUTPUT: string;

export interface ChromiumOptions {
  executablePath: string;
  headless: boolean;
  args: string[];
}

/** Launch options of Debian's Chromium for playwright-core (CHROMIUM_PATH overrides /usr/bin/chromium). */
export declare function chromiumOptions(): ChromiumOptions;
