/** @jest-environment jsdom */
import "./setup";
import { waitFor } from "@testing-library/react";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { analyse, findingItem, HELP_BASE, renderPane, screen, within } from "./render";
import { FakeWorkbookService } from "./fakeService";
import { FINANCIAL_SHEET, INDICATOR_SHEET, sampleAnalysis } from "./workbook";

const expected = sampleAnalysis(DEFAULT_SETTINGS).findings;
const bySeverity = (s: string) => expected.filter((f) => f.severity === s).length;
const NB = "\u00a0";
/** The cards shown (a card of several cells counts once; the cells of an opened group are cards too). */
const cards = () => [...document.querySelectorAll("li[data-vp-card]")];

describe("liste des constats", () => {
  test("une ligne de résumé : constats par gravité (icône et mot) et tables reconnues ; « Analyser » lit tout en un appel", async () => {
    const { user, service } = renderPane();
    const settings = jest.spyOn(service, "loadSettings");
    const journal = jest.spyOn(service, "hasJournal");
    await analyse(user);
    const summary = screen.getByRole("region", { name: "Résumé" });
    expect(within(summary).getByText(`${bySeverity("error")} erreurs`)).toBeTruthy();
    expect(within(summary).getByText(`${bySeverity("warning")} avertissements`)).toBeTruthy();
    expect(within(summary).getByText("1 information")).toBeTruthy();
    expect(within(summary).getByText("2 tables reconnues, 1 zone non reconnue")).toBeTruthy();
    expect([...summary.querySelectorAll("li")].slice(0, 3).map((li) => li.querySelectorAll("svg").length)).toEqual([1, 1, 1]);
    expect(service.analyses).toBe(1);
    expect(settings).not.toHaveBeenCalled();
    expect(journal.mock.calls.length).toBeLessThanOrEqual(1); // once at start, before any analysis
  });

  test("les constats viennent par tableau ; la même erreur sur plusieurs cellules forme une seule carte", async () => {
    const { user } = renderPane();
    await analyse(user);
    const tables = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(tables).toEqual([
      `« ${FINANCIAL_SHEET} » — Tableau financier F1 — Pacte 2024, A1:G6`,
      `« ${INDICATOR_SHEET} » — Matrice d'indicateurs I1 — Pacte 2024, A1:E3`,
    ]);
    const item = findingItem("G4", /budget global/);
    expect(within(item).getByText("Erreur")).toBeTruthy();
    expect(item.textContent).toContain(`Correction proposée : =D4+E4+F4 (résultat attendu : 100${NB}000,00${NB}€)`);
    // F5 and G5: the same hard-coded sous-total in two columns.
    const financial = screen.getByRole("list", { name: tables[0]! });
    const cards = within(financial).getAllByRole("listitem");
    expect(cards).toHaveLength(2);
    expect(cards[1].textContent).toContain("2 cellules : F5, G5");
    expect(within(cards[1]).getByRole("button", { name: "Corriger les 2" })).toBeTruthy();
    expect(within(cards[1]).queryByRole("button", { name: /^Sélectionner la cellule/ })).toBeNull();
  });

  test("« Voir les 2 cellules » ouvre la carte sur chaque cellule, qui se corrige et se sélectionne seule", async () => {
    const { user, service } = renderPane();
    await analyse(user);
    const group = screen.getByRole("button", { name: "Corriger les 2" }).closest("li") as HTMLElement;
    const toggle = within(group).getByRole("button", { name: "Voir les 2 cellules" });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    await user.click(toggle);
    const cells = within(group).getByRole("list", { name: /^Cellules du constat/ });
    expect(within(cells).getAllByRole("listitem")).toHaveLength(2);
    await user.click(
      within(cells).getByRole("button", { name: `Sélectionner la cellule G5 de la feuille « ${FINANCIAL_SHEET} »` }),
    );
    expect(service.selections).toEqual([`${FINANCIAL_SHEET}!G5`]);
    expect(within(cells).getAllByRole("button", { name: "Corriger" })).toHaveLength(2);
  });

  test("les filtres sont derrière « Filtrer » : gravité, règle, texte", async () => {
    const { user } = renderPane();
    await analyse(user);
    expect(screen.queryByRole("search")).toBeNull();
    const filter = screen.getByRole("button", { name: "Filtrer" });
    await user.click(filter);
    expect(filter.getAttribute("aria-expanded")).toBe("true");
    const panel = screen.getByRole("search", { name: "Filtres" });
    expect(filter.getAttribute("aria-controls")).toBe(panel.id);

    // G4, F5+G5, E2 (taux), E2 (écart), C3, E3.
    expect(cards()).toHaveLength(6);
    await user.click(within(panel).getByRole("checkbox", { name: `Erreurs (${bySeverity("error")})` }));
    expect(cards()).toHaveLength(4);
    expect(screen.getByRole("button", { name: "Filtrer (1)" })).toBeTruthy();
    await user.click(within(panel).getByRole("checkbox", { name: `Erreurs (${bySeverity("error")})` }));

    await user.selectOptions(within(panel).getByRole("combobox", { name: "Règle" }), "indicateur-texte");
    expect(cards().map((c) => c.querySelector("button")?.textContent)).toEqual(["C3", "E3"]);
    await user.selectOptions(within(panel).getByRole("combobox", { name: "Règle" }), "");

    const search = within(panel).getByRole("searchbox", { name: "Rechercher" });
    await user.type(search, "premier accueil");
    expect(cards().length).toBe(expected.filter((f) => f.message.includes("premier accueil")).length);
    await user.type(search, " introuvable");
    expect(screen.getByText("Aucun constat ne correspond aux filtres.")).toBeTruthy();
    await user.click(within(panel).getByRole("button", { name: "Effacer la recherche" }));
    expect(cards()).toHaveLength(6);
  });

  test("un clic sur la cellule la sélectionne dans Excel", async () => {
    const { user, service } = renderPane();
    await analyse(user);
    await user.click(
      within(findingItem("E2", /taux est compris/)).getByRole("button", {
        name: `Sélectionner la cellule E2 de la feuille « ${INDICATOR_SHEET} »`,
      }),
    );
    expect(service.selections).toEqual([`${INDICATOR_SHEET}!E2`]);
  });

  test("« En savoir plus » ouvre la page de la règle dans le volet ; ses liens y restent ; la fermeture rend le focus", async () => {
    const { user, openUrl, loadHelp } = renderPane();
    await analyse(user);
    const link = within(findingItem("G4", /budget global/)).getByRole("button", { name: /En savoir plus sur la règle/ });
    await user.click(link);
    const panel = await screen.findByRole("dialog");
    await within(panel).findByRole("heading", { level: 1, name: "Page regles/formule-ligne.html" });
    expect(loadHelp).toHaveBeenCalledWith(`${HELP_BASE}regles/formule-ligne.html`);
    await user.click(within(panel).getByRole("link", { name: "Voir sous-total" }));
    await within(panel).findByRole("heading", { level: 1, name: "Page regles/sous-total.html" });
    await user.click(within(panel).getByRole("button", { name: "Page précédente" }));
    await within(panel).findByRole("heading", { level: 1, name: "Page regles/formule-ligne.html" });
    await user.click(within(panel).getByRole("button", { name: "Ouvrir dans le navigateur" }));
    expect(openUrl).toHaveBeenCalledWith(`${HELP_BASE}regles/formule-ligne.html`);
    await user.click(within(panel).getByRole("button", { name: "Fermer l'aide" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(link));
  });

  test("dans un Excel en français, les formules s'écrivent en français (messages, correction, aperçu)", async () => {
    const { user } = renderPane(new FakeWorkbookService(), "fr");
    await analyse(user);
    const group = screen.getByRole("button", { name: "Corriger les 2" }).closest("li") as HTMLElement;
    expect(group.textContent).toContain("Formule à mettre : =SOMME(F3:F4).");
    expect(group.textContent).not.toContain("SUM(");
    await user.click(within(group).getByRole("button", { name: "Corriger les 2" }));
    const preview = await within(group).findByRole("region", { name: "Corriger les 2" });
    const changes = await within(preview).findAllByRole("listitem");
    expect(changes.map((c) => c.textContent)).toEqual([
      expect.stringContaining("Après : =SOMME(F3:F4)"),
      expect.stringContaining("Après : =SOMME(G3:G4)"),
    ]);
  });
});

describe("ignorer un constat", () => {
  test("« Ignorer » le masque, le mémorise dans le classeur, et « Ne plus ignorer » le rétablit ; le focus passe à la carte suivante", async () => {
    const service = new FakeWorkbookService();
    const { user } = renderPane(service);
    await analyse(user);
    const before = cards().length;
    const card = findingItem("E3", /Données en cours/);
    const previous = findingItem("C3", /NC/);
    await user.click(within(card).getByRole("button", { name: "Ignorer" }));
    await waitFor(() => expect(cards()).toHaveLength(before - 1));
    expect(service.settings.ignores).toEqual([`indicateur-texte|contrat-2024.xlsx|${INDICATOR_SHEET}|E3`]);
    expect(
      within(screen.getByRole("region", { name: "Résumé" })).getByText(`${bySeverity("warning") - 1} avertissements`),
    ).toBeTruthy();
    // E3 was the last card: the focus goes to the one now at its place (C3), not to the page.
    await waitFor(() => expect(previous.contains(document.activeElement)).toBe(true));

    await user.click(screen.getByRole("button", { name: "Filtrer" }));
    await user.click(screen.getByRole("switch", { name: "Afficher les constats ignorés" }));
    const ignored = findingItem("E3", /Données en cours/);
    expect(within(ignored).getByText("ignoré")).toBeTruthy();
    await user.click(within(ignored).getByRole("button", { name: "Ne plus ignorer" }));
    await screen.findByText(`${bySeverity("warning")} avertissements`);
    expect(service.settings.ignores).toEqual([]);
  });

  test("« Ignorer les 2 » d'une carte groupée écrit les deux en une fois", async () => {
    const service = new FakeWorkbookService();
    const save = jest.spyOn(service, "saveSettings");
    const { user } = renderPane(service);
    await analyse(user);
    await user.click(screen.getByRole("button", { name: "Ignorer les 2" }));
    await waitFor(() => expect(service.settings.ignores).toHaveLength(2));
    expect(save).toHaveBeenCalledTimes(1);
    expect(service.settings.ignores.map((k) => k.split("|").pop())).toEqual(["F5", "G5"]);
  });

  test("un constat ignoré lors d'une session précédente est listé sur demande", async () => {
    const service = new FakeWorkbookService();
    service.settings.ignores = [`valeur-en-dur|contrat-2024.xlsx|${FINANCIAL_SHEET}|G5`];
    const { user } = renderPane(service);
    await analyse(user);
    expect(screen.queryByRole("button", { name: /^Sélectionner la cellule G5/ })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Filtrer" }));
    await user.click(screen.getByRole("switch", { name: "Afficher les constats ignorés" }));
    const item = findingItem("G5", /session précédente/);
    expect(item.textContent).toContain("ignoré");
    expect(within(item).queryByRole("button", { name: "Corriger" })).toBeNull();
  });
});
