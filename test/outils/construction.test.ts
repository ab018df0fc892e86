/** The build's habits: npm start in its own folder, « / » of the dev server, the help built from Markdown. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_OUTPUT, WORKBENCH_OUTPUT } from "../../scripts/workbench-server.cjs";
import { buildHelp } from "../../scripts/help.cjs";

const ROOT = join(__dirname, "..", "..");

describe("construction", () => {
  test("npm start construit dans son propre dossier, jamais dans la construction de production", () => {
    expect(WORKBENCH_OUTPUT).not.toBe(DEFAULT_OUTPUT);
    expect(WORKBENCH_OUTPUT.endsWith(join("dist", "banc-essai"))).toBe(true);
    expect(readFileSync(join(ROOT, "scripts", "serve-workbench.mjs"), "utf8")).toContain("outputPath: WORKBENCH_OUTPUT");
  });

  test("le serveur de développement répond sur « / » avec le banc d'essai (le volet sur le faux Excel)", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const configure = require(join(ROOT, "webpack.config.js"));
    const config = await configure({}, { mode: "development" });
    expect(config.devServer.devMiddleware.index).toBe("workbench.html");
    expect(config.plugins.some((p: object) => p.constructor.name === "HelpPlugin")).toBe(true);
  });
});

describe("aide construite avec le volet", () => {
  const help = buildHelp();
  const pages = new Map(help.files.map((f) => [f.file, f.content]));
  const html = [...pages].filter(([file]) => file.endsWith(".html"));

  test("le guide, la liste des règles et une page par règle, en HTML", () => {
    expect(pages.has("aide/index.html")).toBe(true);
    expect(pages.has("aide/regles/index.html")).toBe(true);
    expect(pages.has("aide/aide.css")).toBe(true);
    for (const id of ["formule-ligne", "formule-modele-k", "sous-total", "indicateur-taux"]) {
      expect(pages.get(`aide/regles/${id}.html`)).toMatch(/<main>[\s\S]*<h1>/);
      expect(pages.get("aide/regles/index.html")).toContain(`href="${id}.html"`);
    }
    expect(pages.get("aide/index.html")).toMatch(/<h1>Guide d(&#39;|')utilisation de VerifPacte<\/h1>/);
  });

  test("chaque page est en français, autonome, sans lien cassé, sans renvoi interne ni Markdown brut", () => {
    expect(help.broken).toEqual([]);
    for (const [file, content] of html) {
      expect([file, /<html lang="fr">/.test(content)]).toEqual([file, true]);
      expect([file, content.match(/href="[^"]*\.md(#[^"]*)?"/g)]).toEqual([file, null]);
      expect([file, content.match(/SPEC ?§|GUIDE ?§/g)]).toEqual([file, null]);
      expect([file, content.match(/<(script|iframe)\b/g)]).toEqual([file, null]);
      expect([file, content.match(/(src|href)="(?!https?:\/\/)[^"]*\/\/[^"]*"/g)]).toEqual([file, null]);
    }
  });

  test("les tableaux larges défilent seuls et se parcourent au clavier", () => {
    const page = pages.get("aide/regles/formule-modele-k.html") ?? "";
    expect(page).toContain('<div class="tableau" role="region" tabindex="0" aria-label="Tableau (faire défiler)"><table>');
  });

  test("l'adresse d'aide du manifeste (SupportUrl, « En savoir plus ») est le guide livré avec le volet", () => {
    const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
    const support = /<SupportUrl DefaultValue="([^"]+)"/.exec(manifest)?.[1] ?? "";
    const learnMore = /<bt:Url id="VerifPacte.Aide.Url" DefaultValue="([^"]+)"/.exec(manifest)?.[1] ?? "";
    for (const url of [support, learnMore]) {
      const path = new URL(url).pathname.slice(1);
      expect([url, pages.has(path)]).toEqual([url, true]);
    }
  });

  test("les liens entre pages mènent aux pages construites", () => {
    const guide = pages.get("aide/index.html") ?? "";
    for (const [, target] of guide.matchAll(/href="([^"#]+)(#[^"]*)?"/g)) {
      if (/^https?:/.test(target)) continue;
      expect([target, pages.has(`aide/${target}`)]).toEqual([target, true]);
    }
  });
});
