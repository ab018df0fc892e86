/** What every recognised table shares: id, range, titles, repeated headers, shifted segments. */
import { Range, rangeAddress } from "../grid/address";
import { Workbook } from "../grid/model";
import { Settings } from "../settings";
import { Extent, RecognisedHeader, Repeat, shiftedSegments } from "./extent";
import { TableSegment } from "./model";
import { SheetScan } from "./scan";
import { titlesAbove } from "./titles";

export interface BuildContext {
  workbook: Workbook;
  scan: SheetScan;
  settings: Settings;
  /** First row free of the previous table: titles are not searched above it. */
  floor: number;
}

export interface Frame {
  id: string;
  workbook: Workbook;
  sheet: SheetScan["sheet"];
  headerRow: number;
  repeatedHeaderRows: number[];
  segments?: TableSegment[];
  range: Range;
  titles: string[];
}

/** First and last columns of the header (every header cell, and the shifted repeats). */
export function headerSpan(header: RecognisedHeader, repeats: readonly Repeat[] = []): [number, number] {
  const cols = [...header.cells.map((c) => c.col), ...header.columns.map((c) => c.col), ...repeats.flatMap((r) => r.cols)];
  return [Math.min(...cols), Math.max(...cols)];
}

/** Rows printed again after page breaks: repeated headers (group row included) and the titles above them. */
export function repeatedRows(extent: Extent): { headers: Set<number>; titles: Set<number> } {
  const headers = new Set<number>();
  const titles = new Set<number>();
  for (const rep of extent.repeats) {
    for (let r = rep.firstRow; r <= rep.mainRow; r++) headers.add(r);
    rep.titleRows.forEach((r) => titles.add(r));
  }
  return { headers, titles };
}

export function frame(ctx: BuildContext, header: RecognisedHeader, extent: Extent): Frame {
  const [c1, c2] = headerSpan(header, extent.repeats);
  const first = header.groupRow ?? header.mainRow;
  const range = { r1: first, c1, r2: extent.end, c2 };
  const segments = shiftedSegments(header.columns, extent);
  return {
    id: `${ctx.scan.sheet.name}!${rangeAddress(range)}`,
    workbook: ctx.workbook,
    sheet: ctx.scan.sheet,
    headerRow: header.mainRow,
    repeatedHeaderRows: extent.repeats.map((r) => r.mainRow),
    ...(segments.length > 0 ? { segments } : {}),
    range,
    titles: titlesAbove(ctx.scan, first, ctx.floor),
  };
}

/** Sheet columns of the table's columns at each row (shifted after some repeated headers). */
export function columnsAt(header: RecognisedHeader, extent: Extent): (row: number) => number[] {
  const base = header.columns.map((c) => c.col);
  return (row) => {
    let cols = base;
    for (const rep of extent.repeats) if (rep.firstRow <= row) cols = rep.cols;
    return cols;
  };
}
