/**
 * Writes cell edits into a worksheet's XML by splicing: the edited `<c>` elements are replaced
 * (or inserted in row and column order), everything else in the text stays as it was. A cell
 * inside a merged area that is not its top-left cell, or inside an array formula, is refused,
 * never redirected. When the master of a shared formula is overwritten, the cells that reused
 * its formula get it written out in full, so that they keep it.
 */
import { cellAddress, Range, rangeContains } from "../../core/grid/address";
import { translateFormula } from "../../core/formula/translate";
import { escapeAttribute } from "../xml/entities";
import { cellXml, formulaText, setAttribute } from "./cellXml";
import { CellEdit, Refusal } from "./edits";
import { CellSpan, insertionPoint, RowSpan, SheetIndex, sheetDataClose } from "./sheetIndex";
import { Splices } from "./splices";
import { StylesPatch } from "./styles";

export interface SheetPatchResult {
  xml: string;
  refused: Refusal[];
  /** A formula was added or removed (the calculation chain must go). */
  formulasChanged: boolean;
  /** The cells' content changed (the workbook must be recalculated on opening). */
  contentChanged: boolean;
}

/** Why a content edit cannot be written at (row, col), or null. */
export function contentRefusal(index: SheetIndex, row: number, col: number): string | null {
  const merge = index.merges.find((m) => rangeContains(m, row, col));
  if (merge && (merge.r1 !== row || merge.c1 !== col)) {
    return `la cellule fait partie de la zone fusionnée ${rangeText(merge)} sans en être la première cellule (${cellAddress(merge.r1, merge.c1)}) : rien n'y est écrit`;
  }
  if (index.arrays.some((a) => rangeContains(a, row, col))) {
    return "la cellule fait partie d'une formule matricielle : corrigez-la dans Excel";
  }
  return null;
}

function rangeText(r: Range): string {
  return `${cellAddress(r.r1, r.c1)}:${cellAddress(r.r2, r.c2)}`;
}

/** The raw `<f …>…</f>` (or `<f …/>`) of a cell element, null when it has none. */
function formulaElement(xml: string, cell: CellSpan): string | null {
  const inner = xml.slice(cell.tagEnd, cell.end);
  const match = /<(\w+:)?f(\s[^>]*)?(\/>|>[\s\S]*?<\/(\w+:)?f>)/.exec(inner);
  return match ? match[0] : null;
}

export function patchSheet(index: SheetIndex, sheetName: string, edits: CellEdit[], styles: () => StylesPatch): SheetPatchResult {
  const result: SheetPatchResult = { xml: index.xml, refused: [], formulasChanged: false, contentChanged: false };
  const byRow = new Map<number, Map<number, CellEdit>>();
  for (const edit of edits) {
    const refusal = edit.content ? contentRefusal(index, edit.row, edit.col) : null;
    if (refusal) {
      result.refused.push({ sheet: sheetName, cell: cellAddress(edit.row, edit.col), reason: refusal, protectedSheet: false });
      continue;
    }
    const row = byRow.get(edit.row) ?? new Map<number, CellEdit>();
    const merged = row.get(edit.col);
    row.set(edit.col, merged ? { ...merged, ...edit, style: { ...merged.style, ...edit.style } } : edit);
    byRow.set(edit.row, row);
  }
  if (byRow.size === 0) return result;
  const splices = new Splices(index.xml);
  const write = (edit: CellEdit, existing: CellSpan | undefined): string => cellText(index, edit, existing, styles, result);
  for (const [rowNumber, cells] of [...byRow].sort((a, b) => a[0] - b[0])) {
    const row = index.rowByNumber.get(rowNumber);
    const sorted = [...cells.values()].sort((a, b) => a.col - b.col);
    if (row) patchRow(index, row, sorted, splices, write);
    else {
      const text = `<row r="${rowNumber + 1}">${sorted.map((e) => write(e, undefined)).join("")}</row>`;
      const next = index.rows.find((r) => r.row > rowNumber);
      insertRow(index, splices, next ? next.start : null, text);
    }
  }
  detachSharedClones(index, byRow, splices);
  addHyperlinks(
    index,
    [...byRow.values()].flatMap((m) => [...m.values()]),
    splices,
  );
  updateDimension(index, byRow, splices);
  result.xml = splices.apply();
  return result;
}

