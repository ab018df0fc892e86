/** @jest-environment jsdom */
import "./setup";
import { act, waitFor } from "@testing-library/react";
import { mountTaskPane } from "../../src/taskpane/mount";
import { FakeWorkbookService } from "./fakeService";
import { analyse, openMenu, renderPane, screen, within } from "./render";

describe("états du volet", () => {
  test("au démarrage : titre, accueil, et rien à annuler", async () => {
    const { user } = renderPane();
    expect(screen.getByRole("main", { name: "VerifPacte" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1, name: "VerifPacte" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Bienvenue" })).toBeTruthy();
    expect(screen.getByRole("toolbar", { name: "Commandes" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Tout corriger" }).getAttribute("aria-disabled")).toBe("true");
    const menu = await openMenu(user);
    expect(within(menu).getByRole("menuitem", { name: "Annuler les corrections VerifPacte" }).getAttribute("aria-disabled")).toBe(
      "true",
    );
    expect(within(menu).getByRole("menuitem", { name: "Créer la feuille Contrôles" }).getAttribute("aria-disabled")).toBe("true");
  });

  test("un journal laissé par une session précédente permet d'annuler sans analyser", async () => {
    const service = new FakeWorkbookService();
    service.journal = true;
    const { user } = renderPane(service);
    await waitFor(() => expect(service.journal).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 0));
    const menu = await openMenu(user);
    await waitFor(() =>
      expect(
        within(menu).getByRole("menuitem", { name: "Annuler les corrections VerifPacte" }).getAttribute("aria-disabled"),
      ).not.toBe("true"),
    );
  });

  test("pendant l'analyse : progression annoncée, bouton indisponible", async () => {
    const service = new FakeWorkbookService();
    service.holdAnalysis = true;
    const { user } = renderPane(service);
    await user.click(screen.getByRole("button", { name: "Analyser" }));
    const progress = await screen.findByRole("progressbar");
    expect(progress.getAttribute("aria-valuetext")).toBe("25 % — Lecture du classeur");
    expect(screen.getByRole("status").textContent).toContain("Lecture du classeur");
    expect(screen.getByRole("button", { name: "Analyse…" }).getAttribute("aria-disabled")).toBe("true");
    act(() => service.release());
    await screen.findByText(/tables reconnues/);
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(screen.getByRole("status").textContent).toMatch(
      /^Analyse terminée : \d+ erreurs?, \d+ avertissements?, \d+ informations?\.$/,
    );
  });

  test("une analyse en échec affiche un message en français et « Réessayer » relance", async () => {
    const service = new FakeWorkbookService();
    service.analyzeError = new Error("Le classeur est en cours de modification dans Excel : terminez la saisie de la cellule.");
    const { user } = renderPane(service);
    await user.click(screen.getByRole("button", { name: "Analyser" }));
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText("L'analyse a échoué")).toBeTruthy();
    expect(alert.textContent).toContain("terminez la saisie de la cellule");
    service.analyzeError = null;
    await user.click(within(alert).getByRole("button", { name: "Réessayer" }));
    await screen.findByText(/tables reconnues/);
    expect(screen.queryByText("L'analyse a échoué")).toBeNull();
  });

  test("aucun tableau : le volet le dit et propose de décrire un tableau", async () => {
    const service = new FakeWorkbookService();
    service.shapeAnalysis = (a) => ({ ...a, tables: [], unmapped: [], findings: [] });
    const { user } = renderPane(service);
    await analyse(user);
    expect(screen.getByText("Aucun tableau reconnu dans ce classeur.")).toBeTruthy();
    expect(screen.getByText("0 table reconnue")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Décrire un tableau" }));
    expect(await screen.findByRole("dialog", { name: "Décrire un tableau" })).toBeTruthy();
  });

  test("des tableaux sans constat, et les problèmes de lecture du classeur", async () => {
    const service = new FakeWorkbookService();
    service.shapeAnalysis = (a) => ({
      ...a,
      findings: [],
      errors: [
        {
          file: "contrat-2024.xlsx",
          message: "La règle « sous-total » (n° 3) s'est arrêtée sur une erreur interne : ses constats peuvent manquer.",
        },
      ],
    });
    const { user } = renderPane(service);
    await analyse(user);
    expect(screen.getByText("Aucun constat : les tableaux reconnus sont cohérents.")).toBeTruthy();
    expect(screen.getByText(/s'est arrêtée sur une erreur interne/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Tout corriger" }).getAttribute("aria-disabled")).toBe("true");
  });

  test("mountTaskPane monte le volet sur un élément avec le service donné", async () => {
    const element = document.createElement("div");
    document.body.appendChild(element);
    const service = new FakeWorkbookService();
    const analyze = jest.spyOn(service, "analyze");
    let pane: ReturnType<typeof mountTaskPane> | undefined;
    await act(async () => {
      pane = mountTaskPane(element, service, { theme: "dark", helpBase: "https://exemple.test/aide/" });
    });
    expect(within(element).getByRole("heading", { level: 1, name: "VerifPacte" })).toBeTruthy();
    await act(async () => within(element).getByRole("button", { name: "Analyser" }).click());
    await waitFor(() => expect(analyze).toHaveBeenCalled());
    act(() => pane!.unmount());
    expect(element.childElementCount).toBe(0);
    element.remove();
  });
});
