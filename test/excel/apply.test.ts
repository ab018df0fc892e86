/** Applying a write plan: three syncs, formats kept, text kept as text, nothing partial when Excel would refuse. */
import { Workbook } from "../../src/core/grid/model";
import { JOURNAL_SHEET, createWorkbookService } from "../../src/excel";
import { FakeWorkbook, coreFromFake, diffWorkbooks, fakeFromCore, fakeHost } from "../../src/fake-excel";
import { EURO_FORMAT, fillSheet } from "../helpers/sheet";
import { TODAY, finding, serviceOver } from "./helpers";

const FILE = "Budget.xlsx";

function budget(options: { excelApi?: string; limits?: { bytes: number; cells: number } } = {}): FakeWorkbook {
  const wb = new Workbook(FILE);
  fillSheet(wb.addSheet("Budget"), [
    ["Action", "État", "CD", "Total"],
    ["A", { v: 100, fmt: EURO_FORMAT }, { v: 50, fmt: EURO_FORMAT }, { v: 999, fmt: EURO_FORMAT }],
    [
      "B",
      { v: "67\u00a0500,00\u00a0€", fmt: EURO_FORMAT },
      { v: 10, fmt: EURO_FORMAT },
      { f: "=B3+C3", v: 67510, fmt: EURO_FORMAT },
    ],
    ["Total", { f: "=SUM(B2:B3)", v: 100 }, { f: "=SUM(C2:C3)", v: 60 }, { f: "=D2+D3", v: 68509 }],
    ["Code", "0304"],
  ]);
  return fakeFromCore(wb, options);
}

const fixes = () => [
  finding(FILE, "Budget", "D2", { kind: "formula", sheet: "Budget", cell: "D2", formula: "=B2+C2", expected: 150 }),
  finding(FILE, "Budget", "B3", { kind: "value", sheet: "Budget", cell: "B3", value: 67500 }),
];

const snapshot = (fake: FakeWorkbook) => coreFromFake(fake);

