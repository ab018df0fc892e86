/**
 * xl/styles.xml: every distinct cell style becomes one « xf » (its number format, font, fill,
 * border and alignment shared with the others), every conditional style one « dxf ».
 * Index 0 of each list is Excel's default (Calibri 11, no fill, no border, General).
 */
import { ConditionalStyle, NewStyle } from "./model";
import { attributes, escapeXml, XML_DECLARATION } from "./xml";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
/** Custom number formats take ids from 164 (lower ids are Excel's built-in formats). */
const FIRST_CUSTOM_FORMAT = 164;

/** A list of distinct XML fragments; the index of a fragment is its id. */
class Pool {
  readonly items: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(first: string[] = []) {
    for (const item of first) this.id(item);
  }

  id(xml: string): number {
    let id = this.index.get(xml);
    if (id === undefined) {
      id = this.items.length;
      this.items.push(xml);
      this.index.set(xml, id);
    }
    return id;
  }
}

const argb = (rgb: string) => `FF${rgb.replace(/^#/, "").toUpperCase()}`;

function fontXml(s: { bold?: boolean; italic?: boolean; underline?: boolean; color?: string }): string {
  return (
    "<font>" +
    (s.bold ? "<b/>" : "") +
    (s.italic ? "<i/>" : "") +
    (s.underline ? "<u/>" : "") +
    '<sz val="11"/>' +
    (s.color ? `<color rgb="${argb(s.color)}"/>` : '<color theme="1"/>') +
    '<name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
  );
}

function fillXml(rgb: string | undefined): string {
  return rgb
    ? `<fill><patternFill patternType="solid"><fgColor rgb="${argb(rgb)}"/><bgColor indexed="64"/></patternFill></fill>`
    : '<fill><patternFill patternType="none"/></fill>';
}

const THIN =
  '<left style="thin"><color rgb="FFBFBFBF"/></left><right style="thin"><color rgb="FFBFBFBF"/></right><top style="thin"><color rgb="FFBFBFBF"/></top><bottom style="thin"><color rgb="FFBFBFBF"/></bottom><diagonal/>';

function borderXml(border: boolean | undefined): string {
  return border ? `<border>${THIN}</border>` : "<border><left/><right/><top/><bottom/><diagonal/></border>";
}

export class StyleSheet {
  private readonly formats = new Map<string, number>();
  private readonly fonts = new Pool([fontXml({})]);
  private readonly fills = new Pool([fillXml(undefined), '<fill><patternFill patternType="gray125"/></fill>']);
  private readonly borders = new Pool([borderXml(false)]);
  private readonly xfs = new Pool(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);
  private readonly dxfs = new Pool();

  private formatId(code: string | undefined): number {
    if (code === undefined || code === "General") return 0;
    let id = this.formats.get(code);
    if (id === undefined) {
      id = FIRST_CUSTOM_FORMAT + this.formats.size;
      this.formats.set(code, id);
    }
    return id;
  }

  /** The « s » index of a cell style. */
  cellStyle(style: NewStyle | undefined): number {
    if (!style) return 0;
    const numFmtId = this.formatId(style.numFmt);
    const fontId = this.fonts.id(fontXml(style));
    const fillId = this.fills.id(fillXml(style.fill));
    const borderId = this.borders.id(borderXml(style.border));
    const align =
      style.wrap || style.horizontal || style.vertical
        ? `<alignment${attributes({ horizontal: style.horizontal, vertical: style.vertical, wrapText: style.wrap ? 1 : undefined })}/>`
        : "";
    const applied = attributes({
      applyNumberFormat: numFmtId ? 1 : undefined,
      applyFont: fontId ? 1 : undefined,
      applyFill: fillId ? 1 : undefined,
      applyBorder: borderId ? 1 : undefined,
      applyAlignment: align ? 1 : undefined,
    });
    const open = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applied}`;
    return this.xfs.id(align ? `${open}>${align}</xf>` : `${open}/>`);
  }

  /** The « dxfId » of a conditional format's style. */
  conditionalStyle(style: ConditionalStyle): number {
    const font =
      style.bold || style.italic || style.color
        ? `<font>${style.bold ? "<b/>" : ""}${style.italic ? "<i/>" : ""}${style.color ? `<color rgb="${argb(style.color)}"/>` : ""}</font>`
        : "";
    const fill = style.fill ? `<fill><patternFill><bgColor rgb="${argb(style.fill)}"/></patternFill></fill>` : "";
    return this.dxfs.id(`<dxf>${font}${fill}</dxf>`);
  }

  toXml(): string {
    const list = (tag: string, items: string[]) => `<${tag} count="${items.length}">${items.join("")}</${tag}>`;
    const numFmts = [...this.formats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return (
      XML_DECLARATION +
      `<styleSheet xmlns="${MAIN_NS}">` +
      (numFmts.length > 0 ? list("numFmts", numFmts) : "") +
      list("fonts", this.fonts.items) +
      list("fills", this.fills.items) +
      list("borders", this.borders.items) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list("cellXfs", this.xfs.items) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      list("dxfs", this.dxfs.items) +
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      "</styleSheet>"
    );
  }
}
