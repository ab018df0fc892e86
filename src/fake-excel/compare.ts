/** Cell-by-cell comparison of two core workbooks (tests, workbench): the differences, described. */
import { cellAddress, rangeAddress } from "../core/grid/address";
import { Cell, Sheet, Workbook } from "../core/grid/model";

export interface CompareOptions {
  /** Sheets left out of the comparison (the add-in's own sheets, for instance). */
  ignoreSheets?: readonly string[];
}

function show(cell: Cell | undefined): string {
  if (!cell) return "(vide)";
  return JSON.stringify({ value: cell.value, formula: cell.formula, numFmt: cell.numFmt });
}

function sameCell(a: Cell | undefined, b: Cell | undefined): boolean {
  return show(a) === show(b);
}

function compareSheets(a: Sheet, b: Sheet, out: string[]): void {
  const where = (address: string) => `${a.name}!${address}`;
  if (a.state !== b.state) out.push(`${a.name} : visibilité ${a.state} ≠ ${b.state}`);
  const rows = Math.max(a.rowCount, b.rowCount);
  const cols = Math.max(a.colCount, b.colCount);
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      const x = a.get(row, col);
      const y = b.get(row, col);
      if (!sameCell(x, y)) out.push(`${where(cellAddress(row, col))} : ${show(x)} ≠ ${show(y)}`);
    }
  }
  const merges = (s: Sheet) => s.merges.map(rangeAddress).sort().join(",");
  if (merges(a) !== merges(b)) out.push(`${a.name} : fusions ${merges(a)} ≠ ${merges(b)}`);
  const notes = (s: Sheet) => JSON.stringify([...s.notes].sort());
  if (notes(a) !== notes(b)) out.push(`${a.name} : notes ${notes(a)} ≠ ${notes(b)}`);
}

export function diffWorkbooks(a: Workbook, b: Workbook, options: CompareOptions = {}): string[] {
  const ignored = new Set(options.ignoreSheets ?? []);
  const names = (w: Workbook) => w.sheets.map((s) => s.name).filter((n) => !ignored.has(n));
  const out: string[] = [];
  if (names(a).join("\n") !== names(b).join("\n")) out.push(`feuilles ${names(a).join(", ")} ≠ ${names(b).join(", ")}`);
  for (const name of names(a)) {
    const other = b.sheet(name);
    if (other) compareSheets(a.sheet(name) as Sheet, other, out);
  }
  return out;
}
