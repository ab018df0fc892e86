/** The XML of one cell written into the copy: value or formula, its result, its style. */
import { cellAddress } from "../../core/grid/address";
import { isErrorValue } from "../../core/grid/model";
import { escapeAttribute, escapeText } from "../xml/entities";
import { CellContent, Scalar } from "./edits";

/** Text that looks like Excel's « _x000D_ » escapes is escaped itself, so that it reads back as written. */
function ooxmlText(text: string): string {
  return text.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1");
}

export function inlineString(text: string): string {
  const escaped = escapeText(ooxmlText(text));
  const preserve = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : "";
  return `<is><t${preserve}>${escaped}</t></is>`;
}

/** A number as xsd:double writes it (« 1E+21 », never « Infinity »). */
function numberText(n: number): string {
  return String(n).replace("e", "E");
}

/** `t` attribute and `<v>` of a constant or a formula's result ("" when there is none). */
function typed(value: Scalar | null | undefined, formula: boolean): { t: string | null; v: string } {
  if (value === null || value === undefined) return { t: null, v: "" };
  if (typeof value === "number")
    return Number.isFinite(value) ? { t: null, v: `<v>${numberText(value)}</v>` } : { t: null, v: "" };
  if (typeof value === "boolean") return { t: "b", v: `<v>${value ? 1 : 0}</v>` };
  if (isErrorValue(value)) return { t: "e", v: `<v>${escapeText(value.error)}</v>` };
  if (formula) return { t: "str", v: `<v>${escapeText(ooxmlText(value))}</v>` };
  return { t: "inlineStr", v: inlineString(value) };
}

function startTag(row: number, col: number, style: number, t: string | null): string {
  return `<c r="${cellAddress(row, col)}"${style ? ` s="${style}"` : ""}${t ? ` t="${t}"` : ""}`;
}

/** The formula's text as stored (no « = », XML-escaped). */
export function formulaText(formula: string): string {
  return escapeText(formula.replace(/^\s*=/, ""));
}

/**
 * A new `<c>` element. For a "result" content, `keptFormula` is the cell's `<f>` element as
 * written (kept byte for byte); null when the cell has no formula (the result is then a value).
 */
export function cellXml(
  row: number,
  col: number,
  style: number,
  content: CellContent,
  keptFormula: string | null = null,
): string {
  if (content.kind === "value") {
    const { t, v } = typed(content.value, false);
    return v === "" ? `${startTag(row, col, style, null)}/>` : `${startTag(row, col, style, t)}>${v}</c>`;
  }
  if (content.kind === "formula") {
    const { t, v } = typed(content.result, true);
    return `${startTag(row, col, style, t)}><f>${formulaText(content.formula)}</f>${v}</c>`;
  }
  const { t, v } = typed(content.result, keptFormula !== null);
  if (keptFormula === null) return v === "" ? `${startTag(row, col, style, null)}/>` : `${startTag(row, col, style, t)}>${v}</c>`;
  return `${startTag(row, col, style, t)}>${keptFormula}${v}</c>`;
}

/** An attribute of a start tag set to a value (added when absent), or removed (null). */
export function setAttribute(tag: string, name: string, value: string | null): string {
  const pattern = new RegExp(`(\\s)${name}\\s*=\\s*("[^"]*"|'[^']*')`);
  if (pattern.test(tag)) return tag.replace(pattern, value === null ? "" : `$1${name}="${escapeAttribute(value)}"`);
  if (value === null) return tag;
  const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, close).trimEnd()} ${name}="${escapeAttribute(value)}"${tag.slice(close)}`;
}
