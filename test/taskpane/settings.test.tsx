/** @jest-environment jsdom */
import "./setup";
import { waitFor } from "@testing-library/react";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { FakeWorkbookService } from "./fakeService";
import { openMenu, renderPane, screen, within } from "./render";

async function openSettings(user: ReturnType<typeof renderPane>["user"]) {
  await user.click(within(await openMenu(user)).getByRole("menuitem", { name: "Paramètres" }));
  const drawer = await screen.findByRole("dialog", { name: "Paramètres du contrôle" });
  await within(drawer).findByRole("textbox", { name: /Montant notifié/ });
  return drawer;
}

async function retype(user: ReturnType<typeof renderPane>["user"], field: HTMLElement, text: string) {
  await user.clear(field);
  if (text) await user.type(field, text);
}

describe("Paramètres", () => {
  test("les montants saisis en français sont enregistrés en centimes, les seuils en fractions", async () => {
    const service = new FakeWorkbookService();
    service.settings.ignores = ["sous-total|contrat-2024.xlsx|Prévisionnel 2024|G5"];
    const { user } = renderPane(service);
    const save = jest.spyOn(service, "saveSettings");
    const drawer = await openSettings(user);
    const field = (name: RegExp) => within(drawer).getByRole("textbox", { name });

    await user.selectOptions(within(drawer).getByRole("combobox", { name: "Dispositif" }), "pacte");
    await retype(user, field(/^Année/), "2025");
    await retype(user, field(/^Département/), "Alpes-Maritimes (06)");
    await retype(user, field(/Montant notifié/), "1\u00a0012\u00a0485\u00a0€");
    await user.click(within(drawer).getByRole("button", { name: "Ajouter un montant" }));
    await retype(user, field(/Pilier \(1, 3 ou 4\)/), "3");
    await retype(user, field(/^Montant$/), "427\u00a0500,00\u00a0€");
    await user.click(within(drawer).getByRole("button", { name: "Ajouter un montant" }));
    const keys = within(drawer).getAllByRole("textbox", { name: /Pilier \(1, 3 ou 4\)/ });
    const amounts = within(drawer).getAllByRole("textbox", { name: /^Montant$/ });
    await retype(user, keys[1], "0304 50 23 26 01");
    await retype(user, amounts[1], "142\u00a0250€");
    await retype(user, field(/Seuil de cofinancement/), "60");
    await retype(user, field(/Seuil d'écart/), "12,5 %");
    await retype(user, field(/Marqueurs acceptés/), "En attente{Enter}Non transmis");
    await user.click(within(drawer).getByRole("button", { name: "Enregistrer" }));

    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(service.settings).toEqual({
      ...DEFAULT_SETTINGS,
      dispositif: "pacte",
      annee: 2025,
      departement: "Alpes-Maritimes (06)",
      montantNotifie: 101248500,
      montantsParPilier: { "3": 42750000, "030450232601": 14225000 },
      seuilCofinancement: 0.6,
      seuilEcartIndicateur: 0.125,
      marqueursAcceptes: ["En attente", "Non transmis"],
      ignores: ["sous-total|contrat-2024.xlsx|Prévisionnel 2024|G5"],
    });
    expect(await screen.findByText("Paramètres enregistrés dans le classeur.")).toBeTruthy();
    expect(screen.queryByRole("dialog", { name: "Paramètres du contrôle" })).toBeNull();
    // The drawer was opened from the menu: the focus goes back to its button.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("button", { name: "Plus de commandes" })));
  });

  test("les valeurs enregistrées s'affichent à la française", async () => {
    const service = new FakeWorkbookService();
    service.settings = {
      ...DEFAULT_SETTINGS,
      montantNotifie: 73725000,
      montantsParPilier: { "1": 16750000 },
      seuilCofinancement: 0.5,
    };
    const { user } = renderPane(service);
    const drawer = await openSettings(user);
    expect((within(drawer).getByRole("textbox", { name: /Montant notifié/ }) as HTMLInputElement).value).toBe(
      "737\u00a0250,00\u00a0€",
    );
    expect((within(drawer).getByRole("textbox", { name: /Pilier/ }) as HTMLInputElement).value).toBe("1");
    expect((within(drawer).getByRole("textbox", { name: /^Montant$/ }) as HTMLInputElement).value).toBe("167\u00a0500,00\u00a0€");
    expect((within(drawer).getByRole("textbox", { name: /Seuil de cofinancement/ }) as HTMLInputElement).value).toBe("50");
  });

  test("une saisie invalide est signalée en français et rien n'est enregistré", async () => {
    const { user, service } = renderPane();
    const save = jest.spyOn(service, "saveSettings");
    const drawer = await openSettings(user);
    const field = (name: RegExp) => within(drawer).getByRole("textbox", { name });
    await retype(user, field(/Montant notifié/), "73 00€");
    await retype(user, field(/^Année/), "25");
    await retype(user, field(/Seuil de cofinancement/), "150");
    await user.click(within(drawer).getByRole("button", { name: "Ajouter un montant" }));
    await retype(user, field(/Pilier/), "7");
    await retype(user, field(/^Montant$/), "beaucoup");
    await user.click(within(drawer).getByRole("button", { name: "Enregistrer" }));

    expect(await within(drawer).findByText("Corrigez les champs signalés avant d'enregistrer.")).toBeTruthy();
    expect(within(drawer).getByText(/^Montant illisible : « 73 00€ »/)).toBeTruthy();
    expect(within(drawer).getByText("Année invalide : saisissez une année sur quatre chiffres, par exemple 2025.")).toBeTruthy();
    expect(within(drawer).getByText("Saisissez un pourcentage entre 0 et 100, par exemple 50 ou 12,5.")).toBeTruthy();
    expect(
      within(drawer).getByText("« 7 » n'est ni un pilier du Pacte (1, 3 ou 4) ni un code Chorus sur 12 chiffres."),
    ).toBeTruthy();
    expect(within(drawer).getByText("« beaucoup » n'est pas un montant.")).toBeTruthy();
    expect(field(/Montant notifié/).getAttribute("aria-invalid")).toBe("true");
    expect(save).not.toHaveBeenCalled();
  });

  test("un échec d'enregistrement est affiché dans le panneau", async () => {
    const { user, service } = renderPane();
    jest.spyOn(service, "saveSettings").mockRejectedValue(new Error("Le classeur est en lecture seule."));
    const drawer = await openSettings(user);
    await user.click(within(drawer).getByRole("button", { name: "Enregistrer" }));
    expect(await within(drawer).findByText("Le classeur est en lecture seule.")).toBeTruthy();
  });
});
