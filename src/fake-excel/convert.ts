/**
 * Core Workbook ↔ fake workbook, so that tests and the browser workbench load the examples into
 * the fake, and compare a fake workbook with another cell by cell. Dates become Excel serial
 * numbers (what Excel holds); formulas without a cached result are computed on loading, as Excel
 * does when it opens such a file.
 */
import { scalarOf } from "../core/formula/coerce";
import { cellAddress } from "../core/grid/address";
import { Cell, SheetState, Workbook } from "../core/grid/model";
import { Place, recalculate } from "./calc";
import { FakeCell, FakeSheet, Visibility, keyCol, keyRow } from "./model";
import { FakeOptions, FakeWorkbook } from "./workbook";

const VISIBILITY: Record<SheetState, Visibility> = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" };
const STATE: Record<Visibility, SheetState> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

export function fakeFromCore(workbook: Workbook, options: FakeOptions = {}): FakeWorkbook {
  const fake = new FakeWorkbook(workbook.name, options);
  const uncached: Place[] = [];
  for (const source of workbook.sheets) {
    const sheet = fake.addSheet(source.name);
    sheet.visibility = VISIBILITY[source.state];
    sheet.protection.protected = source.protected;
    sheet.merges.push(...source.merges.map((m) => ({ ...m })));
    for (const [address, text] of source.notes) sheet.notes.set(address, text);
    for (let row = 0; row < source.rowCount; row++) {
      for (let col = 0; col < source.colCount; col++) {
        const cell = source.get(row, col);
        if (!cell) continue;
        sheet.setCell(row, col, fakeCell(cell));
        if (cell.formula && cell.value === null) uncached.push({ sheet, row, col });
      }
    }
  }
  recalculate(fake.sheets, uncached);
  return fake;
}

function fakeCell(cell: Cell): FakeCell {
  const out: FakeCell = { value: scalarOf(cell.value) };
  if (cell.formula) out.formula = cell.formula;
  if (cell.numFmt && cell.numFmt !== "General") out.numberFormat = cell.numFmt;
  return out;
}

/** The core's snapshot of a fake workbook; threaded comments become notes (the core has only notes). */
export function coreFromFake(fake: FakeWorkbook, name = fake.name): Workbook {
  const workbook = new Workbook(name);
  for (const source of fake.sheets) {
    const sheet = workbook.addSheet(source.name);
    sheet.state = STATE[source.visibility];
    sheet.protected = source.protection.protected;
    for (const m of source.merges) sheet.addMerge({ ...m });
    for (const [address, text] of source.notes) sheet.notes.set(address, text);
    for (const t of fake.threads) if (t.sheet === source) sheet.notes.set(cellAddress(t.row, t.col), t.content);
    for (const [key, cell] of sortedCells(source)) {
      if (cell.value === null && cell.formula === undefined && cell.numberFormat === undefined) continue;
      sheet.set(keyRow(key), keyCol(key), coreCell(cell));
    }
  }
  return workbook;
}

function sortedCells(sheet: FakeSheet): [number, FakeCell][] {
  return [...sheet.entries()].sort((a, b) => a[0] - b[0]);
}

function coreCell(cell: FakeCell): Cell {
  const out: Cell = { value: cell.value };
  if (cell.formula !== undefined) out.formula = cell.formula;
  if (cell.numberFormat !== undefined) out.numFmt = cell.numberFormat;
  return out;
}
