/** @jest-environment jsdom */
import "./setup";
import { waitFor } from "@testing-library/react";
import { analyse, renderPane, screen, within } from "./render";
import { FINANCIAL_SHEET, OTHER_SHEET } from "./workbook";

async function openDescription(user: ReturnType<typeof renderPane>["user"]) {
  await analyse(user);
  const section = screen.getByRole("region", { name: "Tableaux non reconnus" });
  expect(within(section).getByText(`Feuille « ${OTHER_SHEET} », ligne 2`)).toBeTruthy();
  expect(within(section).getByText(/ressemble à un en-tête de tableau financier/)).toBeTruthy();
  await user.click(within(section).getByRole("button", { name: "Décrire ce tableau" }));
  const dialog = await screen.findByRole("dialog", { name: "Décrire un tableau" });
  await within(dialog).findByRole("region", { name: `Premières lignes de la feuille « ${OTHER_SHEET} »` });
  return dialog;
}

describe("« Décrire ce tableau »", () => {
  test("la zone non reconnue est ouverte sur sa feuille et sa ligne d'en-tête ; la correspondance est enregistrée puis analysée", async () => {
    const { user, service } = renderPane();
    const analyze = jest.spyOn(service, "analyze");
    const dialog = await openDescription(user);
    expect((within(dialog).getByRole("combobox", { name: "Feuille" }) as HTMLSelectElement).value).toBe(OTHER_SHEET);
    expect(within(dialog).getByRole("button", { name: "Ligne 2" }).getAttribute("aria-pressed")).toBe("true");

    const family = within(dialog).getByRole("combobox", { name: "Type de tableau" });
    await user.selectOptions(family, "F5");
    const columnA = within(dialog).getByRole("combobox", { name: "Colonne A : « Action »" });
    expect((columnA as HTMLSelectElement).value).toBe("intitule");
    const columnB = within(dialog).getByRole("combobox", { name: "Colonne B : « Montant prévu »" });
    expect(within(columnB).getByRole("option", { name: "Budget global" })).toBeTruthy();
    await user.selectOptions(columnB, "budget");
    await user.click(within(dialog).getByRole("button", { name: "Enregistrer et analyser" }));

    await waitFor(() =>
      expect(service.settings.mappings).toEqual([
        { sheet: OTHER_SHEET, headerRow: 1, family: "F5", columns: { 0: "intitule", 1: "budget" } },
      ]),
    );
    expect(
      await screen.findByText(
        `Correspondance enregistrée : le tableau de la feuille « ${OTHER_SHEET} » (en-tête ligne 2) sera contrôlé.`,
      ),
    ).toBeTruthy();
    await waitFor(() => expect(analyze).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(screen.queryByRole("dialog", { name: "Décrire un tableau" })).toBeNull());
  });

  test("les rôles proposés portent la lettre du modèle, et sans colonne de montant rien n'est enregistré", async () => {
    const { user, service } = renderPane();
    const save = jest.spyOn(service, "saveSettings");
    const dialog = await openDescription(user);
    await user.selectOptions(within(dialog).getByRole("combobox", { name: "Type de tableau" }), "F2");
    const columnB = within(dialog).getByRole("combobox", { name: "Colonne B : « Montant prévu »" });
    expect(within(columnB).getByRole("option", { name: "Budget total CD (K)" })).toBeTruthy();
    expect(within(columnB).getByRole("option", { name: "Montant réalisé" })).toBeTruthy();
    await user.click(within(dialog).getByRole("button", { name: "Enregistrer et analyser" }));
    expect(
      await within(dialog).findByText("Associez au moins une colonne de montant (crédits, budget, participation…)."),
    ).toBeTruthy();
    expect(save).not.toHaveBeenCalled();
  });

  test("une autre feuille et une autre ligne d'en-tête peuvent être choisies", async () => {
    const { user, service } = renderPane();
    const dialog = await openDescription(user);
    await user.selectOptions(within(dialog).getByRole("combobox", { name: "Feuille" }), FINANCIAL_SHEET);
    await within(dialog).findByRole("region", { name: `Premières lignes de la feuille « ${FINANCIAL_SHEET} »` });
    expect(within(dialog).queryByRole("combobox", { name: "Type de tableau" })).toBeNull();
    await user.click(within(dialog).getByRole("button", { name: "Ligne 2" }));
    expect(within(dialog).getByRole("button", { name: "Ligne 2" }).getAttribute("aria-pressed")).toBe("true");
    await user.selectOptions(within(dialog).getByRole("combobox", { name: "Type de tableau" }), "F1");
    const notified = within(dialog).getByRole("combobox", {
      name: /^Colonne D : « A Participation État notifiée/,
    }) as HTMLSelectElement;
    expect(notified.value).toBe("etatNotifie");
    expect(notified.selectedOptions[0].textContent).toBe("Participation État notifiée (A)");
    await user.click(within(dialog).getByRole("button", { name: "Enregistrer et analyser" }));
    await waitFor(() => expect(service.settings.mappings).toHaveLength(1));
    expect(service.settings.mappings[0]).toMatchObject({ sheet: FINANCIAL_SHEET, headerRow: 1, family: "F1" });
    expect(service.settings.mappings[0].columns).toMatchObject({ 3: "etatNotifie", 4: "cdAffecte", 5: "autres", 6: "budget" });
  });
});
