/**
 * The surgical patcher: a copy of the original package where only the parts the edits touch
 * change — the target sheets' XML (spliced cell by cell), the styles when a cell needs a new one,
 * the comments and VML parts for notes, the workbook part, its relationships and the content
 * types when a sheet is added — and every other part is copied byte for byte. Protected sheets
 * are never written; a workbook whose structure is protected gets no new sheet.
 */
import { cellAddress } from "../../core/grid/address";
import { damaged, XlsxError } from "../errors";
import { LIMITS, XlsxLimits } from "../limits";
import { REL, relsPartOf } from "../opc";
import { readWorkbookInfo, WorkbookInfo } from "../read/workbook";
import { sniffBytes } from "../sniff";
import { Inflater, ZipArchive } from "../zip/read";
import { patchColumns } from "./columns";
import { PackageEdits, PatchResult, Refusal, SheetEdits, WholeSheet } from "./edits";
import { patchNotes } from "./notes";
import { CONTENT_TYPE, Parts, REL_TYPE } from "./parts";
import { contentRefusal, patchSheet } from "./sheet";
import { indexSheet, insertionPoint, SheetIndex } from "./sheetIndex";
import { MINIMAL_STYLES, StylesPatch } from "./styles";
import { wholeSheetXml } from "./wholeSheet";
import { WorkbookXml } from "./workbookXml";

export interface OpenOptions {
  limits?: Partial<XlsxLimits>;
  inflater?: Inflater;
}

/** « la feuille est protégée » as said for one edit. */
export const PROTECTED_REASON =
  "la feuille est protégée : rien n'y est écrit (retirez la protection dans Excel, Révision > Ôter la protection, puis relancez)";

export class XlsxPackage {
  private readonly parts: Parts;
  readonly info: WorkbookInfo;
  private readonly indexes = new Map<string, SheetIndex>();

  private constructor(archive: ZipArchive, limits: XlsxLimits) {
    this.parts = new Parts(archive);
    this.info = readWorkbookInfo(archive, limits);
  }

  static open(bytes: Uint8Array, options: OpenOptions = {}): XlsxPackage {
    const limits = { ...LIMITS, ...options.limits };
    sniffBytes(bytes);
    return new XlsxPackage(ZipArchive.open(bytes, limits, options.inflater), limits);
  }

  get structureProtected(): boolean {
    return this.info.structureProtected;
  }

  hasSheet(name: string): boolean {
    return this.sheetPart(name) !== null;
  }

  private sheetPart(name: string): string | null {
    const entry = this.info.sheets.find((s) => s.name === name && s.kind === REL.worksheet);
    return entry?.part && this.parts.has(entry.part) ? entry.part : null;
  }

  private index(name: string): SheetIndex | null {
    const part = this.sheetPart(name);
    if (!part) return null;
    let index = this.indexes.get(part);
    if (!index) {
      index = indexSheet(this.parts.text(part) ?? "", part);
      this.indexes.set(part, index);
    }
    return index;
  }

  isProtected(sheet: string): boolean {
    return this.index(sheet)?.protectedSheet ?? false;
  }

  /**
   * Why a value or formula cannot be written at (row, col) of `sheet`, or null: missing sheet,
   * protected sheet, a merged area's cell other than its first, an array formula's cell.
   */
  refusal(sheet: string, row: number, col: number): Refusal | null {
    const index = this.index(sheet);
    const at = cellAddress(row, col);
    if (!index)
      return { sheet, cell: at, reason: "feuille introuvable dans le classeur, rien n'y est écrit", protectedSheet: false };
    if (index.protectedSheet) return { sheet, cell: at, reason: PROTECTED_REASON, protectedSheet: true };
    const reason = contentRefusal(index, row, col);
    return reason ? { sheet, cell: at, reason, protectedSheet: false } : null;
  }

  /** Applies the edits; the original bytes are not changed. */
  patch(edits: PackageEdits): PatchResult {
    const result: PatchResult = { bytes: new Uint8Array(), refused: [], notAdded: [], touched: [] };
    const workbook = new WorkbookXml(this.parts.text(this.info.part) ?? "", this.info.part);
    let styles: StylesPatch | null = null;
    const stylesOf = (): StylesPatch => (styles ??= this.openStyles());
    let contentChanged = false;
    let formulasChanged = false;
    for (const [name, sheetEdits] of edits.sheets) {
      const outcome = this.patchExisting(name, sheetEdits, stylesOf, workbook, result);
      contentChanged ||= outcome.contentChanged;
      formulasChanged ||= outcome.formulasChanged;
    }
    for (const whole of edits.whole) {
      if (this.writeWhole(whole, stylesOf, workbook, result)) contentChanged = true;
    }
    if (contentChanged) workbook.recalculateOnOpen();
    if (formulasChanged) this.dropCalcChain();
    const finalStyles = styles as StylesPatch | null;
    if (finalStyles?.changed) this.parts.write(this.stylesPart(), finalStyles.text());
    this.parts.write(this.info.part, workbook.text());
    result.bytes = this.parts.bytes();
    result.touched = this.parts.touched();
    return result;
  }

