/**
 * Opening files in the workbench: another example from the menu, a .xlsx by drag and drop, and
 * every kind of file it must refuse or warn about with a clear French message — never a blank
 * page, and the workbook already open stays shown.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { cell, chooseFile, messages, OpenBench, openBench, STEP_TIMEOUT } from "./workbench";

const EXAMPLES = join(__dirname, "..", "..", "examples");
const LONG = 4 * STEP_TIMEOUT;

let bench: OpenBench;
let page: Page;

beforeAll(async () => {
  bench = await openBench("fichiers");
  page = bench.page;
}, LONG);

afterAll(async () => {
  await bench?.close();
});

afterEach(() => {
  expect(bench.errors).toEqual([]);
});

async function dismissMessages(): Promise<void> {
  for (const close of await page.getByRole("button", { name: "Fermer le message" }).all()) await close.click();
}

/** A refused file: the French reason is shown, the workbook open before is still there. */
async function expectRefused(reason: RegExp): Promise<void> {
  const before = await cell(page, "A1").textContent();
  await messages(page).getByText("Impossible d'ouvrir le classeur").waitFor();
  await messages(page).getByText(reason).waitFor();
  await expect(cell(page, "A1").textContent()).resolves.toBe(before);
}

test(
  "le menu Exemples ouvre l'autre classeur d'exemple, avec toutes ses feuilles",
  async () => {
    await page.getByRole("button", { name: "Exemples" }).click();
    await page.getByRole("menuitem", { name: /Erreurs plantées/ }).click();
    await page.getByText("Classeur : erreurs-plantees.xlsx").waitFor();
    await expect(page.getByRole("tab").count()).resolves.toBe(7);
    await page.getByRole("tab", { name: "Indicateurs 2024" }).click();
    await expect(page.getByRole("tab", { name: "Indicateurs 2024" }).getAttribute("aria-selected")).resolves.toBe("true");
    await bench.shot("exemple-erreurs-plantees");
  },
  LONG,
);

test(
  "un classeur déposé sur la page s'ouvre",
  async () => {
    const bytes = [...readFileSync(join(EXAMPLES, "calpae-execution-2022.xlsx"))];
    const transfer = await page.evaluateHandle((data) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(data)], "calpae-execution-2022.xlsx"));
      return dt;
    }, bytes);
    await page.locator(".vp-page").dispatchEvent("dragenter", { dataTransfer: transfer });
    await page.getByText("Déposez le classeur .xlsx ici").waitFor();
    await bench.shot("glisser");
    await page.locator(".vp-page").dispatchEvent("drop", { dataTransfer: transfer });
    await page.getByText("Classeur : calpae-execution-2022.xlsx").waitFor();
    await page.getByText("Déposez le classeur .xlsx ici").waitFor({ state: "detached" });
    await expect(cell(page, "A1").textContent()).resolves.not.toBe("");
  },
  LONG,
);

test(
  "un classeur sans tableau VerifPacte s'ouvre avec un avertissement en français",
  async () => {
    const excel = new ExcelJS.Workbook();
    const sheet = excel.addWorksheet("Courses");
    sheet.addRows([
      ["Article", "Quantité", "Prix"],
      ["Pommes", 3, 2.5],
      ["Pain", 1, 1.2],
    ]);
    const bytes = new Uint8Array(await excel.xlsx.writeBuffer());
    await chooseFile(page, "courses.xlsx", bytes);
    await messages(page).getByText("« courses.xlsx » ne ressemble pas à un classeur VerifPacte").waitFor();
    await expect(cell(page, "A2").textContent()).resolves.toBe("Pommes");
    await expect(cell(page, "C2").textContent()).resolves.toBe("2,5");
    await bench.shot("pas-verifpacte");
    await dismissMessages();
  },
  LONG,
);

test(
  "un fichier endommagé est refusé avec un message clair",
  async () => {
    const bytes = readFileSync(join(EXAMPLES, "recapitulatif-2025.xlsx"));
    await chooseFile(page, "abime.xlsx", bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expectRefused(/« abime\.xlsx » : .*endommagé/);
    await bench.shot("endommage");
    await dismissMessages();
  },
  LONG,
);

test(
  "un fichier texte renommé en .xlsx est refusé",
  async () => {
    await chooseFile(page, "export.xlsx", new TextEncoder().encode("Axe;Montant\nPrévenir;1000\n"));
    await expectRefused(/ce n'est pas un classeur Excel \(\.xlsx\)/);
    await dismissMessages();
  },
  LONG,
);

test(
  "un fichier trop lourd est refusé avant d'être lu",
  async () => {
    const huge = new Uint8Array(11 * 1024 * 1024);
    huge.set([0x50, 0x4b, 0x03, 0x04]);
    await chooseFile(page, "enorme.xlsx", huge);
    await expectRefused(/le fichier pèse 11 Mo, le banc d'essai accepte au plus 10 Mo/);
    await bench.shot("trop-lourd");
  },
  LONG,
);
