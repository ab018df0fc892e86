import type { Analysis } from "../../src/core/engine/analyze";
import type { Finding } from "../../src/core/rules/types";
import { FakeWorkbook, fakeFromCore } from "../../src/fake-excel";
import { MAX_ROWS, rowWindow, severities, sheetView, visibleSheets } from "../../src/workbench/sheetView";
import { buildWorkbook, EURO_FORMAT } from "../helpers/sheet";

function workbooks(): { baseline: FakeWorkbook; fake: FakeWorkbook } {
  const source = buildWorkbook(
    "t.xlsx",
    {
      Tableau: [
        ["TABLEAU FINANCIER", null, null],
        ["Action", "Montant", "Total"],
        ["Fiche 1", { v: 1000, fmt: EURO_FORMAT }, { f: "=B3", v: 1000, fmt: EURO_FORMAT }],
      ],
      Cachee: [["x"]],
    },
    { Tableau: { merges: ["A1:C1"], notes: { B2: "Note d'origine" } } },
  );
  const baseline = fakeFromCore(source);
  const fake = fakeFromCore(source);
  (fake.sheet("Cachee") as NonNullable<ReturnType<FakeWorkbook["sheet"]>>).visibility = "Hidden";
  return { baseline, fake };
}

const finding = (cell: string, severity: Finding["severity"]): Finding =>
  ({ ruleId: "r", severity, file: "t.xlsx", sheet: "Tableau", cell, message: "m", fix: null }) as Finding;

const analysisOf = (findings: Finding[]) => ({ findings }) as unknown as Analysis;

test("les onglets ne montrent que les feuilles visibles", () => {
  const { fake } = workbooks();
  expect(visibleSheets(fake)).toEqual(["Tableau"]);
});

test("chaque cellule montre son texte formaté, sa formule, sa note ; une zone fusionnée est une seule cellule", () => {
  const { baseline, fake } = workbooks();
  const view = sheetView({ fake, baseline, sheet: "Tableau", analysis: null, focusRow: null });
  expect(view).not.toBeNull();
  const [title, header, action] = view?.rows ?? [];
  expect(title).toHaveLength(1);
  expect(title[0]).toMatchObject({ address: "A1", text: "TABLEAU FINANCIER", colSpan: 3, rowSpan: 1 });
  expect(header[1]).toMatchObject({ address: "B2", note: "Note d'origine", changed: false });
  expect(action[2]).toMatchObject({ address: "C3", text: "1\u00a0000,00 €", align: "right", formula: "=B3", changed: false });
});

test("les cellules modifiées depuis l'ouverture sont signalées, comme les notes ajoutées", () => {
  const { baseline, fake } = workbooks();
  const sheet = fake.sheet("Tableau");
  sheet?.patch(2, 1, { value: 1200 });
  sheet?.notes.set("A3", "[Contrôle] vu");
  const view = sheetView({ fake, baseline, sheet: "Tableau", analysis: null, focusRow: null });
  const row = view?.rows[2] ?? [];
  expect(row.map((c) => [c.address, c.changed])).toEqual([
    ["A3", true],
    ["B3", true],
    ["C3", false],
  ]);
});

test("une cellule porte la gravité la plus forte de ses constats", () => {
  const analysis = analysisOf([finding("B3", "info"), finding("B3", "error"), finding("C3", "warning")]);
  expect(severities(analysis, "Tableau")).toEqual(
    new Map([
      ["B3", "error"],
      ["C3", "warning"],
    ]),
  );
  expect(severities(analysis, "Autre").size).toBe(0);
  const { baseline, fake } = workbooks();
  const view = sheetView({ fake, baseline, sheet: "Tableau", analysis, focusRow: null });
  expect(view?.rows[2].map((c) => c.severity)).toEqual([undefined, "error", "warning"]);
});

test("au plus MAX_ROWS lignes sont dessinées, autour de la cellule à montrer", () => {
  expect(rowWindow(20, null)).toEqual({ first: 0, last: 19 });
  expect(rowWindow(5000, null)).toEqual({ first: 0, last: MAX_ROWS - 1 });
  expect(rowWindow(5000, 10)).toEqual({ first: 0, last: MAX_ROWS - 1 });
  expect(rowWindow(5000, 3000)).toEqual({ first: 3000 - MAX_ROWS / 2, last: 3000 + MAX_ROWS / 2 - 1 });
  expect(rowWindow(5000, 4990)).toEqual({ first: 5000 - MAX_ROWS, last: 4999 });
  expect(rowWindow(0, null).last).toBeLessThan(rowWindow(0, null).first);
});

test("une zone fusionnée coupée par la fenêtre est dessinée depuis sa première ligne visible", () => {
  const fake = new FakeWorkbook();
  const sheet = fake.addSheet("Longue");
  for (let row = 0; row < 3000; row++) sheet.setCell(row, 0, { value: row });
  sheet.merges.push({ r1: 2400, c1: 1, r2: 2600, c2: 1 });
  sheet.setCell(2400, 1, { value: "Axe" });
  const view = sheetView({ fake, baseline: new FakeWorkbook(), sheet: "Longue", analysis: null, focusRow: 3000 });
  expect(view?.first).toBe(2000);
  const drawn = view?.rows.flat().filter((c) => c.col === 1 && c.text === "Axe") ?? [];
  expect(drawn).toHaveLength(1);
  expect(drawn[0]).toMatchObject({ row: 2400, rowSpan: 201 });
});

test("largeurs : celles de la feuille, sinon d'après les textes (un titre qui déborde ne l'élargit pas)", () => {
  const { baseline, fake } = workbooks();
  fake.sheet("Tableau")?.columnWidths.set(1, 150);
  const view = sheetView({ fake, baseline, sheet: "Tableau", analysis: null, focusRow: null });
  expect(view?.widths[1]).toBe(200);
  expect(view?.widths[0]).toBeLessThan(100);
});
