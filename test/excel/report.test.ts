/** The « Contrôles » sheet: the core's rows, links to the cells, statuses; rebuilt by clearing, never deleted. */
import { controlesSheet } from "../../src/core/report/controles";
import { JOURNAL_SHEET, SETTINGS_SHEET } from "../../src/excel";
import { FakeSheet } from "../../src/fake-excel";
import { TODAY, exampleFake, serviceOver } from "./helpers";

function texts(sheet: FakeSheet | undefined, rows: number, cols: number): string[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => String(sheet?.cell(r, c)?.value ?? "")));
}

describe("feuille Contrôles", () => {
  it("reprend les lignes du cœur, avec un lien vers chaque cellule et la gravité en couleur", async () => {
    const fake = await exampleFake("erreurs-plantees.xlsx");
    const service = serviceOver(fake);
    const analysis = await service.analyze();
    fake.resetStats();
    await service.writeReport(analysis);
    expect(fake.stats.syncs).toBeLessThanOrEqual(3);
    const expected = controlesSheet(analysis, "erreurs-plantees.xlsx", { today: TODAY });
    const sheet = fake.sheet("Contrôles");
    expect(texts(sheet, expected.rows.length, 7)).toEqual(expected.rows);
    const first = expected.links[0];
    expect(sheet?.cell(first.row, first.col)?.hyperlink).toBe(first.target);
    const colours = { error: "#C00000", warning: "#B45F06", info: "#1F6FB2" };
    for (const { row, severity } of expected.findingRows) {
      expect([sheet?.cell(row, 0)?.bold, sheet?.cell(row, 0)?.color]).toEqual([true, colours[severity]]);
    }
    expect(fake.activeSheet).toBe("Contrôles");
  });

  it("se reconstruit en vidant la feuille existante, et marque les constats corrigés et ignorés", async () => {
    const fake = await exampleFake("erreurs-plantees.xlsx");
    const service = serviceOver(fake);
    const before = await service.analyze();
    await service.writeReport(before);
    const id = fake.sheet("Contrôles")?.id;
    const names = fake.sheets.map((s) => s.name);
    const fixed = before.findings.find((f) => f.fix?.kind === "formula");
    const ignored = before.findings.find((f) => f.fix === null);
    if (!fixed || !ignored) throw new Error("exemple sans constat corrigeable ou sans constat à justifier");
    await service.apply([fixed]);
    await service.ignore(ignored);
    await service.writeReport(before);
    const sheet = fake.sheet("Contrôles");
    expect(sheet?.id).toBe(id);
    expect(fake.sheets.map((s) => s.name)).toEqual([...names, JOURNAL_SHEET, SETTINGS_SHEET]);
    const statusOf = (cell: string) => {
      const rows = [...Array(200).keys()].filter((r) => sheet?.cell(r, 2)?.value === cell);
      return rows.map((r) => sheet?.cell(r, 6)?.value);
    };
    expect(statusOf(fixed.cell)).toContain("corrigé");
    expect(statusOf(ignored.cell)).toContain("ignoré");
    const after = await service.analyze();
    await service.writeReport(after);
    expect(sheet?.usedRange(true)?.r2).toBe(controlesSheet(after, after.workbooks[0].name, { today: TODAY }).rows.length - 1);
  });

  it("dit en français pourquoi la feuille ne peut pas être créée (structure protégée)", async () => {
    const fake = await exampleFake("erreurs-plantees.xlsx");
    const service = serviceOver(fake);
    const analysis = await service.analyze();
    fake.structureProtected = true;
    await expect(service.writeReport(analysis)).rejects.toThrow(
      "La structure du classeur est protégée : la feuille « Contrôles » ne peut pas être créée. " +
        "Ôtez la protection du classeur (onglet Révision > Protéger le classeur), puis recommencez.",
    );
  });
});
