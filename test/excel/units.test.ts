/** The adapter's pure helpers: blocks, cell contents, addresses, journal rows, stored settings. */
import { parseQualified, qualified, splitAreas } from "../../src/excel/addresses";
import { cellBudget, entryGrid, halve, packBlocks, rowBlocks, splitRows, writeRectangles } from "../../src/excel/blocks";
import { JournalEntry, journalRow, parseJournalRow, contentEntry } from "../../src/excel/journal";
import { parseStoredSettings, sanitizeSettings, settingsChunks } from "../../src/excel/settingsStore";
import { coreCell, textEntry } from "../../src/excel/values";
import { DEFAULT_SETTINGS } from "../../src/core/settings";

describe("blocs de lecture et d'écriture", () => {
  it("découpe une plage en blocs de lignes sous le budget, puis les regroupe par sync", () => {
    const blocks = rowBlocks("S", { r1: 2, c1: 1, r2: 101, c2: 10 }, 250);
    expect(blocks.map((b) => [b.range.r1, b.range.r2])).toEqual([
      [2, 26],
      [27, 51],
      [52, 76],
      [77, 101],
    ]);
    expect(packBlocks(blocks, 500).map((g) => g.length)).toEqual([2, 2]);
    expect(cellBudget({ bytes: 5 * 1024 * 1024, cells: 5_000_000 })).toBe(87381);
  });

  it("coupe en deux un groupe, puis un bloc ; s'arrête à une ligne", () => {
    const one = [{ sheet: "S", range: { r1: 0, c1: 0, r2: 9, c2: 3 } }];
    expect(halve(one, splitRows)?.map((g) => g[0].range)).toEqual([
      { r1: 0, c1: 0, r2: 4, c2: 3 },
      { r1: 5, c1: 0, r2: 9, c2: 3 },
    ]);
    expect(halve([{ sheet: "S", range: { r1: 3, c1: 0, r2: 3, c2: 3 } }], splitRows)).toBeNull();
  });

  it("regroupe les écritures en rectangles, sans rectangle surtout vide", () => {
    const cells = [
      { row: 4, col: 3 },
      { row: 5, col: 3 },
      { row: 6, col: 3 },
      { row: 6, col: 4 },
      { row: 20, col: 0 },
      { row: 20, col: 9 },
    ];
    const rects = writeRectangles(cells).map((r) => r.range);
    expect(rects).toEqual([
      { r1: 4, c1: 3, r2: 6, c2: 4 },
      { r1: 20, c1: 0, r2: 20, c2: 0 },
      { r1: 20, c1: 9, r2: 20, c2: 9 },
    ]);
    expect(entryGrid(rects[0], cells.slice(0, 4), (c) => c.row)).toEqual([
      [4, null],
      [5, null],
      [6, 6],
    ]);
  });
});

describe("contenus des cellules", () => {
  it("distingue une formule d'un texte qui commence par =", () => {
    expect(coreCell(12, "=A1", "Double", "0.0")).toEqual({ value: 12, formula: "=A1", numFmt: "0.0" });
    expect(coreCell("=abc", "=abc", "String", "General")).toEqual({ value: "=abc" });
    expect(coreCell("#DIV/0!", "=1/0", "Error", "General")).toEqual({ value: { error: "#DIV/0!" }, formula: "=1/0" });
    expect(coreCell("", "", "Empty", "0%")).toBeUndefined();
    expect(textEntry("=SOMME(A1)")).toBe("'=SOMME(A1)");
  });
});

describe("adresses qualifiées", () => {
  it("écrit et relit « 'Feuille'!A1 », et sépare les zones d'une RangeAreas", () => {
    expect(qualified("Tableau financier", "B5")).toBe("'Tableau financier'!B5");
    expect(parseQualified("'L''été, 2024'!B5:C7")).toEqual({ sheet: "L'été, 2024", range: { r1: 4, c1: 1, r2: 6, c2: 2 } });
    expect(splitAreas("'A, B'!A1:B2, S!C3")).toEqual(["'A, B'!A1:B2", "S!C3"]);
    expect(parseQualified("B5")).toBeNull();
  });
});

