/**
 * Workbooks of the fiche fixtures: readable descriptions (examples/build/types.ts) resolved into
 * the core's snapshot, as the .xlsx written from them reads back (formulas with their results,
 * number formats, merged areas, notes).
 */
import { parseCellAddress, parseRangeAddress } from "../../src/core/grid/address";
import { Workbook } from "../../src/core/grid/model";
import { resolveWorkbook } from "../../examples/build/resolve";
import { WorkbookDescription } from "../../examples/build/types";

export function toWorkbook(description: WorkbookDescription): Workbook {
  const wb = new Workbook(description.file);
  resolveWorkbook(description).sheets.forEach((snapshot) => {
    const sheet = wb.addSheet(snapshot.name);
    for (const [address, cell] of Object.entries(snapshot.cells)) {
      const at = parseCellAddress(address)!;
      sheet.set(at.row, at.col, {
        value: cell.value as never,
        ...(cell.formula ? { formula: cell.formula } : {}),
        ...(cell.numFmt ? { numFmt: cell.numFmt } : {}),
      });
    }
    for (const merge of snapshot.merges) sheet.addMerge(parseRangeAddress(merge)!);
    for (const [address, text] of Object.entries(snapshot.notes)) sheet.notes.set(address, text);
  });
  return wb;
}
