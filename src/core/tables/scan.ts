/**
 * One pass over a sheet: the text cells and value cells of every row. Text cells are normalised
 * lazily, and only when they may hold vocabulary: a header cell is parsed when it is short or
 * holds a stem of the header vocabulary, a label when its raw text matches LABEL_START or
 * LABEL_HINT. Long action titles are never normalised, which keeps recognition fast.
 */
import { Cell, CellValue, Sheet } from "../grid/model";
import { ValueResolver } from "../grid/values";
import { FINANCIAL_HEADER_PATTERNS, HEADER_SYNONYMS, INDICATOR_HEADER_PATTERNS, MONEY_WORDS } from "../referentiel/headers";
import { normalizeText } from "../parse/text";
import { parseHeader, ParsedHeader } from "./headerCell";
import { isFilled } from "./cells";
import { LABEL_HINT, LABEL_START } from "./labels";

/** Columns scanned per row: tables never go beyond this, stray cells far right are ignored. */
export const MAX_COLUMNS = 256;
/** Texts up to this length are always treated as possible vocabulary. */
const SHORT_TEXT = 48;

export interface TextCell {
  col: number;
  raw: string;
}

const ACCENTS: Record<string, string> = {
  a: "[aàâä]",
  e: "[eéèêë]",
  i: "[iîï]",
  o: "[oôö]",
  u: "[uùûü]",
  c: "[cç]",
  " ": "[\\s\\u00a0\\u202f]+",
  "'": "['’‘`´]",
};

