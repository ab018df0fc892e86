/** @jest-environment jsdom */
import "./setup";
import { act, waitFor } from "@testing-library/react";
import { findingKey } from "../../src/core/engine/context";
import { Finding } from "../../src/core/rules/types";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { FakeWorkbookService } from "./fakeService";
import { analyse, findingItem, openMenu, renderPane, screen, within } from "./render";
import { FINANCIAL_SHEET, INDICATOR_SHEET, sampleAnalysis } from "./workbook";

const expected = sampleAnalysis(DEFAULT_SETTINGS).findings;
const fixable = expected.filter((f) => f.fix !== null);
const byCell = (cell: string, ruleId: string): Finding => expected.find((f) => f.cell === cell && f.ruleId === ruleId)!;

describe("corriger un constat", () => {
  test("« Corriger » montre ancien → nouveau, puis « Appliquer » applique ce seul constat et relance l'analyse", async () => {
    const { user, service } = renderPane();
    const apply = jest.spyOn(service, "apply");
    await analyse(user);
    await user.click(within(findingItem("G4", /budget global/)).getByRole("button", { name: "Corriger" }));
    const panel = await screen.findByRole("region", { name: "Corriger" });
    const change = await within(panel).findByRole("listitem");
    expect(change.textContent).toContain(`${FINANCIAL_SHEET}!G4`);
    expect(change.textContent).toContain("Avant : 90000");
    expect(change.textContent).toContain("Après : =D4+E4+F4");
    expect(within(panel).getByRole("region", { name: "Modifications" }).tabIndex).toBe(0);
    expect(apply).not.toHaveBeenCalled();

    await user.click(within(panel).getByRole("button", { name: "Appliquer" }));
    expect(apply).toHaveBeenCalledWith([byCell("G4", "formule-ligne")], []);
    await screen.findByText("1 cellule corrigée, 0 commentaire ajouté.");
    expect(service.analyses).toBe(2);
    expect(screen.queryByText(/G4 : le budget global/)).toBeNull();
    // The card is gone: the focus is on the card now at its place, not on the page.
    await waitFor(() => expect(document.activeElement?.closest("li[data-vp-card]")).not.toBeNull());
  });

  test("« Annuler » ferme l'aperçu sans rien écrire et rend le focus à « Corriger »", async () => {
    const { user, service } = renderPane();
    const apply = jest.spyOn(service, "apply");
    await analyse(user);
    const corriger = within(findingItem("G4", /budget global/)).getByRole("button", { name: "Corriger" });
    await user.click(corriger);
    const panel = await screen.findByRole("region", { name: "Corriger" });
    await user.click(within(panel).getByRole("button", { name: "Annuler" }));
    expect(screen.queryByRole("region", { name: "Corriger" })).toBeNull();
    expect(apply).not.toHaveBeenCalled();
    await waitFor(() => expect(document.activeElement).toBe(corriger));
  });

  test("« Corriger les 2 » d'une carte groupée applique les deux corrections en une fois", async () => {
    const { user, service } = renderPane();
    const apply = jest.spyOn(service, "apply");
    await analyse(user);
    const group = screen.getByRole("button", { name: "Corriger les 2" }).closest("li") as HTMLElement;
    await user.click(within(group).getByRole("button", { name: "Corriger les 2" }));
    const panel = await within(group).findByRole("region", { name: "Corriger les 2" });
    expect(await within(panel).findAllByRole("listitem")).toHaveLength(2);
    await user.click(within(panel).getByRole("button", { name: "Appliquer" }));
    expect(apply).toHaveBeenCalledWith([byCell("F5", "valeur-en-dur"), byCell("G5", "valeur-en-dur")], []);
    await screen.findByText("2 cellules corrigées, 0 commentaire ajouté.");
    await waitFor(() => expect(screen.queryByRole("button", { name: "Corriger les 2" })).toBeNull());
  });

  test("« Ajouter un commentaire » écrit le message du constat en commentaire", async () => {
    const { user, service } = renderPane();
    const apply = jest.spyOn(service, "apply");
    await analyse(user);
    await user.click(within(findingItem("E2", /taux est compris/)).getByRole("button", { name: "Ajouter un commentaire" }));
    const panel = await screen.findByRole("region", { name: "Ajouter un commentaire" });
    const change = await within(panel).findByRole("listitem");
    expect(change.textContent).toContain("(note)");
    expect(change.textContent).toContain("(vide)");
    await user.click(within(panel).getByRole("button", { name: "Appliquer" }));
    expect(apply).toHaveBeenCalledWith([], [byCell("E2", "indicateur-taux")]);
    await screen.findByText("0 cellule corrigée, 1 commentaire ajouté.");
  });
});

