/** Writes a resolved description with ExcelJS, and reads any .xlsx back into the same snapshot form. */
import ExcelJS from "exceljs";
import { cellAddress, columnIndex } from "../../src/core/grid/address";
import { Computed } from "./formula";
import { ResolvedCell, resolveWorkbook, SheetSnapshot, WorkbookSnapshot } from "./resolve";
import { SheetDescription, WorkbookDescription } from "./types";

/** Fixed creation date: regenerating a sample never changes what the file says. */
const FIXED_DATE = new Date(Date.UTC(2025, 0, 15, 9, 0, 0));

function excelValue(cell: ResolvedCell): ExcelJS.CellValue {
  if (!cell.formula) return cell.value as ExcelJS.CellValue;
  const formula = cell.formula.slice(1);
  if (cell.value === null) return { formula } as ExcelJS.CellFormulaValue;
  return { formula, result: cell.value } as ExcelJS.CellFormulaValue;
}

function writeSheet(book: ExcelJS.Workbook, description: SheetDescription, snapshot: SheetSnapshot): void {
  const ws = book.addWorksheet(snapshot.name);
  for (const [letter, width] of Object.entries(description.widths ?? {})) ws.getColumn(columnIndex(letter) + 1).width = width;
  for (const [address, cell] of Object.entries(snapshot.cells)) {
    const target = ws.getCell(address);
    target.value = excelValue(cell);
    if (cell.numFmt) target.numFmt = cell.numFmt;
  }
  for (const row of description.headerRows ?? []) {
    ws.getRow(row).eachCell((c) => {
      c.font = { bold: true };
      c.alignment = { wrapText: true, vertical: "top" };
    });
  }
  for (const row of description.boldRows ?? []) ws.getRow(row).eachCell((c) => (c.font = { bold: true }));
  for (const merge of snapshot.merges) ws.mergeCells(merge);
  for (const [address, text] of Object.entries(snapshot.notes)) ws.getCell(address).note = text;
}

/** The .xlsx bytes of a description. */
export async function xlsxBuffer(description: WorkbookDescription): Promise<Buffer> {
  const resolved = resolveWorkbook(description);
  const book = new ExcelJS.Workbook();
  book.creator = "VerifPacte (exemples générés)";
  book.lastModifiedBy = "VerifPacte (exemples générés)";
  book.created = FIXED_DATE;
  book.modified = FIXED_DATE;
  description.sheets.forEach((s, i) => writeSheet(book, s, resolved.sheets[i]));
  return Buffer.from(await book.xlsx.writeBuffer());
}

function readValue(cell: ExcelJS.Cell): ResolvedCell | null {
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string") return { value };
  if (typeof value === "object" && "formula" in value) {
    // cell.value drops a result of 0; cell.result keeps it
    const result = cell.result as Computed | undefined;
    return { value: result ?? null, formula: `=${value.formula}` };
  }
  if (typeof value === "object" && "error" in value) return { value: { error: String(value.error) } };
  if (typeof value === "object" && "richText" in value) return { value: value.richText.map((t) => t.text).join("") };
  throw new Error(`valeur de cellule inattendue : ${JSON.stringify(value)}`);
}

function noteText(note: ExcelJS.Cell["note"]): string | undefined {
  if (note === undefined) return undefined;
  return typeof note === "string" ? note : (note.texts ?? []).map((t) => t.text).join("");
}

function readSheet(ws: ExcelJS.Worksheet): SheetSnapshot {
  const cells: Record<string, ResolvedCell> = {};
  const notes: Record<string, string> = {};
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (c) => {
      if (c.isMerged && c.master.address !== c.address) return;
      const address = cellAddress(Number(c.row) - 1, Number(c.col) - 1);
      const cell = readValue(c);
      if (cell) cells[address] = c.numFmt ? { ...cell, numFmt: c.numFmt } : cell;
      const note = noteText(c.note);
      if (note !== undefined) notes[address] = note;
    }),
  );
  const merges = [...((ws.model as { merges?: string[] }).merges ?? [])].sort();
  return { name: ws.name, cells, merges, notes };
}

/** What an .xlsx file holds, in the form `resolveWorkbook` gives for a description. */
export async function readSnapshot(buffer: Buffer): Promise<WorkbookSnapshot> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as unknown as ArrayBuffer);
  return { sheets: book.worksheets.map(readSheet) };
}
