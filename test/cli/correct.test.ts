import { linkSync, readFileSync, existsSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { unzipSync, strFromU8 } from "fflate";
import { ControlesSheet, WritePlan } from "../../src/core";
import { writeCorrectedCopy, WriteSummary } from "../../src/cli/correct";
import { EURO, makeTmpDir, readCore, saveXlsx, snapshot } from "./helpers";

jest.setTimeout(30_000);

const tmp = makeTmpDir();
afterAll(tmp.cleanup);

const FILE = "tableau.xlsx";
const PREFIX = "[Contrôle 05/03/2026]";

function buildTable(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("Tableau");
  ws.addRow(["Action", "A", "B", "Total", "Commentaire", "Double", "Note"]);
  ws.addRow(["1.", 100, 50, { formula: "B2+C2", result: 150 }, "déjà commenté"]);
  ws.addRow(["2.", 200, 20, 999]);
  ws.addRow(["3.", 300, 30, { formula: "B4+C4", result: 330 }]);
  for (const address of ["B2", "C2", "D2", "B3", "C3", "D3", "B4", "C4", "D4"]) ws.getCell(address).numFmt = EURO;
  ws.getCell("D3").font = { bold: true };
  ws.fillFormula("F2:F4", "B2*2", [200, 400, 600]);
  ws.getCell("G2").value = "x";
  ws.getCell("G2").note = "note existante";
  ws.mergeCells("A6:B6");
  ws.getCell("A6").value = "Fusion";
  ws.getCell("I2").value = { formula: "B2:B3*2", result: 200, shareType: "array", ref: "I2:I3" } as ExcelJS.CellFormulaValue;
  ws.getCell("I3").value = 400;
  ws.getCell("D5").value = { formula: "SUM(D2:D4)", result: 1479 };
  ws.getCell("H5").value = { formula: "D5*2", result: 2958 };
}

const plan = (file: string): WritePlan => ({
  cells: [
    { file, sheet: "Tableau", cell: "D3", kind: "formula", formula: "=B3+C3", expected: 220, findings: ["k1"] },
    { file, sheet: "Tableau", cell: "F2", kind: "value", value: 42, findings: ["k2"] },
    { file, sheet: "Tableau", cell: "H2", kind: "value", value: "=danger", findings: ["k3"] },
    { file, sheet: "Absente", cell: "A1", kind: "value", value: 1, findings: ["k4"] },
    { file, sheet: "Tableau", cell: "I3", kind: "value", value: 1, findings: ["k11"] },
    { file, sheet: "Tableau", cell: "B6", kind: "value", value: 7, findings: ["k12"] },
    { file: "autre.xlsx", sheet: "Tableau", cell: "A1", kind: "value", value: 1, findings: ["k5"] },
  ],
  comments: [
    { file, sheet: "Tableau", cell: "E2", mode: "column", aboutCell: "D2", text: `${PREFIX} à justifier`, findings: ["k6"] },
    { file, sheet: "Tableau", cell: "E3", mode: "column", aboutCell: "D3", text: `${PREFIX} total corrigé`, findings: ["k7"] },
    { file, sheet: "Tableau", cell: "G2", mode: "note", aboutCell: "G2", text: `${PREFIX} vérifier`, findings: ["k8"] },
    { file, sheet: "Tableau", cell: "C3", mode: "note", aboutCell: "C3", text: `${PREFIX} nouveau`, findings: ["k9"] },
    { file, sheet: "Tableau", cell: "B2", mode: "column", aboutCell: "B2", text: `${PREFIX} sur un nombre`, findings: ["k10"] },
  ],
  conflicts: [],
});

function controles(summary: WriteSummary): ControlesSheet {
  return {
    name: "Contrôles",
    rows: [
      ["Contrôles VerifPacte — tableau.xlsx", "", ""],
      ["", "", ""],
      ["Gravité", "Feuille", "Cellule"],
      ["erreur", "Tableau", "D3"],
      ["avertissement", "Tableau", summary.resolved.has("k1") ? "corrigé" : "à corriger"],
    ],
    headerRow: 2,
    links: [{ row: 3, col: 2, target: "'Tableau'!D3" }],
    findingRows: [
      { row: 3, key: "k1", severity: "error" },
      { row: 4, key: "k2", severity: "warning" },
    ],
  };
}

async function correct(input: string, output: string, build = plan): Promise<WriteSummary> {
  return writeCorrectedCopy({ input, output, workbook: await readCore(input, FILE), file: FILE }, build(FILE), controles);
}

/** The parts of an .xlsx, as text. */
function parts(path: string): Record<string, string> {
  const files = unzipSync(new Uint8Array(readFileSync(path)));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

/** The start tag of a cell in a sheet's XML. */
function cellTag(xml: string, address: string): string {
  return new RegExp(`<c r="${address}"[^>]*>`).exec(xml)?.[0] ?? "";
}

describe("writeCorrectedCopy", () => {
  let input: string;
  let output: string;
  let inputBytes: Buffer;
  let summary: WriteSummary;
  beforeAll(async () => {
    input = await saveXlsx(tmp.dir, FILE, buildTable);
    inputBytes = readFileSync(input);
    output = join(tmp.dir, "corrige.xlsx");
    summary = await correct(input, output);
  });

  it("writes a copy and leaves the input file untouched", () => {
    expect(existsSync(output)).toBe(true);
    expect(readFileSync(input).equals(inputBytes)).toBe(true);
  });

  it("writes formulas with their result, keeping the cell's style (bold, format), and asks Excel to recompute", async () => {
    const sheet = (await readCore(output)).sheet("Tableau")!;
    expect(sheet.get(2, 3)).toEqual({ value: 220, formula: "=B3+C3", numFmt: EURO });
    const before = parts(input)["xl/worksheets/sheet1.xml"];
    const after = parts(output)["xl/worksheets/sheet1.xml"];
    expect(/s="(\d+)"/.exec(cellTag(after, "D3"))?.[1]).toBe(/s="(\d+)"/.exec(cellTag(before, "D3"))?.[1]);
    expect(parts(output)["xl/workbook.xml"]).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it("recomputes the cached results of the formulas that read a corrected cell", async () => {
    const sheet = (await readCore(output)).sheet("Tableau")!;
    expect(sheet.get(4, 3)).toEqual({ value: 700, formula: "=SUM(D2:D4)" });
    expect(sheet.get(4, 7)).toEqual({ value: 1400, formula: "=D5*2" });
  });

  it("keeps the clones of a shared formula whose master is overwritten", async () => {
    const sheet = (await readCore(output)).sheet("Tableau")!;
    expect(sheet.get(1, 5)).toEqual({ value: 42 });
    expect(sheet.get(2, 5)).toEqual({ value: 400, formula: "=B3*2" });
    expect(sheet.get(3, 5)).toEqual({ value: 600, formula: "=B4*2" });
  });

  it("appends comments without replacing the user's text", async () => {
    const sheet = (await readCore(output)).sheet("Tableau")!;
    expect(sheet.value(1, 4)).toBe(`déjà commenté\n${PREFIX} à justifier`);
    expect(sheet.value(2, 4)).toBe(`${PREFIX} total corrigé`);
    expect(sheet.note(1, 6)).toBe(`note existante\n${PREFIX} vérifier`);
    expect(sheet.note(2, 2)).toBe(`${PREFIX} nouveau`);
    expect(sheet.value(1, 1)).toBe(100);
    expect(sheet.note(1, 1)).toBe(`${PREFIX} sur un nombre`);
  });

  it("refuses a text that would become a formula, a missing sheet, an array formula's cell and a merged cell that is not the first", () => {
    expect(summary.cells).toBe(2);
    expect(summary.comments).toBe(5);
    expect([...summary.resolved].sort()).toEqual(["k1", "k2"]);
    expect(summary.warnings).toEqual([
      "H2 (feuille « Tableau ») : le texte « =danger » serait lu comme une formule, il n'est pas écrit.",
      "A1 (feuille « Absente ») : feuille introuvable dans le classeur, rien n'y est écrit.",
      "I3 (feuille « Tableau ») : la cellule fait partie d'une formule matricielle : corrigez-la dans Excel.",
      "B6 (feuille « Tableau ») : la cellule fait partie de la zone fusionnée A6:B6 sans en être la première cellule (A6) : rien n'y est écrit.",
    ]);
  });

  it("changes no cell that the plan does not target, and the anchor of the merged area keeps its text", async () => {
    const before = snapshot(await readCore(input));
    const after = snapshot(await readCore(output));
    const targeted = [
      "Tableau!D3",
      "Tableau!D5",
      "Tableau!H5",
      "Tableau!F2",
      "Tableau!F3",
      "Tableau!F4",
      "Tableau!E2",
      "Tableau!E3",
      "Tableau!G2#note",
      "Tableau!C3#note",
      "Tableau!B2#note",
    ];
    for (const key of new Set([...before.keys(), ...after.keys()])) {
      if (targeted.includes(key) || key.startsWith("Contrôles")) continue;
      expect([key, after.get(key)]).toEqual([key, before.get(key)]);
    }
    expect(after.get("Tableau!A6")).toBe(before.get("Tableau!A6"));
  });

  it("adds a « Contrôles » sheet with internal links, bold header, filter, frozen header and the statuses of written fixes", async () => {
    const read = await readCore(output);
    expect(read.sheets.map((w) => w.name)).toEqual(["Tableau", "Contrôles"]);
    const sheet = read.sheet("Contrôles")!;
    expect(sheet.value(2, 0)).toBe("Gravité");
    expect(sheet.value(4, 2)).toBe("corrigé");
    const xml = parts(output)["xl/worksheets/sheet2.xml"];
    expect(xml).toContain(`<hyperlink ref="C4" location="'Tableau'!D3" display="'Tableau'!D3"/>`);
    expect(xml).toContain('<autoFilter ref="A3:C5"/>');
    expect(xml).toContain('state="frozen"');
    expect(xml).toMatch(/<col min="1" max="1" width="15"/);
    const styles = parts(output)["xl/styles.xml"];
    const header = Number(/s="(\d+)"/.exec(cellTag(xml, "A3"))?.[1]);
    const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1].match(/<xf\b[^>]*?(\/>|>[\s\S]*?<\/xf>)/g)!;
    const fontId = Number(/fontId="(\d+)"/.exec(xfs[header])?.[1]);
    const fonts = /<fonts[^>]*>([\s\S]*?)<\/fonts>/.exec(styles)![1].match(/<font\b[\s\S]*?<\/font>|<font\/>/g)!;
    expect(fonts[fontId]).toContain("<b/>");
  });

  it("rebuilds an existing « Contrôles » sheet in place", async () => {
    const path = await saveXlsx(tmp.dir, "avec-controles.xlsx", (wb) => {
      buildTable(wb);
      const old = wb.addWorksheet("Contrôles");
      old.getCell("A1").value = "ancien rapport";
      old.getCell("D9").value = "ancienne ligne";
      old.getCell("D9").note = "ancienne note";
      old.mergeCells("A1:B2");
      wb.addWorksheet("Après").getCell("A1").value = "reste";
    });
    const out = join(tmp.dir, "avec-controles-corrige.xlsx");
    await correct(path, out);
    const read = await readCore(out);
    expect(read.sheets.map((s) => s.name)).toEqual(["Tableau", "Contrôles", "Après"]);
    const sheet = read.sheet("Contrôles")!;
    expect(sheet.value(0, 0)).toBe("Contrôles VerifPacte — tableau.xlsx");
    expect(sheet.value(8, 3)).toBeNull();
    expect(sheet.notes.size).toBe(0);
    expect(sheet.merges).toEqual([]);
    expect(read.sheet("Après")!.value(0, 0)).toBe("reste");
  });

  it("gives the column's number format to a number written into an unformatted cell, never to a text", async () => {
    const copy = join(tmp.dir, "format-colonne.xlsx");
    await correct(input, copy, (file) => ({
      cells: [
        { file, sheet: "Tableau", cell: "A1", kind: "value", value: "Action (G+J)", numFmt: EURO, findings: ["t1"] },
        { file, sheet: "Tableau", cell: "E4", kind: "value", value: 12, numFmt: EURO, findings: ["t2"] },
      ],
      comments: [],
      conflicts: [],
    }));
    const sheet = (await readCore(copy)).sheet("Tableau")!;
    expect(sheet.get(0, 0)).toEqual({ value: "Action (G+J)" });
    expect(sheet.get(3, 4)).toEqual({ value: 12, numFmt: EURO });
  });

  it("refuses to write over its input, even through a link", async () => {
    await expect(correct(input, input)).rejects.toThrow(/ne peut pas remplacer le fichier contrôlé/);
    const hard = join(tmp.dir, "lien-dur.xlsx");
    linkSync(input, hard);
    await expect(correct(input, hard)).rejects.toThrow(/désigne le fichier contrôlé lui-même/);
    const soft = join(tmp.dir, "lien-symbolique.xlsx");
    symlinkSync(input, soft);
    await expect(correct(input, soft)).rejects.toThrow(/désigne le fichier contrôlé lui-même/);
    expect(readFileSync(input).equals(inputBytes)).toBe(true);
  });

  it("writes nothing into a protected sheet: its findings stay « feuille protégée », the report is still added", async () => {
    const path = await saveXlsx(tmp.dir, "protege.xlsx", (wb) => {
      buildTable(wb);
      void wb.getWorksheet("Tableau")!.protect("", {});
    });
    const out = join(tmp.dir, "protege-corrige.xlsx");
    const result = await correct(path, out);
    expect(result.cells).toBe(0);
    expect(result.comments).toBe(0);
    expect([...result.protectedFindings].sort()).toEqual(["k1", "k10", "k11", "k12", "k2", "k6", "k7", "k8", "k9"]);
    expect(result.warnings).toContain(
      "D3 (feuille « Tableau ») : la feuille est protégée : rien n'y est écrit (retirez la protection dans Excel, Révision > Ôter la protection, puis relancez).",
    );
    expect(parts(out)["xl/worksheets/sheet1.xml"]).toBe(parts(path)["xl/worksheets/sheet1.xml"]);
    expect((await readCore(out)).sheets.map((s) => s.name)).toEqual(["Tableau", "Contrôles"]);
  });
});
