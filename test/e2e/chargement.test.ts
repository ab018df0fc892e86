/**
 * The parts of the workbench loaded on demand (src/excel/parts.ts and its users): the analysis with
 * its rules and the pane's findings, the writer of the corrected copy, the regional synthesis and
 * the pane's dialogs and drawers are not loaded with the page, but on the first analysis, the first
 * download, the first synthesis, the first dialog opened, and they work once loaded. When the server does not answer for them, a French message says so,
 * the workbook open stays as it was, and trying again works.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { readXlsx } from "../../src/xlsx";
import { ARTIFACTS, cell, menuCommand, messages, OpenBench, openBench, STEP_TIMEOUT } from "./workbench";

const REGION = join(__dirname, "..", "..", "examples", "region");
const LONG = 4 * STEP_TIMEOUT;
/** The chunks' files (webpackChunkName in parts.ts): « copie-corrigee.js », « synthese.[hash].js »… */
const COPY_CHUNK = "**/copie-corrigee*.js";
const SYNTHESIS_CHUNK = "**/synthese*.js";
const OVERLAYS_CHUNK = "**/volet-fenetres*.js";
const ANALYSIS_CHUNK = "**/analyse*.js";

let bench: OpenBench;
let page: Page;

beforeAll(async () => {
  bench = await openBench("chargement");
  page = bench.page;
}, LONG);

afterAll(async () => {
  await bench?.close();
});

afterEach(() => {
  expect(bench.errors).toEqual([]);
});

/** The scripts the page has loaded so far, by file name. */
async function loadedScripts(): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((entry) => new URL(entry.name).pathname.split("/").pop() ?? "")
      .filter((name) => name.endsWith(".js")),
  );
}

const downloadButton = () => page.getByRole("button", { name: "Télécharger le classeur corrigé" });

/** Types a value into a cell through the formula bar, as a user would. */
async function typeInto(address: string, text: string): Promise<void> {
  await cell(page, address).click();
  const input = page.getByRole("textbox", { name: "Contenu de la cellule sélectionnée (Entrée pour valider)" });
  await input.fill(text);
  await input.press("Enter");
  await page.locator(`td[data-cell="${address}"].vp-changed`).waitFor();
}

async function dismissMessages(): Promise<void> {
  const close = page.getByRole("button", { name: "Fermer le message" });
  while ((await close.count()) > 0) await close.first().click();
}

/** Drops files on the page as a user drags them from a folder. */
async function dropFiles(names: string[]): Promise<void> {
  const files = names.map((name) => ({ name, bytes: [...readFileSync(join(REGION, name))] }));
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([new Uint8Array(f.bytes)], f.name));
    return dt;
  }, files);
  await page.locator(".vp-page").dispatchEvent("dragenter", { dataTransfer: transfer });
  await page.locator(".vp-page").dispatchEvent("drop", { dataTransfer: transfer });
}

const REGION_FILES = ["val-d-argent-cls-recapitulatif-2025.xlsx", "hautes-brumes-cls-recapitulatif-2025.xlsx"];

test("la page s'affiche sans l'analyse, la copie corrigée, la synthèse ni les fenêtres du volet", async () => {
  const scripts = await loadedScripts();
  expect(scripts.some((name) => name.startsWith("workbench"))).toBe(true);
  expect(scripts.filter((name) => /^(analyse|copie-corrigee|synthese|volet-fenetres)/.test(name))).toEqual([]);
});

test(
  "le module de la copie corrigée manque : message en français, rien n'est perdu, et le nouvel essai télécharge",
  async () => {
    await typeInto("H6", "1234,5");
    await page.route(COPY_CHUNK, (route) => route.abort("connectionrefused"));
    await downloadButton().click();
    await messages(page).getByText("Impossible de préparer le classeur corrigé").waitFor();
    await messages(page)
      .getByText("Le module d'écriture du classeur corrigé n'a pas pu être chargé depuis le serveur.", { exact: false })
      .waitFor();
    await bench.shot("copie-module-absent");
    // The change typed is still there, and the button too.
    await expect(cell(page, "H6").textContent()).resolves.toBe("1\u00a0234,50 €");
    await expect(downloadButton().isEnabled()).resolves.toBe(true);
    await dismissMessages();

    await page.unroute(COPY_CHUNK);
    const download = page.waitForEvent("download");
    await downloadButton().click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("recapitulatif-2025-corrige.xlsx");
    await messages(page).getByText("Classeur corrigé téléchargé : recapitulatif-2025-corrige.xlsx.").waitFor();
    expect((await loadedScripts()).some((name) => name.startsWith("copie-corrigee"))).toBe(true);
    // A valid workbook holding the value typed (the copy is written by the chunk just loaded).
    const saved = join(ARTIFACTS, `chargement-${file.suggestedFilename()}`);
    await file.saveAs(saved);
    const { workbook } = readXlsx(new Uint8Array(readFileSync(saved)), "copie.xlsx");
    const sheet = workbook.sheet("Prévisionnel 2025");
    expect(sheet?.value(5, 7)).toBe(1234.5);
    await dismissMessages();
  },
  LONG,
);