describe("lignes du journal", () => {
  const entry: JournalEntry = {
    batch: "2026-03-05T13:32:00.000Z",
    date: "05/03/2026 14:32",
    kind: "cellule",
    sheetId: "{feuille-1}",
    sheet: "S",
    cell: "B2",
    marker: "VerifPacte_0a1b2c3d4e5f_2",
    found: { type: "nombre", value: 0.1 + 0.2 },
    foundFormat: '#,##0.00 "€"',
    written: { type: "formule", value: "=SUM(B1:B1)" },
    writtenFormat: "",
    appended: "",
    findings: ["a|f|S|B2", "b|f|S|B2"],
  };
  const ID = "0a1b2c3d4e5f";
  const text = (row: unknown[]) => row.map((v) => String(v).replace(/^'/, ""));

  it("s'écrivent en texte et se relisent à l'identique", () => {
    expect(parseJournalRow(text(journalRow(entry)), ID)).toEqual({ ok: true, entry });
    expect(contentEntry(entry.found)).toBe(0.30000000000000004);
    expect(contentEntry({ type: "texte", value: "=x" })).toBe("'=x");
    expect(contentEntry({ type: "vide" })).toBe("");
  });

  it("ignore les lignes vides et refuse, en disant pourquoi, ce que VerifPacte n'écrit pas", () => {
    const row = (changes: Record<number, string>) => text(journalRow(entry)).map((v, i) => changes[i] ?? v);
    expect(parseJournalRow(["", "", ""], ID)).toBeNull();
    expect(parseJournalRow(row({ 8: "abc" }), ID)).toEqual({
      ok: false,
      sheet: "S",
      cell: "B2",
      reason: "nombre illisible « abc »",
    });
    expect(parseJournalRow(row({ 7: "formule", 8: '=WEBSERVICE("https://exemple.org")' }), ID)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/WEBSERVICE/),
    });
    expect(parseJournalRow(row({ 6: "VerifPacte_ffffffffffff_2" }), ID)).toMatchObject({
      ok: false,
      reason: "repère étranger à ce journal",
    });
    expect(parseJournalRow(row({ 2: "macro" }), ID)).toMatchObject({ ok: false, reason: "nature inconnue « macro »" });
    expect(parseJournalRow(row({ 7: "erreur", 8: "#HACK!" }), ID)).toMatchObject({
      ok: false,
      reason: "erreur inconnue « #HACK! »",
    });
  });
});

describe("paramètres stockés", () => {
  it("se découpent en morceaux de 30 000 caractères et se recollent", () => {
    const settings = { ...DEFAULT_SETTINGS, departement: "é".repeat(65_000) };
    const chunks = settingsChunks(settings);
    expect(chunks.map((c) => c.length <= 30_000)).toEqual([true, true, true]);
    expect(parseStoredSettings(chunks)).toEqual({ settings, error: null });
  });

  it("gardent chaque champ valide et remplacent les autres par leur valeur par défaut", () => {
    expect(
      sanitizeSettings({
        dispositif: "pacte",
        annee: "2024",
        montantsParPilier: { "1": 500, "3": 1.5 },
        seuilCofinancement: -1,
        ignores: ["a", 3],
        mappings: [
          { sheet: "S", headerRow: 4, family: "F2", columns: { "0": "axe", x: "y" } },
          { sheet: "S", headerRow: -1 },
        ],
      }),
    ).toEqual({
      ...DEFAULT_SETTINGS,
      dispositif: "pacte",
      montantsParPilier: { "1": 500 },
      ignores: ["a"],
      mappings: [{ sheet: "S", headerRow: 4, family: "F2", columns: { 0: "axe" } }],
    });
  });
});
