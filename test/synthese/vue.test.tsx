/** @jest-environment jsdom */
/**
 * The workbench's « Synthèse » view rendered alone: the progress indicator while the workbooks
 * are read, then the table, the two charts (images with a title and a description giving every
 * figure), the regional checks, and the envelope typed by the reviewer.
 */
import "../taskpane/setup";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { avecEnveloppe, Synthese } from "../../src/core/synthese";
import { SyntheseView } from "../../src/workbench/synthese/SyntheseView";
import type { SyntheseBench } from "../../src/workbench/synthese/useSynthese";
import { REGION_EXAMPLES } from "../../examples/region/descriptions";
import { synthesisOf } from "./helpers";

jest.setTimeout(60_000);

function bench(overrides: Partial<SyntheseBench>): SyntheseBench {
  return {
    status: "prete",
    progress: null,
    total: 0,
    synthese: null,
    error: null,
    downloaded: null,
    start: jest.fn(),
    setEnveloppe: jest.fn(),
    download: jest.fn(),
    close: jest.fn(),
    ...overrides,
  };
}

function renderView(state: SyntheseBench) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <SyntheseView bench={state} />
    </FluentProvider>,
  );
}

let synthese: Synthese;
beforeAll(async () => {
  // The sample région, from its descriptions (no .xlsx reading in jsdom).
  synthese = (await synthesisOf(REGION_EXAMPLES)).synthese;
});

test("pendant la lecture : une barre de progression qui dit où l'on en est", () => {
  renderView(
    bench({ status: "en-cours", total: 10, progress: { phase: "controle", fait: 3, total: 10, fichier: "cls-2025-97.xlsx" } }),
  );
  const bar = screen.getByRole("progressbar", { name: "Contrôle 3/10 : cls-2025-97.xlsx" });
  expect(bar.getAttribute("aria-valuenow")).toBe("0.65");
  expect(screen.getByRole("button", { name: "Télécharger la synthèse (.xlsx)" })).toHaveProperty("disabled", true);
  expect(screen.getByRole("button", { name: "Fermer la synthèse" })).toHaveProperty("disabled", true);
});

test("le tableau, les graphiques et les contrôles régionaux", () => {
  renderView(bench({ synthese }));
  expect(
    screen.getByRole("heading", { name: "Synthèse régionale – campagne 2025 (prévisionnel 2025, exécution 2024)" }),
  ).toBeTruthy();
  const table = screen.getByRole("table");
  const rows = within(table).getAllByRole("row");
  expect(rows).toHaveLength(2 + 4 + 1);
  expect(rows.map((r) => r.querySelector('[data-colonne="nom"]')?.textContent ?? "")).toEqual([
    "",
    "",
    "Monts-Clairs",
    "Côte-des-Lilas",
    "Hautes-Brumes",
    "Val-d'Argent",
    "Total région",
  ]);
  expect(rows[3].querySelector('[data-colonne="tauxConsommation"]')?.textContent).toBe("64,6\u00a0% (sous le seuil)");
  const consumption = screen.getByRole("img", { name: /Taux de consommation des crédits 2024 par département/ });
  expect(consumption.querySelector("desc")?.textContent).toBe(
    "Réalisé rapporté au budget disponible 2024 ; seuil de sous-consommation 80,0\u00a0%. " +
      "Côte-des-Lilas (97) : 64,6\u00a0% ; Hautes-Brumes (98) : 95,5\u00a0% ; Val-d'Argent (99) : 96,6\u00a0%.",
  );
  const funding = screen.getByRole("img", { name: /Financements prévus pour 2025/ });
  expect(funding.querySelectorAll("rect[data-part]")).toHaveLength(9);
  expect(screen.getByText(/Monts-Clairs \(96\) : des tableaux pour 2024/)).toBeTruthy();
  expect(screen.getByText(new RegExp(`^${synthese.constats.length} constats dans les classeurs`))).toBeTruthy();
});

test("l'enveloppe saisie refait le contrôle de l'enveloppe ; un montant illisible est dit", async () => {
  function Stateful() {
    const [s, setS] = useState(synthese);
    return <SyntheseView bench={bench({ synthese: s, setEnveloppe: (cents) => setS(avecEnveloppe(s, cents)) })} />;
  }
  render(
    <FluentProvider theme={webLightTheme}>
      <Stateful />
    </FluentProvider>,
  );
  const user = userEvent.setup({ delay: null });
  const input = screen.getByRole("textbox", { name: /Enveloppe régionale des crédits État/ });
  await user.type(input, "beaucoup{Enter}");
  expect(screen.getByText("« beaucoup » n'est pas un montant lisible : écrivez par exemple 11 105 834.")).toBeTruthy();
  await user.clear(input);
  await user.type(input, "1 400 000{Enter}");
  expect(screen.getByText(/elle dépasse l'enveloppe régionale de 1 400 000,00 € de 40 000,00 €/)).toBeTruthy();
});
