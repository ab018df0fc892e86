// What a browser downloads for each page of the build, gzip -9 (the measure of issue 10's target):
// the page as first loaded (its HTML and the scripts the HTML loads), then the parts loaded on
// demand (webpack chunks of a dynamic import(), named by webpackChunkName), each with the moment
// it is loaded, and the total of everything. Shared by webpack.config.js (the size printed after a
// production build) and the bench (bench/workbench-bench.ts).
"use strict";
const { readFileSync } = require("node:fs");
const path = require("node:path");
const { gzipSync } = require("node:zlib");

/** When each part is loaded, by its chunk name (src/excel/parts.ts and its users). */
const MOMENTS = {
  analyse: "à la première analyse",
  "volet-fenetres": "à l'ouverture d'une fenêtre du volet (paramètres, aide…)",
  "copie-corrigee": "au téléchargement de la copie corrigée",
  synthese: "à l'ouverture de la synthèse",
};

const gzipOf = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The local scripts an HTML page loads (<script src>), in order; office.js from Microsoft's CDN is not ours. */
function scriptsOf(html) {
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src))
    .map((src) => src.replace(/^\//, ""));
}

/** Every chunk group a page can load on demand, through its own dynamic imports and theirs. */
function onDemandGroups(entrypoint) {
  const groups = new Set();
  const visit = (group) => {
    for (const child of group.getChildren()) {
      if (groups.has(child)) continue;
      groups.add(child);
      visit(child);
    }
  };
  visit(entrypoint);
  return [...groups];
}

/**
 * For each page (an entry with its HTML page in `outputPath`): `first`, the HTML and its scripts;
 * `parts`, the JavaScript files each part loaded on demand adds to them (a file two parts share is
 * listed in both: whichever comes first loads it); `total`, every file once. Sizes in bytes, gzip -9.
 */
function pageWeights(compilation, outputPath) {
  const pages = [];
  for (const [page, entrypoint] of compilation.entrypoints) {
    const htmlFile = `${page}.html`;
    let html;
    try {
      html = readFileSync(path.join(outputPath, htmlFile), "utf8");
    } catch {
      continue;
    }
    const firstFiles = [htmlFile, ...scriptsOf(html)];
    const loaded = new Set(firstFiles);
    const sizes = new Map(firstFiles.map((file) => [file, gzipOf(path.join(outputPath, file))]));
    const sum = (files) => files.reduce((n, file) => n + sizes.get(file), 0);
    const parts = onDemandGroups(entrypoint).map((group) => {
      const files = [...group.getFiles()].filter((file) => file.endsWith(".js") && !loaded.has(file)).sort();
      for (const file of files) if (!sizes.has(file)) sizes.set(file, gzipOf(path.join(outputPath, file)));
      const name = group.name ?? files.join(", ");
      return { name, moment: MOMENTS[name] ?? `à la demande (« ${name} »)`, files, gzip: sum(files) };
    });
    const order = Object.keys(MOMENTS);
    const rank = (part) => (order.includes(part.name) ? order.indexOf(part.name) : order.length);
    parts.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
    const all = [...sizes.keys()];
    pages.push({
      page,
      first: { files: firstFiles, gzip: sum(firstFiles) },
      parts,
      total: { files: all, gzip: sum(all) },
    });
  }
  return pages;
}

/** « 258,8 Kio » */
const kib = (bytes) => `${(bytes / 1024).toFixed(1).replace(".", ",")} Kio`;

/** The weights as printed after a build: one block per page, in French. */
function weightLines(pages) {
  const lines = [];
  for (const { page, first, parts, total } of pages) {
    const scripts = first.files.length - 1;
    lines.push(
      `Page « ${page} » au premier chargement : ${kib(first.gzip)} gzip (${page}.html et ${scripts} script${scripts > 1 ? "s" : ""} : ${first.files.slice(1).join(", ")})`,
    );
    for (const part of parts) lines.push(`  + chargé ${part.moment} : ${kib(part.gzip)} gzip (${part.files.join(", ")})`);
    lines.push(`  = tout compris, chaque fichier une fois : ${kib(total.gzip)} gzip (${total.files.length} fichiers)`);
  }
  return lines;
}

module.exports = { MOMENTS, onDemandGroups, pageWeights, weightLines, kib };
