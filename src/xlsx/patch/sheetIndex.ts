/**
 * Where things are in a worksheet's XML, to change it by splicing: each row and cell element
 * (offsets in the text), the merged areas, the ranges of array formulas, the shared formulas'
 * masters and clones, protection, and the top-level elements (to insert new ones in the order
 * the schema requires).
 */
import { Range } from "../../core/grid/address";
import { damaged } from "../errors";
import { parseRangeRef, parseRefIn, refCol, refRow } from "../read/cells";
import { isTrue } from "../read/styles";
import { Tag, XmlError, XmlScanner } from "../xml/scanner";

export interface CellSpan {
  row: number;
  col: number;
  /** Offsets of « <c » and just after its end. */
  start: number;
  end: number;
  /** End of the start tag. */
  tagEnd: number;
  /** Style index (0 when absent). */
  style: number;
  /** Shared formula: its group and whether this cell is the master (holds the text). */
  sharedSi?: string;
  sharedMaster?: boolean;
  /** Raw formula text of the cell (master's text for a master), entities decoded. */
  formula?: string;
  /** The cell holds a formula of any kind. */
  hasFormula: boolean;
}

export interface RowSpan {
  row: number;
  start: number;
  /** End of the start tag (for a self-closing row, equal to end). */
  tagEnd: number;
  end: number;
  selfClosing: boolean;
  cells: CellSpan[];
}

export interface TopElement {
  name: string;
  start: number;
  end: number;
}

export interface SheetIndex {
  xml: string;
  rows: RowSpan[];
  rowByNumber: Map<number, RowSpan>;
  /** sheetData element (start tag end and the offset of « </sheetData> », or self-closing). */
  sheetData: { start: number; tagEnd: number; end: number; selfClosing: boolean };
  /** The root element's closing tag offset. */
  rootClose: number;
  top: TopElement[];
  merges: Range[];
  arrays: Range[];
  protectedSheet: boolean;
  /** r:id of the legacy drawing (VML) holding the notes' shapes. */
  legacyDrawing?: string;
  dimension?: { start: number; end: number };
}

const TOP_LEVEL_DEPTH = 1;

export function indexSheet(xml: string, part: string): SheetIndex {
  const index: SheetIndex = {
    xml,
    rows: [],
    rowByNumber: new Map(),
    sheetData: { start: -1, tagEnd: -1, end: -1, selfClosing: false },
    rootClose: xml.length,
    top: [],
    merges: [],
    arrays: [],
    protectedSheet: false,
  };
  let depth = 0;
  let row: RowSpan | null = null;
  let cell: CellSpan | null = null;
  let inFormula = false;
  let formulaText = "";
  let nextRow = 0;
  let nextCol = 0;
  const handler = {
    open(tag: Tag) {
      depth++;
      if (depth === TOP_LEVEL_DEPTH + 1) index.top.push({ name: tag.name, start: tag.start, end: tag.end });
      switch (tag.name) {
        case "sheetData":
          index.sheetData = { start: tag.start, tagEnd: tag.end, end: tag.end, selfClosing: tag.selfClosing };
          return;
        case "row": {
          const number = tag.indexOf("r") < 0 ? nextRow : tag.int("r", 0) - 1;
          if (number < 0) throw damaged(part, "ligne sans numéro valide");
          nextRow = number + 1;
          nextCol = 0;
          row = { row: number, start: tag.start, tagEnd: tag.end, end: tag.end, selfClosing: tag.selfClosing, cells: [] };
          index.rows.push(row);
          index.rowByNumber.set(number, row);
          return;
        }
        case "c": {
          if (!row) return;
          const r = tag.indexOf("r");
          const packed = r < 0 ? -1 : parseRefIn(tag.source, tag.from[r], tag.to[r]);
          if (r >= 0 && packed < 0) throw damaged(part, "référence de cellule invalide");
          const col = packed < 0 ? nextCol : refCol(packed);
          nextCol = col + 1;
          cell = {
            row: packed < 0 ? row.row : refRow(packed),
            col,
            start: tag.start,
            tagEnd: tag.end,
            end: tag.end,
            style: tag.int("s", 0),
            hasFormula: false,
          };
          row.cells.push(cell);
          return;
        }
        case "f":
          if (!cell) return;
          cell.hasFormula = true;
          inFormula = true;
          formulaText = "";
          if (tag.get("t") === "shared") {
            cell.sharedSi = tag.get("si");
            cell.sharedMaster = tag.get("ref") !== undefined;
          } else if (tag.get("t") === "array") {
            const range = parseRangeRef(tag.get("ref") ?? "");
            if (range) index.arrays.push(range);
          }
          return;
        case "mergeCell": {
          const range = parseRangeRef(tag.get("ref") ?? "");
          if (range) index.merges.push(range);
          return;
        }
        case "sheetProtection":
          index.protectedSheet = isTrue(tag.get("sheet"));
          return;
        case "legacyDrawing":
          index.legacyDrawing = tag.get("id");
          return;
        case "dimension":
          index.dimension = { start: tag.start, end: tag.end };
          return;
      }
    },
    close(name: string, end: number) {
      if (depth === TOP_LEVEL_DEPTH + 1) index.top[index.top.length - 1].end = end;
      if (depth === TOP_LEVEL_DEPTH) index.rootClose = end - closingLength(xml, end);
      depth--;
      if (name === "c" && cell) {
        cell.end = end;
        cell = null;
      } else if (name === "row" && row) {
        row.end = end;
        row = null;
      } else if (name === "f" && cell) {
        inFormula = false;
        if (formulaText !== "") cell.formula = formulaText;
      } else if (name === "sheetData") index.sheetData.end = end;
    },
    text(text: string) {
      formulaText += text;
    },
    wantsText: () => inFormula,
  };
  try {
    XmlScanner.scan(xml, handler);
  } catch (error) {
    if (error instanceof XmlError) throw damaged(part, error.message);
    throw error;
  }
  return index;
}

/** Length of the closing tag that ends at `end` (« </x:worksheet> »). */
function closingLength(xml: string, end: number): number {
  return end - xml.lastIndexOf("</", end - 1);
}

/** Offset of « </sheetData> » (where cells go after the last row). */
export function sheetDataClose(index: SheetIndex): number {
  return index.sheetData.end - closingLength(index.xml, index.sheetData.end);
}

/** Children of <worksheet> in the order the schema requires them. */
export const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** Where a new top-level element goes: before the first existing element that must follow it. */
export function insertionPoint(index: SheetIndex, name: string): number {
  const rank = WORKSHEET_ORDER.indexOf(name);
  for (const element of index.top) {
    const other = WORKSHEET_ORDER.indexOf(element.name);
    if (other > rank || (other < 0 && element.name !== "AlternateContent")) return element.start;
    // mc:AlternateContent may wrap any element; keep it where it is and insert after.
  }
  return index.rootClose;
}