describe("« Tout corriger »", () => {
  /** A second fix of G4 that disagrees with formule-ligne's. */
  const rival: Finding = {
    ...byCell("G4", "formule-ligne"),
    ruleId: "valeur-en-dur",
    message: "G4 : valeur saisie en dur.",
    fix: { kind: "value", sheet: FINANCIAL_SHEET, cell: "G4", value: 100000 },
  };

  test("la fenêtre regroupe les modifications par cause avec leur nombre, signale les conflits, et la confirmation applique tout", async () => {
    const service = new FakeWorkbookService();
    service.extraFindings = [rival];
    const { user } = renderPane(service);
    const apply = jest.spyOn(service, "apply");
    await analyse(user);
    const open = screen.getByRole("button", { name: `Tout corriger (${fixable.length + 1})` });
    await user.click(open);
    const dialog = await screen.findByRole("dialog", { name: "Tout corriger" });
    const list = await within(dialog).findByRole("list", { name: "Modifications à appliquer" });
    expect(within(dialog).getByRole("region", { name: "Modifications à appliquer" }).tabIndex).toBe(0);
    // G4 (formule-ligne), F5 + G5 folded, E2 (note), C3 (note), G4 (rival).
    const group = within(list).getByRole("button", { name: /^Valeur saisie en dur.* — 2 modifications \(F5, G5\)$/ });
    expect(group.getAttribute("aria-expanded")).toBe("false");
    expect(
      within(dialog).getByText(`${fixable.length + 1} modifications seront appliquées, en ${fixable.length} groupes.`, {
        exact: false,
      }),
    ).toBeTruthy();
    await user.click(group);
    const changes = within(list)
      .getAllByRole("listitem")
      .filter((li) => li.querySelector("button") === null);
    expect(changes).toHaveLength(fixable.length + 1);
    const flagged = changes.filter((c) => within(c).queryByText("conflit"));
    expect(flagged.map((c) => c.textContent?.slice(0, `${FINANCIAL_SHEET}!G4`.length))).toEqual([
      `${FINANCIAL_SHEET}!G4`,
      `${FINANCIAL_SHEET}!G4`,
    ]);
    expect(within(dialog).getByText(/Deux corrections différentes pour .*G4/)).toBeTruthy();

    await user.click(within(dialog).getByRole("button", { name: "Appliquer les modifications" }));
    expect(apply).toHaveBeenCalledTimes(1);
    const [fixes, comments] = apply.mock.calls[0];
    expect(fixes.map(findingKey).sort()).toEqual([...fixable, rival].map(findingKey).sort());
    expect(comments).toEqual([]);
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    // G4's two fixes conflict and are refused: F5 and G5 are written, and the two comments.
    expect(await screen.findByText("2 cellules corrigées, 2 commentaires ajoutés. 1 conflit non appliqué.")).toBeTruthy();
  });

  test("une feuille protégée bloque tout : le motif est affiché et rien ne peut être confirmé ; « Fermer » rend le focus", async () => {
    const service = new FakeWorkbookService();
    service.blocked = `La feuille « ${FINANCIAL_SHEET} » est protégée : déprotégez-la pour appliquer les corrections.`;
    const { user } = renderPane(service);
    const apply = jest.spyOn(service, "apply");
    await analyse(user);
    const open = screen.getByRole("button", { name: /^Tout corriger/ });
    await user.click(open);
    const dialog = await screen.findByRole("dialog", { name: "Tout corriger" });
    expect(await within(dialog).findByText(service.blocked)).toBeTruthy();
    expect(within(dialog).getByText("Rien ne peut être appliqué")).toBeTruthy();
    expect(within(dialog).getByRole("button", { name: "Appliquer les modifications" }).hasAttribute("disabled")).toBe(true);
    await user.click(within(dialog).getByRole("button", { name: "Fermer" }));
    expect(apply).not.toHaveBeenCalled();
    await waitFor(() => expect(document.activeElement).toBe(open));
  });
});

