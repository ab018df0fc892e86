/**
 * The new reader (src/xlsx) gives the same snapshot as the ExcelJS one it replaces, on every
 * example workbook and on a workbook carrying each feature the reader handles. Kept while both
 * readers exist (ExcelJS stays a devDependency of the example generators).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { toCoreWorkbook } from "../helpers/exceljs-reader";
import { Workbook } from "../../src/core/grid/model";
import { readXlsx } from "../../src/xlsx";
import { snapshot } from "../cli/helpers";

jest.setTimeout(60_000);

const EXAMPLES = join(__dirname, "..", "..", "examples");

/** The snapshot with each cell's fields in a fixed order. */
function normalised(workbook: Workbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, text] of snapshot(workbook)) {
    const parsed: unknown = key.includes("#") ? text : JSON.parse(text);
    out.set(key, typeof parsed === "object" && parsed ? JSON.stringify(Object.fromEntries(Object.entries(parsed).sort())) : text);
  }
  for (const sheet of workbook.sheets)
    out.set(`${sheet.name}#merges`, JSON.stringify([...sheet.merges].sort((a, b) => a.r1 - b.r1 || a.c1 - b.c1)));
  return out;
}

async function viaExcelJS(bytes: Uint8Array, name: string): Promise<Workbook> {
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.load(bytes.slice().buffer);
  return toCoreWorkbook(excel, name);
}

async function expectSame(bytes: Uint8Array, name: string): Promise<void> {
  const before = normalised(await viaExcelJS(bytes, name));
  const after = normalised(readXlsx(bytes, name).workbook);
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  for (const [key, value] of before) expect([key, after.get(key)]).toEqual([key, value]);
}

/** Every kind of cell the reader handles, written by ExcelJS. */
async function features(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Tableau");
  ws.getCell("A1").value = 10;
  ws.getCell("A1").numFmt = '#,##0.00 "€"';
  ws.getCell("B1").value = 0;
  ws.getCell("C1").value = { formula: "A1+B1", result: 10 };
  ws.getCell("D1").value = { formula: "A1*2" } as ExcelJS.CellFormulaValue;
  ws.getCell("E1").value = { formula: "B1*3", result: 0 };
  ws.getCell("F1").value = { formula: 'IF(A1>2,"grand","petit")', result: "grand" };
  ws.getCell("G1").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
  ws.getCell("H1").value = { formula: "A1>2", result: true };
  [1, 2, 3].forEach((n, i) => (ws.getCell(`A${i + 2}`).value = n));
  ws.fillFormula("B2:B4", "A2*$A$1", [10, 20, 30]);
  ws.getCell("C2").value = { formula: "A2:A3*2", result: 2, shareType: "array", ref: "C2:C3" } as ExcelJS.CellFormulaValue;
  ws.getCell("C3").value = 4;
  ws.mergeCells("A6:C7");
  ws.getCell("A6").value = "Axe 1";
  ws.mergeCells("D6:D9");
  ws.getCell("A8").value = { richText: [{ text: "Sous " }, { text: "total", font: { bold: true } }] };
  ws.getCell("B8").value = { error: "#REF!" };
  ws.getCell("C8").value = new Date(Date.UTC(2024, 11, 31));
  ws.getCell("C8").numFmt = "dd/mm/yyyy";
  ws.getCell("C9").value = { formula: "C8+1", result: new Date(Date.UTC(2025, 0, 1)) };
  ws.getCell("C9").numFmt = "d-mmm-yy";
  ws.getCell("D8").value = true;
  ws.getCell("E8").value = { text: "lien", hyperlink: "https://example.org" };
  ws.getCell("F8").value = 'texte <avec> & "guillemets" l\'apostrophe\nsur deux lignes';
  ws.getCell("G8").value = "";
  ws.getCell("H8").value = 0.1 + 0.2;
  ws.getCell("H8").numFmt = "0.00%";
  ws.getCell("I8").value = -1234.5;
  ws.getCell("I8").numFmt = "#,##0.00";
  ws.getCell("J8").value = 1e-7;
  ws.getCell("A1").note = "note simple";
  ws.getCell("B1").note = { texts: [{ text: "note " }, { text: "riche", font: { italic: true } }] };
  ws.getCell("Z100").value = "loin";
  wb.addWorksheet("Cachée", { state: "hidden" }).getCell("A1").value = "x";
  wb.addWorksheet("Très cachée", { state: "veryHidden" });
  const locked = wb.addWorksheet("Protégée");
  locked.getCell("A1").value = 1;
  await locked.protect("secret", {});
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("le lecteur src/xlsx donne le même instantané qu'ExcelJS", () => {
  it.each(readdirSync(EXAMPLES).filter((f) => f.endsWith(".xlsx")))("exemple %s", async (file) => {
    await expectSame(new Uint8Array(readFileSync(join(EXAMPLES, file))), file);
  });

  it("classeur de toutes les sortes de cellules (formules partagées et matricielles, fusions, dates, notes, états, protection)", async () => {
    await expectSame(await features(), "toutes-sortes.xlsx");
  });
});
