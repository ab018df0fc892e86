// Webpack: the Excel task pane, its help (aide/) and the browser workbench.
//   npm run build        production bundle into dist/complement/; manifest rewritten for VERIFPACTE_URL
//   npm start            the workbench, built into dist/banc-essai/ (never touches dist/complement/)
//   npm run dev-server   development server over plain HTTP on port 3000 (PORT=…): « / » is the
//                        workbench (the pane over the in-memory Excel), /taskpane.html the pane for Excel
//   npm run start:excel  the same server over HTTPS (scripts/start-excel.mjs passes env.https)
// Type checking is `npm run typecheck`: ts-loader only transpiles here.
const { readFileSync } = require("node:fs");
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { Compilation, WebpackError } = require("webpack");
const { HelpPlugin } = require("./scripts/help.cjs");
const { onDemandGroups, pageWeights, weightLines } = require("./scripts/page-weight.cjs");
const { productionManifest } = require("./scripts/production-manifest.cjs");

const OUTPUT = path.resolve(__dirname, "dist/complement");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/**
 * Node-only packages and folders that must never reach a browser bundle (the core is pure; the
 * workbench reads and writes .xlsx through src/xlsx and fflate, never through src/cli or ExcelJS).
 */
const FORBIDDEN = /[\\/](node_modules[\\/](exceljs|jszip|archiver|unzipper)|src[\\/]cli)[\\/]/;

/** The pane's ES5 start script (src/taskpane/boot.js), inlined into taskpane.html: it must run where the bundle cannot. */
const bootScript = () => readFileSync(path.join(__dirname, "src/taskpane/boot.js"), "utf8");

/** The pages: one HTML page per entry. */
const PAGES = [
  {
    entry: "taskpane",
    source: "./src/taskpane/index.tsx",
    template: "./src/taskpane/taskpane.html",
    office: true,
    parameters: () => ({ bootScript: bootScript() }),
  },
  // Issue 4 — browser workbench (npm start): the real task pane over the in-memory Excel fake.
  { entry: "workbench", source: "./src/workbench/index.tsx", template: "./src/workbench/workbench.html", office: false },
];

/** The manifest copied next to the bundle: rewritten for VERIFPACTE_URL in production. */
function manifestPattern(production) {
  const pattern = { from: "manifest.xml", to: "manifest.xml" };
  const url = process.env.VERIFPACTE_URL;
  if (!production) return pattern;
  if (!url) {
    console.warn(
      "Attention : VERIFPACTE_URL n'est pas défini, dist/complement/manifest.xml garde les adresses de développement (https://localhost:3000/).",
    );
    return pattern;
  }
  return { ...pattern, transform: (content) => productionManifest(content.toString("utf8"), url) };
}

/** Fails the build when a Node-only module is bundled, or when a page misses office.js / loads another script from the network. */
class GuardPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("VerifPacteGuard", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "VerifPacteGuard", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () =>
        PAGES.forEach((page) => {
          checkModules(compilation, page);
          checkPage(compilation, page);
        }),
      );
    });
  }
}

/**
 * The modules of a page's chunks, those it loads on demand included: none may be Node-only, except
 * those the page explicitly allows.
 */
function checkModules(compilation, page) {
  const entrypoint = compilation.entrypoints.get(page.entry);
  if (!entrypoint) return;
  const resources = new Set();
  for (const chunk of [entrypoint, ...onDemandGroups(entrypoint)].flatMap((group) => group.chunks)) {
    for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
      for (const inner of module.modules ?? [module]) resources.add(inner.resource || "");
    }
  }
  for (const resource of resources) {
    if (!FORBIDDEN.test(resource) || page.allowed?.test(resource)) continue;
    const relative = path.relative(__dirname, resource);
    compilation.errors.push(
      new WebpackError(`Module réservé à Node dans la page ${page.entry} : ${relative} (le cœur doit rester pur).`),
    );
  }
}

