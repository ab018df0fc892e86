/** Done criterion of the adapter: the planted mistakes, through the fake, from analysis to undo. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { exampleFake, reopen, serviceOver, userDifferences } from "./helpers";

interface Expected {
  ruleId: string;
  sheet: string;
  cell: string;
}

const expected: Expected[] = JSON.parse(readFileSync(join(__dirname, "../../examples/erreurs-plantees.attendu.json"), "utf8"));
const id = (f: Expected) => `${f.ruleId}|${f.sheet}|${f.cell}`;

describe("erreurs-plantees.xlsx à travers le faux Excel", () => {
  it("liste chaque erreur plantée, corrige tout, ne laisse que les erreurs sans correction, puis annule exactement", async () => {
    const fake = await exampleFake("erreurs-plantees.xlsx");
    const original = reopen(fake);
    const service = serviceOver(fake);

    fake.resetStats();
    const before = await service.analyze();
    expect(fake.stats.syncs).toBeLessThanOrEqual(3);
    expect(expected.map(id).filter((e) => !before.findings.map(id).includes(e))).toEqual([]);

    const fixable = before.findings.filter((f) => f.fix !== null);
    const toJustify = before.findings.filter((f) => f.fix === null);
    const unfixableErrors = toJustify.filter((f) => f.severity === "error").map(id);
    fake.resetStats();
    const result = await service.apply(fixable, toJustify);
    // 2 to read, 1 to open the journal, 1 to write; to rebuild the « Contrôles VerifPacte » sheet:
    // its place and the journal, the journal's rows, the corrected values, the sheet, its creation journaled.
    expect(fake.stats.syncs).toBeLessThanOrEqual(10);
    expect(result.blocked).toBeNull();
    expect(result.cells).toBe(fixable.filter((f) => f.fix?.kind !== "comment").length);
    expect([result.comments > 0, result.commentMode]).toEqual([true, "mixed"]);
    expect(fake.sheet("CALPAE exécution 2022")?.cell(7, 14)?.value).toMatch(/^\[Contrôle 05\/03\/2026\] K8 : Solde non consommé/);
    expect(fake.sheet("Indicateurs 2024")?.notes.get("E9")).toMatch(/^\[Contrôle 05\/03\/2026\] Mention « NR »/);
    // The TOTAUX cell written into an empty cell takes the money format of its column.
    const pacte = fake.sheet("Pacte 2024");
    expect(pacte?.cell(16, 6)).toMatchObject({ formula: "=SUM(G9,G14,G16)", numberFormat: pacte?.cell(15, 6)?.numberFormat });
    expect(pacte?.cell(15, 6)?.numberFormat).toContain("€");

    const after = await service.analyze();
    const errorsAfter = after.findings.filter((f) => f.severity === "error").map(id);
    expect(errorsAfter.filter((e) => !unfixableErrors.includes(e))).toEqual([]);
    expect(result.report).toBe("Contrôles VerifPacte");
    await service.writeReport(after);
    expect(fake.sheet("Contrôles VerifPacte")?.cell(0, 0)?.value).toBe("Contrôles VerifPacte — erreurs-plantees.xlsx");

    const reopened = reopen(fake);
    const undo = await serviceOver(reopened).undo();
    expect(undo.restored).toBe(result.cells);
    // Formula results compared as computed by one engine (the fake computes like an English Excel).
    original.recalculateAll();
    reopened.recalculateAll();
    expect(userDifferences(reopened, original)).toEqual([]);
  });
});
