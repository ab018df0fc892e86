/**
 * Where a table ends (SPEC §2): at its last total row (and the « Total dit contrôle » just
 * below), at another header, or at a long run of empty rows. A page break may repeat the title
 * and the header inside the table, possibly shifted by a column: the repeated header is matched
 * by its own columns and gives the columns of the rows below it.
 */
import { normalizeText } from "../parse/text";
import { HeaderRead, isCandidate, readHeader } from "./header";
import { IndicatorColumn, TableColumn, TableSegment } from "./model";
import { isPageMark } from "./fiche/marks";
import { FICHE_ALONE, TITLE_LINE } from "./labels";
import { SheetScan } from "./scan";

/** Empty rows that end a table (unless its header is repeated just after). */
const MAX_BLANK_RUN = 5;
/** Rows searched after an empty run or a title for a repeated header. */
const LOOKAHEAD = 12;
/** Rows after TOTAUX FINANCIERS searched for the « Total dit contrôle ». */
const CONTROL_LOOKAHEAD = 3;

export type RecognisedHeader = Exclude<HeaderRead, { kind: "none" }>;
type Column = TableColumn | IndicatorColumn;

export interface Repeat {
  /** Title lines printed again above the repeated header. */
  titleRows: number[];
  /** First row of the repeated header (its group row when it spans two rows). */
  firstRow: number;
  mainRow: number;
  /** Sheet columns of the table's columns under this header (same order as the table's columns). */
  cols: number[];
}

export interface Extent {
  /** Last row of the table. */
  end: number;
  repeats: Repeat[];
}

export interface WalkRules {
  /** Whether the header may repeat inside the table (after a page break). */
  repeatable: boolean;
  /** Kind of total closing the table at this row, read with the columns in force. */
  closing(row: number, cols: number[]): "total" | "controle" | null;
  /**
   * A compact block (the F5 fiche budget): it ends at its first empty row, and before any row
   * `stops` says belongs to something else (a fiche title, another header, a label / amount line).
   */
  compact?: { stops(row: number, cols: number[]): boolean };
}

/** Columns of `header` that repeat `base`: matched by header text, a column not found follows the others' shift. */
function repeatColumns(base: readonly Column[], header: RecognisedHeader): number[] | null {
  const texts = header.columns.map((c: Column) => normalizeText(c.header));
  const used = new Set<number>();
  const found = base.map((c) => {
    const i = texts.findIndex((t, j) => !used.has(j) && t === normalizeText(c.header));
    if (i < 0) return null;
    used.add(i);
    return header.columns[i].col;
  });
  const matched = found.filter((c) => c !== null).length;
  if (base.length === 0 || matched / base.length < 0.8) return null;
  const moved = found.findIndex((c, i) => c !== null && c !== base[i].col);
  const delta = moved < 0 ? 0 : found[moved]! - base[moved].col;
  return found.map((c, i) => c ?? base[i].col + delta);
}

/** Title lines just above a repeated header (empty rows between them allowed). */
function reprintedTitles(scan: SheetScan, firstRow: number, floor: number, firstCol: number): number[] {
  const rows: number[] = [];
  for (let r = firstRow - 1; r > floor && firstRow - r <= MAX_BLANK_RUN; r--) {
    if (scan.isBlank(r)) continue;
    if (!isTitleLine(scan, r) && !isLoneTitle(scan, r, firstCol)) break;
    rows.unshift(r);
  }
  return rows;
}

function asRepeat(scan: SheetScan, row: number, table: RecognisedHeader): Repeat | null {
  if (!isCandidate(scan, row)) return null;
  const h = readHeader(scan, row);
  if (h.kind !== table.kind || h.family !== table.family) return null;
  const cols = repeatColumns(table.columns, h);
  if (!cols) return null;
  const firstRow = h.groupRow ?? h.mainRow;
  return { titleRows: reprintedTitles(scan, firstRow, table.mainRow, Math.min(...cols)), firstRow, mainRow: h.mainRow, cols };
}

function isRecognisedHeader(scan: SheetScan, row: number): boolean {
  return isCandidate(scan, row) && readHeader(scan, row).kind !== "none";
}

/** After an empty run: the repeated header reached through empty and text-only rows, if any. */
function continuation(scan: SheetScan, from: number, table: RecognisedHeader): number | null {
  for (let r = from; r < Math.min(scan.rowCount, from + LOOKAHEAD); r++) {
    if (scan.isBlank(r)) continue;
    if (asRepeat(scan, r, table)) return r;
    if (scan.valueCount(r) > 0) return null;
  }
  return null;
}

