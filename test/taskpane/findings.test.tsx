/** @jest-environment jsdom */
import "./setup";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { analyse, DOC_BASE, findingItem, renderPane, screen, within } from "./render";
import { FakeWorkbookService } from "./fakeService";
import { FINANCIAL_SHEET, INDICATOR_SHEET, sampleAnalysis } from "./workbook";

const expected = sampleAnalysis(DEFAULT_SETTINGS).findings;
const bySeverity = (s: string) => expected.filter((f) => f.severity === s).length;

describe("liste des constats", () => {
  test("le résumé compte les constats par gravité et les tables reconnues", async () => {
    const { user } = renderPane();
    await analyse(user);
    const summary = screen.getByRole("region", { name: "Résumé" });
    expect(within(summary).getByText(`${bySeverity("error")} erreurs`)).toBeTruthy();
    expect(within(summary).getByText(`${bySeverity("warning")} avertissements`)).toBeTruthy();
    expect(within(summary).getByText("1 information")).toBeTruthy();
    expect(within(summary).getByText("2 tables reconnues")).toBeTruthy();
    expect(within(summary).getByText("1 zone non reconnue")).toBeTruthy();
  });

  test("les constats sont regroupés par feuille puis par tableau", async () => {
    const { user } = renderPane();
    await analyse(user);
    const sheets = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(sheets).toEqual([`Constats de la feuille « ${FINANCIAL_SHEET} »`, `Constats de la feuille « ${INDICATOR_SHEET} »`]);
    const tables = screen.getAllByRole("heading", { level: 4 }).map((h) => h.textContent);
    expect(tables).toEqual(["Tableau financier F1 — Pacte 2024, A1:G6", "Matrice d'indicateurs I1 — Pacte 2024, A1:E3"]);
    const financial = screen.getByRole("list", { name: tables[0]! });
    expect(within(financial).getAllByRole("listitem")).toHaveLength(expected.filter((f) => f.sheet === FINANCIAL_SHEET).length);
    const item = findingItem("G4", /budget global/);
    expect(within(item).getByText("Erreur")).toBeTruthy();
    expect(item.textContent).toContain("Correction proposée : =D4+E4+F4 (résultat attendu : 100\u00a0000,00\u00a0€)");
  });

  test("les filtres par gravité, par règle et par texte", async () => {
    const { user } = renderPane();
    await analyse(user);
    const all = expected.length;
    expect(screen.getAllByRole("button", { name: /^Sélectionner la cellule/ })).toHaveLength(all);

    await user.click(screen.getByRole("checkbox", { name: `Erreurs (${bySeverity("error")})` }));
    expect(screen.getAllByRole("button", { name: /^Sélectionner la cellule/ })).toHaveLength(all - bySeverity("error"));
    expect(screen.queryByText("Erreur")).toBeNull();
    await user.click(screen.getByRole("checkbox", { name: `Erreurs (${bySeverity("error")})` }));

    await user.selectOptions(screen.getByRole("combobox", { name: "Règle" }), "valeur-en-dur");
    const cells = screen.getAllByRole("button", { name: /^Sélectionner la cellule/ }).map((b) => b.textContent);
    expect(cells).toEqual(expected.filter((f) => f.ruleId === "valeur-en-dur").map((f) => f.cell));
    await user.selectOptions(screen.getByRole("combobox", { name: "Règle" }), "");

    await user.type(screen.getByRole("searchbox", { name: "Rechercher" }), "premier accueil");
    const found = screen.getAllByRole("button", { name: /^Sélectionner la cellule/ });
    expect(found.length).toBe(expected.filter((f) => f.message.includes("premier accueil")).length);
    expect(found.length).toBeGreaterThan(0);
    await user.type(screen.getByRole("searchbox", { name: "Rechercher" }), " introuvable");
    expect(screen.getByText("Aucun constat ne correspond aux filtres.")).toBeTruthy();
  });

  test("un clic sur la cellule la sélectionne dans Excel", async () => {
    const { user, service } = renderPane();
    await analyse(user);
    const button = within(findingItem("E2", /taux est compris/)).getByRole("button", {
      name: `Sélectionner la cellule E2 de la feuille « ${INDICATOR_SHEET} »`,
    });
    await user.click(button);
    expect(service.selections).toEqual([`${INDICATOR_SHEET}!E2`]);
  });

  test("« En savoir plus » ouvre la page de la règle", async () => {
    const { user, openUrl } = renderPane();
    await analyse(user);
    const link = within(findingItem("G4", /budget global/)).getByRole("link", { name: /En savoir plus sur la règle/ });
    expect(link.getAttribute("href")).toBe(`${DOC_BASE}formule-ligne.md`);
    await user.click(link);
    expect(openUrl).toHaveBeenCalledWith(`${DOC_BASE}formule-ligne.md`);
  });
});

describe("ignorer un constat", () => {
  test("« Ignorer » le masque, le mémorise dans le classeur, et « Ne plus ignorer » le rétablit", async () => {
    const service = new FakeWorkbookService();
    const { user } = renderPane(service);
    await analyse(user);
    const count = () => screen.getAllByRole("button", { name: /^Sélectionner la cellule/ }).length;
    const before = count();
    await user.click(within(findingItem("E3", /Données en cours/)).getByRole("button", { name: "Ignorer" }));
    expect(count()).toBe(before - 1);
    expect(service.settings.ignores).toEqual([`indicateur-texte|contrat-2024.xlsx|${INDICATOR_SHEET}|E3`]);
    expect(within(screen.getByRole("region", { name: "Résumé" })).getByText(`${bySeverity("warning") - 1} avertissements`)).toBeTruthy();

    await user.click(screen.getByRole("switch", { name: "Afficher les constats ignorés" }));
    const ignored = findingItem("E3", /Données en cours/);
    expect(within(ignored).getByText("ignoré")).toBeTruthy();
    await user.click(within(ignored).getByRole("button", { name: "Ne plus ignorer" }));
    await screen.findByText(`${bySeverity("warning")} avertissements`);
    expect(service.settings.ignores).toEqual([]);
    expect(within(findingItem("E3", /Données en cours/)).queryByText("ignoré")).toBeNull();
  });

  test("un constat ignoré lors d'une session précédente est listé sur demande", async () => {
    const service = new FakeWorkbookService();
    service.settings.ignores = [`valeur-en-dur|contrat-2024.xlsx|${FINANCIAL_SHEET}|G5`];
    const { user } = renderPane(service);
    await analyse(user);
    expect(screen.queryByRole("button", { name: /^Sélectionner la cellule G5/ })).toBeNull();
    await user.click(screen.getByRole("switch", { name: "Afficher les constats ignorés" }));
    const item = findingItem("G5", /session précédente/);
    expect(item.textContent).toContain("ignoré");
    expect(within(item).queryByRole("button", { name: "Corriger" })).toBeNull();
  });
});
