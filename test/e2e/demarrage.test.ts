/**
 * The task pane page for Excel (taskpane.html) when it cannot start: office.js blocked (a proxy,
 * no network) or a web view too old for the pane (Internet Explorer in Office 2016/2019 under
 * volume licence). The page says so in French, with what to do, instead of « Chargement… »
 * forever; nothing reaches the network.
 */
import type { Browser, Page } from "playwright-core";
import { chromium } from "playwright-core";
import { pageUrl, STEP_TIMEOUT } from "./workbench";

const LONG = 4 * STEP_TIMEOUT;
const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko";

let browser: Browser;

beforeAll(async () => {
  browser = await chromium.connect(process.env.VERIFPACTE_E2E_BROWSER ?? "");
}, LONG);

afterAll(async () => {
  await browser?.close();
});

async function openPane(userAgent?: string): Promise<{ page: Page; close(): Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 350, height: 700 }, locale: "fr-FR", userAgent });
  // office.js comes from Microsoft's CDN: here it is refused, as by a proxy.
  await context.route("https://appsforoffice.microsoft.com/**", (route) => route.abort("blockedbyclient"));
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT);
  await page.goto(pageUrl("taskpane.html"));
  return { page, close: () => context.close() };
}

test(
  "office.js n'arrive pas : le volet le dit en français et dit quoi faire",
  async () => {
    const { page, close } = await openPane();
    const alert = page.getByRole("alert");
    await expect(alert.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Office n'a pas pu charger le complément");
    await expect(alert.textContent()).resolves.toContain(
      "demandez à votre service informatique d'autoriser https://appsforoffice.microsoft.com",
    );
    await expect(page.getByText("Chargement de VerifPacte", { exact: false }).count()).resolves.toBe(0);
    await expect(page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).resolves.toBe(
      0,
    );
    await close();
  },
  LONG,
);

test(
  "un Excel qui affiche les compléments avec Internet Explorer : le volet explique quelles versions conviennent",
  async () => {
    const { page, close } = await openPane(IE11);
    const alert = page.getByRole("alert");
    await expect(alert.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
      "Cette version d'Excel ne peut pas afficher VerifPacte",
    );
    await expect(alert.textContent()).resolves.toContain("Excel pour Microsoft 365 ou Excel 2021");
    await close();
  },
  LONG,
);