function insertRow(index: SheetIndex, splices: Splices, before: number | null, text: string): void {
  if (before !== null) {
    splices.insert(before, text);
    return;
  }
  if (index.sheetData.selfClosing) {
    const tag = index.xml.slice(index.sheetData.start, index.sheetData.end);
    splices.replace(index.sheetData.start, index.sheetData.end, `${tag.replace(/\s*\/>$/, ">")}`);
    splices.insert(index.sheetData.end, `${text}</${tagName(tag)}>`);
    return;
  }
  splices.insert(sheetDataClose(index), text);
}

/** « sheetData » or « x:sheetData », as the start tag names it. */
function tagName(tag: string): string {
  return /^<([\w:.-]+)/.exec(tag)?.[1] ?? "sheetData";
}

function patchRow(
  index: SheetIndex,
  row: RowSpan,
  edits: CellEdit[],
  splices: Splices,
  write: (e: CellEdit, c?: CellSpan) => string,
): void {
  const xml = index.xml;
  const byCol = new Map(row.cells.map((c) => [c.col, c]));
  let rowTag = xml.slice(row.start, row.tagEnd);
  const spans = /\sspans\s*=\s*"(\d+):(\d+)"/.exec(rowTag);
  if (spans) {
    const first = Math.min(Number(spans[1]), edits[0].col + 1);
    const last = Math.max(Number(spans[2]), edits[edits.length - 1].col + 1);
    rowTag = setAttribute(rowTag, "spans", `${first}:${last}`);
  }
  if (row.selfClosing) {
    splices.replace(
      row.start,
      row.end,
      `${rowTag.replace(/\s*\/>$/, ">")}${edits.map((e) => write(e)).join("")}</${tagName(rowTag)}>`,
    );
    return;
  }
  if (spans) splices.replace(row.start, row.tagEnd, rowTag);
  const rowClose = row.end - (row.end - xml.lastIndexOf("</", row.end - 1));
  for (const edit of edits) {
    const existing = byCol.get(edit.col);
    if (existing && !edit.content) {
      // Only the start tag changes (its style): the content, shared formula included, is left as is.
      splices.replace(existing.start, existing.tagEnd, write(edit, existing));
      continue;
    }
    if (existing) {
      splices.replace(existing.start, existing.end, write(edit, existing));
      continue;
    }
    const next = row.cells.find((c) => c.col > edit.col);
    splices.insert(next ? next.start : rowClose, write(edit));
  }
}

function cellText(
  index: SheetIndex,
  edit: CellEdit,
  existing: CellSpan | undefined,
  styles: () => StylesPatch,
  result: SheetPatchResult,
): string {
  const xml = index.xml;
  const oldStyle = existing?.style ?? 0;
  const style = edit.style && Object.keys(edit.style).length > 0 ? styles().derive(oldStyle, edit.style) : oldStyle;
  const content = edit.content;
  if (!content) {
    if (!existing) return `<c r="${cellAddress(edit.row, edit.col)}"${style ? ` s="${style}"` : ""}/>`;
    return setAttribute(xml.slice(existing.start, existing.tagEnd), "s", style ? String(style) : null);
  }
  result.contentChanged = true;
  if (content.kind === "result") {
    const kept = existing ? formulaElement(xml, existing) : null;
    return cellXml(edit.row, edit.col, style, content, kept);
  }
  const hadFormula = existing?.hasFormula ?? false;
  if (hadFormula !== (content.kind === "formula")) result.formulasChanged = true;
  return cellXml(edit.row, edit.col, style, content);
}

