/**
 * .xlsx bytes → the core's Workbook snapshot, without an intermediate model: the zip directory
 * is checked, then the workbook, styles, shared strings and each worksheet are scanned once,
 * worksheets chunk by chunk as they inflate. Every limit is checked before the work it bounds.
 * Pure: no file system, runs in Node and in the browser.
 */
import { Workbook } from "../../core/grid/model";
import { damaged, XlsxError } from "../errors";
import { LIMITS, limitError, sayBytes, XlsxLimits } from "../limits";
import { checkCellCount } from "./count";
import { REL } from "../opc";
import { sniffBytes } from "../sniff";
import { ByteScanner } from "../xml/bytes";
import { XmlError } from "../xml/scanner";
import { Inflater, ZipArchive } from "../zip/read";
import { parseComments, parseThreadedComments } from "./comments";
import { CellPool } from "./cellPool";
import { Budget, SheetContext, SheetLayout, SheetReader } from "./sheet";
import { parseSharedStrings } from "./strings";
import { Styles } from "./styles";
import { readWorkbookInfo, relationshipsOf, scanBytes, scanPart, SheetEntry, WorkbookInfo } from "./workbook";

export interface ReadOptions {
  limits?: Partial<XlsxLimits>;
  /** How parts are inflated (the CLI passes Node's zlib); fflate by default. */
  inflater?: Inflater;
  /** Also keep what the workbench shows: column widths, wrapped text, formats of empty cells. */
  layout?: boolean;
}

export interface XlsxRead {
  workbook: Workbook;
  /** Structure protection, sheets and their parts. */
  info: WorkbookInfo;
  /** By sheet name, when asked for. */
  layout?: Map<string, SheetLayout>;
}

const READ_SHEETS = new Set(["worksheet"]);

export function readXlsx(bytes: Uint8Array, name: string, options: ReadOptions = {}): XlsxRead {
  const limits: XlsxLimits = { ...LIMITS, ...options.limits };
  sniffBytes(bytes);
  if (bytes.length > limits.fileBytes) {
    throw limitError("le fichier est trop volumineux", `${sayBytes(bytes.length)} pour ${sayBytes(limits.fileBytes)} au plus.`);
  }
  const archive = ZipArchive.open(bytes, limits, options.inflater);
  const info = readWorkbookInfo(archive, limits);
  const part = (kind: string) => info.rels.find((r) => r.kind === kind && r.part !== null && archive.has(r.part))?.part ?? null;
  const stylesPart = part(REL.styles);
  const stringsPart = part(REL.sharedStrings);
  let styles = Styles.EMPTY;
  if (stylesPart) scanPart(archive, stylesPart, (xml) => (styles = Styles.parse(xml)));
  let strings: string[] = [];
  if (stringsPart) scanBytes(archive, stringsPart, (xml) => (strings = parseSharedStrings(xml)));
  const workbook = new Workbook(name);
  const layout = options.layout ? new Map<string, SheetLayout>() : undefined;
  const budget = new Budget(limits);
  const pool = new CellPool();
  for (const entry of info.sheets) {
    if (!READ_SHEETS.has(entry.kind)) continue;
    const sheetLayout: SheetLayout | null = layout ? { widths: new Map(), cells: new Map() } : null;
    if (layout && sheetLayout) layout.set(entry.name, sheetLayout);
    readSheet(archive, entry, workbook, { pool, styles, strings, date1904: info.date1904, budget, layout: sheetLayout });
  }
  return { workbook, info, layout };
}

/** A worksheet, scanned in its bytes chunk by chunk as it inflates (see xml/bytes.ts). */
function readSheet(archive: ZipArchive, entry: SheetEntry, workbook: Workbook, context: SheetContext): void {
  const part = entry.part;
  if (!part || !archive.has(part)) throw damaged(part ?? entry.name, `feuille « ${entry.name} » introuvable dans l'archive`);
  checkCellCount(archive, part, entry.name, context.budget);
  const sheet = workbook.addSheet(entry.name);
  sheet.state = entry.state;
  const scanner = new ByteScanner(new SheetReader(sheet, part, context));
  try {
    archive.chunks(part, (chunk) => scanner.write(chunk));
    scanner.close();
  } catch (error) {
    if (error instanceof XmlError) throw damaged(part, error.message);
    throw error;
  }
  readNotes(archive, part, (address, text) => sheet.notes.set(address, text));
}

/** Legacy notes, then threaded comments (which replace their placeholder note). */
function readNotes(archive: ZipArchive, sheetPart: string, set: (address: string, text: string) => void): void {
  const rels = relationshipsOf(archive, sheetPart);
  for (const kind of [REL.comments, REL.threadedComment]) {
    for (const rel of rels.filter((r) => r.kind === kind && r.part !== null && archive.has(r.part))) {
      scanPart(archive, rel.part as string, (xml) => {
        const notes = kind === REL.comments ? parseComments(xml) : parseThreadedComments(xml);
        for (const [address, text] of notes) set(address, text);
      });
    }
  }
}

export { XlsxError };