test(
  "le module de la synthèse manque : message en français, le classeur reste affiché, et le nouvel essai ouvre la synthèse",
  async () => {
    const before = await cell(page, "A1").textContent();
    await page.route(SYNTHESIS_CHUNK, (route) => route.abort("connectionrefused"));
    await dropFiles(REGION_FILES);
    await messages(page).getByText("Synthèse impossible").waitFor();
    await messages(page)
      .getByText("Le module de la synthèse régionale n'a pas pu être chargé depuis le serveur.", { exact: false })
      .waitFor();
    await bench.shot("synthese-module-absent");
    await expect(cell(page, "A1").isVisible()).resolves.toBe(true);
    await expect(cell(page, "A1").textContent()).resolves.toBe(before);
    await expect(page.getByRole("button", { name: "Synthèse de plusieurs classeurs…" }).isEnabled()).resolves.toBe(true);
    await dismissMessages();

    await page.unroute(SYNTHESIS_CHUNK);
    await dropFiles(REGION_FILES);
    const view = page.getByRole("region", { name: "Synthèse régionale" });
    await view.getByText("2 départements, 2 classeurs lus.", { exact: false }).waitFor();
    expect((await loadedScripts()).some((name) => name.startsWith("synthese"))).toBe(true);
    await view.getByRole("button", { name: "Fermer la synthèse" }).click();
    await cell(page, "A1").waitFor();
  },
  LONG,
);

test(
  "les fenêtres du volet manquent : message en français dans le volet, le focus revient, et le nouvel essai ouvre les paramètres",
  async () => {
    const pane = page.getByRole("complementary", { name: "Volet VerifPacte" });
    await page.route(OVERLAYS_CHUNK, (route) => route.abort("connectionrefused"));
    await menuCommand(page, "Paramètres");
    await pane.getByText("L'opération a échoué").waitFor();
    await pane
      .getByText("Cette fenêtre du volet n'a pas pu être chargée depuis le serveur. Rien n'est perdu", { exact: false })
      .waitFor();
    await bench.shot("fenetres-module-absent");
    await expect(page.getByRole("dialog").count()).resolves.toBe(0);
    await page.waitForFunction(() => document.activeElement?.getAttribute("aria-label") === "Plus de commandes");
    await expect(pane.getByRole("button", { name: "Analyser", exact: true }).isEnabled()).resolves.toBe(true);
    await pane.getByRole("button", { name: "Fermer le message" }).click();

    await page.unroute(OVERLAYS_CHUNK);
    await menuCommand(page, "Paramètres");
    const drawer = page.getByRole("dialog", { name: "Paramètres du contrôle" });
    await drawer.waitFor();
    expect((await loadedScripts()).some((name) => name.startsWith("volet-fenetres"))).toBe(true);
    await drawer.getByRole("button", { name: "Annuler" }).click();
    await drawer.waitFor({ state: "detached" });
    // The focus is back on the pane's « Plus de commandes » (the opener was its menu).
    await page.waitForFunction(() => document.activeElement?.getAttribute("aria-label") === "Plus de commandes");
  },
  LONG,
);

test(
  "le module d'analyse manque : « L'analyse a échoué » en français, puis « Réessayer » analyse le classeur",
  async () => {
    const pane = page.getByRole("complementary", { name: "Volet VerifPacte" });
    await page.route(ANALYSIS_CHUNK, (route) => route.abort("connectionrefused"));
    await pane.getByRole("button", { name: "Analyser", exact: true }).click();
    await pane.getByText("L'analyse a échoué").waitFor();
    await pane.getByText("Le module d'analyse n'a pas pu être chargé depuis le serveur.", { exact: false }).waitFor();
    await bench.shot("analyse-module-absent");
    await expect(cell(page, "H6").textContent()).resolves.toBe("1\u00a0234,50 €");

    await page.unroute(ANALYSIS_CHUNK);
    await pane.getByRole("button", { name: "Réessayer" }).click();
    await pane.getByText(/tables? reconnues?/).waitFor();
    expect((await loadedScripts()).some((name) => name.startsWith("analyse"))).toBe(true);
    // The findings are listed, each named after its rule (the rules came with the analysis).
    await expect(pane.locator("li[data-vp-card]").count()).resolves.toBeGreaterThan(0);
    await pane.getByRole("button", { name: /^Tout corriger \(\d+\)$/ }).waitFor();
  },
  LONG,
);
