/** Range, its format (font, protection) and RangeAreas, over the fake's cells. */
import { MAX_COL, MAX_ROW } from "../core/formula/ast";
import { Range, quoteSheetName, rangeAddress } from "../core/grid/address";
import { formulaOut, numberFormatOut, valueOut, valueTypeOut, withContent } from "./cellio";
import { FakeClientObject, FakeClientResult, Loadable, Readers } from "./client";
import { invalidArgument } from "./errors";
import { shiftRows } from "./structure";
import {
  RangeModel,
  checkFormattable,
  checkUnlocked,
  clearRange,
  columnCount,
  eachCell,
  grid,
  location,
  rowCount,
  writeContents,
  writeFormats,
} from "./writes";

export const WHOLE_SHEET: Range = { r1: 0, c1: 0, r2: MAX_ROW, c2: MAX_COL };

/** Points per character for autofit (Calibri 11: about 7 points a character). */
const POINTS_PER_CHAR = 7;

export interface FakeHyperlink {
  documentReference?: string;
  address?: string;
  textToDisplay?: string;
}

export class FakeRange extends FakeClientObject<RangeModel> {
  private formatProxy: FakeRangeFormat | undefined;

  protected readers(): Readers<RangeModel> {
    return {
      address: (m) => location(m),
      rowIndex: (m) => m.range.r1,
      columnIndex: (m) => m.range.c1,
      rowCount: (m) => rowCount(m.range),
      columnCount: (m) => columnCount(m.range),
      cellCount: (m) => rowCount(m.range) * columnCount(m.range),
      values: (m) => grid(m.range, (r, c) => valueOut(m.sheet.cell(r, c))),
      formulas: (m) => grid(m.range, (r, c) => formulaOut(m.sheet.cell(r, c))),
      valueTypes: (m) => grid(m.range, (r, c) => valueTypeOut(m.sheet.cell(r, c))),
      numberFormat: (m) => grid(m.range, (r, c) => numberFormatOut(m.sheet.cell(r, c))),
      hyperlink: (m) => {
        const target = m.sheet.cell(m.range.r1, m.range.c1)?.hyperlink;
        return target === undefined ? null : { documentReference: target };
      },
    };
  }

  protected override navigation(name: string): Loadable | undefined {
    return name === "format" ? this.format : undefined;
  }

  get address(): string {
    return this.prop("address");
  }
  get rowIndex(): number {
    return this.prop("rowIndex");
  }
  get columnIndex(): number {
    return this.prop("columnIndex");
  }
  get rowCount(): number {
    return this.prop("rowCount");
  }
  get columnCount(): number {
    return this.prop("columnCount");
  }
  get cellCount(): number {
    return this.prop("cellCount");
  }
  get values(): unknown[][] {
    return this.prop("values");
  }
  set values(input: unknown[][]) {
    this.queue({ set: "values", input }, (m) => writeContents(this.context.model, m, input));
  }
  get formulas(): unknown[][] {
    return this.prop("formulas");
  }
  set formulas(input: unknown[][]) {
    this.queue({ set: "formulas", input }, (m) => writeContents(this.context.model, m, input));
  }
  get valueTypes(): string[][] {
    return this.prop("valueTypes");
  }
  get numberFormat(): string[][] {
    return this.prop("numberFormat");
  }
  set numberFormat(input: string[][]) {
    this.queue({ set: "numberFormat", input }, (m) => writeFormats(m, input));
  }
  get hyperlink(): FakeHyperlink | null {
    return this.prop("hyperlink");
  }
  /** ExcelApi 1.7: every cell of the range links to the target; textToDisplay becomes its text. */
  set hyperlink(link: FakeHyperlink) {
    this.context.model.requireApi("1.7", "Range.hyperlink");
    this.queue({ set: "hyperlink", link }, (m) => {
      checkUnlocked(m, () => true);
      eachCell(m.range, (row, col) => {
        const cell = { ...(m.sheet.cell(row, col) ?? { value: null }), hyperlink: link.documentReference ?? link.address };
        m.sheet.setCell(row, col, link.textToDisplay === undefined ? cell : withContent(cell, { value: link.textToDisplay }));
        this.context.model.changed(m.sheet, row, col);
      });
      this.context.model.written(m.sheet, m.range);
    });
  }

