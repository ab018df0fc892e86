// The help shipped with the pane, built at build time from Markdown (marked) into static HTML under
// aide/: the user guide (docs/guide.md → aide/index.html), the installation page for IT services
// (docs/complement.md), the glossary, the list of the rules and one page per rule
// (docs/regles/<id>.md → aide/regles/<id>.html). Links between pages are rewritten to the built
// pages; a link to a page that is not built fails the build. Used by webpack.config.js (HelpPlugin)
// and by the tests; nothing is fetched from the network, at build time or at run time.
"use strict";
const { existsSync, readdirSync, readFileSync } = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");

/**
 * marked, from its UMD build run as a CommonJS module: the package is ES modules only (type
 * "module"), which neither Node 20's require nor jest loads everywhere.
 */
function loadMarked() {
  const file = path.join(path.dirname(require.resolve("marked/package.json")), "lib", "marked.umd.js");
  const module = { exports: {} };
  new Function("module", "exports", readFileSync(file, "utf8"))(module, module.exports);
  return module.exports.marked;
}

/** The pages: Markdown source (relative to the project) → page under aide/. */
function helpSources(root = ROOT) {
  const pages = [
    { source: "docs/guide.md", target: "index.html" },
    { source: "docs/complement.md", target: "installation.html" },
    { source: "docs/glossaire.md", target: "glossaire.html" },
    { source: "docs/vocabulaire.md", target: "vocabulaire.html" },
  ];
  const rules = path.join(root, "docs", "regles");
  const names = existsSync(rules)
    ? readdirSync(rules)
        .filter((n) => /^[a-z0-9-]+\.md$/.test(n))
        .sort()
    : [];
  for (const name of names) pages.push({ source: `docs/regles/${name}`, target: `regles/${name.replace(/\.md$/, ".html")}` });
  return pages.filter((p) => existsSync(path.join(root, p.source)));
}

const escapeHtml = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** « # formule-ligne — Colonne calculée… » → the text of the first level-1 heading. */
function titleOf(markdown, fallback) {
  const heading = /^#\s+(.+)$/m.exec(markdown);
  return heading ? heading[1].replace(/[`*_]/g, "").trim() : fallback;
}

/** From one page to another under aide/: « ../index.html », « sous-total.html ». */
function relativeLink(fromTarget, toTarget) {
  const link = path.posix.relative(path.posix.dirname(fromTarget), toTarget);
  return link === "" ? path.posix.basename(toTarget) : link;
}

/**
 * The page's HTML with its links rewritten: a link to another Markdown source goes to its built
 * page (anchor kept); web links open outside; any other relative link is reported in `broken`.
 */
function rewriteLinks(html, page, byRealPath, broken) {
  return html.replace(/<a href="([^"]*)"/g, (whole, href) => {
    if (/^(https?:|mailto:)/i.test(href)) return `<a href="${href}" target="_blank" rel="noopener"`;
    if (href.startsWith("#")) return whole;
    const [file, anchor] = href.split("#");
    const real = path.posix.normalize(path.posix.join(path.posix.dirname(page.source), decodeURIComponent(file)));
    const target = byRealPath.get(real);
    if (!target) {
      broken.push(`${page.source} : lien vers « ${href} », qui n'est pas une page de l'aide`);
      return whole;
    }
    return `<a href="${relativeLink(page.target, target)}${anchor ? `#${anchor}` : ""}"`;
  });
}

/** Wide tables scroll on their own, and can be reached and scrolled with the keyboard. */
function wrapTables(html) {
  return html
    .replace(/<table>/g, '<div class="tableau" role="region" tabindex="0" aria-label="Tableau (faire défiler)"><table>')
    .replace(/<\/table>/g, "</table></div>");
}

function layout(page, title, body) {
  const up = relativeLink(page.target, "");
  const prefix = up === "" || up === "." ? "" : `${up.replace(/\/?$/, "/")}`;
  return `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)} — Aide VerifPacte</title>
    <link rel="stylesheet" href="${prefix}aide.css" />
  </head>
  <body>
    <nav aria-label="Aide VerifPacte"><a href="${prefix}index.html">Guide d'utilisation</a> · <a href="${prefix}regles/index.html">Les règles</a> · <a href="${prefix}glossaire.html">Glossaire</a></nav>
    <main>
${body}
    </main>
  </body>
</html>
`;
}

/** The list of the rules, from their pages' titles: « formule-ligne — Colonne calculée… ». */
function rulesIndex(pages) {
  const items = pages
    .filter((p) => p.target.startsWith("regles/"))
    .map((p) => `<li><a href="${path.posix.basename(p.target)}">${escapeHtml(p.title)}</a></li>`)
    .join("\n");
  return (
    "<h1>Les règles de VerifPacte</h1>\n<p>Chaque constat du volet renvoie à la page de sa règle : ce qu'elle vérifie, " +
    "pourquoi (avec le texte du contrat), un exemple et ce qu'il faut faire.</p>\n" +
    `<ul>\n${items}\n</ul>`
  );
}

/** Builds every page: [{ file: "aide/…", content }], plus the broken links found. */
function buildHelp(root = ROOT) {
  const marked = loadMarked();
  const sources = helpSources(root);
  const byRealPath = new Map(sources.map((p) => [p.source, p.target]));
  // The list of the rules is made here (a Markdown page may link to « regles/index.md »).
  byRealPath.set("docs/regles/index.md", "regles/index.html");
  const broken = [];
  const pages = sources.map((page) => {
    const markdown = readFileSync(path.join(root, page.source), "utf8");
    const title = titleOf(markdown, page.target);
    const body = wrapTables(rewriteLinks(marked.parse(markdown, { gfm: true, async: false }), page, byRealPath, broken));
    return { ...page, title, html: layout(page, title, body) };
  });
  const index = { source: null, target: "regles/index.html", title: "Les règles" };
  const files = [
    ...pages.map((p) => ({ file: `aide/${p.target}`, content: p.html })),
    { file: `aide/${index.target}`, content: layout(index, index.title, rulesIndex(pages)) },
    { file: "aide/aide.css", content: readFileSync(path.join(__dirname, "aide.css"), "utf8") },
  ];
  return { files, broken, sources: sources.map((p) => path.join(root, p.source)) };
}

/** Webpack: emits the help with the pages, rebuilt when a Markdown source changes (watch mode). */
class HelpPlugin {
  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("VerifPacteHelp", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "VerifPacteHelp", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const help = buildHelp();
        for (const file of help.sources) compilation.fileDependencies.add(file);
        compilation.contextDependencies.add(path.join(ROOT, "docs", "regles"));
        for (const problem of help.broken) compilation.errors.push(new WebpackError(`Aide : ${problem}.`));
        for (const { file, content } of help.files) compilation.emitAsset(file, new sources.RawSource(content));
      });
    });
  }
}

module.exports = { buildHelp, helpSources, HelpPlugin };
