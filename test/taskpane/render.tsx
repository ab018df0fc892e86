/** Renders the pane as mountTaskPane does, over the fake service, with user-event. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { FormulaLanguage } from "../../src/core/formula/locale";
import { App } from "../../src/taskpane/App";
import { PaneContext } from "../../src/taskpane/context";
import { FakeWorkbookService } from "./fakeService";

export const HELP_BASE = "https://verifpacte.test/aide/";

/** The help pages the fake server gives: a title and a link to another page. */
export function helpPage(url: string): string {
  const name = url.replace(HELP_BASE, "");
  return `<!doctype html><html lang="fr"><head><title>${name}</title></head><body><main><h1>Page ${name}</h1><p>Texte de ${name}. <a href="sous-total.html">Voir sous-total</a></p></main></body></html>`;
}

export function renderPane(service = new FakeWorkbookService(), formulas: FormulaLanguage = "en") {
  const openUrl = jest.fn<void, [string]>();
  const loadHelp = jest.fn(async (url: string) => helpPage(url));
  const user = userEvent.setup({ delay: null });
  const result = render(
    <FluentProvider theme={webLightTheme}>
      <PaneContext.Provider value={{ service, openUrl, helpBase: HELP_BASE, loadHelp, formulas }}>
        <App />
      </PaneContext.Provider>
    </FluentProvider>,
  );
  return { service, openUrl, loadHelp, user, ...result };
}

/** Clicks « Analyser » and waits for the summary. */
export async function analyse(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  await user.click(screen.getByRole("button", { name: "Analyser" }));
  await screen.findByText(/tables? reconnues?/);
}

/** The card of the finding on `cell` whose text matches `text`. */
export function findingItem(cell: string, text: RegExp): HTMLElement {
  const button = screen
    .getAllByRole("button", { name: new RegExp(`^Sélectionner la cellule ${cell} `) })
    .find((b) => text.test(b.closest("li")?.textContent ?? ""));
  if (!button) throw new Error(`aucun constat en ${cell} ne correspond à ${text}`);
  return button.closest("li") as HTMLElement;
}

/** Opens « Plus de commandes » and returns the menu. */
export async function openMenu(user: ReturnType<typeof userEvent.setup>): Promise<HTMLElement> {
  await user.click(screen.getByRole("button", { name: "Plus de commandes" }));
  return screen.findByRole("menu");
}

export { screen, within };