function checkPage(compilation, page) {
  const asset = compilation.getAsset(`${page.entry}.html`);
  if (!asset) return;
  const html = asset.source.source().toString();
  const remote = [...html.matchAll(/<script[^>]*\ssrc="?(https?:[^"\s>]+)/g)].map((m) => m[1]);
  const allowed = page.office ? [OFFICE_JS] : [];
  if (page.office && !remote.includes(OFFICE_JS)) {
    compilation.errors.push(
      new WebpackError(`${page.entry}.html doit charger office.js depuis le CDN de Microsoft (${OFFICE_JS}).`),
    );
  }
  for (const url of remote.filter((u) => !allowed.includes(u))) {
    compilation.errors.push(new WebpackError(`${page.entry}.html charge un script du réseau, interdit : ${url}.`));
  }
}

/**
 * Prints what a browser downloads for each page, gzip -9 (scripts/page-weight.cjs, the bench's
 * measure too): the page as first loaded (its HTML and the scripts the HTML loads), each part
 * loaded on demand with the moment it is loaded, and the total.
 */
class BundleSizePlugin {
  apply(compiler) {
    compiler.hooks.done.tap("VerifPacteBundleSize", (stats) => {
      if (compiler.watchMode || stats.hasErrors()) return;
      for (const line of weightLines(pageWeights(stats.compilation, compiler.outputPath))) console.log(line);
    });
  }
}

/** Certificates trusted by Office for https://localhost (office-addin-dev-certs installs its CA). */
async function httpsServer() {
  const { getHttpsServerOptions } = require("office-addin-dev-certs");
  const { ca, cert, key } = await getHttpsServerOptions();
  return { type: "https", options: { ca, cert, key } };
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  return {
    mode: production ? "production" : "development",
    target: ["web", "es2020"],
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    entry: Object.fromEntries(PAGES.map((page) => [page.entry, page.source])),
    output: {
      path: OUTPUT,
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: { extensions: [".tsx", ".ts", ".js"] },
    module: {
      rules: [
        // The workbench's embedded sample workbook (import sampleUrl from "…/exemple.xlsx").
        { test: /\.xlsx$/, type: "asset/resource", generator: { filename: "exemples/[name][ext]" } },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: {
            configFile: path.resolve(__dirname, "tsconfig.json"),
            transpileOnly: true,
            compilerOptions: { noEmit: false, sourceMap: true },
          },
        },
      ],
    },
    optimization: {
      // usedExports: false — a module the two pages use through different exports is put once in
      // their shared chunk (with the exports of both) instead of being copied into each page's own
      // script: both pages load less (measured: workbench −2,5 Kio, pane −2,8 Kio gzip).
      splitChunks: { chunks: "all", usedExports: false },
      // Terser as webpack sets it (ecma 2020 from the target, scripts not modules), one more pass of
      // its safe compressions (webpack's default is 2); no unsafe option.
      minimizeOptions: { javascript: { compress: { passes: 3 } } },
    },
    performance: { hints: false },
    stats: { modules: false, excludeAssets: [/\.map$/, /^aide\//] },
    plugins: [
      ...PAGES.map(
        (page) =>
          new HtmlWebpackPlugin({
            filename: `${page.entry}.html`,
            template: page.template,
            chunks: [page.entry],
            ...(page.parameters ? { templateParameters: () => page.parameters() } : {}),
          }),
      ),
      new CopyWebpackPlugin({
        patterns: [{ from: "assets/*.png", to: "assets/[name][ext]" }, manifestPattern(production)],
      }),
      // The user guide and the rule pages, Markdown → HTML, under aide/ (scripts/help.cjs).
      new HelpPlugin(),
      new GuardPlugin(),
      new BundleSizePlugin(),
    ],
    devServer: {
      port: Number(process.env.PORT) || 3000,
      // « / » answers with the workbench instead of 404 (files are served from memory).
      devMiddleware: { index: "workbench.html" },
      server: env.https ? await httpsServer() : "http",
      static: false,
      client: { overlay: { warnings: false } },
    },
  };
};
