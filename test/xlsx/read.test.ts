import ExcelJS from "exceljs";
import { isErrorValue } from "../../src/core/grid/model";
import { EURO, makeTmpDir, readCore, saveXlsx } from "../cli/helpers";

jest.setTimeout(30_000);

const tmp = makeTmpDir();
afterAll(tmp.cleanup);

async function sample(): Promise<string> {
  return saveXlsx(tmp.dir, "lecture.xlsx", (wb) => {
    const ws = wb.addWorksheet("Tableau");
    ws.getCell("A1").value = 10;
    ws.getCell("A1").numFmt = EURO;
    ws.getCell("B1").value = 0;
    ws.getCell("C1").value = { formula: "A1+B1", result: 10 };
    ws.getCell("D1").value = { formula: "A1*2" } as ExcelJS.CellFormulaValue;
    ws.getCell("E1").value = { formula: "B1*3", result: 0 };
    ws.getCell("A2").value = 1;
    ws.getCell("A3").value = 2;
    ws.getCell("A4").value = 3;
    ws.fillFormula("B2:B4", "A2*$A$1", [10, 20, 30]);
    const array = { formula: "A2:A3*2", result: 2, shareType: "array", ref: "C2:C3" };
    ws.getCell("C2").value = array as ExcelJS.CellFormulaValue;
    ws.getCell("C3").value = 4;
    ws.mergeCells("A6:C7");
    ws.getCell("A6").value = "Axe 1";
    ws.getCell("A8").value = { richText: [{ text: "Sous " }, { text: "total", font: { bold: true } }] };
    ws.getCell("B8").value = { error: "#REF!" };
    ws.getCell("C8").value = new Date(Date.UTC(2024, 11, 31));
    ws.getCell("C8").numFmt = "dd/mm/yyyy";
    ws.getCell("D8").value = true;
    ws.getCell("E8").value = { text: "lien", hyperlink: "https://example.org" };
    ws.getCell("A1").note = "note simple";
    ws.getCell("B1").note = { texts: [{ text: "note " }, { text: "riche", font: { italic: true } }] };
    wb.addWorksheet("Cachée", { state: "hidden" });
    wb.addWorksheet("Très cachée", { state: "veryHidden" });
  });
}

describe("readXlsx", () => {
  let wb: Awaited<ReturnType<typeof readCore>>;
  beforeAll(async () => {
    wb = await readCore(await sample(), "lecture.xlsx");
  });

  it("reads values with their number format", () => {
    const sheet = wb.sheet("Tableau")!;
    expect(sheet.get(0, 0)).toEqual({ value: 10, numFmt: EURO });
    expect(sheet.get(0, 1)).toEqual({ value: 0 });
  });

  it("reads formulas with '=' and their cached result, null when the file has none, 0 when 0", () => {
    const sheet = wb.sheet("Tableau")!;
    expect(sheet.get(0, 2)).toEqual({ value: 10, formula: "=A1+B1" });
    expect(sheet.get(0, 3)).toEqual({ value: null, formula: "=A1*2" });
    expect(sheet.get(0, 4)).toEqual({ value: 0, formula: "=B1*3" });
  });

  it("expands shared formulas cell by cell", () => {
    const sheet = wb.sheet("Tableau")!;
    expect(sheet.get(1, 1)).toEqual({ value: 10, formula: "=A2*$A$1" });
    expect(sheet.get(2, 1)).toEqual({ value: 20, formula: "=A3*$A$1" });
    expect(sheet.get(3, 1)).toEqual({ value: 30, formula: "=A4*$A$1" });
  });

  it("gives every cell of an array formula its formula and keeps the cached values", () => {
    const sheet = wb.sheet("Tableau")!;
    expect(sheet.get(1, 2)).toEqual({ value: 2, formula: "=A2:A3*2" });
    expect(sheet.get(2, 2)).toEqual({ value: 4, formula: "=A2:A3*2" });
  });

  it("reads merged areas, rich text, errors, dates, booleans and hyperlinks", () => {
    const sheet = wb.sheet("Tableau")!;
    expect(sheet.merges).toEqual([{ r1: 5, c1: 0, r2: 6, c2: 2 }]);
    expect(sheet.shownValue(6, 2)).toBe("Axe 1");
    expect(sheet.value(7, 0)).toBe("Sous total");
    const error = sheet.value(7, 1);
    expect(isErrorValue(error) && error.error).toBe("#REF!");
    const date = sheet.value(7, 2);
    expect(date instanceof Date && date.toISOString()).toBe("2024-12-31T00:00:00.000Z");
    expect(sheet.get(7, 2)?.numFmt).toBe("dd/mm/yyyy");
    expect(sheet.value(7, 3)).toBe(true);
    expect(sheet.value(7, 4)).toBe("lien");
  });

  it("reads notes as plain text", () => {
    const sheet = wb.sheet("Tableau")!;
    expect(sheet.note(0, 0)).toBe("note simple");
    expect(sheet.note(0, 1)).toBe("note riche");
  });

  it("keeps every sheet with its state", () => {
    expect(wb.sheets.map((s) => [s.name, s.state])).toEqual([
      ["Tableau", "visible"],
      ["Cachée", "hidden"],
      ["Très cachée", "veryHidden"],
    ]);
  });

  it("reads sheet protection", async () => {
    const path = await saveXlsx(tmp.dir, "protegee.xlsx", (w) => {
      const ws = w.addWorksheet("Protégée");
      ws.getCell("A1").value = 1;
      void ws.protect("", {});
    });
    const read = await readCore(path);
    expect(read.sheets[0].protected).toBe(true);
  });
});

