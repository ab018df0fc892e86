/**
 * What the reader needs of xl/styles.xml: the number format and the wrap flag of each cell style
 * (`<cellXfs>`), by style index. Built-in format ids get the codes ExcelJS gave them, so that the
 * snapshot's formats (and the date detection that depends on them) stay what they were.
 */
import { Tag, XmlScanner } from "../xml/scanner";

/** Excel's built-in number formats that do not depend on the locale. */
export const BUILTIN_FORMATS: Readonly<Record<number, string>> = Object.freeze({
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
});

export interface CellStyle {
  /** Number format code; absent for « General » (id 0) and unknown ids. */
  numFmt?: string;
  /** The format shows a date or a time (the value is read as a date, like ExcelJS did). */
  date: boolean;
  wrap: boolean;
}

const PLAIN: CellStyle = Object.freeze({ date: false, wrap: false });

/** ExcelJS's rule: a date or time letter outside quotes and brackets. */
export function isDateFormat(code: string | undefined): boolean {
  if (!code) return false;
  return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

export class Styles {
  constructor(private readonly styles: CellStyle[]) {}

  static readonly EMPTY = new Styles([]);

  /** Parses styles.xml. */
  static parse(xml: string): Styles {
    const formats = new Map<number, string>();
    const styles: CellStyle[] = [];
    let inCellXfs = false;
    let current: CellStyle | null = null;
    XmlScanner.scan(xml, {
      open(tag: Tag) {
        switch (tag.name) {
          case "numFmt": {
            const id = Number(tag.get("numFmtId"));
            if (Number.isInteger(id)) formats.set(id, tag.get("formatCode") ?? "");
            return;
          }
          case "cellXfs":
            inCellXfs = true;
            return;
          case "xf":
            if (!inCellXfs) return;
            current = styleOf(formats, Number(tag.get("numFmtId") ?? 0));
            styles.push(current);
            return;
          case "alignment":
            if (current && isTrue(tag.get("wrapText"))) current.wrap = true;
            return;
        }
      },
      close(name: string) {
        if (name === "cellXfs") inCellXfs = false;
        else if (name === "xf") current = null;
      },
    });
    return new Styles(styles);
  }

  style(index: number): CellStyle {
    return this.styles[index] ?? PLAIN;
  }
}

function styleOf(formats: Map<number, string>, id: number): CellStyle {
  const numFmt = id ? (formats.get(id) ?? BUILTIN_FORMATS[id]) : undefined;
  return numFmt ? { numFmt, date: isDateFormat(numFmt), wrap: false } : { date: false, wrap: false };
}

export function isTrue(value: string | undefined): boolean {
  return value === "1" || value === "true" || value === "on";
}
