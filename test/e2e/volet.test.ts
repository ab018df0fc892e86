/**
 * The pane at the width Excel gives a task pane (350 × 700; 320 for sideways scrolling), in the light
 * and the dark theme: the findings come first, nothing scrolls sideways, a grouped card corrects all
 * its cells at once, and axe-core finds no serious or critical violation in any state of the pane.
 */
import type { Page } from "playwright-core";
import { count } from "../../src/core/report/french";
import { analyseButton, axeViolations, horizontalOverflow, menuCommand, OpenBench, openBench, STEP_TIMEOUT } from "./workbench";

const LONG = 6 * STEP_TIMEOUT;
const WIDTH = 350;
const HEIGHT = 700;

describe.each([
  ["clair", "light"],
  ["sombre", "dark"],
])("le volet seul, thème %s", (theme) => {
  let bench: OpenBench;
  let page: Page;

  beforeAll(async () => {
    bench = await openBench(`volet-${theme}`, { query: `?volet&theme=${theme}`, viewport: { width: WIDTH, height: HEIGHT } });
    page = bench.page;
  }, LONG);

  afterAll(async () => {
    await bench?.close();
  });

  afterEach(() => {
    expect(bench.errors).toEqual([]);
  });

  const cards = () => page.locator("li[data-vp-card]");
  /** The command bar's buttons are on one line, their labels whole: 1 when all is well. */
  const toolbarLines = () =>
    page.evaluate(() => {
      const buttons = [...document.querySelectorAll<HTMLElement>("[role=toolbar] button")];
      const cut = buttons.filter((b) => [...b.querySelectorAll("span")].some((x) => x.scrollWidth > x.clientWidth));
      // A label cut short (ellipsis) counts as a broken line too.
      return new Set(buttons.map((b) => Math.round(b.getBoundingClientRect().top))).size + cut.length;
    });
  const summary = () => page.getByRole("region", { name: "Résumé" });

  test(
    "après « Analyser », la première carte est visible sans défiler",
    async () => {
      await expect(axeViolations(page)).resolves.toEqual([]);
      await analyseButton(page).click();
      await summary().waitFor();
      await page.mouse.move(WIDTH - 5, HEIGHT - 5);
      const first = await cards().first().boundingBox();
      expect(first).not.toBeNull();
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      // The card's head, its message and its buttons are in the window, without scrolling.
      expect(first!.y).toBeGreaterThan(0);
      expect(first!.y + Math.min(first!.height, 250)).toBeLessThanOrEqual(HEIGHT);
      await expect(horizontalOverflow(page)).resolves.toBe(0);
      await expect(toolbarLines()).resolves.toBe(1);
      await bench.shot("analyse");
      await expect(axeViolations(page)).resolves.toEqual([]);
    },
    LONG,
  );

  test(
    "rien ne défile de côté à 320 px : liste, filtres, carte ouverte, aperçu, « Tout corriger », aide",
    async () => {
      await page.setViewportSize({ width: 320, height: HEIGHT });
      await expect(horizontalOverflow(page)).resolves.toBe(0);
      await expect(toolbarLines()).resolves.toBe(1);
      await page.getByRole("button", { name: "Filtrer" }).click();
      await page.getByRole("search", { name: "Filtres" }).waitFor();
      await expect(horizontalOverflow(page)).resolves.toBe(0);
      await expect(axeViolations(page)).resolves.toEqual([]);
      await page.getByRole("button", { name: "Filtrer" }).click();

      const group = cards()
        .filter({ has: page.getByRole("button", { name: /^Corriger les \d+$/ }) })
        .first();
      await group.getByRole("button", { name: /^Voir les \d+ cellules$/ }).click();
      await group.getByRole("button", { name: /^Corriger les \d+$/ }).click();
      await group
        .getByRole("region", { name: /^Corriger les \d+$/ })
        .getByRole("listitem")
        .first()
        .waitFor();
      await expect(horizontalOverflow(page)).resolves.toBe(0);
      await bench.shot("carte-groupee-320");
      await expect(axeViolations(page)).resolves.toEqual([]);
      await group.getByRole("button", { name: "Annuler", exact: true }).click();
      await group.getByRole("button", { name: "Masquer les cellules" }).click();

      await page.getByRole("button", { name: /^Tout corriger \(\d+\)$/ }).click();
      const dialog = page.getByRole("dialog", { name: "Tout corriger" });
      await dialog.getByText(/modifications seront appliquées/).waitFor();
      await expect(horizontalOverflow(page)).resolves.toBe(0);
      await bench.shot("tout-corriger-320");
      await expect(axeViolations(page)).resolves.toEqual([]);
      await dialog.getByRole("button", { name: "Fermer" }).click();

      await cards()
        .first()
        .getByRole("button", { name: /^En savoir plus/ })
        .click();
      const help = page.getByRole("dialog");
      await help.getByRole("heading", { level: 1 }).waitFor();
      await expect(horizontalOverflow(page)).resolves.toBe(0);
      await bench.shot("aide-320");
      await expect(axeViolations(page)).resolves.toEqual([]);
      await help.getByRole("button", { name: "Fermer l'aide" }).click();
      await page.setViewportSize({ width: WIDTH, height: HEIGHT });
    },
    LONG,
  );

  test(
    "« Corriger les N » d'une carte groupée corrige toutes ses cellules, en un aperçu",
    async () => {
      const errors = async () => Number(/(\d+) erreurs?/.exec((await summary().textContent()) ?? "")?.[1]);
      const before = await errors();
      const group = cards()
        .filter({ has: page.getByRole("button", { name: /^Corriger les \d+$/ }) })
        .first();
      const button = group.getByRole("button", { name: /^Corriger les \d+$/ });
      const n = Number(/\d+/.exec((await button.textContent()) ?? "")?.[0]);
      const title = (await group.locator("p").first().textContent()) ?? "";
      await button.click();
      const preview = group.getByRole("region", { name: `Corriger les ${n}` });
      await preview
        .getByRole("listitem")
        .nth(n - 1)
        .waitFor();
      await expect(preview.getByRole("listitem").count()).resolves.toBe(n);
      await preview.getByRole("button", { name: "Appliquer" }).click();
      await page.getByText(`${count(n, "cellule corrigée", "cellules corrigées")}, 0 commentaire ajouté.`).waitFor();
      await page.getByText(title, { exact: true }).waitFor({ state: "detached" });
      await expect(errors()).resolves.toBe(before - n);
      await bench.shot("groupe-corrige");
    },
    LONG,
  );

  test(
    "les fenêtres du menu (annulation, paramètres) restent accessibles",
    async () => {
      await menuCommand(page, "Annuler les corrections VerifPacte");
      const undo = page.getByRole("alertdialog", { name: "Annuler les corrections VerifPacte" });
      await undo.waitFor();
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Garder les corrections");
      await expect(axeViolations(page)).resolves.toEqual([]);
      await undo.getByRole("button", { name: "Garder les corrections" }).click();
      await menuCommand(page, "Paramètres");
      const settings = page.getByRole("dialog", { name: "Paramètres du contrôle" });
      await settings.getByRole("textbox", { name: /Montant notifié/ }).waitFor();
      await expect(horizontalOverflow(page)).resolves.toBe(0);
      await expect(axeViolations(page)).resolves.toEqual([]);
      await settings.getByRole("button", { name: "Annuler" }).click();
      await expect(page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).resolves.toBe("Plus de commandes");
    },
    LONG,
  );
});
