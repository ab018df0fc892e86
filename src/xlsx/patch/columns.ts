/**
 * Column widths changed in an existing sheet: the `<cols>` element is rewritten with the new
 * widths (a `<col>` covering several columns is split so that only the changed ones change),
 * or created where the schema puts it.
 */
import { damaged } from "../errors";
import { Tag, XmlError, XmlScanner } from "../xml/scanner";
import { setAttribute } from "./cellXml";
import { indexSheet, insertionPoint } from "./sheetIndex";

interface Col {
  min: number;
  max: number;
  /** The raw start tag (attributes kept when the column is split). */
  tag: string;
}

function colTag(tag: string, min: number, max: number, width?: number): string {
  let out = setAttribute(setAttribute(tag, "min", String(min)), "max", String(max));
  if (width !== undefined)
    out = setAttribute(setAttribute(out, "width", String(Math.round(width * 100) / 100)), "customWidth", "1");
  return out.endsWith("/>") ? out : `${out.slice(0, -1)}/>`;
}

/** `widths`: characters by 0-based column. */
export function patchColumns(xml: string, part: string, widths: Map<number, number>): string {
  let element: { start: number; end: number } | null = null;
  const cols: Col[] = [];
  let depth = 0;
  try {
    XmlScanner.scan(xml, {
      open(tag: Tag) {
        depth++;
        if (tag.name === "cols" && depth === 2) element = { start: tag.start, end: tag.end };
        else if (tag.name === "col" && depth === 3)
          cols.push({ min: tag.int("min", 0), max: tag.int("max", 0), tag: xml.slice(tag.start, tag.end) });
      },
      close(name: string, end: number) {
        if (name === "cols" && depth === 2 && element) element.end = end;
        depth--;
      },
    });
  } catch (error) {
    if (error instanceof XmlError) throw damaged(part, error.message);
    throw error;
  }
  const changed = new Map([...widths].map(([col, width]) => [col + 1, width]));
  const out: string[] = [];
  for (const col of cols) {
    let from = col.min;
    for (let c = col.min; c <= col.max + 1; c++) {
      const width = changed.get(c);
      if (c <= col.max && width === undefined) continue;
      if (c > from) out.push(colTag(col.tag, from, c - 1));
      if (c <= col.max && width !== undefined) {
        out.push(colTag(col.tag, c, c, width));
        changed.delete(c);
      }
      from = c + 1;
    }
  }
  for (const [c, width] of changed) out.push(colTag("<col/>", c, c, width));
  const sorted = out.sort((a, b) => Number(/min="(\d+)"/.exec(a)?.[1]) - Number(/min="(\d+)"/.exec(b)?.[1]));
  const text = `<cols>${sorted.join("")}</cols>`;
  const found = element as { start: number; end: number } | null;
  if (found) return xml.slice(0, found.start) + text + xml.slice(found.end);
  const at = insertionPoint(indexSheet(xml, part), "cols");
  return xml.slice(0, at) + text + xml.slice(at);
}
