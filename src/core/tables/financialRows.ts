/**
 * Kinds of the rows of a financial table (SPEC §2), from the texts of their label columns:
 * totals of each level, title lines, axe / thème rows, action rows, empty template rows.
 */
import { ColumnKey } from "../referentiel/types";
import { holdsAmount, mergedFromAbove, shownLabel, ShownLabel, tidy } from "./cells";
import { isMoneyKey } from "./family";
import {
  AXE_LABEL,
  CONTROLE,
  FICHE_IN_TITLE,
  FUNDERS,
  INITIATIVE,
  NUMBERED_TITLE,
  PLACEHOLDER,
  SECTION_HEADING,
  SECTION_WORDS,
  SOCLE,
  SOUS_TOTAL,
  TITLE_LINE,
  TOTAL,
} from "./labels";
import { isPageMark } from "./fiche/marks";
import { ChorusRef, FinancialRow, FinancialRowKind, TableColumn } from "./model";
import { SheetScan } from "./scan";

export type Section = "socle" | "initiative";

/** A row as read, before axes, Chorus codes and groups are filled (groups.ts). */
export interface RowRead {
  row: number;
  kind: FinancialRowKind;
  level: number;
  label: string;
  fiche: string | null;
  title: string | null;
  /** Axe / thème label shown in the axe column (through merged cells). */
  axe: ShownLabel | null;
  chorus: ChorusRef | null;
  /** Section the row names (section sous-total, or a « Mesures socle » heading). */
  sectionMark: Section | null;
  funder?: FinancialRow["funder"];
}

/** Where each column of the table is read in one part of the table (the columns shift after some page breaks). */
export class Layout {
  private readonly byKey = new Map<ColumnKey, number>();
  readonly moneyCols: number[] = [];
  /** Columns of the table's span where a row label may be written: neither amounts nor commentaire. */
  readonly labelCols: number[] = [];
  /**
   * Columns left of the table, whose header cell is empty: a total's label may be written there
   * (« TOTAUX FINANCIERS » in column A, the header starting in column B; SPEC §2).
   */
  readonly outsideCols: number[] = [];
  readonly fiche: number | undefined;
  readonly intitule: number | undefined;
  readonly axe: number | undefined;
  readonly chorus: number | undefined;

  constructor(columns: readonly TableColumn[], cols: readonly number[], span: readonly [number, number]) {
    const other = new Set<number>();
    columns.forEach((c, i) => {
      this.byKey.set(c.key, cols[i]);
      if (isMoneyKey(c.key)) this.moneyCols.push(cols[i]);
      if (isMoneyKey(c.key) || c.key === "commentaire") other.add(cols[i]);
    });
    const [lo, hi] = [Math.min(span[0], ...cols), Math.max(span[1], ...cols)];
    for (let col = lo; col <= hi; col++) if (!other.has(col)) this.labelCols.push(col);
    for (let col = 0; col < lo; col++) this.outsideCols.push(col);
    [this.fiche, this.intitule, this.axe, this.chorus] = [
      this.col("fiche"),
      this.col("intitule"),
      this.col("axe"),
      this.col("chorus"),
    ];
  }

  col(key: ColumnKey): number | undefined {
    return this.byKey.get(key);
  }
}

const LEVELS: Partial<Record<FinancialRowKind, number>> = { sousTotal: 1, sousTotalSection: 2, total: 3, controle: 4 };

function sectionOf(norm: string): Section | null {
  if (SOCLE.test(norm)) return "socle";
  return INITIATIVE.test(norm) ? "initiative" : null;
}

