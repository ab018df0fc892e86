/**
 * The « Contrôles VerifPacte » sheet: the core's rows, links to the cells, statuses, the values the
 * corrected cells show; rebuilt by clearing after every « Appliquer », never deleted; its creation
 * journaled; a user's « Contrôles » sheet never touched.
 */
import { findingKey } from "../../src/core/engine/context";
import { controlesSheet } from "../../src/core/report/controles";
import { JOURNAL_SHEET, SETTINGS_SHEET } from "../../src/excel";
import { FakeSheet, fakeFromCore } from "../../src/fake-excel";
import { tableWorkbook } from "../core/engine/generated";
import { TODAY, exampleFake, serviceOver } from "./helpers";

const NAME = "Contrôles VerifPacte";

function texts(sheet: FakeSheet | undefined, rows: number, cols: number): string[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => String(sheet?.cell(r, c)?.value ?? "")));
}

/** The report rows (status, value obtained) of a cell. */
function rowsOf(sheet: FakeSheet | undefined, cell: string): string[][] {
  return [...Array(300).keys()]
    .filter((r) => sheet?.cell(r, 2)?.value === cell)
    .map((r) => [6, 7].map((c) => String(sheet?.cell(r, c)?.value ?? "")));
}

describe("feuille Contrôles VerifPacte", () => {
  it("reprend les lignes du cœur, avec un lien vers chaque cellule et la gravité en couleur", async () => {
    const fake = await exampleFake("erreurs-plantees.xlsx");
    const service = serviceOver(fake);
    const analysis = await service.analyze();
    fake.resetStats();
    await service.writeReport(analysis);
    expect(fake.stats.syncs).toBeLessThanOrEqual(7);
    const expected = controlesSheet(analysis, "erreurs-plantees.xlsx", { today: TODAY });
    const sheet = fake.sheet(NAME);
    expect(texts(sheet, expected.rows.length, 8)).toEqual(expected.rows);
    const first = expected.links[0];
    expect(sheet?.cell(first.row, first.col)?.hyperlink).toBe(first.target);
    const colours = { error: "#C00000", warning: "#B45F06", info: "#1F6FB2" };
    for (const { row, severity } of expected.findingRows) {
      expect([sheet?.cell(row, 0)?.bold, sheet?.cell(row, 0)?.color]).toEqual([true, colours[severity]]);
    }
    expect(fake.activeSheet).toBe(NAME);
  });

  it("est reconstruite après « Appliquer » : constats corrigés avec la valeur que la cellule affiche, ignorés ; même feuille ensuite", async () => {
    const fake = await exampleFake("erreurs-plantees.xlsx");
    const service = serviceOver(fake);
    const before = await service.analyze();
    const fixed = before.findings.find((f) => f.fix?.kind === "formula");
    const ignored = before.findings.find((f) => f.fix === null);
    if (fixed?.fix?.kind !== "formula" || !ignored)
      throw new Error("exemple sans constat corrigeable ou sans constat à justifier");
    const result = await service.apply([fixed]);
    expect(result.report).toBe(NAME);
    const sheet = fake.sheet(NAME);
    const id = sheet?.id;
    const at = fake
      .sheet(fixed.fix.sheet)
      ?.cell(Number(fixed.fix.cell.replace(/^[A-Z]+/, "")) - 1, fixed.fix.cell.charCodeAt(0) - 65);
    expect(typeof at?.value).toBe("number");
    expect(rowsOf(sheet, fixed.cell)).toContainEqual([
      "corrigé",
      new Intl.NumberFormat("fr-FR", { minimumFractionDigits: 2 }).format(at?.value as number).replace(/\u202f/g, "\u00a0") +
        "\u00a0€",
    ]);
    await service.ignore(ignored);
    await service.writeReport(before);
    expect(fake.sheet(NAME)?.id).toBe(id);
    expect(rowsOf(sheet, ignored.cell).map((r) => r[0])).toContain("ignoré");
    const names = fake.sheets.map((s) => s.name);
    expect(names.slice(-3)).toEqual([JOURNAL_SHEET, NAME, SETTINGS_SHEET]);
    const after = await service.analyze();
    await service.writeReport(after);
    expect(sheet?.usedRange(true)?.r2).toBe(controlesSheet(after, after.workbooks[0].name, { today: TODAY }).rows.length - 1);
    expect(after.findings.map(findingKey)).not.toContain(findingKey(fixed));
  });

  it("ne touche jamais une feuille « CONTRÔLES » de l'utilisateur, ni ne l'analyse comme la sienne", async () => {
    const fake = await exampleFake("erreurs-plantees.xlsx");
    const mine = fake.addSheet("CONTRÔLES");
    mine.setCell(0, 0, { value: "Contrôles VerifPacte — erreurs-plantees.xlsx" });
    mine.setCell(4, 2, { value: "ma note", formula: undefined });
    const service = serviceOver(fake);
    const analysis = await service.analyze();
    expect(await service.sheetNames()).toContain("CONTRÔLES");
    await service.writeReport(analysis);
    expect(fake.sheet("CONTRÔLES")).toBe(mine);
    expect([mine.cell(0, 0)?.value, mine.cell(4, 2)?.value, mine.usedRange(true)]).toEqual([
      "Contrôles VerifPacte — erreurs-plantees.xlsx",
      "ma note",
      { r1: 0, c1: 0, r2: 4, c2: 2 },
    ]);
    expect(fake.sheet(NAME)?.cell(0, 0)?.value).toBe("Contrôles VerifPacte — erreurs-plantees.xlsx");
  });

  it("une feuille de l'utilisateur déjà nommée « Contrôles VerifPacte » est laissée : le rapport prend le nom suivant", async () => {
    const fake = await exampleFake("erreurs-plantees.xlsx");
    fake.addSheet(NAME).setCell(0, 0, { value: "Mes remarques" });
    const service = serviceOver(fake);
    await service.writeReport(await service.analyze());
    expect(fake.sheet(NAME)?.cell(0, 0)?.value).toBe("Mes remarques");
    expect(fake.sheet(`${NAME} (2)`)?.cell(0, 0)?.value).toBe("Contrôles VerifPacte — erreurs-plantees.xlsx");
  });

  it("dit en français pourquoi la feuille ne peut pas être créée (structure protégée), et rien n'est écrit", async () => {
    const fake = await exampleFake("erreurs-plantees.xlsx");
    const service = serviceOver(fake);
    const analysis = await service.analyze();
    fake.structureProtected = true;
    await expect(service.writeReport(analysis)).rejects.toThrow(
      "La structure du classeur est protégée : la feuille « Contrôles VerifPacte » ne peut pas être créée. " +
        "Ôtez la protection du classeur (onglet Révision > Protéger le classeur), puis recommencez.",
    );
    const fixable = analysis.findings.filter((f) => f.fix !== null);
    const result = await service.apply(fixable);
    expect(result.blocked).toMatch(/^La structure du classeur est protégée : VerifPacte ne peut pas y ajouter sa feuille/);
    expect(fake.sheet(JOURNAL_SHEET)).toBeUndefined();
  });
});

