/**
 * The pane alone at 350 × 700, driven by the keyboard only (Tab, Shift+Tab, arrows, Entrée, Espace):
 * « Analyser » is reached by Tab from the top of the pane, the first finding card by Tab after the
 * analysis, its address and « Corriger » by the arrows inside the card, then « Tout corriger » and its
 * dialog. At every step the focused element is named in French and its focus indicator is drawn.
 */
import type { Page } from "playwright-core";
import { OpenBench, openBench, STEP_TIMEOUT } from "./workbench";

const LONG = 6 * STEP_TIMEOUT;

interface Focused {
  /** The accessible name as a user hears it: aria-label, else the visible text. */
  name: string;
  tag: string;
  inCard: boolean;
  firstCard: boolean;
  inToolbar: boolean;
  /** A focus indicator is drawn: outline, box-shadow or a bordered ::after / ::before. */
  visible: boolean;
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) {
      return { name: "(body)", tag: "body", inCard: false, firstCard: false, inToolbar: false, visible: false };
    }
    const drawn = (style: CSSStyleDeclaration) =>
      (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) ||
      (style.boxShadow !== "none" && style.boxShadow !== "") ||
      (style.content !== "none" &&
        style.content !== "" &&
        style.borderTopStyle !== "none" &&
        parseFloat(style.borderTopWidth) > 0);
    const card = element.closest("[data-vp-card]");
    return {
      name: (element.getAttribute("aria-label") ?? element.textContent ?? "").trim(),
      tag: element.tagName.toLowerCase(),
      inCard: card !== null,
      firstCard: card !== null && card === document.querySelector("[data-vp-card]"),
      inToolbar: element.closest("[role=toolbar]") !== null,
      visible:
        drawn(getComputedStyle(element)) ||
        drawn(getComputedStyle(element, "::after")) ||
        drawn(getComputedStyle(element, "::before")),
    };
  });
}

/** Presses `key` until the focused element passes `wanted`; fails with the path walked. */
async function pressUntil(page: Page, key: string, wanted: (f: Focused) => boolean, max: number): Promise<Focused> {
  const path: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const now = await focused(page);
    path.push(now.name);
    if (wanted(now)) return now;
  }
  throw new Error(`${key} × ${max} sans atteindre l'élément voulu ; parcours : ${path.join(" → ")}`);
}

describe("le volet au clavier seul, à 350 × 700", () => {
  let bench: OpenBench;
  let page: Page;

  beforeAll(async () => {
    bench = await openBench("clavier", { query: "?volet", viewport: { width: 350, height: 700 } });
    page = bench.page;
  }, LONG);

  afterAll(async () => {
    await bench?.close();
  });

  afterEach(() => {
    expect(bench.errors).toEqual([]);
  });

  test(
    "Analyser, une carte (adresse, Corriger, Appliquer), puis Tout corriger et sa confirmation",
    async () => {
      // From the top of the pane, « Analyser » is the first Tab stop of the command bar.
      await expect(focused(page)).resolves.toMatchObject({ tag: "body" });
      const analyse = await pressUntil(page, "Tab", (f) => f.name === "Analyser", 3);
      expect(analyse).toMatchObject({ inToolbar: true, visible: true });
      await page.keyboard.press("Enter");
      await page.getByRole("region", { name: "Résumé" }).waitFor();

      // Tab reaches the first finding card (one Tab stop per card); the first stop is its address.
      const address = await pressUntil(page, "Tab", (f) => f.inCard, 12);
      expect(address).toMatchObject({ firstCard: true, visible: true });
      expect(address.name).toMatch(/^Sélectionner la cellule [A-Z]+\d+ de la feuille « .+ »$/);
      // « Aller à la cellule » : Entrée on the address selects it; the focus stays on the card.
      await page.keyboard.press("Enter");
      await expect(focused(page)).resolves.toMatchObject({ name: address.name, visible: true });

      // The arrows move inside the card, to « Corriger »; Entrée opens its preview, Tab reaches « Appliquer ».
      const fix = await pressUntil(page, "ArrowRight", (f) => f.name === "Corriger", 6);
      expect(fix).toMatchObject({ firstCard: true, visible: true });
      await page.keyboard.press("Enter");
      const apply = await pressUntil(page, "Tab", (f) => f.name === "Appliquer", 4);
      expect(apply).toMatchObject({ inCard: true, visible: true });
      await page.keyboard.press("Space");
      await page.getByText("1 cellule corrigée, 0 commentaire ajouté.").waitFor();
      // The corrected card is gone: the focus is on the card now at its place, not on the page's body.
      await expect(focused(page)).resolves.toMatchObject({ inCard: true });

      // Back to the command bar with Shift+Tab, then the arrow to « Tout corriger (n) ».
      await pressUntil(page, "Shift+Tab", (f) => f.inToolbar, 12);
      const fixAll = await pressUntil(page, "ArrowRight", (f) => /^Tout corriger \(\d+\)$/.test(f.name), 3);
      expect(fixAll).toMatchObject({ inToolbar: true, visible: true });
      await page.keyboard.press("Enter");
      const dialog = page.getByRole("dialog", { name: "Tout corriger" });
      await dialog.getByText(/modifications seront appliquées/).waitFor();
      // The initial focus is not on the confirming button; the focus stays in the dialog and Shift+Tab
      // goes round to its buttons (« Fermer », then « Appliquer les modifications »).
      await expect(focused(page)).resolves.not.toMatchObject({ name: "Appliquer les modifications" });
      const confirm = await pressUntil(page, "Shift+Tab", (f) => f.name === "Appliquer les modifications", 4);
      expect(confirm.visible).toBe(true);
      await page.keyboard.press("Enter");
      await dialog.waitFor({ state: "detached" });
      await page.getByText(/cellules? corrigées?, \d+ commentaires? ajoutés?\./).waitFor();
      // The focus comes back into the pane (the command bar or a card), never the page's body.
      await expect(focused(page)).resolves.not.toMatchObject({ tag: "body" });
      await bench.shot("apres-tout-corriger");
    },
    LONG,
  );
});