describe("appliquer les corrections", () => {
  it("écrit valeurs et formules d'un coup, calcul suspendu, formats gardés, puis la feuille Contrôles", async () => {
    const fake = budget();
    const service = serviceOver(fake);
    await service.analyze();
    fake.resetStats();
    const result = await service.apply(fixes());
    expect(result).toEqual({
      cells: 2,
      comments: 0,
      commentMode: "none",
      conflicts: [],
      blocked: null,
      report: "Contrôles VerifPacte",
      notice: null,
    });
    // 2 syncs to read, 1 to open the journal, 1 to write; 6 to rebuild the report sheet and journal its creation.
    expect(fake.stats.syncs).toBeLessThanOrEqual(10);
    const sheet = fake.sheet("Budget");
    expect(sheet?.cell(1, 3)).toEqual({ value: 150, formula: "=B2+C2", numberFormat: EURO_FORMAT });
    expect(sheet?.cell(2, 1)).toEqual({ value: 67500, numberFormat: EURO_FORMAT });
    expect(sheet?.cell(3, 3)?.value).toBe(67660);
    expect(fake.sheet(JOURNAL_SHEET)?.visibility).toBe("VeryHidden");
  });

  it("écrit un texte tel quel, même s'il ressemble à un nombre ou à un booléen", async () => {
    const fake = budget();
    const texts = ["0305", "TRUE", "1e3", "=pas une formule"];
    const service = serviceOver(fake);
    const findings = texts.map((value, i) =>
      finding(FILE, "Budget", `F${i + 1}`, { kind: "value", sheet: "Budget", cell: `F${i + 1}`, value }),
    );
    const result = await service.apply(findings);
    expect(result.conflicts.map((c) => c.cell)).toEqual(["F4"]);
    expect(texts.slice(0, 3).map((_, i) => fake.sheet("Budget")?.cell(i, 5)?.value)).toEqual(texts.slice(0, 3));
    expect(fake.sheet("Budget")?.cell(3, 5)).toBeUndefined();
  });

  it("prévisualise ancien → nouveau en 2 syncs sans rien écrire", async () => {
    const fake = budget();
    const service = serviceOver(fake);
    await service.analyze();
    const before = snapshot(fake);
    fake.resetStats();
    const preview = await service.preview(fixes());
    expect(fake.stats.syncs).toBe(2);
    expect(preview.items.map(({ cell, kind, before: b, after }) => ({ cell, kind, b, after }))).toEqual([
      { cell: "D2", kind: "formula", b: "999", after: "=B2+C2 (résultat attendu : 150,00\u00a0€)" },
      { cell: "B3", kind: "value", b: "67\u00a0500,00\u00a0€", after: "67\u00a0500" },
    ]);
    expect(preview.blocked).toBeNull();
    expect(diffWorkbooks(snapshot(fake), before)).toEqual([]);
  });

  it("signale les corrections incompatibles sans les appliquer", async () => {
    const fake = budget();
    const twice = [
      finding(FILE, "Budget", "D2", { kind: "value", sheet: "Budget", cell: "D2", value: 150 }, "regle-a"),
      finding(FILE, "Budget", "D2", { kind: "value", sheet: "Budget", cell: "D2", value: 151 }, "regle-b"),
    ];
    const result = await serviceOver(fake).apply(twice);
    expect([result.cells, result.conflicts.length]).toEqual([0, 1]);
    expect(fake.sheet("Budget")?.cell(1, 3)?.value).toBe(999);
  });

  it.each(["1.18", "1.8"])("bloque tout sur une cellule verrouillée d'une feuille protégée (ExcelApi %s)", async (excelApi) => {
    const fake = budget({ excelApi });
    const sheet = fake.sheet("Budget");
    if (!sheet) throw new Error("feuille absente");
    sheet.protection.protected = true;
    sheet.patch(1, 3, { unlocked: true });
    const before = snapshot(fake);
    const result = await serviceOver(fake).apply(fixes());
    expect(result.blocked).toBe(
      "La feuille « Budget » est protégée et sa cellule B3 est verrouillée. Ôtez la protection (onglet Révision > " +
        "Ôter la protection de la feuille), puis recommencez. Aucune modification n'a été faite.",
    );
    expect(result.cells).toBe(0);
    expect(diffWorkbooks(snapshot(fake), before)).toEqual([]);
    expect(fake.sheet(JOURNAL_SHEET)).toBeUndefined();
  });

  it("écrit dans les cellules déverrouillées d'une feuille protégée", async () => {
    const fake = budget();
    const sheet = fake.sheet("Budget");
    if (!sheet) throw new Error("feuille absente");
    sheet.protection.protected = true;
    sheet.patch(1, 3, { unlocked: true });
    sheet.patch(2, 1, { unlocked: true });
    const result = await serviceOver(fake).apply(fixes());
    expect([result.blocked, result.cells, sheet.cell(2, 1)?.value]).toEqual([null, 2, 67500]);
  });

  it("bloque quand le journal ne peut pas être créé (structure du classeur protégée)", async () => {
    const fake = budget();
    fake.structureProtected = true;
    const result = await serviceOver(fake).apply(fixes());
    expect(result.blocked).toMatch(
      /^La structure du classeur est protégée : VerifPacte ne peut pas y ajouter sa feuille « VerifPacte_Journal »/,
    );
    expect(fake.sheet("Budget")?.cell(1, 3)?.value).toBe(999);
  });

  it("bloque quand la feuille a été renommée depuis l'analyse", async () => {
    const fake = budget();
    const service = serviceOver(fake);
    await service.analyze();
    (fake.sheet("Budget") as { name: string }).name = "Budget 2025";
    const result = await service.apply(fixes());
    expect(result.blocked).toBe(
      "La feuille « Budget » n'existe plus (renommée ou supprimée ?) : relancez l'analyse. Aucune modification n'a été faite.",
    );
  });

  it("découpe une très grande correction en plusieurs syncs, chacune avec son journal", async () => {
    const wb = new Workbook(FILE);
    fillSheet(
      wb.addSheet("Budget"),
      Array.from({ length: 3000 }, (_, r) => [r, r * 2]),
    );
    const fake = fakeFromCore(wb, { limits: { bytes: 200_000, cells: 5_000_000 } });
    const service = createWorkbookService(fakeHost(fake, { today: () => TODAY }));
    const many = Array.from({ length: 3000 }, (_, r) =>
      finding(FILE, "Budget", `B${r + 1}`, { kind: "formula", sheet: "Budget", cell: `B${r + 1}`, formula: `=A${r + 1}*3` }),
    );
    fake.resetStats();
    const result = await service.apply(many);
    expect(result.cells).toBe(3000);
    expect(fake.stats.syncs).toBeGreaterThan(3);
    expect(fake.stats.largestRequest).toBeLessThanOrEqual(200_000);
    expect(fake.sheet("Budget")?.cell(2999, 1)?.value).toBe(2999 * 3);
    // Identity, header, 3 000 corrections, the report sheet's creation.
    expect(fake.sheet(JOURNAL_SHEET)?.usedRange(true)?.r2).toBe(3002);
  });
});
