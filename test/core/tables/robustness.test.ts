/** Recognition never throws, whatever the sheets hold; what it returns stays consistent. */
import fc from "fast-check";
import { CellValue, Workbook } from "../../../src/core/grid/model";
import { FAMILY_LABELS } from "../../../src/core/referentiel/headers";
import { Family } from "../../../src/core/referentiel/types";
import { TableMapping } from "../../../src/core/settings";
import { recognize } from "../../../src/core/tables";
import { Recognition, Table } from "../../../src/core/tables/model";
import { TEMPLATE_HEADERS } from "../../helpers/ruleTester";
import { buildWorkbook } from "../../helpers/sheet";
import { SEED_F1_2024, SEED_I1 } from "./seed";

const WORDS = [
  ...Object.values(TEMPLATE_HEADERS).flatMap((h) => Object.values(h) as string[]),
  "Sous total",
  "Sous-total engagements de mesures socle",
  "TOTAUX FINANCIERS",
  "Total dit contrôle",
  "S/Total",
  "Axe Prévenir la pauvreté",
  "Thème",
  "1.",
  "2.1",
  "Fiche 12 : titre",
  "intitulé de l'action n°1",
  "Prévisionnel Année 2024",
  "Actions",
  "Indicateurs locaux",
  "Cible 2025",
  "Résultat atteint en 2024",
  "Dont jeunes",
  "Action 1 : titre",
  "Prévisionnel 2019",
  "Réalisé 2019",
  "Financement Etat (FALPAE)",
  "TOTAL",
  "67 500,00 €",
  "- €",
  "nc",
  "",
];

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.string({ maxLength: 12 }),
  fc.double(),
  fc.integer({ min: 1990, max: 2100 }),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom({ error: "#REF!" }, { error: "#DIV/0!" }),
  fc.constant(null),
);

const grid = fc.array(fc.array(cellValue, { maxLength: 12 }), { maxLength: 30 });
const range = fc
  .tuple(fc.nat(32), fc.nat(14), fc.nat(4), fc.nat(4))
  .map(([r, c, h, w]) => ({ r1: r, c1: c, r2: r + h, c2: c + w }));
const mapping: fc.Arbitrary<TableMapping> = fc.record({
  sheet: fc.constant("S"),
  headerRow: fc.integer({ min: -2, max: 35 }),
  family: fc.constantFrom(...(Object.keys(FAMILY_LABELS) as Family[]), "X" as Family),
  columns: fc.dictionary(
    fc.integer({ min: -1, max: 300 }).map(String),
    fc.constantFrom("budget", "etat", "cd", "indicateur", "cible", "fiche", "rien"),
  ),
});

function workbookOf(rows: CellValue[][], merges: { r1: number; c1: number; r2: number; c2: number }[]): Workbook {
  const wb = new Workbook("aleatoire.xlsx");
  const sheet = wb.addSheet("S");
  rows.forEach((cells, r) => cells.forEach((v, c) => sheet.set(r, c, { value: v })));
  merges.forEach((m) => sheet.addMerge(m));
  return wb;
}

/** What must hold for every recognised table. */
function checkTable(t: Table): void {
  if (t.kind === "budget") return; // checked by test/fiches
  const rows = t.rows.map((r) => r.row);
  expect(rows).toEqual([...rows].sort((a, b) => a - b));
  for (const r of rows) expect(r > t.headerRow && r <= t.range.r2).toBe(true);
  expect(t.range.r1 <= t.headerRow && t.headerRow <= t.range.r2 && t.range.c1 <= t.range.c2).toBe(true);
  if (t.kind !== "financial") return;
  expect(new Set(t.columns.map((c) => c.key)).size).toBe(t.columns.length);
  t.groups.forEach((g, i) => {
    expect(g.index).toBe(i);
    for (const r of g.rows) expect(t.rows.find((x) => x.row === r)?.group).toBe(i);
  });
  for (const r of t.rows) if (r.group !== null) expect(t.groups[r.group]).toBeDefined();
}

function checkRecognition(r: Recognition): void {
  r.tables.forEach(checkTable);
  for (const u of r.unmapped) expect(u.reason).not.toContain("erreur interne");
}

describe("robustness", () => {
  it("never throws on random grids, merges and mappings", () => {
    fc.assert(
      fc.property(grid, fc.array(range, { maxLength: 6 }), fc.array(mapping, { maxLength: 2 }), (rows, merges, mappings) => {
        checkRecognition(recognize(workbookOf(rows, merges), { mappings }));
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on the seed tables with random cells overwritten", () => {
    const seed = [...SEED_F1_2024, [], ...SEED_I1];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(seed.length), fc.nat(11), cellValue), { maxLength: 15 }), (changes) => {
        const rows: CellValue[][] = seed.map((r) => [...r]);
        for (const [r, c, v] of changes) (rows[r] ??= [])[c] = v;
        checkRecognition(recognize(workbookOf(rows, [])));
      }),
      { numRuns: 100 },
    );
  });

  it("handles empty workbooks and sheets, numbers only, errors, dates and booleans", () => {
    expect(recognize(new Workbook("vide.xlsx"))).toEqual({ tables: [], unmapped: [] });
    const wb = buildWorkbook("divers.xlsx", {
      Vide: [],
      Nombres: [
        [1, 2, 3],
        [4, 5, 6],
      ],
      Divers: [
        [{ error: "#N/A" }, true, { v: new Date(2024, 0, 1) }],
        [{ f: "=A1+1" }, { f: "=SUM(A1:A2)", v: 3 }],
      ],
    });
    expect(recognize(wb)).toEqual({ tables: [], unmapped: [] });
  });

  it("handles a huge sparse sheet (a stray cell far away)", () => {
    const wb = buildWorkbook("epars.xlsx", { F: SEED_F1_2024 });
    wb.sheets[0].set(200000, 16000, { value: "note égarée" });
    const r = recognize(wb);
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0].kind === "financial" && r.tables[0].rows).toHaveLength(12);
  });
});
