/**
 * One worksheet part (xl/worksheets/sheetN.xml) and its relationships (the external links), in
 * the element order SpreadsheetML requires: sheetPr, dimension, sheetViews, sheetFormatPr, cols,
 * sheetData, autoFilter, mergeCells, conditionalFormatting, hyperlinks, pageMargins, pageSetup.
 */
import { cellAddress } from "../../core/grid/address";
import { NewCell, NewSheet } from "./model";
import { StyleSheet } from "./styles";
import { attributes, escapeXml, XML_DECLARATION } from "./xml";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const HYPERLINK_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";
/** Longest text a cell can hold. */
export const MAX_CELL_TEXT = 32_767;

/** The strings of the workbook, each stored once (xl/sharedStrings.xml). */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly list: string[] = [];
  private uses = 0;

  id(text: string): number {
    this.uses++;
    let id = this.index.get(text);
    if (id === undefined) {
      id = this.list.length;
      this.list.push(text);
      this.index.set(text, id);
    }
    return id;
  }

  toXml(): string {
    const items = this.list.map((t) => `<si><t xml:space="preserve">${escapeXml(t)}</t></si>`).join("");
    return `${XML_DECLARATION}<sst xmlns="${MAIN_NS}" count="${this.uses}" uniqueCount="${this.list.length}">${items}</sst>`;
  }
}

export interface SheetPart {
  xml: string;
  /** xl/worksheets/_rels/sheetN.xml.rels, or null without external links. */
  rels: string | null;
}

function numberText(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`valeur numérique invalide : ${n}`);
  return String(n);
}

function cellXml(address: string, cell: NewCell, styles: StyleSheet, strings: SharedStrings): string {
  const s = styles.cellStyle(cell.style);
  const style = s === 0 ? "" : ` s="${s}"`;
  const value = typeof cell.value === "string" ? cell.value.slice(0, MAX_CELL_TEXT) : cell.value;
  if (cell.formula !== undefined) {
    const f = `<f>${escapeXml(cell.formula)}</f>`;
    if (value === null) return `<c r="${address}"${style}>${f}</c>`;
    if (typeof value === "string") return `<c r="${address}"${style} t="str">${f}<v>${escapeXml(value)}</v></c>`;
    if (typeof value === "boolean") return `<c r="${address}"${style} t="b">${f}<v>${value ? 1 : 0}</v></c>`;
    return `<c r="${address}"${style}>${f}<v>${numberText(value)}</v></c>`;
  }
  if (value === null) return s === 0 ? "" : `<c r="${address}"${style}/>`;
  if (typeof value === "string") return `<c r="${address}"${style} t="s"><v>${strings.id(value)}</v></c>`;
  if (typeof value === "boolean") return `<c r="${address}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${address}"${style}><v>${numberText(value)}</v></c>`;
}

function sheetData(
  sheet: NewSheet,
  styles: StyleSheet,
  strings: SharedStrings,
): { xml: string; lastRow: number; lastCol: number } {
  let lastRow = 0;
  let lastCol = 0;
  const rows: string[] = [];
  sheet.rows.forEach((cells, r) => {
    const xml = (cells ?? []).map((c, col) => (c ? cellXml(cellAddress(r, col), c, styles, strings) : "")).join("");
    const height = sheet.heights?.[r];
    if (xml === "" && height === undefined) return;
    lastRow = r;
    lastCol = Math.max(lastCol, (cells ?? []).length - 1);
    rows.push(`<row r="${r + 1}"${height !== undefined ? ` ht="${height}" customHeight="1"` : ""}>${xml}</row>`);
  });
  return { xml: `<sheetData>${rows.join("")}</sheetData>`, lastRow, lastCol: Math.max(0, lastCol) };
}

function sheetView(sheet: NewSheet, selected: boolean): string {
  const tab = selected ? ' tabSelected="1"' : "";
  const freeze = sheet.freeze;
  if (!freeze || (freeze.rows === 0 && freeze.cols === 0))
    return `<sheetViews><sheetView workbookViewId="0"${tab}/></sheetViews>`;
  const pane = freeze.rows > 0 && freeze.cols > 0 ? "bottomRight" : freeze.rows > 0 ? "bottomLeft" : "topRight";
  const topLeft = cellAddress(freeze.rows, freeze.cols);
  return (
    `<sheetViews><sheetView workbookViewId="0"${tab}>` +
    `<pane${attributes({ xSplit: freeze.cols || undefined, ySplit: freeze.rows || undefined, topLeftCell: topLeft, activePane: pane, state: "frozen" })}/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`
  );
}

function columns(widths: number[] | undefined): string {
  if (!widths || widths.length === 0) return "";
  return `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>`;
}

function conditionalFormats(sheet: NewSheet, styles: StyleSheet): string {
  let priority = 0;
  return (sheet.conditionalFormats ?? [])
    .map((cf) => {
      const dxf = styles.conditionalStyle(cf.style);
      return `<conditionalFormatting sqref="${escapeXml(cf.range)}"><cfRule type="expression" dxfId="${dxf}" priority="${++priority}"><formula>${escapeXml(cf.formula)}</formula></cfRule></conditionalFormatting>`;
    })
    .join("");
}

function hyperlinks(sheet: NewSheet): { xml: string; rels: string | null } {
  const links: string[] = [];
  const rels: string[] = [];
  sheet.rows.forEach((cells, r) =>
    (cells ?? []).forEach((cell, c) => {
      const link = cell?.link;
      if (!link) return;
      const ref = cellAddress(r, c);
      if ("location" in link) {
        links.push(`<hyperlink${attributes({ ref, location: link.location, tooltip: link.tooltip })}/>`);
        return;
      }
      const id = `rId${rels.length + 1}`;
      rels.push(`<Relationship Id="${id}" Type="${HYPERLINK_TYPE}" Target="${escapeXml(link.target)}" TargetMode="External"/>`);
      links.push(`<hyperlink${attributes({ ref, "r:id": id, tooltip: link.tooltip })}/>`);
    }),
  );
  const relsXml =
    rels.length > 0
      ? `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`
      : null;
  return { xml: links.length > 0 ? `<hyperlinks>${links.join("")}</hyperlinks>` : "", rels: relsXml };
}

export function sheetPart(sheet: NewSheet, selected: boolean, styles: StyleSheet, strings: SharedStrings): SheetPart {
  const data = sheetData(sheet, styles, strings);
  const links = hyperlinks(sheet);
  const merges = sheet.merges ?? [];
  const fit = sheet.landscape ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "";
  const xml =
    XML_DECLARATION +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    fit +
    `<dimension ref="A1:${cellAddress(data.lastRow, data.lastCol)}"/>` +
    sheetView(sheet, selected) +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    columns(sheet.widths) +
    data.xml +
    (sheet.autoFilter ? `<autoFilter ref="${escapeXml(sheet.autoFilter)}"/>` : "") +
    (merges.length > 0
      ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${escapeXml(m)}"/>`).join("")}</mergeCells>`
      : "") +
    conditionalFormats(sheet, styles) +
    links.xml +
    '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    (sheet.landscape ? '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' : "") +
    "</worksheet>";
  return { xml, rels: links.rels };
}
