// The browser workbench's build and static server, shared by `npm start` (scripts/serve-workbench.mjs),
// the end-to-end tests (test/e2e) and the bench (bench/workbench-bench.ts).
"use strict";
const { createReadStream, existsSync } = require("node:fs");
const { stat } = require("node:fs/promises");
const http = require("node:http");
const path = require("node:path");

/** The project's folder: the first one up from here holding webpack.config.js (this file may be bundled elsewhere). */
function projectRoot() {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "webpack.config.js"))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(__dirname, "..");
  }
}

const ROOT = projectRoot();
const DEFAULT_OUTPUT = path.join(ROOT, "dist", "complement");
/** npm start's own folder: a development build never replaces the production one. */
const WORKBENCH_OUTPUT = path.join(ROOT, "dist", "banc-essai");

/**
 * Builds the pages (task pane and workbench) with the project's webpack.config.js.
 * `development` builds in about a third of the time of `production` (no minification).
 * `onBuilt(stats)`, when given, sees webpack's stats of the build before it resolves (the bench
 * weighs the pages with them: scripts/page-weight.cjs).
 */
async function buildWorkbench({ mode = "development", outputPath = WORKBENCH_OUTPUT, onBuilt } = {}) {
  const webpack = require("webpack");
  const configure = require(path.join(ROOT, "webpack.config.js"));
  const config = await configure({}, { mode });
  config.context = ROOT;
  config.output = { ...config.output, path: outputPath };
  // No source maps in development: a smaller, faster build for the workbench and its tests.
  if (mode === "development") config.devtool = false;
  await new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(new Error(`la construction du banc d'essai a échoué : ${error.message}`));
      if (stats.hasErrors()) {
        return reject(new Error(`la construction du banc d'essai a échoué :\n${stats.toString("errors-only")}`));
      }
      onBuilt?.(stats);
      resolve();
    });
  });
  return outputPath;
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".md": "text/markdown; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** The file a request path designates inside `root`, or null when it leaves it. */
function fileOf(root, url, index) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(url, "http://localhost").pathname);
  } catch {
    return null;
  }
  const file = path.resolve(root, `.${pathname.endsWith("/") ? `${pathname}${index}` : pathname}`);
  return file === root || file.startsWith(`${root}${path.sep}`) ? file : null;
}

function handler(root, index) {
  return async (request, response) => {
    const file = fileOf(root, request.url ?? "/", index);
    const info = file ? await stat(file).catch(() => null) : null;
    if (!file || !info || !info.isFile() || (request.method !== "GET" && request.method !== "HEAD")) {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      response.end("Introuvable.\n");
      return;
    }
    response.writeHead(200, {
      "Content-Type": TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
      "Content-Length": info.size,
      "Cache-Control": "no-store",
    });
    if (request.method === "HEAD") response.end();
    else createReadStream(file).pipe(response);
  };
}

function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    const onError = (error) => {
      server.off("listening", onListening);
      reject(error);
    };
    const onListening = () => {
      server.off("error", onError);
      resolve(server.address().port);
    };
    server.once("error", onError);
    server.once("listening", onListening);
    server.listen(port, host);
  });
}

/**
 * Serves `root` over HTTP on localhost: on `port`, or the next free one (up to `tries` ports);
 * port 0 takes any free port. « / » gives the workbench page.
 */
async function serveStatic(root, { port = 3000, tries = 20, host = "127.0.0.1", index = "workbench.html" } = {}) {
  const server = http.createServer(handler(path.resolve(root), index));
  for (let attempt = 0; attempt < tries; attempt++) {
    const wanted = port === 0 ? 0 : port + attempt;
    try {
      const bound = await listen(server, wanted, host);
      return { server, port: bound, url: `http://localhost:${bound}/` };
    } catch (error) {
      if (error.code !== "EADDRINUSE" || port === 0) throw error;
    }
  }
  throw new Error(`aucun port libre entre ${port} et ${port + tries - 1}.`);
}

/**
 * How to start Debian's Chromium headless for playwright-core (its own browser downloads are not
 * used). CHROMIUM_PATH overrides /usr/bin/chromium.
 */
function chromiumOptions() {
  const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium introuvable (${executablePath}) : installez-le (apt-get install chromium) ou indiquez son chemin dans CHROMIUM_PATH.`,
    );
  }
  return {
    executablePath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  };
}

module.exports = { buildWorkbench, serveStatic, chromiumOptions, DEFAULT_OUTPUT, WORKBENCH_OUTPUT };