/** Clones of a shared formula whose master is rewritten get their own formula (their value is kept). */
function detachSharedClones(index: SheetIndex, edited: Map<number, Map<number, CellEdit>>, splices: Splices): void {
  const isEdited = (c: CellSpan) => edited.get(c.row)?.get(c.col)?.content !== undefined;
  // A clone whose content is rewritten needs nothing; one whose style only changes keeps its body, detached below.
  const masters = new Map<string, CellSpan>();
  for (const row of index.rows) {
    for (const cell of row.cells) {
      if (
        cell.sharedMaster &&
        cell.sharedSi !== undefined &&
        cell.formula &&
        isEdited(cell) &&
        edited.get(cell.row)?.get(cell.col)?.content?.kind !== "result"
      ) {
        masters.set(cell.sharedSi, cell);
      }
    }
  }
  if (masters.size === 0) return;
  for (const row of index.rows) {
    for (const cell of row.cells) {
      const master = cell.sharedSi !== undefined && !cell.sharedMaster ? masters.get(cell.sharedSi) : undefined;
      if (!master || isEdited(cell)) continue;
      const own = translateFormula(`=${master.formula}`, master.row, master.col, cell.row, cell.col);
      const element = formulaElement(index.xml, cell);
      if (!element) continue;
      const at = index.xml.indexOf(element, cell.tagEnd);
      splices.replace(at, at + element.length, `<f>${formulaText(own)}</f>`);
    }
  }
}

/** `<dimension ref>` widened to the written cells. */
function updateDimension(index: SheetIndex, edited: Map<number, Map<number, CellEdit>>, splices: Splices): void {
  if (!index.dimension) return;
  const tag = index.xml.slice(index.dimension.start, index.dimension.end);
  const ref = /\sref\s*=\s*"([^"]*)"/.exec(tag)?.[1];
  const cols = [...edited.values()].flatMap((m) => [...m.keys()]);
  const rows = [...edited.keys()];
  const bounds = { r1: Math.min(...rows), r2: Math.max(...rows), c1: Math.min(...cols), c2: Math.max(...cols) };
  const current = ref ? parseDimension(ref) : null;
  const merged = current
    ? {
        r1: Math.min(current.r1, bounds.r1),
        c1: Math.min(current.c1, bounds.c1),
        r2: Math.max(current.r2, bounds.r2),
        c2: Math.max(current.c2, bounds.c2),
      }
    : bounds;
  if (current && merged.r1 === current.r1 && merged.c1 === current.c1 && merged.r2 === current.r2 && merged.c2 === current.c2)
    return;
  splices.replace(index.dimension.start, index.dimension.end, setAttribute(tag, "ref", escapeAttribute(rangeText(merged))));
}

function parseDimension(ref: string): Range | null {
  const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref);
  if (!match) return null;
  const col = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const c1 = col(match[1]);
  const r1 = Number(match[2]) - 1;
  return { r1, c1, r2: match[4] ? Number(match[4]) - 1 : r1, c2: match[3] ? col(match[3]) : c1 };
}

/** Internal hyperlinks of the edited cells, in `<hyperlinks>` (created where the schema puts it). */
function addHyperlinks(index: SheetIndex, edits: CellEdit[], splices: Splices): void {
  const links = edits.filter((e) => e.link);
  if (links.length === 0) return;
  const items = links
    .map(
      (e) =>
        `<hyperlink ref="${cellAddress(e.row, e.col)}" location="${escapeAttribute(e.link as string)}" display="${escapeAttribute(e.link as string)}"/>`,
    )
    .join("");
  const existing = index.top.find((t) => t.name === "hyperlinks");
  if (!existing) {
    splices.insert(insertionPoint(index, "hyperlinks"), `<hyperlinks>${items}</hyperlinks>`);
    return;
  }
  const tagEnd = index.xml.indexOf(">", existing.start) + 1;
  if (index.xml[tagEnd - 2] === "/") splices.replace(existing.start, existing.end, `<hyperlinks>${items}</hyperlinks>`);
  else splices.insert(tagEnd, items);
}
