/**
 * A description resolved into the cells a workbook holds: every formula with the result Excel
 * would save (computed by ./formula), number formats applied. The .xlsx writer and the drift test
 * both start from this form, so that « the file matches its description » is checked cell by cell.
 */
import { Range, cellAddress, columnIndex, parseRangeAddress, rangeAddress } from "../../src/core/grid/address";
import { Computed, evaluateFormula } from "./formula";
import { CellInput, SheetDescription, WorkbookDescription } from "./types";

export interface ResolvedCell {
  /** Cached value; null for a formula saved without result. */
  value: Computed;
  /** Formula with its leading "=". */
  formula?: string;
  numFmt?: string;
}

export interface SheetSnapshot {
  name: string;
  cells: Record<string, ResolvedCell>;
  /** Merged areas, sorted. */
  merges: string[];
  notes: Record<string, string>;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
}

/** "D:G" or "D" → [first, last] 0-based columns. */
function columnSpan(spec: string): [number, number] {
  const [a, b = a] = spec.split(":").map(columnIndex);
  if (a < 0 || b < 0) throw new Error(`colonnes invalides dans « formats » : « ${spec} »`);
  return [a, b];
}

function columnFormat(sheet: SheetDescription, col: number): string | undefined {
  for (const [spec, fmt] of Object.entries(sheet.formats ?? {})) {
    const [a, b] = columnSpan(spec);
    if (col >= a && col <= b) return fmt;
  }
  return undefined;
}

const isFormulaText = (input: CellInput): input is string => typeof input === "string" && input.startsWith("=");

/** Values of a sheet's cells, formulas computed on demand (with a guard against circular references). */
function valueReader(sheet: SheetDescription): (row: number, col: number) => Computed {
  const memo = new Map<string, Computed>();
  const pending = new Set<string>();
  const read = (row: number, col: number): Computed => {
    const input = sheet.rows[row + 1]?.[col] ?? null;
    if (input === null || typeof input === "number") return input;
    if (typeof input === "object") return "valeur" in input ? input.valeur : compute(row, col, input.formule);
    return isFormulaText(input) ? compute(row, col, input) : input;
  };
  const compute = (row: number, col: number, formula: string): Computed => {
    const key = cellAddress(row, col);
    const known = memo.get(key);
    if (known !== undefined) return known;
    if (pending.has(key)) throw new Error(`${sheet.name}!${key} : référence circulaire`);
    pending.add(key);
    const value = evaluateFormula(formula, read);
    pending.delete(key);
    memo.set(key, value);
    return value;
  };
  return read;
}

function resolveCell(input: CellInput, value: Computed, format: string | undefined): ResolvedCell | null {
  if (input === null) return null;
  const withFormat = (cell: ResolvedCell): ResolvedCell => (format ? { ...cell, numFmt: format } : cell);
  if (typeof input === "number") return withFormat({ value: input });
  if (typeof input === "object") {
    if ("valeur" in input) return { value: input.valeur, numFmt: input.format };
    return withFormat({ value: null, formula: input.formule });
  }
  return isFormulaText(input) ? withFormat({ value, formula: input }) : { value: input };
}

/** Only the top-left cell of a merged area may hold something (Excel keeps nothing else). */
function checkMergeIsEmpty(sheetName: string, range: Range, cells: Record<string, ResolvedCell>): void {
  for (let r = range.r1; r <= range.r2; r++) {
    for (let c = range.c1; c <= range.c2; c++) {
      const address = cellAddress(r, c);
      if ((r !== range.r1 || c !== range.c1) && cells[address]) {
        throw new Error(`${sheetName}!${address} : cellule non vide à l'intérieur de la fusion ${rangeAddress(range)}`);
      }
    }
  }
}

export function resolveSheet(sheet: SheetDescription): SheetSnapshot {
  if (sheet.name.length > 31) throw new Error(`nom de feuille trop long (31 caractères au plus) : « ${sheet.name} »`);
  const read = valueReader(sheet);
  const cells: Record<string, ResolvedCell> = {};
  for (const [rowText, inputs] of Object.entries(sheet.rows)) {
    const row = Number(rowText) - 1;
    inputs.forEach((input, col) => {
      const value = isFormulaText(input) ? read(row, col) : null;
      const cell = resolveCell(input, value, columnFormat(sheet, col));
      if (cell) cells[cellAddress(row, col)] = cell;
    });
  }
  const merges = (sheet.merges ?? []).map((m) => {
    const range = parseRangeAddress(m);
    if (!range) throw new Error(`${sheet.name} : plage fusionnée invalide « ${m} »`);
    checkMergeIsEmpty(sheet.name, range, cells);
    return rangeAddress(range);
  });
  return { name: sheet.name, cells, merges: merges.sort(), notes: { ...(sheet.notes ?? {}) } };
}

export function resolveWorkbook(description: WorkbookDescription): WorkbookSnapshot {
  return { sheets: description.sheets.map(resolveSheet) };
}
