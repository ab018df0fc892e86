/** « Analyser » in the task pane: the analysis, the settings and the journal's state in at most 3 syncs. */
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { exampleFake, serviceOver } from "./helpers";

describe("« Analyser » à travers le faux Excel", () => {
  it("lit le classeur, les paramètres et l'état du journal en 3 synchronisations au plus", async () => {
    const fake = await exampleFake("erreurs-plantees.xlsx");
    const service = serviceOver(fake);

    fake.resetStats();
    const first = await service.analyzeWorkbook();
    expect(fake.stats.syncs).toBeLessThanOrEqual(3);
    expect(first.settings).toEqual(DEFAULT_SETTINGS);
    expect(first.hasJournal).toBe(false);
    expect(first.analysis.findings.length).toBeGreaterThan(0);

    // Settings saved in the workbook and one correction journaled: still three syncs, both read.
    const settings = { ...DEFAULT_SETTINGS, departement: "Alpes-Maritimes", seuilEcartIndicateur: 0.3 };
    await service.saveSettings(settings);
    const fixable = first.analysis.findings.find((f) => f.fix !== null && f.fix.kind !== "comment");
    expect(fixable).toBeDefined();
    await service.apply([fixable!], []);

    fake.resetStats();
    const again = await service.analyzeWorkbook();
    expect(fake.stats.syncs).toBeLessThanOrEqual(3);
    expect(again.settings).toEqual(settings);
    expect(again.hasJournal).toBe(true);
    expect(again.analysis.findings.some((f) => f.ruleId === fixable!.ruleId && f.cell === fixable!.cell)).toBe(false);

    // The same state as the separate reads give (they cost two syncs each).
    await expect(service.loadSettings()).resolves.toEqual(settings);
    await expect(service.hasJournal()).resolves.toBe(true);
  });

  it("après « Annuler les corrections », le journal est vide", async () => {
    const fake = await exampleFake("erreurs-plantees.xlsx");
    const service = serviceOver(fake);
    const { analysis } = await service.analyzeWorkbook();
    await service.apply(analysis.findings.filter((f) => f.fix !== null && f.fix.kind !== "comment").slice(0, 2), []);
    expect((await service.analyzeWorkbook()).hasJournal).toBe(true);
    await service.undo();
    expect((await service.analyzeWorkbook()).hasJournal).toBe(false);
  });
});
