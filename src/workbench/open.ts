/**
 * Opening a .xlsx in the workbench: bytes → core Workbook (the CLI's fs-free ExcelJS reader) →
 * the in-memory Excel fake the task pane works on. Every refusal is a WorkbenchError whose
 * message is French and shown as is in the page.
 */
import type ExcelJS from "exceljs";
import { FileError } from "../cli/errors";
import { eachExistingCell, position } from "../cli/excel-cells";
import { LoadedWorkbook, readXlsx } from "../cli/xlsx-read";
import { Workbook } from "../core/grid/model";
import { formatNumberFr } from "../core/parse/format";
import { recognize } from "../core/tables";
import { SETTINGS_SHEET } from "../excel/names";
import { FakeSheet, FakeWorkbook, fakeFromCore } from "../fake-excel";
import { TEXTES } from "./textes";

export interface OpenLimits {
  /** Largest file accepted: ExcelJS holds the whole workbook in the page's memory. */
  megabytes: number;
  /** Most filled cells accepted (the view, the fake and the analysis all keep every cell). */
  cells: number;
}

export const LIMITS: OpenLimits = { megabytes: 10, cells: 500_000 };

export class WorkbenchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbenchError";
  }
}

export interface OpenedWorkbook {
  name: string;
  /** The file as opened: the corrected copy is written over a fresh read of it. */
  bytes: Uint8Array;
  /** The workbook as opened, to tell what VerifPacte changed. */
  baseline: FakeWorkbook;
  /** The workbook the task pane reads and writes. */
  fake: FakeWorkbook;
  /** French notices about the file (not a VerifPacte workbook, parts lost in the copy). */
  notices: string[];
}

export async function openWorkbook(bytes: Uint8Array, name: string, limits: OpenLimits = LIMITS): Promise<OpenedWorkbook> {
  const megabytes = bytes.byteLength / (1024 * 1024);
  if (megabytes > limits.megabytes) {
    throw refusal(name, TEXTES.erreurs.tropLourd(formatNumberFr(megabytes), formatNumberFr(limits.megabytes)));
  }
  const loaded = await readWorkbook(bytes, name);
  const cells = filledCells(loaded.workbook);
  if (cells > limits.cells) {
    throw refusal(name, TEXTES.erreurs.tropDeCellules(formatNumberFr(cells, 0), formatNumberFr(limits.cells, 0)));
  }
  return { name, bytes, baseline: toFake(loaded), fake: toFake(loaded), notices: notices(loaded.workbook) };
}

/**
 * The fake, with what the core snapshot leaves out but Excel keeps and shows: number formats of
 * empty cells (a formula written there later shows « 1 234,00 € »), wrapped text, column widths.
 */
function toFake({ excel, workbook }: LoadedWorkbook): FakeWorkbook {
  const fake = fakeFromCore(workbook);
  for (const worksheet of excel.worksheets) {
    const sheet = fake.sheet(worksheet.name);
    if (sheet) copyLayout(worksheet, sheet);
  }
  return fake;
}

/** Excel's column width unit (a digit of Calibri 11) is 7 pixels, plus 5 pixels of margin. */
const widthInPoints = (characters: number) => ((characters * 7 + 5) * 3) / 4;

function copyLayout(worksheet: ExcelJS.Worksheet, sheet: FakeSheet): void {
  eachExistingCell(worksheet, (cell) => {
    const { row, col } = position(cell);
    const known = sheet.cell(row, col);
    if (cell.alignment?.wrapText) sheet.patch(row, col, { wrap: true });
    if (!known && cell.numFmt && cell.numFmt !== "General") sheet.patch(row, col, { numberFormat: cell.numFmt });
  });
  worksheet.columns?.forEach((column, col) => {
    if (column.width) sheet.columnWidths.set(col, widthInPoints(column.width));
  });
}

function refusal(name: string, reason: string): WorkbenchError {
  return new WorkbenchError(TEXTES.erreurs.fichier(name, reason));
}

async function readWorkbook(bytes: Uint8Array, name: string): Promise<LoadedWorkbook> {
  try {
    return await readXlsx(bytes, name);
  } catch (error) {
    if (error instanceof FileError) throw refusal(name, error.message);
    throw refusal(name, TEXTES.erreurs.inattendue(error instanceof Error ? error.message : String(error)));
  }
}

function filledCells(workbook: Workbook): number {
  let cells = 0;
  for (const sheet of workbook.sheets) {
    for (let row = 0; row < sheet.rowCount; row++) {
      for (let col = 0; col < sheet.colCount; col++) if (sheet.get(row, col)) cells++;
    }
  }
  return cells;
}

function notices(workbook: Workbook): string[] {
  const out: string[] = [];
  const mapped = workbook.sheet(SETTINGS_SHEET) !== undefined;
  const { tables, unmapped } = recognize(workbook);
  if (!mapped && tables.length === 0 && unmapped.length === 0) out.push(TEXTES.avis.pasVerifPacte(workbook.name));
  const lost = workbook.meta.unsupportedParts ?? [];
  if (lost.length > 0) out.push(TEXTES.avis.partiesPerdues(lost.join(", ")));
  return out;
}
