/**
 * A worksheet written whole (the « Contrôles » report, the add-in's hidden sheets): cells in row
 * order with their styles, column widths, a frozen header, an automatic filter, internal links.
 */
import { cellAddress } from "../../core/grid/address";
import { escapeAttribute } from "../xml/entities";
import { cellXml } from "./cellXml";
import { CellEdit, WholeSheet } from "./edits";
import { StylesPatch } from "./styles";

const NAMESPACES =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function views(sheet: WholeSheet): string {
  const rows = sheet.freezeRows ?? 0;
  if (rows <= 0) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const topLeft = cellAddress(rows, 0);
  return (
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${rows}" topLeftCell="${topLeft}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`
  );
}

function columns(widths: Map<number, number> | undefined): string {
  if (!widths || widths.size === 0) return "";
  const cols = [...widths]
    .sort((a, b) => a[0] - b[0])
    .map(([col, width]) => `<col min="${col + 1}" max="${col + 1}" width="${Math.round(width * 100) / 100}" customWidth="1"/>`);
  return `<cols>${cols.join("")}</cols>`;
}

function rows(cells: CellEdit[], styles: () => StylesPatch): string {
  const byRow = new Map<number, CellEdit[]>();
  for (const cell of cells) byRow.set(cell.row, [...(byRow.get(cell.row) ?? []), cell]);
  return [...byRow]
    .sort((a, b) => a[0] - b[0])
    .map(([row, list]) => {
      const sorted = list.sort((a, b) => a.col - b.col);
      const text = sorted.map((cell) => {
        const style = cell.style && Object.keys(cell.style).length > 0 ? styles().derive(0, cell.style) : 0;
        return cellXml(cell.row, cell.col, style, cell.content ?? { kind: "value", value: null });
      });
      return `<row r="${row + 1}">${text.join("")}</row>`;
    })
    .join("");
}

function hyperlinks(cells: CellEdit[]): string {
  const links = cells.filter((c) => c.link);
  if (links.length === 0) return "";
  const items = links.map(
    (c) =>
      `<hyperlink ref="${cellAddress(c.row, c.col)}" location="${escapeAttribute(c.link as string)}" display="${escapeAttribute(c.link as string)}"/>`,
  );
  return `<hyperlinks>${items.join("")}</hyperlinks>`;
}

export function wholeSheetXml(sheet: WholeSheet, styles: () => StylesPatch): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet ${NAMESPACES}>` +
    views(sheet) +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    columns(sheet.widths) +
    `<sheetData>${rows(sheet.cells, styles)}</sheetData>` +
    (sheet.autoFilter ? `<autoFilter ref="${escapeAttribute(sheet.autoFilter)}"/>` : "") +
    hyperlinks(sheet.cells) +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    "</worksheet>"
  );
}