function totalKind(norm: string): FinancialRowKind | null {
  if (CONTROLE.test(norm)) return "controle";
  if (SOUS_TOTAL.test(norm)) return SECTION_WORDS.test(norm) ? "sousTotalSection" : "sousTotal";
  return TOTAL.test(norm) ? "total" : null;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** « 1. » → "1", « 2.1 » → "2.1", « FA 7,3 » → "7.3", 12 → "12"; null without a number (a loop: it runs on every row). */
function ficheNumber(text: string | null): string | null {
  if (text === null) return null;
  let i = 0;
  while (i < text.length && !isDigit(text.charCodeAt(i))) i++;
  if (i === text.length) return null;
  let out = "";
  for (;;) {
    const start = i;
    while (i < text.length && isDigit(text.charCodeAt(i))) i++;
    out += text.slice(start, i);
    const sep = text[i];
    if ((sep !== "." && sep !== ",") || !isDigit(text.charCodeAt(i + 1))) return out;
    out += ".";
    i++;
  }
}

function ficheInTitle(scan: SheetScan, title: string | null, hasFicheColumn: boolean): string | null {
  if (title === null) return null;
  const inTitle = FICHE_IN_TITLE.exec(scan.startLabel(title) ?? "");
  if (inTitle) return inTitle[1].replace(/,/g, ".");
  return hasFicheColumn ? null : (NUMBERED_TITLE.exec(title)?.[1] ?? null);
}

/** A row of the given kind with nothing read yet (a repeated header row: kind "header"). */
export function base(row: number, kind: FinancialRowKind, label: string, sectionMark: Section | null = null): RowRead {
  return { row, kind, level: LEVELS[kind] ?? 0, label, fiche: null, title: null, axe: null, chorus: null, sectionMark };
}

/**
 * Total, section heading or title line, from the label texts of the row. `titleCol`: the title
 * column of a numbered action row, where « Total … » is an action's title, not a total.
 */
function labelRow(scan: SheetScan, row: number, layout: Layout, amounts: boolean, titleCol: number | undefined): RowRead | null {
  for (const col of layout.labelCols) {
    if (col === titleCol && amounts) continue;
    const raw = scan.text(row, col);
    const norm = raw === null ? null : scan.label(raw);
    if (raw === null || norm === null) continue;
    const kind = col === titleCol ? null : totalKind(norm);
    if (kind) return base(row, kind, tidy(raw), kind === "sousTotalSection" ? sectionOf(norm) : null);
    if (amounts) continue;
    if (SECTION_HEADING.test(norm)) return base(row, "title", tidy(raw), sectionOf(norm));
    if (TITLE_LINE.test(norm)) return base(row, "title", tidy(raw));
  }
  return totalOutside(scan, row, layout);
}

/** A total whose label is written left of the table's columns (only totals: other texts there are no part of it). */
function totalOutside(scan: SheetScan, row: number, layout: Layout): RowRead | null {
  for (const col of layout.outsideCols) {
    const raw = scan.text(row, col);
    const norm = raw === null ? null : scan.label(raw);
    const kind = norm === null ? null : totalKind(norm);
    if (kind) return base(row, kind, tidy(raw!), kind === "sousTotalSection" ? sectionOf(norm!) : null);
  }
  return null;
}

function isTotalLabel(scan: SheetScan, raw: string | null): boolean {
  const norm = raw === null ? null : scan.label(raw);
  return norm !== null && totalKind(norm) !== null;
}

function funderOf(scan: SheetScan, title: string | null): FinancialRow["funder"] {
  if (title === null) return undefined;
  const norm = scan.norm(title);
  return FUNDERS.find(([re]) => re.test(norm))?.[1];
}

function chorusRef(label: ShownLabel | null): ChorusRef | null {
  return label ? { raw: label.text, row: label.row, col: label.col } : null;
}

/** What the label cells of a body row say, before its kind is decided. */
interface BodyCells {
  amounts: boolean;
  fiche: string | null;
  /** Fiche cell as written (« 1. »), if any. */
  ficheText: string | null;
  title: string | null;
  placeholder: boolean;
  /** The title names an axe / thème (« Axe 1 : … », « Thème … »). */
  axeTitle: boolean;
  axe: ShownLabel | null;
  chorus: ChorusRef | null;
  /** Covered by the axe cell merged from a row above (a template row of its group). */
  inMergedAxe: boolean;
}

/** Kind of a body row (not a total, title or repeated header), or null when it is no part of the table. */
function bodyKind(c: BodyCells): "action" | "empty" | "axe" | "axeTitle" | null {
  if (c.amounts) return "action";
  if (c.fiche === null && c.title === null) {
    if (c.axe?.own) return "axe";
    return c.placeholder || c.ficheText !== null || c.chorus !== null || c.inMergedAxe ? "empty" : null;
  }
  if (c.title === null) return "empty";
  return c.fiche === null && !c.axe?.own && c.axeTitle ? "axeTitle" : "action";
}

function bodyCells(
  scan: SheetScan,
  row: number,
  layout: Layout,
  ficheText: string | null,
  fiche: string | null,
  amounts: boolean,
): BodyCells {
  const raw = layout.intitule === undefined ? null : scan.text(row, layout.intitule);
  const start = raw === null ? null : scan.startLabel(raw);
  const placeholder = start !== null && PLACEHOLDER.test(start);
  const title = raw !== null && !placeholder ? raw.trim() : null;
  return {
    amounts,
    fiche: fiche ?? ficheInTitle(scan, raw, layout.fiche !== undefined),
    ficheText,
    title,
    placeholder,
    axeTitle: start !== null && AXE_LABEL.test(start),
    axe: shownLabel(scan.sheet, row, layout.axe),
    chorus: chorusRef(shownLabel(scan.sheet, row, layout.chorus)),
    inMergedAxe: mergedFromAbove(scan.sheet, row, layout.axe),
  };
}

/**
 * The funder named in a row of an F5 block when the label column under the header is blank: the
 * first text left of the amounts (« Financement Etat (FALPAE) » with an empty column between it and
 * « Prévisionnel 2019 »).
 */
function funderLabel(scan: SheetScan, row: number, layout: Layout): string | null {
  const firstMoney = Math.min(...layout.moneyCols);
  return (
    scan
      .texts(row)
      .find((t) => t.col < firstMoney)
      ?.raw.trim() ?? null
  );
}

/**
 * The row read with the layout in force, or null for a row that is no part of the table's body
 * (blank, or holding only text outside the label and amount columns).
 * `block`: the F5 block variant, whose rows are funders.
 */
export function readRow(scan: SheetScan, row: number, layout: Layout, block: boolean): RowRead | null {
  if (isPageMark(scan, row)) return null;
  let amounts = false;
  for (const col of layout.moneyCols) amounts ||= holdsAmount(scan.value(row, col));
  const ficheText = layout.fiche === undefined ? null : scan.labelValue(row, layout.fiche);
  const fiche = isTotalLabel(scan, ficheText) ? null : ficheNumber(ficheText);
  const labelled = labelRow(scan, row, layout, amounts, fiche === null ? undefined : layout.intitule);
  if (labelled) return labelled;
  const c = bodyCells(scan, row, layout, ficheText, fiche, amounts);
  if (block && c.title === null) c.title = funderLabel(scan, row, layout);
  const kind = block ? "action" : bodyKind(c);
  if (kind === null) return null;
  const read: RowRead = {
    row,
    kind: kind === "axeTitle" ? "axe" : kind,
    level: 0,
    label: kind === "axe" ? c.axe!.text : ficheText !== null ? tidy(ficheText) : (c.title ?? ""),
    fiche: c.fiche,
    title: c.title,
    axe: kind === "axeTitle" ? { text: c.title!, row, col: layout.intitule!, own: true } : c.axe,
    chorus: c.chorus,
    sectionMark: null,
  };
  if (block) read.funder = funderOf(scan, c.title);
  return read;
}
