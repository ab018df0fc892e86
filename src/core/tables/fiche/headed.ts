/**
 * F7 tables with a header row (SPEC §3 F7): a fiche's budget by year (« Montant prévisionnel »
 * merged above « 2019 | 2020 | 2021 | 2022 | Total »), a two-way « Budget Etat | Budget
 * Département » table, amounts per axe or thème, amounts per action. The header gives the
 * measures (year, phase, funder, total); each row below with a label and amounts is a line.
 * Page marks inside the table are skipped, and a page break may repeat the header.
 */
import { Range } from "../../grid/address";
import { parseAmount } from "../../parse/amount";
import { normalizeText } from "../../parse/text";
import { AXE_LINE, LABEL_HEADER, OBJECTIVE_HEADER } from "../../referentiel/fiches";
import { BudgetFamily } from "../../referentiel/types";
import { shownLabel, tidy } from "../cells";
import { FICHE_IN_TITLE } from "../labels";
import { SheetScan } from "../scan";
import { isPageMark } from "./marks";
import { GridDraft } from "./table";
import { funderOf, headerText, holdsMoney, lineMeaning, looksLikeEuros, MeasureRead, readMeasure } from "./vocab";
import { chooseFamily, GridBuilder, lineIdentity, LineKindCounts } from "./grid";

/** Texts of a header that are neither measures nor labels but may sit in a money table. */
const IGNORED_HEADER =
  /^(?:indicateurs?|objectifs?|cibles?|commentaires?|observations?|remarques?|precisions?|modalites|calendrier|echeances?|pilotes?|partenaires?|porteurs?)\b/;

/** Longest text read as a group header when it is not merged over its columns. */
const GROUP_TEXT = 60;

/** Blank and page-mark rows searched after a table for its continuation on the next page. */
const PAGE_GAP = 8;

export interface HeaderFound {
  /** Group row (merged « Montant prévisionnel » above the years), if any. */
  groupRow: number | null;
  row: number;
  measures: MeasureRead[];
  /** Columns left of the first measure: labels. */
  labelCols: number[];
  /** The label column is headed « Axe », « Thème »: its lines are axes or thèmes. */
  axes: boolean;
  /** Header texts of the columns that are neither measures nor labels (indicators, comments). */
  ignored: string[];
  /** A header cell says money (or a year column): not just words. */
  money: boolean;
  span: [number, number];
}

