/**
 * Opening a .xlsx in the workbench: bytes → core Workbook (src/xlsx, with the layout the page
 * shows) → the in-memory Excel fake the task pane works on. Every refusal is a WorkbenchError
 * whose message is French and shown as is in the page.
 */
import { Workbook } from "../core/grid/model";
import { formatNumberFr } from "../core/parse/format";
import { recognize } from "../core/tables";
import { SETTINGS_SHEET } from "../excel/names";
import { FakeSheet, FakeWorkbook, fakeFromCore } from "../fake-excel";
// Straight from src/xlsx/read, not the barrel: the barrel also exports the writer of the corrected
// copy, which is loaded on demand (see parts.ts).
import { XlsxError } from "../xlsx/errors";
import { readXlsx, XlsxRead } from "../xlsx/read";
import type { SheetLayout } from "../xlsx/read/sheet";
import { TEXTES } from "./textes";

export interface OpenLimits {
  /** Largest file accepted: the page holds the workbook twice (as opened, and as changed). */
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
  /** French notices about the file (not a VerifPacte workbook). */
  notices: string[];
}

export async function openWorkbook(bytes: Uint8Array, name: string, limits: OpenLimits = LIMITS): Promise<OpenedWorkbook> {
  const megabytes = bytes.byteLength / (1024 * 1024);
  if (megabytes > limits.megabytes) {
    throw refusal(name, TEXTES.erreurs.tropLourd(formatNumberFr(megabytes), formatNumberFr(limits.megabytes)));
  }
  const loaded = readWorkbook(bytes, name);
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
function toFake({ workbook, layout }: XlsxRead): FakeWorkbook {
  const fake = fakeFromCore(workbook);
  for (const [name, sheetLayout] of layout ?? []) {
    const sheet = fake.sheet(name);
    if (sheet) copyLayout(sheetLayout, sheet);
  }
  return fake;
}

/** Excel's column width unit (a digit of Calibri 11) is 7 pixels, plus 5 pixels of margin. */
const widthInPoints = (characters: number) => ((characters * 7 + 5) * 3) / 4;

function copyLayout(layout: SheetLayout, sheet: FakeSheet): void {
  for (const [key, look] of layout.cells) {
    const row = Math.floor(key / 16384);
    const col = key % 16384;
    const known = sheet.cell(row, col);
    if (look.wrap) sheet.patch(row, col, { wrap: true });
    if (!known && look.numFmt && look.numFmt !== "General") sheet.patch(row, col, { numberFormat: look.numFmt });
  }
  for (const [col, width] of layout.widths) sheet.columnWidths.set(col, widthInPoints(width));
}

function refusal(name: string, reason: string): WorkbenchError {
  return new WorkbenchError(TEXTES.erreurs.fichier(name, reason));
}

function readWorkbook(bytes: Uint8Array, name: string): XlsxRead {
  try {
    return readXlsx(bytes, name, { layout: true });
  } catch (error) {
    if (error instanceof XlsxError) throw refusal(name, error.message);
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
  return out;
}
