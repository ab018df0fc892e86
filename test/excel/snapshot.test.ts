/** Reading the workbook: everything the core needs, in at most three syncs, within Excel's limits. */
import { analyze } from "../../src/core/engine/analyze";
import { Workbook } from "../../src/core/grid/model";
import { createWorkbookService } from "../../src/excel";
import { FakeWorkbook, coreFromFake, diffWorkbooks, fakeFromCore, fakeHost, syntheticWorkbook } from "../../src/fake-excel";
import { EURO_FORMAT, fillSheet } from "../helpers/sheet";
import { loadExample, serviceOver } from "./helpers";

function threeSheets(): Workbook {
  const wb = new Workbook("Trois feuilles.xlsx");
  fillSheet(
    wb.addSheet("Tableau financier"),
    [
      ["Axe", "Fiche", "Crédits État", "Crédits CD", "Total"],
      ["Enfance", "1.", { v: 1000, fmt: EURO_FORMAT }, { v: 500, fmt: EURO_FORMAT }, { f: "=C2+D2", v: 1500, fmt: EURO_FORMAT }],
      [null, "2.", "1 208 188,18 €", { error: "#REF!" }, { f: "=C3+D3", v: { error: "#REF!" } }],
      [null, "3.", true, "'=texte", { f: '=IF(C4,"oui","non")', v: "oui" }],
    ],
    { merges: ["A2:A4"], notes: { C3: "Montant collé" } },
  );
  fillSheet(wb.addSheet("Indicateurs"), [[], [null, "Cible", "Résultat"], [null, 12, "nc"]], { protected: true });
  fillSheet(wb.addSheet("Cachée"), [["x"]]);
  wb.sheets[2].state = "hidden";
  return wb;
}

describe("instantané du classeur", () => {
  it("lit un classeur de 3 feuilles en 3 syncs, égal à la source", async () => {
    const source = threeSheets();
    const fake = fakeFromCore(source);
    const analysis = await serviceOver(fake).analyze();
    expect(fake.stats.syncs).toBe(3);
    expect(diffWorkbooks(analysis.workbooks[0], source)).toEqual([]);
    expect(analysis.workbooks[0].name).toBe("Trois feuilles.xlsx");
  });

  it("lit 50 feuilles en 3 syncs aussi", async () => {
    const source = syntheticWorkbook({ sheets: 50, rows: 40, amounts: 6 });
    const fake = fakeFromCore(source);
    const analysis = await serviceOver(fake).analyze();
    expect(fake.stats.syncs).toBe(3);
    expect(diffWorkbooks(analysis.workbooks[0], coreFromFake(fake))).toEqual([]);
  });

  it.each([
    "erreurs-plantees.xlsx",
    "prevision-2024-alpes-maritimes.xlsx",
    "calpae-execution-2022.xlsx",
    "indicateurs-2024.xlsx",
  ])("reconnaît les mêmes tableaux et donne les mêmes constats que le fichier lu directement : %s", async (file) => {
    const fake = fakeFromCore(await loadExample(file));
    const direct = analyze([coreFromFake(fake, file)]);
    const through = await serviceOver(fake).analyze();
    expect(through.findings).toEqual(direct.findings);
    expect(through.tables.map((t) => t.id)).toEqual(direct.tables.map((t) => t.id));
    expect(through.tables.length).toBeGreaterThan(0);
  });

  it("découpe une feuille de 200 000 cellules en blocs sous une petite limite, sans rien perdre", async () => {
    const source = syntheticWorkbook({ sheets: 1, rows: 20_000, amounts: 8 });
    const limits = { bytes: 400_000, cells: 100_000 };
    const fake = fakeFromCore(source, { limits });
    const analysis = await createWorkbookService(fakeHost(fake)).analyze();
    expect(fake.stats.syncs).toBeGreaterThan(3);
    expect(fake.stats.largestResponse).toBeLessThanOrEqual(limits.bytes);
    expect(diffWorkbooks(analysis.workbooks[0], coreFromFake(fake))).toEqual([]);
  });

  it("coupe en deux un bloc qu'Excel refuse (textes plus longs que prévu) et le relit", async () => {
    const source = new Workbook("Longs.xlsx");
    fillSheet(
      source.addSheet("Textes"),
      Array.from({ length: 400 }, (_, r) => [`${r} ${"commentaire ".repeat(20)}`]),
    );
    const fake = fakeFromCore(source, { limits: { bytes: 60_000, cells: 100_000 } });
    const analysis = await createWorkbookService(fakeHost(fake)).analyze();
    expect(diffWorkbooks(analysis.workbooks[0], source)).toEqual([]);
    expect(fake.stats.syncs).toBeGreaterThan(3);
  });

  it("sur un Excel ancien (ExcelApi 1.4), lit sans fusions ni notes et reste à 3 syncs", async () => {
    const source = threeSheets();
    const fake = fakeFromCore(source, { excelApi: "1.4" });
    const analysis = await serviceOver(fake).analyze();
    const sheet = analysis.workbooks[0].sheets[0];
    expect([fake.stats.syncs, sheet.merges.length, sheet.notes.size, analysis.workbooks[0].name]).toEqual([3, 0, 0, "Classeur"]);
    expect(sheet.value(1, 2)).toBe(1000);
  });

  it("lit les commentaires à fil comme des notes", async () => {
    const fake = new FakeWorkbook("Fils.xlsx");
    const sheet = fake.addSheet("S");
    sheet.setCell(0, 0, { value: 1 });
    fake.threads.push({ id: "c1", sheet, row: 0, col: 0, content: "Explication" });
    const analysis = await serviceOver(fake).analyze();
    expect(analysis.workbooks[0].sheets[0].note(0, 0)).toBe("Explication");
  });

  it("signale sa progression, croissante, jusqu'à 1", async () => {
    const fake = fakeFromCore(threeSheets());
    const steps: number[] = [];
    await serviceOver(fake).analyze((_, fraction) => steps.push(fraction));
    expect(steps[steps.length - 1]).toBe(1);
    expect([...steps].sort((a, b) => a - b)).toEqual(steps);
  });
});
