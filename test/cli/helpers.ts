/** Helpers for the command-line tests: tiny .xlsx files built with ExcelJS in a temporary folder. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cellAddress } from "../../src/core/grid/address";
import { CellValue, Workbook } from "../../src/core/grid/model";
import { CliIo } from "../../src/cli/run";
import { readXlsx } from "../../src/xlsx";

export const EURO = '#,##0.00 "€"';

export function makeTmpDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "verifpacte-cli-"));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Builds a workbook with ExcelJS and saves it; returns its path. */
export async function saveXlsx(dir: string, name: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const path = join(dir, name);
  writeFileSync(path, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  return path;
}

export async function readCore(path: string, name = path): Promise<Workbook> {
  return (await readXlsx(readFileSync(path), name)).workbook;
}

function plain(value: CellValue): unknown {
  return value instanceof Date ? { date: value.toISOString() } : value;
}

/** Every cell, note and merged area of a workbook, by « Sheet!A1 », for before/after comparisons. */
export function snapshot(workbook: Workbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const sheet of workbook.sheets) {
    for (let r = 0; r < sheet.rowCount; r++) {
      for (let c = 0; c < sheet.colCount; c++) {
        const cell = sheet.get(r, c);
        if (cell) out.set(`${sheet.name}!${cellAddress(r, c)}`, JSON.stringify({ ...cell, value: plain(cell.value) }));
      }
    }
    for (const [address, note] of sheet.notes) out.set(`${sheet.name}!${address}#note`, note);
    out.set(`${sheet.name}#merges`, JSON.stringify(sheet.merges));
    out.set(`${sheet.name}#state`, `${sheet.state}/${sheet.protected}`);
  }
  return out;
}

/** An io for run(): collects stdout and stderr. */
export function captureIo(cwd: string, tty = false): { io: CliIo; out: () => string; err: () => string } {
  let out = "";
  let err = "";
  return {
    io: {
      cwd,
      stdout: { write: (s: string) => (out += s) },
      stderr: { write: (s: string) => (err += s), isTTY: tty, columns: 80 },
    },
    out: () => out,
    err: () => err,
  };
}
