/**
 * The whole path of a user in the browser workbench, on the embedded example: open, analyse, look
 * at the findings, select one, add a commentaire, « Tout corriger » through the preview dialog,
 * download the corrected workbook (checked by verifpacte itself), undo. The steps share one page
 * and run in order; each keeps a screenshot in test-results/e2e/.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { run } from "../../src/cli/run";
import { readXlsx } from "../../src/xlsx";
import { analyze } from "../../src/core/engine/analyze";
import { count } from "../../src/core/report/french";
import type { Finding } from "../../src/core/rules/types";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { shown } from "../../src/taskpane/model/findings";
import { groupByCause } from "../../src/taskpane/model/groups";
import { analyseButton, ARTIFACTS, cell, gridTexts, menuCommand, OpenBench, openBench, STEP_TIMEOUT } from "./workbench";

const EXAMPLE = join(__dirname, "..", "..", "examples", "recapitulatif-2025.xlsx");
const SHEET = "Prévisionnel 2025";
const LONG = 4 * STEP_TIMEOUT;

let bench: OpenBench;
let page: Page;
/** The example's findings, as the core finds them outside the browser. */
let expected: Finding[];
let original: Record<string, string>;

const severityCount = (severity: Finding["severity"]) => expected.filter((f) => f.severity === severity).length;
const selectButton = (finding: Finding) =>
  page.getByRole("button", { name: `Sélectionner la cellule ${finding.cell} de la feuille « ${finding.sheet} »` });
const findingItem = (finding: Finding) => page.locator("li[data-vp-card]").filter({ has: selectButton(finding) });

beforeAll(async () => {
  const { workbook } = await readXlsx(new Uint8Array(readFileSync(EXAMPLE)), "recapitulatif-2025.xlsx");
  expected = analyze([workbook], DEFAULT_SETTINGS).findings;
  bench = await openBench("parcours");
  page = bench.page;
}, LONG);

afterAll(async () => {
  await bench?.close();
});

afterEach(() => {
  expect(bench.errors).toEqual([]);
});

test(
  "le banc d'essai s'ouvre sur l'exemple, le classeur à gauche et le volet à droite",
  async () => {
    await expect(page.title()).resolves.toBe("VerifPacte — banc d'essai");
    await expect(page.getByRole("tab", { name: SHEET }).getAttribute("aria-selected")).resolves.toBe("true");
    expect(await cell(page, "A1").textContent()).toContain("TABLEAU FINANCIER");
    // Amounts through their number format, formulas on hover.
    expect(await cell(page, "H6").textContent()).toMatch(/^\d{1,3}(\u00a0\d{3})*,\d{2} €$/);
    expect(await cell(page, "P6").getAttribute("title")).toMatch(/Formule : =/);
    original = await gridTexts(page);
    await bench.shot("ouverture");
  },
  LONG,
);

test(
  "« Analyser » affiche les constats trouvés par le cœur, ceux de même cause sur une seule carte, marqués dans la grille",
  async () => {
    expect(expected.length).toBeGreaterThan(0);
    await analyseButton(page).click();
    const summary = page.getByRole("region", { name: "Résumé" });
    await summary.getByText(count(severityCount("error"), "erreur", "erreurs"), { exact: true }).waitFor();
    await summary.getByText(count(severityCount("warning"), "avertissement", "avertissements"), { exact: true }).waitFor();
    // Fewer cards than findings: the same mistake on several cells of a table is one card (the core
    // already gathers the repetitive ones into one finding; the pane gathers the rest by cause).
    const groups = groupByCause(expected.map((f) => shown(f, false)));
    expect(groups.length).toBeLessThan(expected.length);
    await expect(page.locator(".vp-pane li[data-vp-card]").count()).resolves.toBe(groups.length);
    const largest = groups.reduce((a, b) => (b.items.length > a.items.length ? b : a));
    await page
      .getByRole("button", { name: `Corriger les ${largest.items.length}` })
      .first()
      .waitFor();
    await expect(page.locator("td.vp-error").count()).resolves.toBe(
      new Set(expected.filter((f) => f.severity === "error").map((f) => f.cell)).size,
    );
    await bench.shot("analyse");
  },
  LONG,
);

