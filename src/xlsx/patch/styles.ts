/**
 * New cell styles for the copy: a cell that gets a number format, bold, a colour or wrapped text
 * gets a new style derived from its own (xl/styles.xml keeps every existing entry; the new
 * number formats, fonts and cell formats are appended). Same change on the same style, same new
 * style.
 */
import { damaged } from "../errors";
import { escapeAttribute } from "../xml/entities";
import { Tag, XmlError, XmlScanner } from "../xml/scanner";
import { StyleChange } from "./edits";

interface Element {
  /** Offsets of the element's start tag and its end. */
  start: number;
  tagEnd: number;
  end: number;
  selfClosing: boolean;
}

interface Xf {
  attributes: Map<string, string>;
  /** Raw children, by local name. */
  children: { name: string; raw: string }[];
}

/** A stylesheet with nothing but the defaults (for a package that has no styles part). */
export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

const FIRST_CUSTOM_FORMAT = 164;

export class StylesPatch {
  private readonly formats = new Map<string, number>();
  private nextFormat = FIRST_CUSTOM_FORMAT;
  private readonly fonts: string[] = [];
  private readonly xfs: Xf[] = [];
  private readonly newFormats: string[] = [];
  private readonly newFonts: string[] = [];
  private readonly newXfs: string[] = [];
  private readonly derived = new Map<string, number>();
  private readonly fontsCount: number;
  private readonly xfsCount: number;
  private readonly elements = new Map<string, Element>();

  constructor(
    private readonly xml: string,
    private readonly part: string,
  ) {
    this.scan();
    this.fontsCount = this.fonts.length;
    this.xfsCount = this.xfs.length;
  }

  get changed(): boolean {
    return this.newXfs.length > 0;
  }

  private scan(): void {
    const stack: string[] = [];
    let xf: Xf | null = null;
    let fontStart = -1;
    let xfStart = -1;
    const xml = this.xml;
    try {
      XmlScanner.scan(xml, {
        open: (tag: Tag) => {
          const parent = stack[stack.length - 1];
          stack.push(tag.name);
          if (stack.length === 2)
            this.elements.set(tag.name, { start: tag.start, tagEnd: tag.end, end: tag.end, selfClosing: tag.selfClosing });
          if (tag.name === "numFmt" && parent === "numFmts") {
            const id = Number(tag.get("numFmtId"));
            this.formats.set(tag.get("formatCode") ?? "", id);
            if (id >= this.nextFormat) this.nextFormat = id + 1;
          } else if (tag.name === "font" && parent === "fonts") fontStart = tag.start;
          else if (tag.name === "xf" && parent === "cellXfs") {
            xf = { attributes: tag.attributes(), children: [] };
            xfStart = tag.start;
          } else if (xf && parent === "xf" && stack.length === 4) xfStart = tag.start;
        },
        close: (name: string, end: number) => {
          stack.pop();
          if (stack.length === 1) {
            const element = this.elements.get(name);
            if (element) element.end = end;
          }
          if (name === "font" && stack[stack.length - 1] === "fonts") this.fonts.push(xml.slice(fontStart, end));
          else if (name === "xf" && stack[stack.length - 1] === "cellXfs" && xf) {
            this.xfs.push(xf);
            xf = null;
          } else if (xf && stack.length === 3) xf.children.push({ name, raw: xml.slice(xfStart, end) });
        },
      });
    } catch (error) {
      if (error instanceof XmlError) throw damaged(this.part, error.message);
      throw error;
    }
  }

