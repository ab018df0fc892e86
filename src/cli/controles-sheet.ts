/**
 * Writes the core's « Contrôles » rows into an ExcelJS workbook. An existing sheet is cleared and
 * reused (it keeps its place among the sheets); otherwise the sheet is added at the end.
 */
import ExcelJS from "exceljs";
import type { ControlesSheet } from "../core/report/controles";
import type { Severity } from "../core/rules/types";

const SEVERITY_COLOR: Record<Severity, string> = {
  error: "FFC00000",
  warning: "FFB45F06",
  info: "FF1F6FB2",
};
const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: "FF0563C1" }, underline: true };
const MIN_WIDTH = 8;
const MAX_WIDTH = 70;

/** Rebuilds the sheet; returns the number of finding rows written. */
export function rebuildControlesSheet(excel: ExcelJS.Workbook, report: ControlesSheet): number {
  const worksheet = excel.getWorksheet(report.name) ?? excel.addWorksheet(report.name);
  clear(worksheet);
  report.rows.forEach((cells, r) => {
    cells.forEach((text, c) => {
      if (text !== "") worksheet.getCell(r + 1, c + 1).value = text;
    });
  });
  for (const link of report.links) writeLink(worksheet.getCell(link.row + 1, link.col + 1), link.target);
  for (const { row, severity } of report.findingRows) {
    worksheet.getCell(row + 1, 1).font = { bold: true, color: { argb: SEVERITY_COLOR[severity] } };
  }
  layout(worksheet, report);
  return report.findingRows.length;
}

/** Empties the sheet in place: merges, cells (values, styles, notes), filter, column widths. */
function clear(worksheet: ExcelJS.Worksheet): void {
  worksheet.unMergeCells(1, 1, Math.max(worksheet.rowCount, 1), Math.max(worksheet.columnCount, 1));
  // Row.splice empties every cell (value, style, note); Worksheet.spliceRows leaves the last rows.
  for (let r = 1; r <= worksheet.rowCount; r++) {
    const row = worksheet.findRow(r);
    if (row) row.splice(1, row.cellCount);
  }
  worksheet.autoFilter = undefined;
  for (const column of worksheet.columns ?? []) column.width = undefined;
}

/** An internal link as a HYPERLINK formula: ExcelJS writes its own internal hyperlinks wrongly. */
export function writeLink(cell: ExcelJS.Cell, target: string): void {
  const text = cell.text;
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  cell.value = { formula: `HYPERLINK(${quote(`#${target}`)},${quote(text)})`, result: text };
  cell.font = LINK_FONT;
}

function layout(worksheet: ExcelJS.Worksheet, report: ControlesSheet): void {
  const header = report.headerRow + 1;
  const lastRow = report.rows.length;
  const width = report.rows[report.headerRow]?.length ?? 0;
  worksheet.getRow(header).font = { bold: true };
  worksheet.autoFilter = { from: { row: header, column: 1 }, to: { row: lastRow, column: width } };
  worksheet.views = [{ state: "frozen", ySplit: header }];
  for (let c = 0; c < width; c++) {
    const longest = Math.max(...report.rows.slice(report.headerRow).map((cells) => cells[c].length));
    const column = worksheet.getColumn(c + 1);
    column.width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
    if (longest + 2 > MAX_WIDTH) column.alignment = { wrapText: true, vertical: "top" };
  }
}
