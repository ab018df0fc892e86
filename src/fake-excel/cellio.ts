/**
 * How Excel turns what is written through `values` / `formulas` into cell content, and how it
 * gives cells back in the `values`, `formulas`, `valueTypes` and `numberFormat` arrays.
 * A text written through `values` is typed like at the keyboard: « =… » becomes a formula,
 * « -x », « +x », « @x » too, « 12.5 » a number, « TRUE » a boolean; a leading apostrophe keeps
 * the rest as text (Excel's quote prefix).
 */
import { numberFromText } from "../core/formula/coerce";
import { FakeCell, FakeValue } from "./model";
import { invalidArgument } from "./errors";

export type Scalar = number | string | boolean;

const ERROR_CODES = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#BUSY!",
  "#FIELD!",
  "#CONNECT!",
  "#BLOCKED!",
  "#UNKNOWN!",
];

export interface Content {
  value: FakeValue;
  formula?: string;
}

function typedText(text: string): Content {
  if (text === "") return { value: null };
  if (text.startsWith("'")) return { value: text.length > 1 ? text.slice(1) : null };
  if (text.startsWith("=") && text.length > 1) return { value: null, formula: text };
  const upper = text.trim().toUpperCase();
  if (ERROR_CODES.includes(upper)) return { value: { error: upper } };
  const n = numberFromText(text);
  if (n !== null) return { value: n };
  if (/^[+\-@]/.test(text)) return { value: null, formula: `=${text}` };
  if (upper === "TRUE" || upper === "FALSE") return { value: upper === "TRUE" };
  return { value: text };
}

/** The content a cell gets when `input` is written to it; a formula's value is computed later. */
export function typedContent(input: unknown, location: string): Content {
  if (typeof input === "number") {
    if (!Number.isFinite(input))
      throw invalidArgument("The argument is invalid or missing or has an incorrect format.", location);
    return { value: input };
  }
  if (typeof input === "boolean") return { value: input };
  if (typeof input === "string") return typedText(input);
  throw invalidArgument("The argument is invalid or missing or has an incorrect format.", location);
}

/** Writes a content into a cell, keeping its format. */
export function withContent(cell: FakeCell | undefined, content: Content): FakeCell {
  const { formula: _formula, ...rest } = cell ?? { value: null };
  return content.formula === undefined ? { ...rest, value: content.value } : { ...rest, ...content };
}

export function valueOut(cell: FakeCell | undefined): Scalar {
  const v = cell?.value ?? null;
  if (v === null) return "";
  return typeof v === "object" ? v.error : v;
}

export function formulaOut(cell: FakeCell | undefined): Scalar {
  return cell?.formula ?? valueOut(cell);
}

export function valueTypeOut(cell: FakeCell | undefined): string {
  const v = cell?.value ?? null;
  if (v === null) return "Empty";
  if (typeof v === "object") return "Error";
  if (typeof v === "number") return "Double";
  return typeof v === "boolean" ? "Boolean" : "String";
}

export function numberFormatOut(cell: FakeCell | undefined): string {
  return cell?.numberFormat ?? "General";
}