  /** The style index to give a cell of style `base` after `change`. */
  derive(base: number, change: StyleChange): number {
    const key = `${base}|${JSON.stringify(change)}`;
    const known = this.derived.get(key);
    if (known !== undefined) return known;
    const source = this.xfs[base] ??
      this.xfs[0] ?? {
        attributes: new Map([
          ["numFmtId", "0"],
          ["fontId", "0"],
          ["fillId", "0"],
          ["borderId", "0"],
          ["xfId", "0"],
        ]),
        children: [],
      };
    const attributes = new Map(source.attributes);
    let children = source.children.map((c) => ({ ...c }));
    if (change.numFmt !== undefined) {
      attributes.set("numFmtId", String(this.formatId(change.numFmt)));
      attributes.set("applyNumberFormat", "1");
    }
    if (change.bold !== undefined || change.color !== undefined) {
      attributes.set("fontId", String(this.font(Number(source.attributes.get("fontId") ?? 0), change)));
      attributes.set("applyFont", "1");
    }
    if (change.wrap !== undefined) {
      const old = children.find((c) => c.name === "alignment")?.raw ?? "<alignment/>";
      children = children.filter((c) => c.name !== "alignment");
      children.unshift({ name: "alignment", raw: withAttributes(old, { vertical: "top", wrapText: change.wrap ? "1" : null }) });
      attributes.set("applyAlignment", "1");
    }
    const attrs = [...attributes].map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`).join("");
    this.newXfs.push(children.length === 0 ? `<xf${attrs}/>` : `<xf${attrs}>${children.map((c) => c.raw).join("")}</xf>`);
    const index = this.xfsCount + this.newXfs.length - 1;
    this.derived.set(key, index);
    return index;
  }

  private formatId(code: string): number {
    const builtin = BUILTIN_IDS.get(code);
    if (builtin !== undefined) return builtin;
    const known = this.formats.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormat++;
    this.formats.set(code, id);
    this.newFormats.push(`<numFmt numFmtId="${id}" formatCode="${escapeAttribute(code)}"/>`);
    return id;
  }

  private font(base: number, change: StyleChange): number {
    let font = this.fonts[base] ?? this.fonts[0] ?? "<font/>";
    if (font.endsWith("/>")) font = `${font.slice(0, -2)}></font>`;
    const close = font.lastIndexOf("</");
    const open = font.indexOf(">") + 1;
    let body = font.slice(open, close);
    if (change.bold !== undefined) {
      body = body.replace(/<(\w+:)?b(\s[^>]*)?\/>|<(\w+:)?b(\s[^>]*)?>\s*<\/(\w+:)?b>/g, "");
      if (change.bold) body = `<b/>${body}`;
    }
    if (change.color !== undefined) {
      body = body.replace(/<(\w+:)?color\b[^>]*?(\/>|>\s*<\/(\w+:)?color>)/g, "");
      body += `<color rgb="FF${change.color.replace("#", "").toUpperCase()}"/>`;
    }
    this.newFonts.push(`${font.slice(0, open)}${body}${font.slice(close)}`);
    return this.fontsCount + this.newFonts.length - 1;
  }

  /** The new stylesheet: numFmts, fonts and cellXfs with the new entries appended and counted. */
  text(): string {
    if (!this.changed) return this.xml;
    const splices: { at: number; end: number; text: string }[] = [];
    const append = (name: string, items: string[], total: number, before: string) => {
      if (items.length === 0) return;
      const element = this.elements.get(name);
      if (!element) {
        const at = this.elements.get(before)?.start ?? this.xml.lastIndexOf("</");
        splices.push({ at, end: at, text: `<${name} count="${total}">${items.join("")}</${name}>` });
        return;
      }
      const startTag = this.xml.slice(element.start, element.tagEnd);
      const counted = /\scount="\d*"/.test(startTag) ? startTag.replace(/\scount="\d*"/, ` count="${total}"`) : startTag;
      if (element.selfClosing) {
        splices.push({
          at: element.start,
          end: element.end,
          text: `${counted.replace(/\s*\/>$/, ">")}${items.join("")}</${name}>`,
        });
        return;
      }
      const close = this.xml.lastIndexOf("</", element.end - 1);
      splices.push({ at: element.start, end: element.tagEnd, text: counted });
      splices.push({ at: close, end: close, text: items.join("") });
    };
    append("numFmts", this.newFormats, this.formats.size, "fonts");
    append("fonts", this.newFonts, this.fontsCount + this.newFonts.length, "fills");
    append("cellXfs", this.newXfs, this.xfsCount + this.newXfs.length, "cellStyles");
    splices.sort((a, b) => a.at - b.at);
    let out = "";
    let at = 0;
    for (const s of splices) {
      out += this.xml.slice(at, s.at) + s.text;
      at = s.end;
    }
    return out + this.xml.slice(at);
  }
}

/** An empty element (« <alignment horizontal="center"/> ») with attributes set (null: removed). */
function withAttributes(element: string, set: Record<string, string | null>): string {
  let out = element.replace(/\s*\/?>(\s*<\/[^>]+>)?$/, "");
  for (const name of Object.keys(set)) out = out.replace(new RegExp(`\\s${name}\\s*=\\s*("[^"]*"|'[^']*')`), "");
  for (const [name, value] of Object.entries(set)) if (value !== null) out += ` ${name}="${value}"`;
  return `${out}/>`;
}

/** Excel's built-in format codes, by code (a format already built in gets its id, not a new one). */
const BUILTIN_IDS = new Map<string, number>([
  ["General", 0],
  ["0", 1],
  ["0.00", 2],
  ["#,##0", 3],
  ["#,##0.00", 4],
  ["0%", 9],
  ["0.00%", 10],
  ["0.00E+00", 11],
  ["# ?/?", 12],
  ["# ??/??", 13],
  ["mm-dd-yy", 14],
  ["d-mmm-yy", 15],
  ["d-mmm", 16],
  ["mmm-yy", 17],
  ["h:mm AM/PM", 18],
  ["h:mm:ss AM/PM", 19],
  ["h:mm", 20],
  ["h:mm:ss", 21],
  ["m/d/yy h:mm", 22],
  ["@", 49],
]);
