/**
 * Applies a write plan to an ExcelJS workbook and saves a corrected copy (SPEC §6): values and
 * formulas keep the cell's style and number format, comments are appended (never replacing the
 * user's text), the « Contrôles » sheet is rebuilt in place. The input file is never written.
 */
import { realpath, stat, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import ExcelJS from "exceljs";
import type { CellWrite, CommentWrite, WritePlan } from "../core/engine/plan";
import { startsLikeFormula } from "../core/engine/text";
import { parseCellAddress, Range, rangeContains } from "../core/grid/address";
import type { ControlesSheet, SheetCandidate } from "../core/report/controles";
import { rebuildControlesSheet } from "./controles-sheet";
import { FileError } from "./errors";
import { CellPlace, refreshFormulaResults } from "./recalc";
import { arrayFormulas, eachExistingCell, formulaOf, isProtected, isSharedMaster, position, sharedMasterOf } from "./excel-cells";

export interface WriteSummary {
  /** Cells that received a value or a formula. */
  cells: number;
  /** Comments appended to a comment column or to a note. */
  comments: number;
  /** Keys of the findings whose cell fix was written. */
  resolved: Set<string>;
  /** French warnings: fixes not written, parts of the workbook lost in the copy. */
  warnings: string[];
  /** Name of the report sheet written (« Contrôles VerifPacte »). */
  report?: string;
}

/**
 * Applies the plan's cell and comment writes for `file` (the name the plan uses for this
 * workbook). When a sheet the plan targets is protected, nothing is written at all.
 */
export function applyWritePlan(excel: ExcelJS.Workbook, plan: WritePlan, file: string): WriteSummary {
  const cells = plan.cells.filter((w) => w.file === file);
  const comments = plan.comments.filter((w) => w.file === file);
  refuseProtectedSheets(excel, [...cells, ...comments].map((w) => w.sheet));
  const summary: WriteSummary = { cells: 0, comments: 0, resolved: new Set(), warnings: [] };
  const inArray = arrayFormulaTest();
  const written = cells.filter((write) => applyCellWrite(excel, write, summary, inArray));
  for (const write of comments) applyComment(excel, write, summary);
  if (written.length > 0) {
    const uncached = written.filter((w) => w.kind === "formula" && w.expected === undefined);
    refreshFormulaResults(excel, written.map(placeOf), uncached.map(placeOf));
    excel.calcProperties.fullCalcOnLoad = true;
  }
  return summary;
}

/** SPEC §6: a protected sheet is said clearly and nothing is applied partially. */
export function refuseProtectedSheets(excel: ExcelJS.Workbook, sheets: string[]): void {
  const locked = [...new Set(sheets)].filter((name) => {
    const worksheet = excel.getWorksheet(name);
    return worksheet !== undefined && isProtected(worksheet);
  });
  if (locked.length === 0) return;
  const list = locked.map((name) => `« ${name} »`).join(", ");
  const several = locked.length > 1;
  throw new FileError(
    `${several ? "les feuilles" : "la feuille"} ${list} ${several ? "sont protégées" : "est protégée"} : ` +
      "aucune correction n'a été écrite. Retirez la protection dans Excel (Révision > Ôter la protection) puis relancez.",
  );
}

function targetCell(excel: ExcelJS.Workbook, sheet: string, address: string, summary: WriteSummary): ExcelJS.Cell | null {
  const worksheet = excel.getWorksheet(sheet);
  if (!worksheet || !parseCellAddress(address)) {
    summary.warnings.push(`${address} (feuille « ${sheet} ») : cellule introuvable, rien n'y a été écrit.`);
    return null;
  }
  return worksheet.getCell(address);
}

/** Tells whether a cell lies in an array formula (the sheets' array formulas are listed once). */
function arrayFormulaTest(): (cell: ExcelJS.Cell) => boolean {
  const ranges = new Map<ExcelJS.Worksheet, Range[]>();
  return (cell) => {
    const sheet = cell.worksheet;
    if (!ranges.has(sheet)) ranges.set(sheet, arrayFormulas(sheet).map((a) => a.range));
    const { row, col } = position(cell);
    return (ranges.get(sheet) ?? []).some((range) => rangeContains(range, row, col));
  };
}

function placeOf(write: CellWrite): CellPlace {
  const at = parseCellAddress(write.cell) as { row: number; col: number };
  return { sheet: write.sheet, row: at.row, col: at.col };
}

/** Writes one value or formula; false (with a warning) when it cannot be written. */
function applyCellWrite(
  excel: ExcelJS.Workbook,
  write: CellWrite,
  summary: WriteSummary,
  inArrayFormula: (cell: ExcelJS.Cell) => boolean,
): boolean {
  const cell = targetCell(excel, write.sheet, write.cell, summary);
  if (!cell) return false;
  const where = `${write.cell} (feuille « ${write.sheet} »)`;
  if (inArrayFormula(cell)) {
    summary.warnings.push(`${where} fait partie d'une formule matricielle : corrigez-la dans Excel.`);
    return false;
  }
  if (typeof write.value === "string" && startsLikeFormula(write.value)) {
    summary.warnings.push(`${where} : le texte « ${write.value} » serait lu comme une formule, il n'est pas écrit.`);
    return false;
  }
  if (isSharedMaster(cell)) detachSharedClones(cell);
  cell.value = newContent(write);
  // A fresh style object: ExcelJS shares style objects between cells read from one file.
  if (write.numFmt && (!cell.numFmt || cell.numFmt === "General")) cell.style = { ...cell.style, numFmt: write.numFmt };
  summary.cells++;
  for (const key of write.findings) summary.resolved.add(key);
  return true;
}

function newContent(write: CellWrite): ExcelJS.CellValue {
  if (write.kind === "value") return write.value ?? null;
  const formula = (write.formula ?? "").replace(/^\s*=/, "");
  return write.expected === undefined ? { formula } : { formula, result: write.expected };
}

/**
 * Before a shared formula's master is overwritten, every cell that reuses its formula gets its
 * own copy (translated to its position), so that those cells keep their formula and result.
 */
function detachSharedClones(master: ExcelJS.Cell): void {
  eachExistingCell(master.worksheet, (cell) => {
    const formula = sharedMasterOf(cell) === master.address ? formulaOf(cell) : null;
    if (!formula) return;
    const result = cell.result as ExcelJS.CellFormulaValue["result"];
    cell.value = result === undefined ? { formula: formula.slice(1) } : { formula: formula.slice(1), result };
  });
}

function applyComment(excel: ExcelJS.Workbook, write: CommentWrite, summary: WriteSummary): void {
  const cell = targetCell(excel, write.sheet, write.cell, summary);
  if (!cell) return;
  const appended = write.mode === "column" ? appendToText(cell, write.text) : appendToNote(cell, write.text);
  if (appended) summary.comments++;
}

const NEW_LINE = "\n";

/**
 * Appends to the text of a comment-column cell, on a new line. A cell holding something else
 * than text (a number, a formula…) is left as is and gets the comment as a note.
 */
function appendToText(cell: ExcelJS.Cell, text: string): boolean {
  const value = cell.value;
  if (value === null || value === undefined || value === "") {
    cell.value = text;
    return true;
  }
  if (typeof value === "string") {
    if (value.includes(text)) return false;
    cell.value = `${value}${NEW_LINE}${text}`;
    return true;
  }
  if (typeof value === "object" && "richText" in value) {
    if (cell.text.includes(text)) return false;
    cell.value = { richText: [...value.richText, { text: `${NEW_LINE}${text}` }] };
    return true;
  }
  return appendToNote(cell, text);
}

/** Appends to the cell's note (creating it when there is none). */
function appendToNote(cell: ExcelJS.Cell, text: string): boolean {
  const note = cell.note;
  if (note === undefined || note === null || note === "") {
    cell.note = text;
    return true;
  }
  if (typeof note === "string") {
    if (note.includes(text)) return false;
    cell.note = `${note}${NEW_LINE}${text}`;
    return true;
  }
  const texts = note.texts ?? [];
  if (texts.map((t) => t.text).join("").includes(text)) return false;
  cell.note = { ...note, texts: [...texts, { text: `${NEW_LINE}${text}` }] };
  return true;
}

/** Refuses to write the copy over its input (same path, or same file through a link). */
async function refuseInputAsOutput(input: string, output: string): Promise<void> {
  if (resolve(input) === resolve(output)) {
    throw new FileError("la copie corrigée ne peut pas remplacer le fichier contrôlé : choisissez un autre nom de sortie.");
  }
  const existing = await stat(output).catch(() => null);
  if (!existing) return;
  const source = await stat(input);
  const same = (existing.dev === source.dev && existing.ino === source.ino) || (await realpath(input)) === (await realpath(output));
  if (same) {
    throw new FileError("le fichier de sortie désigne le fichier contrôlé lui-même : choisissez un autre nom de sortie.");
  }
}

/** The French warning for the parts ExcelJS cannot write back, or null. */
export function lostPartsWarning(parts: readonly string[] | undefined): string | null {
  if (!parts || parts.length === 0) return null;
  return `Ces éléments du classeur ne sont pas conservés dans la copie corrigée : ${parts.join(", ")}. Reportez les corrections dans l'original si vous en avez besoin.`;
}

export interface CorrectedCopy {
  /** Path of the file that was read. */
  input: string;
  output: string;
  excel: ExcelJS.Workbook;
  /** Name the plan and the findings use for this workbook. */
  file: string;
  unsupportedParts?: readonly string[];
}

/**
 * Applies the plan, rebuilds the « Contrôles » sheet (its rows are built once the written fixes
 * are known, to mark them « corrigé ») and writes the copy; the input file is never touched.
 */
export async function writeCorrectedCopy(
  copy: CorrectedCopy,
  plan: WritePlan,
  controles: (resolved: ReadonlySet<string>, sheets: SheetCandidate[]) => ControlesSheet,
): Promise<WriteSummary> {
  await refuseInputAsOutput(copy.input, copy.output);
  const summary = applyWritePlan(copy.excel, plan, copy.file);
  // Which sheet is VerifPacte's report: its name and the title in its first cell (core/report/controles.ts).
  const sheets = copy.excel.worksheets.map((w) => ({ name: w.name, title: w.findCell(1, 1)?.text ?? null }));
  const report = controles(summary.resolved, sheets);
  summary.report = report.name;
  refuseProtectedSheets(copy.excel, [report.name]);
  rebuildControlesSheet(copy.excel, report);
  const lost = lostPartsWarning(copy.unsupportedParts);
  if (lost) summary.warnings.push(lost);
  const buffer = await copy.excel.xlsx.writeBuffer();
  try {
    await writeFile(copy.output, new Uint8Array(buffer as ArrayBuffer));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new FileError(`impossible d'écrire « ${copy.output} » (${code ?? "erreur d'écriture"}).`);
  }
  return summary;
}
