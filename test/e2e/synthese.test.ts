/**
 * The regional synthesis in the workbench: the workbooks of examples/region dropped at once give
 * the « Synthèse » view (the table, two accessible SVG charts, the regional checks), and its
 * export downloads the same .xlsx as the command line, read back here with the project's reader.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { readXlsx } from "../../src/xlsx";
import { analyseButton, ARTIFACTS, OpenBench, openBench } from "./workbench";

const REGION = join(__dirname, "..", "..", "examples", "region");
const LONG = 6 * 30_000;

let bench: OpenBench;
let page: Page;

beforeAll(async () => {
  bench = await openBench("synthese");
  page = bench.page;
}, LONG);

afterAll(async () => {
  await bench?.close();
});

afterEach(() => {
  expect(bench.errors).toEqual([]);
});

/** Drops files on the page as a user drags them from a folder. */
async function dropFiles(files: { name: string; bytes: number[] }[]): Promise<void> {
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([new Uint8Array(f.bytes)], f.name));
    return dt;
  }, files);
  await page.locator(".vp-page").dispatchEvent("dragenter", { dataTransfer: transfer });
  await page.locator(".vp-page").dispatchEvent("drop", { dataTransfer: transfer });
}

test("le bouton « Synthèse de plusieurs classeurs… » explique son rôle dans une infobulle à sa taille", async () => {
  const button = page.getByRole("button", { name: "Synthèse de plusieurs classeurs…" });
  await button.hover();
  const tooltip = page.getByRole("tooltip");
  await expect(tooltip.textContent()).resolves.toBe("Choisir tous les classeurs de la région (un ou plusieurs par département)");
  const box = await tooltip.boundingBox();
  const viewport = page.viewportSize();
  // A bubble beside the button, not a layer over the page (the portal once took the page's height).
  expect(box!.height).toBeLessThan(120);
  expect(box!.width).toBeLessThan(viewport!.width / 2);
  await expect(button.getAttribute("aria-describedby")).resolves.toBe(await tooltip.getAttribute("id"));
  await page.mouse.move(0, 0);
  await tooltip.waitFor({ state: "detached" });
});

test(
  "plusieurs classeurs déposés : vue « Synthèse », graphiques, export téléchargé et relu",
  async () => {
    const names = readdirSync(REGION)
      .filter((f) => f.endsWith(".xlsx"))
      .sort();
    await dropFiles(names.map((name) => ({ name, bytes: [...readFileSync(join(REGION, name))] })));
    const view = page.getByRole("region", { name: "Synthèse régionale" });
    await view.getByRole("heading", { name: "Synthèse régionale – campagne 2025 (prévisionnel 2025, exécution 2024)" }).waitFor();
    await view.getByText("4 départements, 10 classeurs lus.", { exact: false }).waitFor();

    // The table: one row per département, the totals row, the rates under their thresholds flagged in words.
    const rows = view.locator("tbody tr");
    await expect(rows.count()).resolves.toBe(4);
    await expect(rows.nth(3).locator('[data-colonne="nom"]').textContent()).resolves.toBe("Val-d'Argent");
    await expect(rows.nth(3).locator('[data-colonne="pEtat"]').textContent()).resolves.toBe("520\u00a0000,00\u00a0€");
    await expect(rows.nth(1).locator('[data-colonne="partCd"]').textContent()).resolves.toBe("41,4\u00a0% (sous le seuil)");
    await expect(view.locator('tfoot [data-colonne="pEtat"]').textContent()).resolves.toBe("1\u00a0440\u00a0000,00\u00a0€");

    // The charts: images with a title and a description giving every figure, one bar per département.
    const consumption = view.getByRole("img", { name: /Taux de consommation des crédits 2024 par département/ });
    await expect(consumption.locator("rect").count()).resolves.toBe(3);
    await expect(consumption.locator("desc").textContent()).resolves.toContain("Côte-des-Lilas (97) : 64,6\u00a0%");
    const funding = view.getByRole("img", { name: /Financements prévus pour 2025/ });
    await expect(funding.locator("rect[data-part]").count()).resolves.toBe(9);
    await expect(funding.locator("desc").textContent()).resolves.toContain(
      "Val-d'Argent (99) : État 535\u00a0000,00\u00a0€, CD 550\u00a0000,00\u00a0€, autres 35\u00a0000,00\u00a0€",
    );
    await view.getByText("Monts-Clairs (96) : des tableaux pour 2024").waitFor();

    // The envelope typed after the reading: only the envelope check changes.
    await view.getByLabel("Enveloppe régionale des crédits État (€)").fill("1 400 000");
    await view.getByLabel("Enveloppe régionale des crédits État (€)").press("Enter");
    await view
      .getByText("elle dépasse l'enveloppe régionale de 1\u00a0400\u00a0000,00\u00a0€ de 40\u00a0000,00\u00a0€", { exact: false })
      .waitFor();
    await view.screenshot({ path: join(ARTIFACTS, "synthese-vue.png") });
    await bench.shot("synthese");

    const download = page.waitForEvent("download");
    await view.getByRole("button", { name: "Télécharger la synthèse (.xlsx)" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("synthese-regionale-2025.xlsx");
    const saved = join(ARTIFACTS, "synthese-regionale-2025.xlsx");
    await file.saveAs(saved);
    const { workbook } = await readXlsx(readFileSync(saved), "synthese-regionale-2025.xlsx");
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Synthèse", "Par pilier", "Anomalies", "VerifPacte_Synthese"]);
    const sheet = workbook.sheets[0];
    expect(sheet.value(7, 1)).toBe("Val-d'Argent");
    expect(sheet.get(8, 4)).toMatchObject({ formula: "=SUM(E5:E8)", value: 1_440_000 });
    expect(workbook.sheets[2].value(3, 0)).toBe("erreur");
    expect(String(workbook.sheets[2].value(3, 6))).toContain("dépasse l'enveloppe régionale de 1\u00a0400\u00a0000,00\u00a0€");

    // Back to the workbook.
    await view.getByRole("button", { name: "Fermer la synthèse" }).click();
    await analyseButton(page).waitFor();
  },
  LONG,
);

test(
  "le bouton « Synthèse de plusieurs classeurs… » et un fichier illisible parmi les autres",
  async () => {
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Synthèse de plusieurs classeurs…" }).click();
    const files = ["val-d-argent-cls-recapitulatif-2025.xlsx", "hautes-brumes-cls-recapitulatif-2025.xlsx"].map((name) => ({
      name,
      mimeType: "application/octet-stream",
      buffer: readFileSync(join(REGION, name)),
    }));
    await (
      await chooser
    ).setFiles([...files, { name: "abime.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("pas un classeur") }]);
    const view = page.getByRole("region", { name: "Synthèse régionale" });
    await view.getByText("2 départements, 3 classeurs lus.", { exact: false }).waitFor();
    await view.getByText("« abime.xlsx » :", { exact: false }).waitFor();
    await view.getByRole("button", { name: "Fermer la synthèse" }).click();
  },
  LONG,
);