  get format(): FakeRangeFormat {
    this.formatProxy ??= new FakeRangeFormat(this.context, () => this.resolve());
    return this.formatProxy;
  }

  /** The cell at (row, column) of this range, 0-based. */
  getCell(row: number, column: number): FakeRange {
    return this.derived((m) => ({
      r1: m.range.r1 + row,
      c1: m.range.c1 + column,
      r2: m.range.r1 + row,
      c2: m.range.c1 + column,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived((m) => ({ ...m.range, r2: m.range.r2 + deltaRows, c2: m.range.c2 + deltaColumns }));
  }

  /** ExcelApi 1.13: the merged areas that intersect this range (null object when none). */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.context.model.requireApi("1.13", "Range.getMergedAreasOrNullObject");
    return new FakeRangeAreas(
      this.context,
      () => {
        const m = this.target();
        const areas = m.sheet.merges.filter(
          (a) => a.r1 <= m.range.r2 && a.r2 >= m.range.r1 && a.c1 <= m.range.c2 && a.c2 >= m.range.c1,
        );
        return areas.length === 0 ? null : { sheet: m.sheet, areas };
      },
      true,
    );
  }

  /** ExcelApi 1.9: per-cell properties; this fake knows `address` and `format.protection` (locked). */
  getCellProperties(options: {
    address?: boolean;
    format?: { protection?: boolean | { locked?: boolean } };
  }): FakeClientResult<unknown[][]> {
    this.context.model.requireApi("1.9", "Range.getCellProperties");
    const result = new FakeClientResult<unknown[][]>();
    this.context.enqueue({
      request: { getCellProperties: options },
      run: () => {
        const m = this.target();
        const props = grid(m.range, (row, col) => ({
          ...(options.address
            ? { address: `${quoteSheetName(m.sheet.name)}!${rangeAddress({ r1: row, c1: col, r2: row, c2: col })}` }
            : {}),
          ...(options.format?.protection ? { format: { protection: { locked: m.sheet.isLocked(row, col) } } } : {}),
        }));
        return { response: props, cells: rowCount(m.range) * columnCount(m.range), commit: () => result.set(props) };
      },
    });
    return result;
  }

  select(): void {
    this.queue({ call: "select" }, (m) => {
      this.context.model.activeSheet = m.sheet.name;
      this.context.model.selection = { sheet: m.sheet.name, address: rangeAddress(m.range) };
    });
  }

  /** Inserts whole rows above this range (shift "Down"); the fake inserts only whole rows. */
  insert(shift: string): void {
    this.queue({ call: "insert", shift }, (m) => {
      if (shift !== "Down" || m.range.c1 !== 0 || m.range.c2 !== MAX_COL)
        throw invalidArgument("Le faux Excel n'insère que des lignes entières.");
      shiftRows(this.context.model, m.sheet, m.range.r1, m.range.r2 - m.range.r1 + 1);
    });
  }

  /** Deletes whole rows (shift "Up"); the fake deletes only whole rows. */
  delete(shift: string): void {
    this.queue({ call: "delete", shift }, (m) => {
      if (shift !== "Up" || m.range.c1 !== 0 || m.range.c2 !== MAX_COL)
        throw invalidArgument("Le faux Excel ne supprime que des lignes entières.");
      shiftRows(this.context.model, m.sheet, m.range.r1, -(m.range.r2 - m.range.r1 + 1));
    });
  }

  clear(applyTo?: string): void {
    this.queue({ call: "clear", applyTo }, (m) => clearRange(this.context.model, m, applyTo));
  }

  private derived(make: (m: RangeModel) => Range): FakeRange {
    return new FakeRange(this.context, () => {
      const m = this.target();
      const range = make(m);
      if (
        range.r1 < 0 ||
        range.c1 < 0 ||
        range.r2 < range.r1 ||
        range.c2 < range.c1 ||
        range.r2 > MAX_ROW ||
        range.c2 > MAX_COL
      ) {
        throw invalidArgument("The argument is invalid or missing or has an incorrect format.", location(m));
      }
      return { sheet: m.sheet, range };
    });
  }
}

export class FakeRangeFormat extends FakeClientObject<RangeModel> {
  private fontProxy: FakeRangeFont | undefined;
  private protectionProxy: FakeFormatProtection | undefined;

  protected readers(): Readers<RangeModel> {
    return {
      columnWidth: (m) => m.sheet.columnWidths.get(m.range.c1) ?? 48,
      wrapText: (m) => m.sheet.cell(m.range.r1, m.range.c1)?.wrap ?? false,
    };
  }

  protected override navigation(name: string): Loadable | undefined {
    if (name === "font") return this.font;
    return name === "protection" ? this.protection : undefined;
  }

  get font(): FakeRangeFont {
    this.fontProxy ??= new FakeRangeFont(this.context, () => this.resolve());
    return this.fontProxy;
  }

  get protection(): FakeFormatProtection {
    this.protectionProxy ??= new FakeFormatProtection(this.context, () => this.resolve());
    return this.protectionProxy;
  }

  get columnWidth(): number {
    return this.prop("columnWidth");
  }
  set columnWidth(points: number) {
    this.queue({ set: "columnWidth", points }, (m) => {
      checkFormattable(m);
      for (let c = m.range.c1; c <= m.range.c2; c++) m.sheet.columnWidths.set(c, points);
    });
  }
  get wrapText(): boolean {
    return this.prop("wrapText");
  }
  set wrapText(wrap: boolean) {
    this.queue({ set: "wrapText", wrap }, (m) => {
      checkFormattable(m);
      eachCell(m.range, (row, col) => m.sheet.patch(row, col, { wrap: wrap || undefined }));
    });
  }

  /** Column widths from the longest text of each column of the range. */
  autofitColumns(): void {
    this.queue({ call: "autofitColumns" }, (m) => {
      checkFormattable(m);
      const lastRow = Math.min(m.range.r2, m.sheet.usedRange(false)?.r2 ?? -1);
      for (let c = m.range.c1; c <= m.range.c2; c++) {
        let longest = 0;
        for (let r = m.range.r1; r <= lastRow; r++) {
          longest = Math.max(longest, String(valueOut(m.sheet.cell(r, c))).length);
        }
        m.sheet.columnWidths.set(c, Math.max(longest, 8) * POINTS_PER_CHAR);
      }
    });
  }
}

export class FakeRangeFont extends FakeClientObject<RangeModel> {
  protected readers(): Readers<RangeModel> {
    return {
      bold: (m) => m.sheet.cell(m.range.r1, m.range.c1)?.bold ?? false,
      color: (m) => m.sheet.cell(m.range.r1, m.range.c1)?.color ?? "#000000",
    };
  }

  get bold(): boolean {
    return this.prop("bold");
  }
  set bold(bold: boolean) {
    this.queue({ set: "bold", bold }, (m) => {
      checkFormattable(m);
      eachCell(m.range, (row, col) => m.sheet.patch(row, col, { bold: bold || undefined }));
    });
  }
  get color(): string {
    return this.prop("color");
  }
  set color(color: string) {
    this.queue({ set: "color", color }, (m) => {
      checkFormattable(m);
      eachCell(m.range, (row, col) => m.sheet.patch(row, col, { color }));
    });
  }
}

/** format.protection: `locked` is true / false for the whole range, null when mixed (ExcelApi 1.2). */
export class FakeFormatProtection extends FakeClientObject<RangeModel> {
  protected readers(): Readers<RangeModel> {
    return {
      locked: (m) => {
        const states = new Set<boolean>();
        eachCell(m.range, (row, col) => states.add(m.sheet.isLocked(row, col)));
        return states.size === 1 ? [...states][0] : null;
      },
    };
  }

  get locked(): boolean | null {
    return this.prop("locked");
  }
  set locked(locked: boolean) {
    this.queue({ set: "locked", locked }, (m) => {
      checkFormattable(m);
      eachCell(m.range, (row, col) => m.sheet.patch(row, col, { unlocked: locked ? undefined : true }));
    });
  }
}

interface AreasModel {
  sheet: { name: string };
  areas: Range[];
}

/** RangeAreas (ExcelApi 1.9): `address` lists the areas, sheet-qualified, separated by commas. */
export class FakeRangeAreas extends FakeClientObject<AreasModel> {
  protected readers(): Readers<AreasModel> {
    return {
      address: (m) => m.areas.map((a) => `${quoteSheetName(m.sheet.name)}!${rangeAddress(a)}`).join(","),
      areaCount: (m) => m.areas.length,
    };
  }

  get address(): string {
    return this.prop("address");
  }
  get areaCount(): number {
    return this.prop("areaCount");
  }
}