describe("feuille Contrôles VerifPacte protégée par l'utilisateur", () => {
  it("les corrections sont écrites et journalisées ; le message dit que la feuille n'a pas pu être reconstruite", async () => {
    const fake = await exampleFake("erreurs-plantees.xlsx");
    const service = serviceOver(fake);
    const analysis = await service.analyze();
    await service.writeReport(analysis);
    (fake.sheet(NAME) as FakeSheet).protection.protected = true;
    const fixed = analysis.findings.find((f) => f.fix?.kind === "formula");
    if (!fixed) throw new Error("exemple sans formule à corriger");
    const result = await service.apply([fixed]);
    expect([result.blocked, result.cells, result.report]).toEqual([null, 1, null]);
    expect(result.notice).toMatch(
      /^Les corrections sont écrites, mais la feuille « Contrôles VerifPacte » n'a pas pu être reconstruite : Excel a refusé la modification/,
    );
    expect(await service.hasJournal()).toBe(true);
    expect((await service.undo()).restored).toBe(1);
  });
});

describe("constat regroupé (plusieurs cellules corrigées par un constat)", () => {
  it("sa ligne donne la valeur de sa propre cellule, celle que la grille affiche", async () => {
    // The first row keeps its formula F = A+B+C: the four rows below it, typed, are one grouped « valeur en dur ».
    const action = (cents: number, i: number) => ({
      amounts: [
        { kind: "number" as const, cents },
        { kind: "number" as const, cents },
        { kind: "empty" as const, cents: 0 },
      ],
      computed: i === 0 ? ("formula" as const) : ("typedRight" as const),
      extra: [],
    });
    const spec = {
      family: "F1" as const,
      groups: [
        { actions: [50_000_00, 100_000_00, 200_000_00, 300_000_00, 400_000_00].map(action), totals: Array(4).fill("sum") },
      ],
      grand: Array(4).fill("sum"),
    };
    const fake = fakeFromCore(tableWorkbook(spec, "groupe.xlsx"));
    const service = serviceOver(fake);
    const analysis = await service.analyze();
    const grouped = analysis.findings.find((f) => f.fix?.kind === "cells");
    if (grouped?.fix?.kind !== "cells") throw new Error("pas de constat regroupé");
    expect(grouped.fix.fixes.length).toBeGreaterThanOrEqual(4);
    await service.apply([grouped]);
    const own = fake.sheet(grouped.sheet)?.cell(Number(grouped.cell.slice(1)) - 1, grouped.cell.charCodeAt(0) - 65)
      ?.value as number;
    const last = grouped.fix.fixes[grouped.fix.fixes.length - 1].cell;
    expect(fake.sheet(grouped.sheet)?.cell(Number(last.slice(1)) - 1, last.charCodeAt(0) - 65)?.value).not.toBe(own);
    const shown =
      new Intl.NumberFormat("fr-FR", { minimumFractionDigits: 2 }).format(own).replace(/\u202f/g, "\u00a0") + "\u00a0€";
    expect(rowsOf(fake.sheet(NAME), grouped.cell)).toContainEqual(["corrigé", shown]);
  });
});
