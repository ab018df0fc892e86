/** Renders the pane as mountTaskPane does, over the fake service, with user-event. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { PaneContext } from "../../src/taskpane/context";
import { FakeWorkbookService } from "./fakeService";

export const DOC_BASE = "https://verifpacte.test/regles/";

export function renderPane(service = new FakeWorkbookService()) {
  const openUrl = jest.fn<void, [string]>();
  const user = userEvent.setup({ delay: null });
  const result = render(
    <FluentProvider theme={webLightTheme}>
      <PaneContext.Provider value={{ service, openUrl, ruleDocBase: DOC_BASE }}>
        <App />
      </PaneContext.Provider>
    </FluentProvider>,
  );
  return { service, openUrl, user, ...result };
}

/** Clicks « Analyser le classeur » and waits for the summary. */
export async function analyse(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  await user.click(screen.getByRole("button", { name: "Analyser le classeur" }));
  await screen.findByText(/tables? reconnues?/);
}

/** The list item of the finding on `cell` whose text matches `text`. */
export function findingItem(cell: string, text: RegExp): HTMLElement {
  const button = screen
    .getAllByRole("button", { name: new RegExp(`^Sélectionner la cellule ${cell} `) })
    .find((b) => text.test(b.closest("li")?.textContent ?? ""));
  if (!button) throw new Error(`aucun constat en ${cell} ne correspond à ${text}`);
  return button.closest("li") as HTMLElement;
}

export { screen, within };