  private patchExisting(
    name: string,
    edits: SheetEdits,
    styles: () => StylesPatch,
    workbook: WorkbookXml,
    result: PatchResult,
  ): { contentChanged: boolean; formulasChanged: boolean } {
    const none = { contentChanged: false, formulasChanged: false };
    const part = this.sheetPart(name);
    const index = this.index(name);
    const refuseAll = (reason: string, protectedSheet: boolean) => {
      const cells = edits.cells.map((e) => cellAddress(e.row, e.col));
      const notes = [...(edits.notes?.keys() ?? [])];
      for (const cell of new Set([...cells, ...notes])) result.refused.push({ sheet: name, cell, reason, protectedSheet });
    };
    if (!part || !index) {
      refuseAll("feuille introuvable dans le classeur, rien n'y est écrit", false);
      return none;
    }
    if (index.protectedSheet) {
      refuseAll(PROTECTED_REASON, true);
      return none;
    }
    const patched = patchSheet(index, name, edits.cells, styles);
    result.refused.push(...patched.refused);
    let xml = patched.xml;
    if (edits.widths && edits.widths.size > 0) xml = patchColumns(xml, part, edits.widths);
    const notes = patchNotes(this.parts, part, name, edits.notes ?? new Map(), index.legacyDrawing);
    result.refused.push(...notes.refused);
    if (notes.legacyDrawing) xml = withLegacyDrawing(xml, part, notes.legacyDrawing);
    if (edits.state) workbook.setState(name, edits.state);
    this.parts.write(part, xml);
    return patched;
  }

  /** Writes a sheet whole; true when it was written. */
  private writeWhole(sheet: WholeSheet, styles: () => StylesPatch, workbook: WorkbookXml, result: PatchResult): boolean {
    const existing = this.sheetPart(sheet.name);
    let part: string;
    if (existing) {
      if (this.isProtected(sheet.name)) {
        result.refused.push({ sheet: sheet.name, cell: "", reason: PROTECTED_REASON, protectedSheet: true });
        return false;
      }
      part = existing;
      this.dropSheetAnnotations(part);
    } else {
      if (this.info.structureProtected) {
        result.notAdded.push(sheet.name);
        return false;
      }
      part = this.parts.freeName("xl/worksheets/sheet", ".xml");
      const rid = this.parts.addRelationship(this.info.part, REL_TYPE.worksheet, part);
      this.parts.declare(part, CONTENT_TYPE.worksheet);
      workbook.addSheet(sheet.name, rid, sheet.state ?? null);
    }
    let xml = wholeSheetXml(sheet, styles);
    const notes = patchNotes(this.parts, part, sheet.name, sheet.notes ?? new Map(), undefined);
    result.refused.push(...notes.refused);
    if (notes.legacyDrawing) xml = withLegacyDrawing(xml, part, notes.legacyDrawing);
    if (existing && sheet.state) workbook.setState(sheet.name, sheet.state);
    this.parts.write(part, xml);
    return true;
  }

  /** A sheet rebuilt whole loses its notes: its comments and VML parts and its relationships go. */
  private dropSheetAnnotations(part: string): void {
    for (const rel of this.parts.relationships(part)) {
      if (!rel.part || ![REL.comments, REL.vmlDrawing, REL.threadedComment].includes(rel.kind as never)) continue;
      this.parts.remove(rel.part);
      this.parts.undeclare(rel.part);
    }
    if (this.parts.has(relsPartOf(part))) this.parts.remove(relsPartOf(part));
  }

  private stylesPart(): string {
    return this.info.rels.find((r) => r.kind === REL.styles && r.part)?.part ?? "xl/styles.xml";
  }

  private openStyles(): StylesPatch {
    const part = this.stylesPart();
    const text = this.parts.text(part);
    if (text !== null) return new StylesPatch(text, part);
    this.parts.write(part, MINIMAL_STYLES);
    this.parts.addRelationship(this.info.part, REL_TYPE.styles, part);
    this.parts.declare(part, CONTENT_TYPE.styles);
    return new StylesPatch(MINIMAL_STYLES, part);
  }

  /** The calculation chain lists the cells holding formulas: Excel rebuilds it when it is absent. */
  private dropCalcChain(): void {
    const rel = this.info.rels.find((r) => r.kind === REL.calcChain && r.part);
    if (!rel?.part || !this.parts.has(rel.part)) return;
    this.parts.remove(rel.part);
    this.parts.undeclare(rel.part);
    this.parts.removeRelationship(this.info.part, rel.id);
  }
}

const R_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** `<legacyDrawing r:id>` inserted where the schema wants it (and the r: namespace declared). */
function withLegacyDrawing(xml: string, part: string, rid: string): string {
  const index = indexSheet(xml, part);
  const at = insertionPoint(index, "legacyDrawing");
  let out = `${xml.slice(0, at)}<legacyDrawing r:id="${rid}"/>${xml.slice(at)}`;
  const root = /<([\w:]*worksheet)\b[^>]*>/.exec(out);
  if (!root) throw new XlsxError(`le fichier .xlsx est endommagé : partie « ${part} » sans élément worksheet.`);
  if (!/\sxmlns:r\s*=/.test(root[0])) {
    const withNs = root[0].replace(/(\/?)>$/, ` xmlns:r="${R_NAMESPACE}"$1>`);
    out = out.slice(0, root.index) + withNs + out.slice(root.index + root[0].length);
  }
  return out;
}

export { damaged };