/** The row of the « Total dit contrôle » right after TOTAUX, if any. */
function controlAfter(scan: SheetScan, total: number, cols: number[], rules: WalkRules): number | null {
  for (let r = total + 1; r < Math.min(scan.rowCount, total + 1 + CONTROL_LOOKAHEAD); r++) {
    if (scan.isBlank(r)) continue;
    return rules.closing(r, cols) === "controle" ? r : null;
  }
  return null;
}

/** A title line (« TABLEAU FINANCIER … », « Prévisionnel Année 2025 ») with nothing else in its row. */
function isTitleLine(scan: SheetScan, row: number): boolean {
  const texts = scan.textCount(row);
  if (texts === 0 || texts > 2 || scan.valueCount(row) > 0) return false;
  return scan.texts(row).some((t) => TITLE_LINE.test(scan.label(t.raw) ?? ""));
}

/**
 * A text alone in its row, in the table's first column or left of it (« Fiche action n°4 : … »,
 * « Suite du tableau »), right above a header: a title of that header. A fiche number alone
 * (« 2. ») is a template row, and a text further right (an indicator) a row of the table.
 */
function isLoneTitle(scan: SheetScan, row: number, firstCol: number): boolean {
  if (scan.textCount(row) !== 1 || scan.valueCount(row) !== 0) return false;
  const [cell] = scan.texts(row);
  return cell.col <= firstCol && !FICHE_ALONE.test(cell.raw);
}

/**
 * Last row of a table that ended without a total: trailing empty rows and title lines belong to
 * what follows, and so do lone texts when another header follows.
 */
function trimmed(
  scan: SheetScan,
  last: number,
  first: number,
  span: [number, number],
  beforeHeader: boolean,
  titleCol = span[0],
): number {
  let end = last;
  const titleOfNext = (row: number) => isTitleLine(scan, row) || (beforeHeader && isLoneTitle(scan, row, titleCol));
  while (end > first && (!scan.hasContent(end, span[0], span[1]) || titleOfNext(end))) end--;
  return end;
}

export function tableExtent(scan: SheetScan, table: RecognisedHeader, c1: number, c2: number, rules: WalkRules): Extent {
  const repeats: Repeat[] = [];
  // A title above the next header sits in its first written column or left of it (the table may
  // start with a blank-headed label column left of that).
  const written = table.cells.map((c) => c.col);
  const titleCol = written.length > 0 ? Math.max(c1, Math.min(...written)) : c1;
  let cols = table.columns.map((c: Column) => c.col);
  let [lo, hi] = [c1, c2];
  let last = table.mainRow;
  let blank = 0;
  for (let r = table.mainRow + 1; r < scan.rowCount; r++) {
    // A page mark (footer, préfecture stamp, signature) is no row of the table: read as blank.
    if (!scan.hasContent(r, lo, hi) || isPageMark(scan, r)) {
      // a compact block ends at its first empty row (one left between its header and its amounts is allowed)
      if (rules.compact && !isPageMark(scan, r) && last > table.mainRow) break;
      if (++blank < MAX_BLANK_RUN) continue;
      const next = rules.repeatable ? continuation(scan, r + 1, table) : null;
      if (next === null) break;
      blank = 0;
      r = next - 1;
      continue;
    }
    blank = 0;
    const repeat = rules.repeatable ? asRepeat(scan, r, table) : null;
    if (repeat) {
      repeats.push(repeat);
      cols = repeat.cols;
      [lo, hi] = [Math.min(c1, ...cols), Math.max(c2, ...cols)];
      last = repeat.mainRow;
      r = repeat.mainRow;
      continue;
    }
    if (isRecognisedHeader(scan, r) || rules.compact?.stops(r, cols)) {
      return { end: trimmed(scan, last, table.mainRow, [lo, hi], true, titleCol), repeats };
    }
    last = r;
    const closing = rules.closing(r, cols);
    if (closing === "controle") return { end: r, repeats };
    if (closing === "total") return { end: controlAfter(scan, r, cols, rules) ?? r, repeats };
  }
  return { end: trimmed(scan, last, table.mainRow, [lo, hi], false), repeats };
}

/** Segments whose columns differ from the first header's (TableSegment). */
export function shiftedSegments(base: readonly Column[], extent: Extent): TableSegment[] {
  const segments: TableSegment[] = [];
  extent.repeats.forEach((rep, i) => {
    if (rep.cols.every((c, j) => c === base[j].col)) return;
    const toRow = i + 1 < extent.repeats.length ? extent.repeats[i + 1].firstRow - 1 : extent.end;
    segments.push({ fromRow: rep.firstRow, toRow, cols: rep.cols });
  });
  return segments;
}
