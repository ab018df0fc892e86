/**
 * « Tout corriger » in the browser workbench, then the « Contrôles VerifPacte » sheet: every
 * corrected finding is listed « corrigé » with the value the grid shows in its cell, and the
 * workbook, analysed again, has nothing left to correct. Screenshots in test-results/e2e/.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { analyze } from "../../src/core/engine/analyze";
import { readXlsx } from "../../src/xlsx";
import { parseAmount } from "../../src/core/parse/amount";
import { CONTROLES_HEADER } from "../../src/core/report/controles";
import { analyseButton, ARTIFACTS, gridTexts, OpenBench, openBench, STEP_TIMEOUT } from "./workbench";

const SHEET = "Prévisionnel 2025";
const REPORT = "Contrôles VerifPacte";
const LONG = 4 * STEP_TIMEOUT;
const STATUS = CONTROLES_HEADER.indexOf("Statut");
const VALUE = CONTROLES_HEADER.indexOf("Valeur obtenue");

let bench: OpenBench;
let page: Page;

beforeAll(async () => {
  bench = await openBench("controles");
  page = bench.page;
}, LONG);

afterAll(async () => {
  await bench?.close();
});

afterEach(() => {
  expect(bench.errors).toEqual([]);
});

/** Cents of an amount as the grid or the report shows it (« 1 234,50 € »). */
function cents(text: string): number | null {
  const parsed = parseAmount(text);
  return parsed.kind === "amount" ? parsed.cents : null;
}

/** The report's rows as shown: [sheet, cell, status, value], from the grid's cells of each row. */
function reportRows(texts: Record<string, string>): string[][] {
  const letter = (i: number) => String.fromCharCode(65 + i);
  const rows: string[][] = [];
  for (let r = 1; r < 2000; r++) {
    if (!(`A${r}` in texts) && !(`E${r}` in texts)) continue;
    rows.push([
      texts[`B${r}`] ?? "",
      texts[`C${r}`] ?? "",
      texts[`${letter(STATUS)}${r}`] ?? "",
      texts[`${letter(VALUE)}${r}`] ?? "",
    ]);
  }
  return rows;
}

test(
  "« Tout corriger », puis la feuille « Contrôles VerifPacte » liste chaque correction avec la valeur que la grille affiche",
  async () => {
    await analyseButton(page).click();
    const fixAll = page.getByRole("button", { name: /^Tout corriger \(\d+\)$/ });
    await fixAll.waitFor();
    await fixAll.click();
    const dialog = page.getByRole("dialog", { name: "Tout corriger" });
    await dialog.getByRole("button", { name: "Appliquer les modifications" }).click();
    await page
      .getByText(/La feuille « Contrôles VerifPacte » liste les constats et les valeurs obtenues\./)
      .first()
      .waitFor();
    await page.getByRole("tab", { name: SHEET }).click();
    const grid = await gridTexts(page);
    await bench.shot("feuille-corrigee");

    await page.getByRole("tab", { name: REPORT }).click();
    await page.locator('td[data-cell="A1"]').filter({ hasText: "Contrôles VerifPacte — " }).waitFor();
    const report = reportRows(await gridTexts(page));
    await bench.shot("controles");
    const corrected = report.filter(([sheet, , status]) => sheet === SHEET && status === "corrigé");
    expect(corrected.length).toBeGreaterThan(0);
    for (const [, address, , value] of corrected) {
      expect([address, value]).toEqual([address, expect.stringMatching(/\S/)]);
      expect([address, cents(value)]).toEqual([address, cents(grid[address] ?? "")]);
    }

    // The corrected workbook, analysed again outside the browser: no value or formula left to correct.
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Télécharger le classeur corrigé" }).click();
    const file = join(ARTIFACTS, `controles-${(await download).suggestedFilename()}`);
    await (await download).saveAs(file);
    const { workbook } = await readXlsx(new Uint8Array(readFileSync(file)), "copie.xlsx");
    const left = analyze([workbook]).findings.filter((f) => f.fix?.kind === "value" || f.fix?.kind === "formula");
    expect(left.map((f) => `${f.sheet}!${f.cell} ${f.ruleId}`)).toEqual([]);
    // The copy's « Contrôles VerifPacte » sheet says the same values.
    const copy = workbook.sheet(REPORT);
    for (const [, address, , value] of corrected) {
      const row = Array.from({ length: copy?.rowCount ?? 0 }, (_, r) => r).find(
        (r) => copy?.value(r, 2) === address && copy?.value(r, STATUS) === "corrigé",
      );
      expect([address, row === undefined ? null : copy?.value(row, VALUE)]).toEqual([address, value]);
    }
  },
  LONG,
);
