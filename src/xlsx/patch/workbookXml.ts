/**
 * Changes to xl/workbook.xml: a sheet added at the end of `<sheets>`, a sheet's visibility, and
 * `fullCalcOnLoad` so that Excel recomputes every formula when it opens the copy.
 */
import { damaged } from "../errors";
import { escapeAttribute } from "../xml/entities";
import { Tag, XmlError, XmlScanner } from "../xml/scanner";
import { setAttribute } from "./cellXml";
import { Splices } from "./splices";

const R_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

interface SheetTag {
  name: string;
  start: number;
  end: number;
  sheetId: number;
}

export class WorkbookXml {
  private readonly sheets: SheetTag[] = [];
  private sheetsClose = -1;
  private sheetsElement: { start: number; end: number; selfClosing: boolean } | null = null;
  private calcPr: { start: number; end: number } | null = null;
  private readonly top: { name: string; start: number }[] = [];
  private rootClose = -1;
  private readonly splices: Splices;
  private readonly added: string[] = [];
  private readonly states = new Map<string, string | null>();
  private fullCalc = false;

  constructor(
    private readonly xml: string,
    part: string,
  ) {
    this.splices = new Splices(xml);
    let depth = 0;
    try {
      XmlScanner.scan(xml, {
        open: (tag: Tag) => {
          depth++;
          if (depth === 2) this.top.push({ name: tag.name, start: tag.start });
          if (tag.name === "sheets" && depth === 2)
            this.sheetsElement = { start: tag.start, end: tag.end, selfClosing: tag.selfClosing };
          else if (tag.name === "sheet" && depth === 3) {
            this.sheets.push({ name: tag.get("name") ?? "", start: tag.start, end: tag.end, sheetId: tag.int("sheetId", 0) });
          } else if (tag.name === "calcPr" && depth === 2) this.calcPr = { start: tag.start, end: tag.end };
        },
        close: (name: string, end: number) => {
          if (name === "sheets" && depth === 2) this.sheetsClose = xml.lastIndexOf("</", end - 1);
          if (name === "calcPr" && depth === 2 && this.calcPr) this.calcPr.end = end;
          if (depth === 1) this.rootClose = xml.lastIndexOf("</", end - 1);
          depth--;
        },
      });
    } catch (error) {
      if (error instanceof XmlError) throw damaged(part, error.message);
      throw error;
    }
    if (!this.sheetsElement) throw damaged(part, "liste des feuilles absente");
  }

  /** A new sheet entry, pointing at relationship `rid`. */
  addSheet(name: string, rid: string, state: string | null): void {
    const id = Math.max(0, ...this.sheets.map((s) => s.sheetId)) + this.added.length + 1;
    const hidden = state && state !== "visible" ? ` state="${state}"` : "";
    // The r: prefix is declared on the element itself: openpyxl, among others, declares it on each
    // <sheet> rather than on <workbook>, and an undeclared prefix makes the part unreadable
    // (LibreOffice refuses the whole file). A prefixed <x:sheets> gets a prefixed <x:sheet>.
    const prefix = /^<([\w.-]+:)?sheets\b/.exec(this.xml.slice(this.sheetsElement?.start ?? 0))?.[1] ?? "";
    this.added.push(
      `<${prefix}sheet xmlns:r="${R_NAMESPACE}" name="${escapeAttribute(name)}" sheetId="${id}"${hidden} r:id="${rid}"/>`,
    );
  }

  setState(name: string, state: string): void {
    this.states.set(name, state === "visible" ? null : state);
  }

  recalculateOnOpen(): void {
    this.fullCalc = true;
  }

  /** The changed text (the same text when nothing changed). */
  text(): string {
    for (const [name, state] of this.states) {
      const sheet = this.sheets.find((s) => s.name === name);
      if (sheet)
        this.splices.replace(sheet.start, sheet.end, setAttribute(this.xml.slice(sheet.start, sheet.end), "state", state));
    }
    if (this.added.length > 0) {
      const element = this.sheetsElement as { start: number; end: number; selfClosing: boolean };
      const name = /^<([\w.:-]+)/.exec(this.xml.slice(element.start))?.[1] ?? "sheets";
      if (element.selfClosing) this.splices.replace(element.start, element.end, `<${name}>${this.added.join("")}</${name}>`);
      else this.splices.insert(this.sheetsClose, this.added.join(""));
    }
    if (this.fullCalc) {
      if (this.calcPr) {
        const end = this.xml.indexOf(">", this.calcPr.start) + 1;
        this.splices.replace(this.calcPr.start, end, setAttribute(this.xml.slice(this.calcPr.start, end), "fullCalcOnLoad", "1"));
      } else this.splices.insert(this.calcPrPlace(), '<calcPr fullCalcOnLoad="1"/>');
    }
    return this.splices.size === 0 ? this.xml : this.splices.apply();
  }

  /** calcPr comes after definedNames and before oleSize and the rest (CT_Workbook's order). */
  private calcPrPlace(): number {
    const after = [
      "oleSize",
      "customWorkbookViews",
      "pivotCaches",
      "smartTagPr",
      "smartTagTypes",
      "webPublishing",
      "fileRecoveryPr",
      "webPublishObjects",
      "extLst",
    ];
    return this.top.find((t) => after.includes(t.name))?.start ?? this.rootClose;
  }
}
