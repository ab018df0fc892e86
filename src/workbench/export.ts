/**
 * « Télécharger le classeur corrigé »: what the task pane changed in the in-memory Excel (the
 * fake, compared with the workbook as opened) is written into the original file by src/xlsx's
 * surgical patcher: cells (value or formula with its result, number format, bold, colour, wrap,
 * internal links), notes and commentaires, the add-in's sheets (« Contrôles », the very hidden
 * journal and settings), column widths. Every part of the file the pane did not change is copied
 * byte for byte: protections, names, conditional formats, validations, charts, macros…
 */
import { cellAddress } from "../core/grid/address";
import { SheetState } from "../core/grid/model";
import { FakeCell, FakeSheet, FakeWorkbook, Visibility } from "../fake-excel";
import { keyCol, keyRow } from "../fake-excel/model";
import { CellContent, CellEdit, PackageEdits, SheetEdits, StyleChange, WholeSheet, XlsxPackage } from "../xlsx";
import type { OpenedWorkbook } from "./open";

const STATE: Record<Visibility, SheetState> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

/** Points → Excel's width unit (the inverse of the conversion done on opening). */
const widthInCharacters = (points: number) => Math.max(0, ((points * 4) / 3 - 5) / 7);

export interface ExportedCopy {
  bytes: Uint8Array;
  /** French sentences: what could not be written into the copy. */
  warnings: string[];
}

/** The corrected workbook as .xlsx bytes. */
export async function exportWorkbook(opened: OpenedWorkbook): Promise<Uint8Array> {
  return (await exportCopy(opened)).bytes;
}

export async function exportCopy(opened: OpenedWorkbook): Promise<ExportedCopy> {
  const pkg = XlsxPackage.open(opened.bytes);
  const patched = pkg.patch(packageEdits(opened.fake, opened.baseline));
  const warnings = [
    ...patched.refused.map((r) =>
      r.cell ? `${r.cell} (feuille « ${r.sheet} ») : ${r.reason}.` : `feuille « ${r.sheet} » : ${r.reason}.`,
    ),
    ...patched.notAdded.map(
      (name) => `la structure du classeur est protégée : la feuille « ${name} » n'a pas été ajoutée à la copie.`,
    ),
  ];
  return { bytes: patched.bytes, warnings };
}

/** « recapitulatif-2025.xlsx » → « recapitulatif-2025-corrige.xlsx ». */
export function correctedName(name: string): string {
  const base = name.replace(/\.xlsx$/i, "");
  return `${base}-corrige.xlsx`;
}

/** What changed between the workbook as opened and the fake, as edits of the package. */
export function packageEdits(fake: FakeWorkbook, baseline: FakeWorkbook): PackageEdits {
  const edits: PackageEdits = { sheets: new Map(), whole: [] };
  for (const sheet of fake.sheets) {
    const before = baseline.sheet(sheet.name);
    if (!before) edits.whole.push(wholeSheet(fake, sheet));
    else {
      const changed = sheetEdits(fake, sheet, baseline, before);
      if (changed) edits.sheets.set(sheet.name, changed);
    }
  }
  return edits;
}

function wholeSheet(fake: FakeWorkbook, sheet: FakeSheet): WholeSheet {
  const cells: CellEdit[] = [];
  for (const [key, cell] of [...sheet.entries()].sort((a, b) => a[0] - b[0])) {
    cells.push({ row: keyRow(key), col: keyCol(key), ...cellChange(cell, undefined) });
  }
  return {
    name: sheet.name,
    cells,
    notes: new Map(notesOf(fake, sheet)),
    widths: new Map([...sheet.columnWidths].map(([col, points]) => [col, widthInCharacters(points)])),
    state: STATE[sheet.visibility],
  };
}

function sheetEdits(fake: FakeWorkbook, now: FakeSheet, baseline: FakeWorkbook, before: FakeSheet): SheetEdits | null {
  const keys = new Set([...[...now.entries()].map(([k]) => k), ...[...before.entries()].map(([k]) => k)]);
  const cells: CellEdit[] = [];
  for (const key of [...keys].sort((a, b) => a - b)) {
    const row = keyRow(key);
    const col = keyCol(key);
    const change = cellChange(now.cell(row, col), before.cell(row, col));
    if (change.content || change.style || change.link) cells.push({ row, col, ...change });
  }
  const notes = new Map<string, string | null>();
  const nowNotes = notesOf(fake, now);
  const beforeNotes = notesOf(baseline, before);
  for (const address of new Set([...nowNotes.keys(), ...beforeNotes.keys()])) {
    const text = nowNotes.get(address);
    if (text !== beforeNotes.get(address)) notes.set(address, text ?? null);
  }
  const widths = new Map<number, number>();
  for (const [col, points] of now.columnWidths)
    if (before.columnWidths.get(col) !== points) widths.set(col, widthInCharacters(points));
  const state = now.visibility !== before.visibility ? STATE[now.visibility] : undefined;
  if (cells.length === 0 && notes.size === 0 && widths.size === 0 && !state) return null;
  return { cells, notes, widths, state };
}

const sameValue = (a: FakeCell["value"] | undefined, b: FakeCell["value"] | undefined) =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The content and style changes of one cell (nothing when it did not change). */
function cellChange(now: FakeCell | undefined, before: FakeCell | undefined): Pick<CellEdit, "content" | "style" | "link"> {
  const out: Pick<CellEdit, "content" | "style" | "link"> = {};
  const content = contentChange(now, before);
  if (content) out.content = content;
  const style: StyleChange = {};
  if ((now?.numberFormat ?? "General") !== (before?.numberFormat ?? "General")) style.numFmt = now?.numberFormat ?? "General";
  if ((now?.bold ?? false) !== (before?.bold ?? false)) style.bold = now?.bold ?? false;
  if (now?.color !== undefined && now.color !== before?.color) style.color = now.color;
  if (now?.wrap !== undefined && now.wrap !== (before?.wrap ?? false)) style.wrap = now.wrap;
  if (Object.keys(style).length > 0) out.style = style;
  if (now?.hyperlink && now.hyperlink !== before?.hyperlink) out.link = now.hyperlink;
  return out;
}

function contentChange(now: FakeCell | undefined, before: FakeCell | undefined): CellContent | undefined {
  const formula = now?.formula;
  if (formula === before?.formula && sameValue(now?.value, before?.value)) return undefined;
  if (formula === undefined) return { kind: "value", value: now?.value ?? null };
  if (formula === before?.formula) return { kind: "result", result: now?.value ?? null };
  return { kind: "formula", formula, result: now?.value ?? null };
}

/** Notes and threaded comments by address (the copy keeps both as notes). */
function notesOf(fake: FakeWorkbook, sheet: FakeSheet): Map<string, string> {
  const notes = new Map(sheet.notes);
  for (const thread of fake.threads) if (thread.sheet === sheet) notes.set(cellAddress(thread.row, thread.col), thread.content);
  return notes;
}