test(
  "un clic sur une cellule d'une carte groupée la sélectionne dans la grille",
  async () => {
    const finding = expected.find((f) => f.severity === "error" && f.ruleId === "formule-modele-k") as Finding;
    const group = page
      .locator(".vp-pane li[data-vp-card]")
      .filter({ has: page.getByRole("button", { name: /^Corriger les \d+$/ }) })
      .first();
    await group.getByRole("button", { name: /^Voir les \d+ cellules$/ }).click();
    await selectButton(finding).click();
    await page.locator(`td[data-cell="${finding.cell}"][data-selected]`).waitFor();
    await expect(page.locator(".vp-name-box").textContent()).resolves.toBe(finding.cell);
    await bench.shot("selection");
  },
  LONG,
);

test(
  "« Ajouter un commentaire » met une note sur la cellule, visible dans la grille",
  async () => {
    const finding = expected.find((f) => f.fix?.kind !== "comment") as Finding;
    const item = findingItem(finding);
    await item.getByRole("button", { name: "Ajouter un commentaire" }).click();
    await item.getByRole("button", { name: "Appliquer" }).click();
    await page.locator(`td[data-cell="${finding.cell}"].vp-note`).waitFor();
    expect(await cell(page, finding.cell).getAttribute("title")).toContain("Note : [Contrôle");
    await bench.shot("commentaire");
  },
  LONG,
);

test(
  "« Tout corriger » passe par l'aperçu, puis la grille montre les cellules corrigées",
  async () => {
    const fixable = expected.filter((f) => f.fix !== null);
    await page.getByRole("button", { name: `Tout corriger (${fixable.length})` }).click();
    const dialog = page.getByRole("dialog", { name: "Tout corriger" });
    await dialog.getByText(/modifications? seront? appliquées?, en \d+ groupes/).waitFor();
    await bench.shot("apercu");
    await dialog.getByRole("button", { name: "Appliquer les modifications" }).click();
    await page
      .getByText(count(0, "erreur", "erreurs"), { exact: true })
      .first()
      .waitFor();
    const fixedCells = new Set(fixable.map((f) => f.cell));
    for (const address of fixedCells)
      await expect(page.locator(`td[data-cell="${address}"].vp-changed`).count()).resolves.toBe(1);
    const changed = Object.entries(await gridTexts(page)).filter(([address, text]) => original[address] !== text);
    expect(changed.length).toBeGreaterThan(0);
    await bench.shot("corrections");
  },
  LONG,
);

test(
  "le classeur téléchargé ne contient plus d'erreur selon verifpacte, et garde le commentaire",
  async () => {
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Télécharger le classeur corrigé" }).click();
    const file = join(ARTIFACTS, (await download).suggestedFilename());
    expect(file.endsWith("recapitulatif-2025-corrige.xlsx")).toBe(true);
    await (await download).saveAs(file);
    let stdout = "";
    const code = await run(["--format", "json", file], {
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: () => true },
    });
    const report = JSON.parse(stdout) as { files: { findings: { severity: string }[] }[] };
    expect(report.files[0].findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(code).toBe(0);
    const { workbook } = await readXlsx(new Uint8Array(readFileSync(file)), "copie.xlsx");
    const noted = expected.find((f) => f.fix?.kind !== "comment") as Finding;
    expect(workbook.sheet(SHEET)?.notes.get(noted.cell)).toMatch(/^\[Contrôle /);
    writeFileSync(join(ARTIFACTS, "parcours-rapport.json"), stdout);
    await bench.shot("telechargement");
  },
  LONG,
);

test(
  "« Annuler les corrections VerifPacte » rend le classeur d'origine",
  async () => {
    await menuCommand(page, "Annuler les corrections VerifPacte");
    await page.getByRole("button", { name: "Restaurer le classeur" }).click();
    await page.locator("td.vp-changed").first().waitFor({ state: "detached" });
    expect(await gridTexts(page)).toEqual(original);
    await expect(page.locator("td.vp-note, td.vp-comment").count()).resolves.toBe(0);
    await bench.shot("annulation");
  },
  LONG,
);

test(
  "la barre de formule modifie une cellule comme une saisie dans Excel",
  async () => {
    await cell(page, "H6").click();
    await expect(page.locator(".vp-name-box").textContent()).resolves.toBe("H6");
    const input = page.getByRole("textbox", { name: "Contenu de la cellule sélectionnée (Entrée pour valider)" });
    await input.fill("1234,5");
    await input.press("Enter");
    await page.locator('td[data-cell="H6"].vp-changed').waitFor();
    await expect(cell(page, "H6").textContent()).resolves.toBe("1\u00a0234,50 €");
    await bench.shot("saisie");
  },
  LONG,
);
