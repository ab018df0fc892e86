/** Changes applied to a described sheet: the template's own defects, or the planted mistakes. */
import { parseRangeAddress } from "../../src/core/grid/address";
import { CellInput, ExpectedFinding, SheetDescription, WorkbookDescription } from "./types";

/**
 * A copy of `sheet` where each cell (« D6 ») or range (« M9:R9 ») of `changes` gets the given
 * content (null empties it). The original description is left untouched.
 */
export function withChanges(sheet: SheetDescription, changes: Record<string, CellInput>, name = sheet.name): SheetDescription {
  const rows: Record<number, CellInput[]> = {};
  for (const [row, cells] of Object.entries(sheet.rows)) rows[Number(row)] = [...cells];
  for (const [address, content] of Object.entries(changes)) {
    const range = parseRangeAddress(address);
    if (!range) throw new Error(`adresse de cellule invalide : « ${address} »`);
    for (let r = range.r1; r <= range.r2; r++) {
      const cells = rows[r + 1] ?? (rows[r + 1] = []);
      for (let c = range.c1; c <= range.c2; c++) {
        while (cells.length <= c) cells.push(null);
        cells[c] = content;
      }
    }
  }
  return { ...sheet, name, rows };
}

/** One planted mistake: the cells changed on a correct sheet, and what the engine should report. */
export interface Planting {
  sheet: string;
  cells: Record<string, CellInput>;
  /** Expected findings; empty for a trap (a correct but unusual cell that must give no finding). */
  findings: Omit<ExpectedFinding, "sheet">[];
}

/** The workbook made of `sheets` with every planting applied, and its expected findings. */
export function plant(file: string, sheets: SheetDescription[], plantings: Planting[]): WorkbookDescription {
  const byName = new Map(sheets.map((s) => [s.name, s]));
  for (const p of plantings) {
    const sheet = byName.get(p.sheet);
    if (!sheet) throw new Error(`erreur plantée sur une feuille inconnue : « ${p.sheet} »`);
    byName.set(p.sheet, withChanges(sheet, p.cells));
  }
  return {
    file,
    sheets: sheets.map((s) => byName.get(s.name) as SheetDescription),
    expected: plantings.flatMap((p) =>
      p.findings.map((f) => ({ ruleId: f.ruleId, sheet: p.sheet, cell: f.cell, severity: f.severity, fix: f.fix, why: f.why })),
    ),
  };
}
