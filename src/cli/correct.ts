/**
 * --corriger: the write plan turned into edits of the original package (src/xlsx), written as a
 * new file (SPEC §6). Values and formulas keep the cell's style; a cell without number format
 * gets its column's; comments are appended (never replacing the user's text); the formulas that
 * read a corrected cell get their recomputed result; the « Contrôles » sheet is written whole.
 * Every other part of the workbook is copied byte for byte. The input file is never written.
 */
import { readFile, realpath, stat, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { CellWrite, CommentWrite, WritePlan } from "../core/engine/plan";
import { startsLikeFormula } from "../core/engine/text";
import { cellAddress, parseCellAddress } from "../core/grid/address";
import { Cell, Workbook } from "../core/grid/model";
import type { ControlesSheet, SheetCandidate } from "../core/report/controles";
import { CellEdit, PackageEdits, Refusal, XlsxPackage } from "../xlsx";
import { recomputedResults, WrittenCell } from "../xlsx/recalc";
import { controlesWholeSheet } from "../xlsx/report";
import { FileError } from "./errors";
import { nodeInflater } from "./inflate";

export interface WriteSummary {
  /** Cells that received a value or a formula. */
  cells: number;
  /** Comments appended to a comment column or to a note. */
  comments: number;
  /** Keys of the findings whose cell fix was written. */
  resolved: Set<string>;
  /** Keys of the findings not written because their sheet is protected. */
  protectedFindings: Set<string>;
  /** French warnings: fixes not written and why. */
  warnings: string[];
  /** The « Contrôles » sheet was written. */
  controlesWritten: boolean;
  /** Its name (« Contrôles VerifPacte », core/report/controles.ts). */
  report?: string;
}

export interface CorrectedCopy {
  /** Path of the file that was read. */
  input: string;
  output: string;
  /** The snapshot the analysis read (its cells give the current text of comment cells). */
  workbook: Workbook;
  /** Name the plan and the findings use for this workbook. */
  file: string;
}

/** Refuses to write the copy over its input (same path, or same file through a link). */
async function refuseInputAsOutput(input: string, output: string): Promise<void> {
  if (resolve(input) === resolve(output)) {
    throw new FileError("la copie corrigée ne peut pas remplacer le fichier contrôlé : choisissez un autre nom de sortie.");
  }
  const existing = await stat(output).catch(() => null);
  if (!existing) return;
  const source = await stat(input);
  const same =
    (existing.dev === source.dev && existing.ino === source.ino) || (await realpath(input)) === (await realpath(output));
  if (same) throw new FileError("le fichier de sortie désigne le fichier contrôlé lui-même : choisissez un autre nom de sortie.");
}

const where = (sheet: string, cell: string) => `${cell} (feuille « ${sheet} »)`;

function refusalText(refusal: Refusal): string {
  return refusal.cell === ""
    ? `feuille « ${refusal.sheet} » : ${refusal.reason}.`
    : `${where(refusal.sheet, refusal.cell)} : ${refusal.reason}.`;
}

interface Prepared {
  edits: PackageEdits;
  written: WrittenCell[];
  /** Findings of each accepted cell write. */
  accepted: CellWrite[];
  comments: number;
}

function sheetEdits(edits: PackageEdits, sheet: string) {
  let found = edits.sheets.get(sheet);
  if (!found) {
    found = { cells: [], notes: new Map() };
    edits.sheets.set(sheet, found);
  }
  return found;
}

/** The cell writes the package accepts, as edits; the others become warnings. */
function prepareCells(pkg: XlsxPackage, writes: CellWrite[], prepared: Prepared, summary: WriteSummary): void {
  for (const write of writes) {
    const at = parseCellAddress(write.cell);
    if (!at) {
      summary.warnings.push(`${where(write.sheet, write.cell)} : adresse invalide, rien n'y a été écrit.`);
      continue;
    }
    if (typeof write.value === "string" && startsLikeFormula(write.value)) {
      summary.warnings.push(
        `${where(write.sheet, write.cell)} : le texte « ${write.value} » serait lu comme une formule, il n'est pas écrit.`,
      );
      continue;
    }
    const refusal = pkg.refusal(write.sheet, at.row, at.col);
    if (refusal) {
      summary.warnings.push(refusalText(refusal));
      if (refusal.protectedSheet) for (const key of write.findings) summary.protectedFindings.add(key);
      continue;
    }
    const edit: CellEdit = { row: at.row, col: at.col };
    const cell: Cell =
      write.kind === "formula" ? { value: write.expected ?? null, formula: write.formula ?? "" } : { value: write.value ?? null };
    edit.content =
      write.kind === "formula"
        ? { kind: "formula", formula: write.formula ?? "", result: write.expected }
        : { kind: "value", value: write.value ?? null };
    // The column's number format is borrowed only by numbers and formulas: a text (a corrected
    // header, say) keeps its cell's style untouched.
    if (write.numFmt && !(write.kind === "value" && typeof write.value !== "number")) edit.style = { numFmt: write.numFmt };
    sheetEdits(prepared.edits, write.sheet).cells.push(edit);
    prepared.written.push({ sheet: write.sheet, row: at.row, col: at.col, cell });
    prepared.accepted.push(write);
  }
}

const NEW_LINE = "\n";

/** `text` appended to `existing` on a new line; null when it is already there. */
function appended(existing: string, text: string): string | null {
  if (existing === "") return text;
  return existing.includes(text) ? null : `${existing}${NEW_LINE}${text}`;
}

/**
 * Comments: in a comment column the text is appended to the cell's text; a cell holding
 * something else than text (a number, a formula) gets the comment as a note instead.
 */
function prepareComments(
  pkg: XlsxPackage,
  workbook: Workbook,
  comments: CommentWrite[],
  prepared: Prepared,
  summary: WriteSummary,
): void {
  const notes = new Map<string, Map<string, string>>();
  for (const write of comments) {
    const at = parseCellAddress(write.cell);
    const sheet = workbook.sheet(write.sheet);
    if (!at || !sheet) {
      summary.warnings.push(`${where(write.sheet, write.cell)} : cellule introuvable, le commentaire n'est pas écrit.`);
      continue;
    }
    const refusal = pkg.refusal(write.sheet, at.row, at.col);
    if (refusal?.protectedSheet) {
      summary.warnings.push(refusalText(refusal));
      for (const key of write.findings) summary.protectedFindings.add(key);
      continue;
    }
    const cell = sheet.get(at.row, at.col);
    const value = cell?.value ?? null;
    const textCell = !cell?.formula && (value === null || typeof value === "string");
    if (write.mode === "column" && textCell && refusal === null) {
      const text = appended(typeof value === "string" ? value : "", write.text);
      if (text === null) continue;
      sheetEdits(prepared.edits, write.sheet).cells.push({ row: at.row, col: at.col, content: { kind: "value", value: text } });
      prepared.written.push({ sheet: write.sheet, row: at.row, col: at.col, cell: { ...cell, value: text } });
      prepared.comments++;
      continue;
    }
    const address = cellAddress(at.row, at.col);
    const sheetNotes = notes.get(write.sheet) ?? new Map<string, string>();
    const text = appended(sheetNotes.get(address) ?? sheet.notes.get(address) ?? "", write.text);
    if (text === null) continue;
    sheetNotes.set(address, text);
    notes.set(write.sheet, sheetNotes);
    prepared.comments++;
  }
  for (const [sheet, map] of notes) {
    const edits = sheetEdits(prepared.edits, sheet);
    for (const [address, text] of map) edits.notes?.set(address, text);
  }
}

/** Recomputed results: of the written formulas, and of the formulas reading a written cell. */
function addResults(workbook: Workbook, prepared: Prepared): void {
  const { results, computed } = recomputedResults(workbook, prepared.written);
  for (const [sheet, edits] of prepared.edits.sheets) {
    for (const edit of edits.cells) {
      const content = edit.content;
      if (content?.kind !== "formula") continue;
      const result = computed.get(`${sheet}!${edit.row}:${edit.col}`);
      if (result !== undefined && result !== null) content.result = result;
    }
  }
  for (const [sheet, edits] of results) sheetEdits(prepared.edits, sheet).cells.push(...edits);
}

/**
 * Applies the plan, writes the report sheet (its rows are built once the written fixes are
 * known, to mark them « corrigé » or « feuille protégée »; `sheets` lets the core tell its own
 * report sheet from a user's sheet of the same name) and writes the copy.
 */
export async function writeCorrectedCopy(
  copy: CorrectedCopy,
  plan: WritePlan,
  controles: (summary: WriteSummary, sheets: SheetCandidate[]) => ControlesSheet,
): Promise<WriteSummary> {
  await refuseInputAsOutput(copy.input, copy.output);
  const bytes = await readFile(copy.input).catch((error: NodeJS.ErrnoException) => {
    throw new FileError(`impossible de relire « ${copy.input} » (${error.code ?? "erreur de lecture"}).`);
  });
  const pkg = XlsxPackage.open(bytes, { inflater: nodeInflater });
  const summary: WriteSummary = {
    cells: 0,
    comments: 0,
    resolved: new Set(),
    protectedFindings: new Set(),
    warnings: [],
    controlesWritten: false,
  };
  const prepared: Prepared = { edits: { sheets: new Map(), whole: [] }, written: [], accepted: [], comments: 0 };
  prepareCells(
    pkg,
    plan.cells.filter((w) => w.file === copy.file),
    prepared,
    summary,
  );
  prepareComments(
    pkg,
    copy.workbook,
    plan.comments.filter((w) => w.file === copy.file),
    prepared,
    summary,
  );
  addResults(copy.workbook, prepared);
  for (const write of prepared.accepted) for (const key of write.findings) summary.resolved.add(key);
  // Which sheet is VerifPacte's report: the report's name and the title in its first cell (controlesTarget).
  const sheets = copy.workbook.sheets.map((sheet) => {
    const title = sheet.value(0, 0);
    return { name: sheet.name, title: typeof title === "string" ? title : null };
  });
  const report = controlesWholeSheet(controles(summary, sheets));
  summary.report = report.name;
  prepared.edits.whole.push(report);
  const patched = pkg.patch(prepared.edits);
  for (const refusal of patched.refused)
    if (refusal.cell !== "" || refusal.sheet !== report.name) summary.warnings.push(refusalText(refusal));
  summary.cells = prepared.accepted.length;
  summary.comments = prepared.comments;
  summary.controlesWritten = !patched.notAdded.includes(report.name) && !patched.refused.some((r) => r.sheet === report.name);
  if (patched.notAdded.includes(report.name)) {
    summary.warnings.push(
      `la structure du classeur est protégée : la feuille « ${report.name} » n'a pas été ajoutée (ses lignes restent dans le rapport ci-dessus).`,
    );
  } else if (!summary.controlesWritten) {
    summary.warnings.push(`la feuille « ${report.name} » est protégée : elle n'a pas été réécrite.`);
  }
  try {
    await writeFile(copy.output, patched.bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new FileError(`impossible d'écrire « ${copy.output} » (${code ?? "erreur d'écriture"}).`);
  }
  return summary;
}