describe("menu : feuille Contrôles, annulation, mode en direct", () => {
  test("« Créer la feuille Contrôles » écrit le rapport de l'analyse affichée", async () => {
    const { user, service } = renderPane();
    await analyse(user);
    const menu = await openMenu(user);
    await user.click(within(menu).getByRole("menuitem", { name: "Créer la feuille Contrôles" }));
    await waitFor(() => expect(service.reports).toHaveLength(1));
    expect(service.reports[0].findings).toHaveLength(expected.length);
    expect(await screen.findByText("La feuille « Contrôles VerifPacte » a été mise à jour.")).toBeTruthy();
  });

  test("« Annuler les corrections VerifPacte » s'ouvre sur « Garder les corrections », puis restaure ; le focus revient au menu", async () => {
    const { user, service } = renderPane();
    const undo = jest.spyOn(service, "undo");
    await analyse(user);
    let menu = await openMenu(user);
    expect(within(menu).getByRole("menuitem", { name: "Annuler les corrections VerifPacte" }).getAttribute("aria-disabled")).toBe(
      "true",
    );
    await user.keyboard("{Escape}");
    await user.click(within(findingItem("G4", /budget global/)).getByRole("button", { name: "Corriger" }));
    await user.click(
      await within(await screen.findByRole("region", { name: "Corriger" })).findByRole("button", { name: "Appliquer" }),
    );
    await screen.findByText("1 cellule corrigée, 0 commentaire ajouté.");

    menu = await openMenu(user);
    const item = within(menu).getByRole("menuitem", { name: "Annuler les corrections VerifPacte" });
    await waitFor(() => expect(item.getAttribute("aria-disabled")).not.toBe("true"));
    await user.click(item);
    const dialog = await screen.findByRole("alertdialog", { name: "Annuler les corrections VerifPacte" });
    await waitFor(() =>
      expect(document.activeElement).toBe(within(dialog).getByRole("button", { name: "Garder les corrections" })),
    );
    await user.click(within(dialog).getByRole("button", { name: "Restaurer le classeur" }));
    expect(undo).toHaveBeenCalledTimes(1);
    expect(await screen.findByText("1 cellules restaurées.")).toBeTruthy();
    expect(await screen.findByText(/G4 : le budget global/)).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("button", { name: "Plus de commandes" })));
  });

  test("le mode en direct relance l'analyse après une modification de l'utilisateur", async () => {
    const { user, service } = renderPane();
    await analyse(user);
    let menu = await openMenu(user);
    await user.click(within(menu).getByRole("menuitemcheckbox", { name: /Mode en direct/ }));
    await waitFor(() => expect(service.watching).toBe(1));
    await user.keyboard("{Escape}");
    act(() => service.userEdit());
    await waitFor(() => expect(service.analyses).toBe(2));
    menu = await openMenu(user);
    const live = within(menu).getByRole("menuitemcheckbox", { name: /Mode en direct/ });
    expect(live.getAttribute("aria-checked")).toBe("true");
    await user.click(live);
    await waitFor(() => expect(service.watching).toBe(0));
  });

  test("une sélection impossible affiche un message sans rien casser", async () => {
    const { user, service } = renderPane();
    jest.spyOn(service, "selectCell").mockRejectedValue(new Error(`La feuille « ${INDICATOR_SHEET} » est masquée.`));
    await analyse(user);
    await user.click(within(findingItem("E2", /taux est compris/)).getByRole("button", { name: /^Sélectionner la cellule E2/ }));
    expect(await screen.findByText(`La feuille « ${INDICATOR_SHEET} » est masquée.`)).toBeTruthy();
    expect(screen.getByText("L'opération a échoué")).toBeTruthy();
  });
});
