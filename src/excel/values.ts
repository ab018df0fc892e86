/**
 * Cell contents between office-js and the core. Reading: `values` + `valueTypes` + `formulas` +
 * `numberFormat` → core Cell. Writing: every text goes through a leading apostrophe (Excel's quote
 * prefix), so that nothing the add-in writes is ever read as a formula (« =… », « -… », « @… »),
 * a number or a date: the cell holds exactly the text, and its number format is untouched.
 */
import { Cell, CellValue } from "../core/grid/model";
import { formatDateFr, formatNumberFr } from "../core/parse/format";

export type OfficeScalar = string | number | boolean;

/** The content written through `formulas`: a formula, a number, a boolean, or a quote-prefixed text. */
export type Entry = OfficeScalar;

export function textEntry(text: string): Entry {
  return `'${text}`;
}

export function coreValue(value: OfficeScalar, type: string): CellValue {
  switch (type) {
    case "Empty":
      return null;
    case "Error":
      return { error: String(value) };
    case "Double":
    case "Integer":
    case "Boolean":
      return value;
    default:
      return value === "" ? null : String(value);
  }
}

/**
 * A formula cell: `formulas` holds « =… » and is not just the text itself (a quote-prefixed text
 * « =abc » shows « =abc » in both `values` and `formulas`).
 */
export function formulaOf(formula: OfficeScalar, value: OfficeScalar, type: string): string | undefined {
  if (typeof formula !== "string" || !formula.startsWith("=")) return undefined;
  return type === "String" && value === formula ? undefined : formula;
}

/** One cell read from office-js; undefined for an empty cell. */
export function coreCell(value: OfficeScalar, formula: OfficeScalar, type: string, numberFormat: string): Cell | undefined {
  const f = formulaOf(formula, value, type);
  const v = coreValue(value, type);
  if (v === null && f === undefined) return undefined;
  const cell: Cell = { value: v };
  if (f !== undefined) cell.formula = f;
  if (numberFormat && numberFormat !== "General") cell.numFmt = numberFormat;
  return cell;
}

/** What a cell shows, in French, for the preview and the samples. */
export function shownText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "number") return formatNumberFr(value);
  if (typeof value === "boolean") return value ? "VRAI" : "FAUX";
  if (value instanceof Date) return formatDateFr(value);
  return typeof value === "object" ? value.error : value;
}