/** Accent- and case-insensitive regex source of a normalised term. */
function looseSource(term: string): string {
  return [...term].map((ch) => ACCENTS[ch] ?? ch.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("");
}

function vocabularyStems(): string[] {
  const terms = new Set<string>([...MONEY_WORDS, ...HEADER_SYNONYMS.map(([from]) => from)]);
  for (const p of [...FINANCIAL_HEADER_PATTERNS, ...INDICATOR_HEADER_PATTERNS]) {
    p.all?.forEach((t) => terms.add(t));
    if (p.start) terms.add(p.start);
  }
  return [...terms].filter((t) => t.length >= 3);
}

const STEMS = new RegExp(vocabularyStems().map(looseSource).join("|"), "i");

function isYearNumber(v: unknown): boolean {
  return typeof v === "number" && Number.isInteger(v) && v >= 2000 && v <= 2099;
}

/** The text of a cell that holds a typed text (not a formula, not blank). */
function typedText(cell: Cell | undefined): string | null {
  const v = cell?.value;
  return typeof v === "string" && !cell!.formula && isFilled(v) ? v : null;
}

/** Caches shared by the sheets of one recognition, by raw text (labels and headers repeat across sheets). */
export class TextCaches {
  readonly normalised = new Map<string, string>();
  readonly headers = new Map<string, ParsedHeader>();
  readonly labels = new Map<string, string | null>();

  /**
   * `values`: the workbook's formulas saved without a cached result, computed from the cells they
   * reference, so that a row's kind never depends on whether the file carries cached results
   * (SPEC §2). Absent: cached values only.
   */
  constructor(readonly values?: ValueResolver) {}
}

/**
 * What each row holds, in flat arrays (no object per row): counts of typed texts, of other values
 * (numbers, formulas, dates, booleans, errors) and of year-like numbers, and the first and last
 * non-empty columns. Cells themselves are read from the sheet when needed.
 */
export class SheetScan {
  readonly sheet: Sheet;
  readonly rowCount: number;
  readonly width: number;
  private readonly textCounts: Uint16Array;
  private readonly valueCounts: Uint16Array;
  private readonly yearCounts: Uint16Array;
  private readonly firstCols: Int16Array;
  private readonly lastCols: Int16Array;
  private readonly caches: TextCaches;

  constructor(sheet: Sheet, caches: TextCaches = new TextCaches()) {
    this.sheet = sheet;
    this.caches = caches;
    this.rowCount = sheet.rowCount;
    this.width = Math.min(sheet.colCount, MAX_COLUMNS);
    this.textCounts = new Uint16Array(this.rowCount);
    this.valueCounts = new Uint16Array(this.rowCount);
    this.yearCounts = new Uint16Array(this.rowCount);
    this.firstCols = new Int16Array(this.rowCount).fill(-1);
    this.lastCols = new Int16Array(this.rowCount).fill(-1);
    for (let r = 0; r < this.rowCount; r++) this.scanRow(r);
  }

  private scanRow(row: number): void {
    const width = Math.min(this.width, this.sheet.rowLength(row));
    for (let col = 0; col < width; col++) {
      const cell = this.sheet.get(row, col);
      if (!cell) continue;
      if (typedText(cell) !== null) this.textCounts[row]++;
      else if (cell.formula || (cell.value !== null && cell.value !== undefined && typeof cell.value !== "string")) {
        this.valueCounts[row]++;
        if (!cell.formula && isYearNumber(cell.value)) this.yearCounts[row]++;
      } else continue;
      if (this.firstCols[row] < 0) this.firstCols[row] = col;
      this.lastCols[row] = col;
    }
  }

  /** The row holds nothing (in the scanned columns). */
  isBlank(row: number): boolean {
    return this.firstCols[row] < 0;
  }

  textCount(row: number): number {
    return this.textCounts[row] ?? 0; // 0 past the last row too
  }

  /** Cells holding something else than text: number, formula, date, boolean, error. */
  valueCount(row: number): number {
    return this.valueCounts[row] ?? 0;
  }

  /** Numbers that look like years (2000–2099): a header may hold them (« Indicateur | 2018 | 2019 »). */
  yearCount(row: number): number {
    return this.yearCounts[row] ?? 0;
  }

  /** The typed text at (row, col), or null. */
  text(row: number, col: number): string | null {
    return typedText(this.sheet.get(row, col));
  }

  /** Typed texts of the row, left to right. */
  texts(row: number): TextCell[] {
    const out: TextCell[] = [];
    if (!this.textCounts[row]) return out;
    for (let col = this.firstCols[row]; col <= this.lastCols[row]; col++) {
      const raw = this.text(row, col);
      if (raw !== null) out.push({ col, raw });
    }
    return out;
  }

  /** The first typed text of the row (texts(row)[0].raw), or null. */
  firstText(row: number): string | null {
    if (!this.textCounts[row]) return null;
    for (let col = this.firstCols[row]; col <= this.lastCols[row]; col++) {
      const raw = this.text(row, col);
      if (raw !== null) return raw;
    }
    return null;
  }

  /** The row holds something in columns c1..c2. */
  hasContent(row: number, c1: number, c2: number): boolean {
    const first = this.firstCols[row];
    const last = this.lastCols[row];
    if (first < 0 || last < c1 || first > c2) return false;
    if (first >= c1 || last <= c2) return true;
    for (let col = c1; col <= c2; col++) {
      const cell = this.sheet.get(row, col);
      if (
        cell &&
        (cell.formula ||
          (cell.value !== null && cell.value !== undefined && (typeof cell.value !== "string" || isFilled(cell.value))))
      ) {
        return true;
      }
    }
    return false;
  }

  /** Normalised text (normalizeText), cached. */
  norm(raw: string): string {
    let norm = this.caches.normalised.get(raw);
    if (norm === undefined) this.caches.normalised.set(raw, (norm = normalizeText(raw)));
    return norm;
  }

  /** The text read as a header (parseHeader), cached. */
  parse(raw: string): ParsedHeader {
    let header = this.caches.headers.get(raw);
    if (header === undefined) this.caches.headers.set(raw, (header = parseHeader(raw)));
    return header;
  }

  /** The text read as a header; null when it cannot hold header vocabulary (a long text without any stem). */
  header(raw: string): ParsedHeader | null {
    return raw.length <= SHORT_TEXT || STEMS.test(raw) ? this.parse(raw) : null;
  }

  /** Normalised text of a label that may match the row vocabulary (labels.ts); null for any other text. */
  label(raw: string): string | null {
    let label = this.caches.labels.get(raw);
    if (label === undefined) {
      label = LABEL_START.test(raw) || LABEL_HINT.test(raw) ? this.norm(raw) : null;
      this.caches.labels.set(raw, label);
    }
    return label;
  }

  /** Normalised text of a label that may match the patterns anchored at its start (placeholder, « Fiche 12 », « Axe … »). */
  startLabel(raw: string): string | null {
    return LABEL_START.test(raw) ? this.norm(raw) : null;
  }

  /** The cell's value: cached, or computed from its formula when the file has no cached result. */
  value(row: number, col: number): CellValue {
    const values = this.caches.values;
    return values ? values.value(this.sheet, row, col) : this.sheet.value(row, col);
  }

  /** Cell value as text for a label: a string as is, a number as written by String(); else null. */
  labelValue(row: number, col: number): string | null {
    const v = this.sheet.value(row, col);
    if (typeof v === "string") return isFilled(v) ? v : null;
    return typeof v === "number" ? String(v) : null;
  }
}
