/**
 * A minimal .xlsx written part by part, the way Excel stores text: a character that XML cannot
 * hold (ESC, BEL… every C0 control except tab, line feed and carriage return) is written
 * `_xHHHH_` in the shared strings, and a literal `_xHHHH_` is protected as `_x005F_xHHHH_`.
 * Other characters (C1 controls, bidi overrides) are written as they are, as Excel does.
 * Used to build test workbooks holding such characters, which ExcelJS silently drops on write.
 */
import { crc32, deflateRawSync } from "node:zlib";
import { columnLetter } from "../../../src/core/grid/address";

/**
 * A cell: text (a shared string, as Excel writes it), number, a formula with its cached result
 * (a number, or a text result `t="str"`), an inline string (`t="inlineStr"`, as other tools
 * write them), or nothing.
 */
export type RawCell = string | number | null | { f: string; v: number | string } | { inline: string };

export interface RawSheet {
  name: string;
  /** Rows from row 1, cells from column A. */
  rows: RawCell[][];
  /** Cells of these columns (letters) get a money format. */
  moneyColumns?: string[];
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

function xmlEscape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Excel's ST_Xstring escaping: `_x` sequences protected, XML-forbidden controls as `_xHHHH_`. */
export function excelString(text: string): string {
  const protectedText = text.replace(/_x([0-9A-Fa-f]{4})_/g, "_x005F_x$1_");
  const encoded = protectedText.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (c) => {
    return `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`;
  });
  return xmlEscape(encoded);
}

function sheetXml(sheet: RawSheet, strings: Map<string, number>): string {
  const money = new Set(sheet.moneyColumns ?? []);
  const rows = sheet.rows.map((cells, r) => {
    const xml = cells.map((cell, c) => {
      const ref = `${columnLetter(c)}${r + 1}`;
      const style = money.has(columnLetter(c)) ? ' s="1"' : "";
      if (cell === null) return "";
      if (typeof cell === "number") return `<c r="${ref}"${style}><v>${cell}</v></c>`;
      if (typeof cell === "string") {
        if (!strings.has(cell)) strings.set(cell, strings.size);
        return `<c r="${ref}"${style} t="s"><v>${strings.get(cell)}</v></c>`;
      }
      if ("inline" in cell) return `<c r="${ref}"${style} t="inlineStr"><is><t>${excelString(cell.inline)}</t></is></c>`;
      if (typeof cell.v === "string")
        return `<c r="${ref}"${style} t="str"><f>${xmlEscape(cell.f)}</f><v>${excelString(cell.v)}</v></c>`;
      return `<c r="${ref}"${style}><f>${xmlEscape(cell.f)}</f><v>${cell.v}</v></c>`;
    });
    return `<row r="${r + 1}">${xml.join("")}</row>`;
  });
  return `${XML_HEAD}<worksheet xmlns="${MAIN_NS}"><sheetData>${rows.join("")}</sheetData></worksheet>`;
}

function parts(sheets: RawSheet[]): Record<string, string> {
  const strings = new Map<string, number>();
  const worksheets: Record<string, string> = {};
  sheets.forEach((sheet, i) => (worksheets[`xl/worksheets/sheet${i + 1}.xml`] = sheetXml(sheet, strings)));
  const sst = [...strings.keys()].map((s) => `<si><t xml:space="preserve">${excelString(s)}</t></si>`).join("");
  const overrides = sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join("");
  const rels = sheets
    .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
    .join("");
  const n = sheets.length;
  return {
    "[Content_Types].xml":
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
      `${overrides}</Types>`,
    "_rels/.rels": `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml":
      `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>` +
      sheets.map((s, i) => `<sheet name="${xmlEscape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
      "</sheets></workbook>",
    ...worksheets,
    "xl/_rels/workbook.xml.rels":
      `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">${rels}` +
      `<Relationship Id="rId${n + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId${n + 2}" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    "xl/styles.xml":
      `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00\\ &quot;€&quot;"/></numFmts>` +
      '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
      '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>',
    "xl/sharedStrings.xml": `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${strings.size}" uniqueCount="${strings.size}">${sst}</sst>`,
  };
}

/** A ZIP archive of deflated entries (local headers, central directory, end record). */
function zip(entries: Record<string, string>): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text, "utf8");
    const packed = deflateRawSync(data);
    const fileName = Buffer.from(name, "utf8");
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(fileName.length, 28);
    entry.writeUInt32LE(offset, 42);
    chunks.push(local, fileName, packed);
    central.push(entry, fileName);
    offset += local.length + fileName.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length / 2, 8);
  end.writeUInt16LE(central.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, directory, end]));
}

/** The bytes of an .xlsx holding these sheets. */
export function rawXlsx(sheets: RawSheet[]): Uint8Array {
  return zip(parts(sheets));
}
