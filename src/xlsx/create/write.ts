/**
 * Writes a NEW workbook as .xlsx bytes: the parts of a minimal SpreadsheetML package (content
 * types, relationships, workbook with its sheets and the filters' defined names, styles, shared
 * strings, document properties) zipped with fflate. Pure: no file system, runs in Node and in the
 * browser. Bad input (a sheet name Excel refuses, two sheets of the same name, a merge or filter
 * range that is not one) throws an Error with a French message before anything is written.
 */
import { zipSync } from "fflate";
import { parseRangeAddress, quoteSheetName } from "../../core/grid/address";
import { NewSheet, NewWorkbook } from "./model";
import { SharedStrings, sheetPart } from "./sheet";
import { StyleSheet } from "./styles";
import { escapeXml, XML_DECLARATION } from "./xml";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CONTENT = "application/vnd.openxmlformats-officedocument";

const FORBIDDEN_IN_NAME = /[[\]:*?/\\]/;
const MAX_SHEET_NAME = 31;

function checkSheets(sheets: readonly NewSheet[]): void {
  if (sheets.length === 0 || (sheets[0].state ?? "visible") !== "visible") {
    throw new Error("un classeur doit avoir au moins une feuille, et sa première feuille doit être visible.");
  }
  const seen = new Set<string>();
  for (const sheet of sheets) {
    const name = sheet.name;
    if (name.trim() === "" || name.length > MAX_SHEET_NAME || FORBIDDEN_IN_NAME.test(name) || /^'|'$/.test(name)) {
      throw new Error(
        `nom de feuille refusé par Excel : « ${name} » (31 caractères au plus, sans [ ] : * ? / \\ ni apostrophe au début ou à la fin).`,
      );
    }
    if (seen.has(name.toLowerCase())) throw new Error(`deux feuilles s'appellent « ${name} ».`);
    seen.add(name.toLowerCase());
    for (const range of [...(sheet.merges ?? []), ...(sheet.autoFilter ? [sheet.autoFilter] : [])]) {
      if (!parseRangeAddress(range)) throw new Error(`feuille « ${name} » : plage invalide « ${range} ».`);
    }
  }
}

function contentTypes(sheets: readonly NewSheet[]): string {
  const sheetTypes = sheets
    .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CONTENT}.spreadsheetml.worksheet+xml"/>`)
    .join("");
  return (
    XML_DECLARATION +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT}.spreadsheetml.sheet.main+xml"/>` +
    sheetTypes +
    `<Override PartName="/xl/styles.xml" ContentType="${CONTENT}.spreadsheetml.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${CONTENT}.spreadsheetml.sharedStrings+xml"/>` +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    `<Override PartName="/docProps/app.xml" ContentType="${CONTENT}.extended-properties+xml"/>` +
    "</Types>"
  );
}

const ROOT_RELS =
  XML_DECLARATION +
  `<Relationships xmlns="${PACKAGE_RELS_NS}">` +
  `<Relationship Id="rId1" Type="${OFFICE_RELS}/officeDocument" Target="xl/workbook.xml"/>` +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  `<Relationship Id="rId3" Type="${OFFICE_RELS}/extended-properties" Target="docProps/app.xml"/>` +
  "</Relationships>";

/** « A3:Y12 » → « 'Synthèse'!$A$3:$Y$12 », for the filter's defined name. */
function absoluteRange(sheet: string, range: string): string {
  const absolute = range.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
  return `${quoteSheetName(sheet)}!${absolute}`;
}

function workbookXml(sheets: readonly NewSheet[]): string {
  const list = sheets
    .map(
      (s, i) =>
        `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.state && s.state !== "visible" ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`,
    )
    .join("");
  const filters = sheets
    .map((s, i) =>
      s.autoFilter
        ? `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${escapeXml(absoluteRange(s.name, s.autoFilter))}</definedName>`
        : "",
    )
    .join("");
  return (
    XML_DECLARATION +
    `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    '<bookViews><workbookView activeTab="0"/></bookViews>' +
    `<sheets>${list}</sheets>` +
    (filters ? `<definedNames>${filters}</definedNames>` : "") +
    '<calcPr calcId="191029"/>' +
    "</workbook>"
  );
}

function workbookRels(sheets: readonly NewSheet[]): string {
  const n = sheets.length;
  const sheetRels = sheets
    .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${OFFICE_RELS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
    .join("");
  return (
    XML_DECLARATION +
    `<Relationships xmlns="${PACKAGE_RELS_NS}">${sheetRels}` +
    `<Relationship Id="rId${n + 1}" Type="${OFFICE_RELS}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${n + 2}" Type="${OFFICE_RELS}/sharedStrings" Target="sharedStrings.xml"/>` +
    "</Relationships>"
  );
}

function coreXml(workbook: NewWorkbook): string {
  const created = (workbook.created ?? new Date()).toISOString().replace(/\.\d{3}Z$/, "Z");
  return (
    XML_DECLARATION +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    (workbook.title ? `<dc:title>${escapeXml(workbook.title)}</dc:title>` : "") +
    `<dc:creator>${escapeXml(workbook.creator ?? "VerifPacte")}</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${created}</dcterms:modified>` +
    "</cp:coreProperties>"
  );
}

const APP_XML =
  XML_DECLARATION +
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>VerifPacte</Application></Properties>';

/** The .xlsx bytes of a new workbook. */
export function createXlsx(workbook: NewWorkbook): Uint8Array {
  checkSheets(workbook.sheets);
  const styles = new StyleSheet();
  const strings = new SharedStrings();
  const encoder = new TextEncoder();
  const files: Record<string, Uint8Array> = {};
  workbook.sheets.forEach((sheet, i) => {
    const part = sheetPart(sheet, i === 0, styles, strings);
    files[`xl/worksheets/sheet${i + 1}.xml`] = encoder.encode(part.xml);
    if (part.rels) files[`xl/worksheets/_rels/sheet${i + 1}.xml.rels`] = encoder.encode(part.rels);
  });
  const text: Record<string, string> = {
    "[Content_Types].xml": contentTypes(workbook.sheets),
    "_rels/.rels": ROOT_RELS,
    "docProps/core.xml": coreXml(workbook),
    "docProps/app.xml": APP_XML,
    "xl/workbook.xml": workbookXml(workbook.sheets),
    "xl/_rels/workbook.xml.rels": workbookRels(workbook.sheets),
    "xl/styles.xml": styles.toXml(),
    "xl/sharedStrings.xml": strings.toXml(),
  };
  for (const [path, xml] of Object.entries(text)) files[path] = encoder.encode(xml);
  // Content types first, as Office writes them; a fixed date keeps the bytes reproducible.
  const ordered: Record<string, Uint8Array> = { "[Content_Types].xml": files["[Content_Types].xml"] };
  for (const [path, bytes] of Object.entries(files)) if (path !== "[Content_Types].xml") ordered[path] = bytes;
  return zipSync(ordered, { level: 6, mtime: workbook.created ?? new Date(Date.UTC(2024, 0, 1)) });
}