describe("readXlsx sur un classeur écrit comme Excel", () => {
  it("lit la protection sous toutes ses formes, les notes, le fil de commentaires et l'état des feuilles", async () => {
    const { featureWorkbook } = await import("./fixtures/features");
    const { readXlsx } = await import("../../src/xlsx");
    const read = readXlsx(featureWorkbook({ structureProtected: true }), "f.xlsx");
    expect(read.workbook.sheets.map((s) => [s.name, s.state, s.protected])).toEqual([
      ["Tableau", "visible", false],
      ["Protégée", "visible", true],
      ["Protégée LibreOffice", "visible", true],
      ["Protégée hachée", "hidden", true],
    ]);
    expect(read.info.structureProtected).toBe(true);
    const sheet = read.workbook.sheet("Tableau")!;
    expect(sheet.notes.get("D4")).toBe("Marie Dupont:\nmontant notifié");
    expect(sheet.notes.get("E5")).toBe("À vérifier avec la DDETS\nVérifié");
    expect(sheet.get(4, 6)).toEqual({ value: 115000, formula: "=D5+E5+F5", numFmt: '#,##0.00\\ "€"' });
  });

  it("décode les caractères échappés à la manière d'Excel (_x000D_) et lit les dates du calendrier 1904", async () => {
    const { zipParts, XML, MAIN, R, rels } = await import("./fixtures/package");
    const { readXlsx } = await import("../../src/xlsx");
    const bytes = zipParts({
      "_rels/.rels": rels([["rId1", "officeDocument", "xl/workbook.xml"]]),
      "xl/workbook.xml": `${XML}<workbook xmlns="${MAIN}" xmlns:r="${R}"><workbookPr date1904="1"/><sheets><sheet name="F" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      "xl/_rels/workbook.xml.rels": rels([
        ["rId1", "worksheet", "worksheets/sheet1.xml"],
        ["rId2", "styles", "styles.xml"],
        ["rId3", "sharedStrings", "sharedStrings.xml"],
      ]),
      "xl/styles.xml": `${XML}<styleSheet xmlns="${MAIN}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`,
      "xl/sharedStrings.xml": `${XML}<sst xmlns="${MAIN}"><si><t>ligne 1_x000D_\nligne 2 _x005F_x0041_</t><rPh sb="0" eb="1"><t>フ</t></rPh></si></sst>`,
      "xl/worksheets/sheet1.xml": `${XML}<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" s="1"><x:v>0</x:v></x:c><x:c r="C1" t="d"><x:v>2024-12-31T00:00:00</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
    });
    const sheet = readXlsx(bytes, "d.xlsx").workbook.sheet("F")!;
    expect(sheet.value(0, 0)).toBe("ligne 1\r\nligne 2 _x0041_");
    expect((sheet.value(0, 1) as Date).toISOString()).toBe("1904-01-01T00:00:00.000Z");
    expect((sheet.value(0, 2) as Date).toISOString()).toBe("2024-12-31T00:00:00.000Z");
  });
});