const AMOUNT_LIKE = /^[\s\u00a0(+\-–€]*\d/;

/** A text that reads as an amount (not a bare year). */
function isAmountText(text: string): boolean {
  const parsed = parseAmount(text);
  return parsed.kind === "amount" && !/^\s*20\d\d\s*$/.test(text);
}

/** Texts and year numbers only (a row of years alone: « | 2020 | 2021 | 2022 » under « Montant prévisionnel »). */
function textsAndYears(scan: SheetScan, row: number): boolean {
  return (scan.textCount(row) > 0 || scan.yearCount(row) >= 2) && scan.valueCount(row) === scan.yearCount(row);
}

/**
 * Header cells of a row: text at each column (a cell merged from the left belongs to its first
 * column; a cell merged down from the group row above, « Total » over two header rows, to both).
 */
function headerCells(scan: SheetScan, row: number): { col: number; text: string }[] {
  const out: { col: number; text: string }[] = [];
  for (let col = 0; col < scan.width; col++) {
    const m = scan.sheet.mergeAt(row, col);
    if (m && (m.c1 !== col || m.r1 < row - 1)) continue;
    const text = headerText(scan.sheet.get(m ? m.r1 : row, col));
    if (text !== null) out.push({ col, text });
  }
  return out;
}

/** Group header texts above the measures: a merged cell spanning columns, or a text carried right over empty cells. */
function groupTexts(scan: SheetScan, group: number, measures: readonly MeasureRead[]): Map<number, string> {
  const out = new Map<number, string>();
  let carried: string | null = null;
  for (const m of measures) {
    const merged = scan.sheet.mergeAt(group, m.col);
    if (merged && merged.r2 === group) {
      const text = headerText(scan.sheet.get(merged.r1, merged.c1));
      if (text) out.set(m.col, text);
      carried = null;
      continue;
    }
    // a text alone over its column is a group header only when it speaks of amounts (not a title « Fiche 1 : … »)
    const own = headerText(scan.sheet.get(group, m.col));
    if (own !== null)
      carried =
        own.length <= GROUP_TEXT && readMeasure(m.col, own) !== null && !FICHE_IN_TITLE.test(normalizeText(own)) ? own : null;
    if (carried !== null) out.set(m.col, carried);
  }
  return out;
}

/** Each row is read as a header once per recognition (every row is tried, and the row below it). */
const readings = new WeakMap<SheetScan, Map<number, HeaderFound | null>>();

function readRowAsHeader(scan: SheetScan, row: number): HeaderFound | null {
  let bySheet = readings.get(scan);
  if (!bySheet) readings.set(scan, (bySheet = new Map()));
  let found = bySheet.get(row);
  if (found === undefined) bySheet.set(row, (found = readHeaderRow(scan, row)));
  return found;
}

/** Longest header cell: a longer text is a sentence, and its row no header. */
const MAX_HEADER_TEXT = 120;

function readHeaderRow(scan: SheetScan, row: number): HeaderFound | null {
  if (!textsAndYears(scan, row)) return null;
  const cells = headerCells(scan, row);
  if (cells.some((c) => c.text.length > MAX_HEADER_TEXT)) return null;
  const measures: MeasureRead[] = [];
  const labels: { col: number; text: string }[] = [];
  const ignored: string[] = [];
  for (const cell of cells) {
    if (AMOUNT_LIKE.test(cell.text) && isAmountText(cell.text)) return null; // « 75 000 € » typed as text: a line, not a header
    const measure = readMeasure(cell.col, cell.text);
    const norm = normalizeText(cell.text);
    // « Financeurs », « Plan de financement »: the label column; « Financement Etat »: a funder's amounts
    const labelHeader = measures.length === 0 && LABEL_HEADER.test(norm) && funderOf(norm.replace(LABEL_HEADER, "")) === null;
    if (measure && !(labelHeader && !measure.bareYear)) measures.push(measure);
    else if (measures.length === 0) labels.push(cell);
    else if (IGNORED_HEADER.test(norm) || OBJECTIVE_HEADER.test(norm)) ignored.push(cell.text);
    else return null; // a column we cannot read among the amounts: not one of these tables
  }
  if (measures.length === 0) return null;
  const strong = measures.some((m) => m.bareYear || m.funder !== null || m.total);
  const labelled = labels.some((l) => LABEL_HEADER.test(normalizeText(l.text)));
  if (measures.length === 1 ? !(labelled && (measures[0].money || measures[0].year !== null)) : !strong) return null;
  if (labels.length > 0 && !labels.every((l) => l.text.length <= 60)) return null;
  const first = Math.min(...measures.map((m) => m.col));
  const labelCols: number[] = [];
  const left = labels.length > 0 ? Math.min(...labels.map((l) => l.col)) : Math.max(0, first - 1);
  for (let c = left; c < first; c++) labelCols.push(c);
  const last = Math.max(...cells.map((c) => c.col));
  const axes = labels.some((l) => AXE_LINE.test(normalizeText(l.text)));
  return {
    groupRow: null,
    row,
    measures,
    labelCols,
    axes,
    ignored,
    money: measures.some((m) => m.money),
    span: [Math.min(left, first), last],
  };
}

/** The header with the group row above folded into its measures. */
function withGroup(scan: SheetScan, header: HeaderFound, isFree: (row: number) => boolean): HeaderFound {
  const group = header.row - 1;
  if (group < 0 || !isFree(group) || !textsAndYears(scan, group) || isPageMark(scan, group)) return header;
  const texts = groupTexts(scan, group, header.measures);
  // A title line (a text in the label columns or left of them) is not a group header.
  const leftText = scan.texts(group).some((t) => t.col < header.measures[0].col && !header.labelCols.includes(t.col));
  if (texts.size === 0 || leftText) return header;
  const measures = header.measures.map((m) => {
    const above = texts.get(m.col);
    if (!above) return m;
    const both = readMeasure(m.col, `${above} ${m.header}`);
    if (!both) return m;
    return { ...both, header: m.header, year: m.year ?? both.year, total: m.total || both.total };
  });
  return { ...header, groupRow: group, measures, money: header.money || measures.some((m) => m.money) };
}

/** The row read as the header of one of these tables (two rows when a group header is merged above). */
export function findHeader(scan: SheetScan, row: number, isFree: (row: number) => boolean): HeaderFound | null {
  const own = readRowAsHeader(scan, row);
  // « Budget Etat » merged over « 2021 | 2022 »: the row below is the header, this one its group.
  if (row + 1 < scan.rowCount && isFree(row + 1)) {
    const below = readRowAsHeader(scan, row + 1);
    if (below && (!own || below.measures.length > own.measures.length)) return withGroup(scan, below, isFree);
  }
  return own ? withGroup(scan, own, isFree) : null;
}

/** The row repeats the header (after a page break). */
function repeatsHeader(scan: SheetScan, row: number, header: HeaderFound): boolean {
  if (row >= scan.rowCount) return false;
  const again = readRowAsHeader(scan, row);
  return (
    again !== null &&
    again.measures.length === header.measures.length &&
    again.measures.every((m, i) => m.col === header.measures[i].col)
  );
}

/** Rows of text only (a title « Fiche 2 (suite) », the group row) then the header printed again: the row of that header. */
function repeatedHeaderBelow(scan: SheetScan, row: number, header: HeaderFound): number | null {
  for (let r = row; r <= row + 2 && r < scan.rowCount; r++) {
    if (repeatsHeader(scan, r, header)) return r;
    if (scan.valueCount(r) !== scan.yearCount(r)) return null;
  }
  return null;
}

interface RowRead {
  label: string | null;
  /** Columns of the measures holding an amount in this row. */
  amounts: number[];
  /** The row's money cells are merged from the row above (an annex's action over several indicator rows). */
  continued: boolean;
  /** Amounts outside the table's columns. */
  outside: boolean;
}

function readBodyRow(scan: SheetScan, row: number, header: HeaderFound): RowRead {
  const texts: string[] = [];
  let ownLabel = false;
  for (const col of header.labelCols) {
    const shown = shownLabel(scan.sheet, row, col);
    if (!shown || (shown.col !== col && header.labelCols.includes(shown.col))) continue;
    if (shown.own) ownLabel = true;
    texts.push(shown.text);
  }
  const amounts: number[] = [];
  let merged = 0;
  for (const m of header.measures) {
    const area = scan.sheet.mergeAt(row, m.col);
    if (area && area.r1 < row) merged++;
    else if (holdsMoney(scan.sheet.get(row, m.col))) amounts.push(m.col);
  }
  const cols = new Set([...header.labelCols, ...header.measures.map((m) => m.col)]);
  let outside = false;
  for (let col = 0; col < scan.width && !outside; col++) {
    if (cols.has(col) || (col > header.span[0] && col < header.span[1])) continue;
    const cell = scan.sheet.get(row, col);
    outside = cell !== undefined && holdsMoney(cell) && typeof cell.value !== "string";
  }
  return {
    label: ownLabel || amounts.length > 0 ? (texts.length > 0 ? tidy(texts.join(" ")) : null) : null,
    amounts,
    continued: merged > 0 && amounts.length === 0 && !ownLabel,
    outside,
  };
}

/** After a blank row: the next rows continue the table when a page mark sits in the gap (a page break). */
function continuesAfterGap(scan: SheetScan, from: number, header: HeaderFound, isFree: (row: number) => boolean): number | null {
  let mark = false;
  for (let r = from; r < Math.min(scan.rowCount, from + PAGE_GAP); r++) {
    if (!isFree(r)) return null;
    if (isPageMark(scan, r)) {
      mark = true;
      continue;
    }
    if (scan.isBlank(r)) continue;
    if (!mark) return null;
    if (repeatedHeaderBelow(scan, r, header) !== null) return r;
    const read = readBodyRow(scan, r, header);
    return read.amounts.length > 0 && read.label !== null ? r : null;
  }
  return null;
}

export interface HeadedTable {
  draft: GridDraft;
  /** Last row of the table. */
  end: number;
}

/** Lines of the table under its header; null when nothing below reads as a money line. */
function readLines(
  scan: SheetScan,
  header: HeaderFound,
  isFree: (row: number) => boolean,
): { builder: GridBuilder; end: number } | null {
  const builder = new GridBuilder(header.measures);
  let end = header.row;
  for (let r = header.row + 1; r < scan.rowCount; r++) {
    if (!isFree(r)) break;
    if (isPageMark(scan, r)) continue;
    if (scan.isBlank(r)) {
      const next = continuesAfterGap(scan, r + 1, header, isFree);
      if (next === null) break;
      r = next - 1;
      continue;
    }
    const repeated = repeatedHeaderBelow(scan, r, header);
    if (repeated !== null) {
      r = repeated;
      continue;
    }
    const read = readBodyRow(scan, r, header);
    if (read.outside) break;
    if (read.continued) {
      end = r;
      continue;
    }
    if (read.amounts.length === 0) {
      const meaning = read.label === null ? null : lineMeaning(normalizeText(read.label));
      // A line without amounts keeps its place when it says something (« Dont … », a funder, a total).
      if (meaning && read.label && (meaning.kind !== "part" || meaning.funder !== null)) {
        builder.addLine(r, read.label, []);
        end = r;
        continue;
      }
      if (builder.lineCount() === 0 && read.label !== null) continue; // a sub-heading
      break;
    }
    builder.addLine(r, read.label ?? "", read.amounts);
    end = r;
  }
  return builder.cellCount() === 0 ? null : { builder, end };
}

/** Money shown by the table itself: money words in its header, « € » in a cell, or funders in its lines. */
function speaksMoney(scan: SheetScan, header: HeaderFound, builder: GridBuilder, counts: LineKindCounts): boolean {
  // money words in a header cell (a year alone, or « Total », says nothing of money)
  if (header.measures.some((m) => (m.money && !m.bareYear) || m.funder)) return true;
  if (counts.funder > 0) return true;
  return builder.cells().some((c) => looksLikeEuros(scan.sheet.get(c.row, c.col)));
}

/** The family the header and the lines give, or null. */
function familyOf(header: HeaderFound, counts: LineKindCounts): BudgetFamily | null {
  const family = layoutFamily(header, counts);
  // « Thème | Montant Etat 2021 | … »: amounts per thème, whatever the thèmes are called
  return family !== null && header.axes ? "F10" : family;
}

function layoutFamily(header: HeaderFound, counts: LineKindCounts): BudgetFamily | null {
  const measures = header.measures.filter((m) => !m.dont);
  const funders = measures.filter((m) => m.funder !== null);
  const years = measures.filter((m) => m.year !== null && m.funder === null && !m.total);
  const unknown = measures.filter((m) => m.funder === null && !m.total && m.year === null);
  if (funders.length > 0) {
    if (unknown.length > 0 || !funders.some((m) => m.funder === "etat" || m.funder === "cd")) return null;
    return chooseFamily(counts, "F9");
  }
  // « Prévu 2021 | Exécuté 2021 »: one year, two phases: the lines of a fiche, prévisionnel and exécuté side by side
  const oneYear = new Set(years.map((m) => m.year)).size === 1 && new Set(years.map((m) => m.phase)).size > 1;
  if (years.length > 0 && unknown.length === 0) return chooseFamily(counts, oneYear && counts.funder > 0 ? "F8" : "F7");
  if (measures.length === 1 || unknown.length === measures.length) return chooseFamily(counts, counts.funder > 0 ? "F8" : null);
  return null;
}

/** A table with a header at `row` (or `row` + 1 below a group row), or null. */
export function readHeadedTable(scan: SheetScan, row: number, isFree: (row: number) => boolean): HeadedTable | null {
  const header = findHeader(scan, row, isFree);
  if (!header) return null;
  const body = readLines(scan, header, isFree);
  if (!body) return null;
  const { builder, end } = body;
  const counts = builder.counts();
  const family = familyOf(header, counts);
  if (family === null || builder.cellCount() < 2 || !speaksMoney(scan, header, builder, counts)) return null;
  const top = header.groupRow ?? header.row;
  const range: Range = { r1: top, c1: header.span[0], r2: end, c2: header.span[1] };
  const note =
    header.ignored.length > 0
      ? `Colonnes laissées aux indicateurs : ${header.ignored.map((t) => `« ${tidy(t)} »`).join(", ")}.`
      : undefined;
  return { draft: { family, headerRow: header.row, range, grid: builder.grid(lineIdentity), partial: null, note }, end };
}
