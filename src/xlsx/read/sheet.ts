/**
 * One worksheet's XML → the core Sheet: values (shared strings, inline strings, numbers, dates as
 * ExcelJS gave them, booleans, errors), formulas with their cached result (shared formulas
 * translated to each cell, array formulas given to every cell of their range), number formats,
 * merged areas (as ranges), protection. Cells and merged areas are counted against the limits as
 * they are read, so that a huge sheet stops early. Read in the sheet's bytes (ByteScanner): rows
 * and cells written the usual way by a fast path (SheetReader.element), anything else by the
 * scanner's events, with the same result.
 */
import { Range } from "../../core/grid/address";
import { Cell, CellValue, Sheet } from "../../core/grid/model";
import { translateFormula } from "../../core/formula/translate";
import { damaged } from "../errors";
import { limitError, sayCount, XlsxLimits } from "../limits";
import { decodeEntities } from "../xml/entities";
import { ByteHandler, ByteTag, utf8 } from "../xml/bytes";
import { parseRangeRef, rangeArea, readRef } from "./cells";
import { digitsIn, plainNumberIn } from "./numbers";
import { CellPool, newCell } from "./cellPool";
import { Span, StartTag } from "./startTag";
import { RichText, unescapeOoxml } from "./strings";
import { CellStyle, isTrue, Styles } from "./styles";

/** What the workbench shows beside the values: column widths and the look of cells. */
export interface SheetLayout {
  /** Column widths in characters (Excel's unit), by 0-based column. */
  widths: Map<number, number>;
  /** Wrapped text and formats of cells (also empty ones), by row * 16384 + col. */
  cells: Map<number, { numFmt?: string; wrap?: boolean }>;
}

export function tooManySheetCells(limits: XlsxLimits, sheet: string): Error {
  return limitError(
    `la feuille « ${sheet} » dépasse ${sayCount(limits.cellsPerSheet)} de cellules`,
    `VerifPacte en lit au plus ${sayCount(limits.cellsPerSheet)} par feuille.`,
  );
}

export function tooManyCells(limits: XlsxLimits, sheet: string): Error {
  return limitError(
    `le classeur dépasse ${sayCount(limits.cells)} de cellules`,
    `la limite est atteinte dans la feuille « ${sheet} ».`,
  );
}

/** Counts cells and merged cells over the whole workbook. */
export class Budget {
  cells = 0;
  merged = 0;
  constructor(readonly limits: XlsxLimits) {}
}

export interface SheetContext {
  /** Shared by the sheets of a workbook. */
  pool: CellPool;
  styles: Styles;
  strings: readonly string[];
  date1904: boolean;
  budget: Budget;
  layout: SheetLayout | null;
}

const enum Target {
  None,
  Value,
  Formula,
}

/** The cell's `t` attribute. Other: a type Excel does not write, read as a number like « n ». */
const enum CellType {
  Number,
  Shared,
  Str,
  Bool,
  Error,
  Inline,
  Date,
  Other,
}

interface SharedFormula {
  formula: string;
  row: number;
  col: number;
}

/** What the fast path keeps of a cell: offsets in the bytes, -1 for what the cell lacks. */
const enum Field {
  /** 1 when the cell has a reference (then Row, Col). */
  Ref,
  Row,
  Col,
  Type,
  Style,
  Formula,
  FormulaTo,
  FType,
  FTypeTo,
  FRef,
  FRefTo,
  FSi,
  FSiTo,
  Value,
  ValueTo,
}
const CELL_FIELDS = 16;
const MAX_INT32 = 0x7fffffff;

const AMPERSAND = 38;
const NO_BYTES = new Uint8Array(0);
const LT = 60;
const GT = 62;
const SLASH = 47;
const LOWER_C = 99;
const LOWER_F = 102;
const LOWER_R = 114;
const LOWER_S = 115;
const LOWER_T = 116;
const LOWER_V = 118;

/** A type as written (entities decoded). */
function typeNamed(type: string): CellType {
  switch (type) {
    case "s":
      return CellType.Shared;
    case "n":
      return CellType.Number;
    case "str":
      return CellType.Str;
    case "b":
      return CellType.Bool;
    case "e":
      return CellType.Error;
    case "inlineStr":
      return CellType.Inline;
    case "d":
      return CellType.Date;
    default:
      return CellType.Other;
  }
}

/** The type of the attribute at index i, read in place when it is one of the usual ones. */
function cellType(tag: ByteTag, i: number): CellType {
  if (i < 0) return CellType.Number;
  const known = knownType(tag.source, tag.from[i], tag.to[i]);
  return known !== -1 ? known : typeNamed(decodeEntities(utf8(tag.source, tag.from[i], tag.to[i])));
}

/** The type of the attribute value s[from, to) when it is one of the usual ones, else -1. */
function knownType(s: Uint8Array, from: number, to: number): CellType | -1 {
  if (to - from === 1) {
    switch (s[from]) {
      case 115: // s
        return CellType.Shared;
      case 110: // n
        return CellType.Number;
      case 98: // b
        return CellType.Bool;
      case 101: // e
        return CellType.Error;
      case 100: // d
        return CellType.Date;
    }
  } else if (to - from === 3 && isAscii(s, from, "str")) return CellType.Str;
  else if (to - from === 9 && isAscii(s, from, "inlineStr")) return CellType.Inline;
  return -1;
}

/** s[at …] holds the characters of `text` (ASCII). */
function isAscii(s: Uint8Array, at: number, text: string): boolean {
  if (at + text.length > s.length) return false;
  for (let i = 0; i < text.length; i++) if (s[at + i] !== text.charCodeAt(i)) return false;
  return true;
}

/** Tag.int on s[from, to): digits only, else `fallback`. */
function digitsOr(s: Uint8Array, from: number, to: number, fallback: number): number {
  if (from === to) return fallback;
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s[i];
    if (c < 48 || c > 57) return fallback;
    n = n * 10 + (c - 48);
  }
  return n;
}

/** « </x> » at `at`, x being the one-letter name `letter`. */
function closes(s: Uint8Array, at: number, letter: number): boolean {
  return at + 3 < s.length && s[at] === LT && s[at + 1] === SLASH && s[at + 2] === letter && s[at + 3] === GT;
}

/** Scratch bytes of withEquals. */
let equalsBytes = new Uint8Array(256);

/** « = » then the text of bytes[from, to), decoded as one string. */
function withEquals(bytes: Uint8Array, from: number, to: number): string {
  const length = to - from + 1;
  if (length > equalsBytes.length) equalsBytes = new Uint8Array(Math.max(length, 2 * equalsBytes.length));
  equalsBytes[0] = 61; // « = »
  equalsBytes.set(bytes.subarray(from, to), 1);
  return utf8(equalsBytes, 0, length);
}

/** source[from, to) has an entity to decode. */
function hasEntity(source: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (source[i] === AMPERSAND) return true;
  return false;
}

export class SheetReader implements ByteHandler {
  private row = -1;
  private nextCol = 0;
  private inSheetData = false;
  private cells = 0;
  // The cell being read.
  private cellRow = 0;
  private cellCol = 0;
  private type = CellType.Number;
  private style = 0;
  /**
   * The text of <v>: valueSource[valueFrom, valueTo) when it holds no entity (read in place,
   * no string made for a number), else `decoded`; `hasValue` false when the cell has no <v> text.
   */
  private hasValue = false;
  private valueSource: Uint8Array = NO_BYTES;
  private valueFrom = 0;
  private valueTo = 0;
  private decoded: string | null = null;
  private formula = "";
  private formulaType: string | undefined = undefined;
  private formulaRef: string | undefined = undefined;
  private formulaSi: string | undefined = undefined;
  private hasFormula = false;
  private inline: RichText | null = null;
  private target = Target.None;
  private readonly shared = new Map<string, SharedFormula>();
  private readonly orphans: { si: string; row: number; col: number; value: CellValue; numFmt?: string }[] = [];
  private readonly arrays: { range: Range; formula: string }[] = [];
  private readonly styles: Styles;
  /** The reference just read: row, column. */
  private readonly ref = new Int32Array(2);
  /** Attributes of the fast path's last start tag. */
  private readonly tag = new StartTag();
  /** The cells of a row read by the fast path, CELL_FIELDS numbers each (see Field). */
  private read = new Int32Array(64 * CELL_FIELDS);

  constructor(
    private readonly sheet: Sheet,
    private readonly part: string,
    private readonly context: SheetContext,
  ) {
    this.styles = context.styles;
  }

  wantsText(): boolean {
    return this.target !== Target.None || (this.inline !== null && this.inline.wantsText);
  }

  rawText(source: Uint8Array, from: number, to: number): void {
    if (this.target === Target.Value) {
      if (this.hasValue) this.decoded = this.valueText() + decodeEntities(utf8(source, from, to));
      else if (hasEntity(source, from, to)) this.decoded = decodeEntities(utf8(source, from, to));
      else {
        this.valueSource = source;
        this.valueFrom = from;
        this.valueTo = to;
      }
      this.hasValue = true;
    } else if (this.target === Target.Formula) {
      // The formula with its « = », made in one piece (a « = » joined after would make a rope).
      if (from < to) this.formula += decodeEntities(this.formula === "" ? withEquals(source, from, to) : utf8(source, from, to));
    } else this.inline?.text(decodeEntities(utf8(source, from, to)));
  }

  /** The text of <v>, entities decoded. */
  private valueText(): string {
    return this.decoded ?? utf8(this.valueSource, this.valueFrom, this.valueTo);
  }

  /** <v> holds no text (or an empty one). */
  private valueEmpty(): boolean {
    return !this.hasValue || (this.decoded === null ? this.valueFrom === this.valueTo : this.decoded === "");
  }

  open(tag: ByteTag): void {
    switch (tag.name) {
      case "c":
        if (this.inSheetData) this.startCell(tag);
        return;
      case "v":
        this.target = Target.Value;
        return;
      case "f":
        this.startFormula(tag);
        return;
      case "row": {
        this.row = tag.indexOf("r") < 0 ? this.row + 1 : tag.int("r", 0) - 1;
        if (this.row < 0 || this.row >= 1_048_576) throw damaged(this.part, `ligne « ${tag.get("r")} » invalide`);
        this.nextCol = 0;
        return;
      }
      case "is":
        this.inline = new RichText();
        return;
      case "sheetData":
        this.inSheetData = true;
        return;
      case "mergeCell":
        this.addMerge(tag.get("ref") ?? "");
        return;
      case "sheetProtection":
        this.sheet.protected = isTrue(tag.get("sheet"));
        return;
      case "col":
        this.addColumnWidth(tag);
        return;
      default:
        this.inline?.open(tag.name);
    }
  }

  close(name: string): void {
    switch (name) {
      case "c":
        if (this.inSheetData) this.endCell();
        return;
      case "v":
      case "f":
        this.target = Target.None;
        return;
      case "sheetData":
        this.inSheetData = false;
        return;
      case "worksheet":
        this.finish();
        return;
      case "is":
        return;
      default:
        this.inline?.close(name);
    }
  }

  private startCell(tag: ByteTag): void {
    // The attributes in one pass (the first of a name counts, as with tag.indexOf).
    let r = -1;
    let s = -1;
    let t = -1;
    for (let i = 0; i < tag.count; i++) {
      const name = tag.names[i];
      if (name === "r") {
        if (r < 0) r = i;
      } else if (name === "s") {
        if (s < 0) s = i;
      } else if (name === "t" && t < 0) t = i;
    }
    if (r >= 0 && !readRef(tag.source, tag.from[r], tag.to[r], this.ref))
      throw damaged(this.part, `référence de cellule « ${tag.get("r")} » invalide`);
    this.beginCell(r >= 0, cellType(tag, t), tag.intAt(s, 0));
  }

  /** A cell starts: its reference (in this.ref, else the next one), type and style. */
  private beginCell(hasRef: boolean, type: CellType, style: number): void {
    if (hasRef) {
      this.cellRow = this.ref[0];
      this.cellCol = this.ref[1];
    } else {
      this.cellRow = Math.max(this.row, 0);
      this.cellCol = this.nextCol;
    }
    this.nextCol = this.cellCol + 1;
    this.type = type;
    this.style = style;
    this.hasValue = false;
    this.decoded = null;
    this.valueSource = NO_BYTES;
    this.formula = "";
    this.formulaType = undefined;
    this.formulaRef = undefined;
    this.formulaSi = undefined;
    this.hasFormula = false;
    this.inline = null;
    this.countCell();
  }

  /**
   * The fast path (see ByteHandler.element): a whole row, or a whole cell, written the usual way
   * — « <row r="2" …><c r="B2" s="3" t="s"><f>…</f><v>…</v></c>…</row> », formula and value
   * optional, « <c r="B2"/> » — read without events. Anything else (prefixes on a cell, spaces
   * between tags, inline strings, comments, CDATA, an unknown type, an invalid reference, a row
   * cut by the end of the chunk) is left to the scanner, whose events give the same result: the
   * fast path reads a whole row before doing anything, and only makes the usual case faster.
   */
  element(s: Uint8Array, lt: number): number {
    if (!this.inSheetData || this.target !== Target.None || this.inline !== null || lt + 1 >= s.length) return -1;
    const next = s[lt + 1];
    if (next === LOWER_C) {
      const end = this.scanCell(s, lt, 0);
      if (end >= 0) this.commitCell(s, 0);
      return end;
    }
    return next === LOWER_R ? this.scanRow(s, lt) : -1;
  }

  /** A whole <row> and its cells, read then done; -1 (nothing done) when one of them is not in the usual form. */
  private scanRow(s: Uint8Array, lt: number): number {
    // Every read is checked against the length: a read past the end would deoptimise this code.
    const length = s.length;
    if (!isAscii(s, lt, "<row")) return -1;
    const tag = this.tag;
    let i = tag.read(s, lt + 4);
    if (i < 0) return -1;
    const empty = tag.empty;
    // The first attribute named r (its local name, namespace declarations aside, as Tag does).
    let r = -1;
    let rTo = -1;
    for (let k = 0; k < tag.count; k++) {
      const name = tag.at(k, Span.Name);
      const local = tag.at(k, Span.Local);
      const nameTo = tag.at(k, Span.NameTo);
      const declaration = isAscii(s, name, "xmlns") && (nameTo === name + 5 || local !== name);
      if (!declaration && nameTo - local === 1 && s[local] === LOWER_R) {
        r = tag.at(k, Span.Value);
        rTo = tag.at(k, Span.ValueTo);
        break;
      }
    }
    const row = r < 0 ? this.row + 1 : digitsOr(s, r, rTo, 0) - 1;
    if (row < 0 || row >= 1_048_576) return -1;
    let cells = 0;
    if (!empty) {
      for (;;) {
        if (i + 5 >= length || s[i] !== LT) return -1;
        if (s[i + 1] === LOWER_C) {
          if ((cells + 1) * CELL_FIELDS > this.read.length) this.growRead();
          i = this.scanCell(s, i, cells++);
          if (i < 0) return -1;
        } else if (isAscii(s, i, "</row>")) {
          i += 6;
          break;
        } else return -1;
      }
    }
    // The events of the row, in the scanner's order.
    this.row = row;
    this.nextCol = 0;
    for (let k = 0; k < cells; k++) this.commitCell(s, k);
    return i;
  }

  private growRead(): void {
    const read = new Int32Array(this.read.length * 2);
    read.set(this.read);
    this.read = read;
  }

  /**
   * A whole <c> at `lt`, written the usual way, read into this.read (cell number k); the offset
   * after it, or -1 (nothing kept) when it is not in that form.
   */
  private scanCell(s: Uint8Array, lt: number, k: number): number {
    const length = s.length;
    if (lt + 2 >= length || s[lt + 1] !== LOWER_C) return -1;
    const tag = this.tag;
    let i = tag.read(s, lt + 2);
    if (i < 0) return -1;
    const empty = tag.empty;
    // r, s and t (the first of each), other attributes skipped; a prefixed name is left to the scanner.
    let r = -1;
    let rTo = -1;
    let st = -1;
    let stTo = -1;
    let t = -1;
    let tTo = -1;
    for (let k = 0; k < tag.count; k++) {
      if (tag.prefixed(k)) return -1;
      const name = tag.at(k, Span.Name);
      if (tag.at(k, Span.NameTo) - name !== 1) continue;
      const n = s[name];
      if (n === LOWER_R) {
        if (r < 0) {
          r = tag.at(k, Span.Value);
          rTo = tag.at(k, Span.ValueTo);
        }
      } else if (n === LOWER_S) {
        if (st < 0) {
          st = tag.at(k, Span.Value);
          stTo = tag.at(k, Span.ValueTo);
        }
      } else if (n === LOWER_T && t < 0) {
        t = tag.at(k, Span.Value);
        tTo = tag.at(k, Span.ValueTo);
      }
    }
    if (r >= 0 && !readRef(s, r, rTo, this.ref)) return -1;
    const type = t < 0 ? CellType.Number : knownType(s, t, tTo);
    if (type === -1) return -1;
    const style = st < 0 ? 0 : digitsOr(s, st, stTo, 0);
    if (style > MAX_INT32) return -1;
    // Content: <f …>…</f> or <f …/>, then <v>…</v> or <v/>, then </c>.
    let formula = -1;
    let formulaTo = -1;
    let fType = -1;
    let fTypeTo = -1;
    let fRef = -1;
    let fRefTo = -1;
    let fSi = -1;
    let fSiTo = -1;
    let value = -1;
    let valueTo = -1;
    if (!empty) {
      if (i + 3 >= length || s[i] !== LT) return -1;
      if (s[i + 1] === LOWER_F) {
        i = tag.read(s, i + 2);
        if (i < 0) return -1;
        const emptyFormula = tag.empty;
        for (let k = 0; k < tag.count; k++) {
          if (tag.prefixed(k)) return -1;
          const name = tag.at(k, Span.Name);
          const size = tag.at(k, Span.NameTo) - name;
          const from = tag.at(k, Span.Value);
          const to = tag.at(k, Span.ValueTo);
          if (size === 1 && s[name] === LOWER_T) {
            if (fType < 0) {
              fType = from;
              fTypeTo = to;
            }
          } else if (size === 3 && isAscii(s, name, "ref")) {
            if (fRef < 0) {
              fRef = from;
              fRefTo = to;
            }
          } else if (size === 2 && isAscii(s, name, "si") && fSi < 0) {
            fSi = from;
            fSiTo = to;
          }
        }
        formula = i;
        formulaTo = i;
        if (!emptyFormula) {
          formulaTo = s.indexOf(LT, i);
          if (formulaTo < 0 || !closes(s, formulaTo, LOWER_F)) return -1;
          i = formulaTo + 4;
        }
        if (i + 3 >= length || s[i] !== LT) return -1;
      }
      if (s[i + 1] === LOWER_V) {
        const c = s[i + 2];
        if (c === GT) {
          value = i + 3;
          for (valueTo = value; valueTo < length && s[valueTo] !== LT; valueTo++);
          if (!closes(s, valueTo, LOWER_V)) return -1;
          i = valueTo + 4;
        } else if (c === SLASH && s[i + 3] === GT) {
          value = valueTo = i + 4;
          i += 4;
        } else return -1;
      }
      if (!closes(s, i, LOWER_C)) return -1;
      i += 4;
    }
    const d = this.read;
    const at = k * CELL_FIELDS;
    d[at + Field.Ref] = r < 0 ? 0 : 1;
    d[at + Field.Row] = this.ref[0];
    d[at + Field.Col] = this.ref[1];
    d[at + Field.Type] = type;
    d[at + Field.Style] = style;
    d[at + Field.Formula] = formula;
    d[at + Field.FormulaTo] = formulaTo;
    d[at + Field.FType] = fType;
    d[at + Field.FTypeTo] = fTypeTo;
    d[at + Field.FRef] = fRef;
    d[at + Field.FRefTo] = fRefTo;
    d[at + Field.FSi] = fSi;
    d[at + Field.FSiTo] = fSiTo;
    d[at + Field.Value] = value;
    d[at + Field.ValueTo] = valueTo;
    return i;
  }

  /** What the events of cell number k read by scanCell do, in the scanner's order. */
  private commitCell(s: Uint8Array, k: number): void {
    const d = this.read;
    const at = k * CELL_FIELDS;
    const hasRef = d[at + Field.Ref] === 1;
    if (hasRef) {
      this.ref[0] = d[at + Field.Row];
      this.ref[1] = d[at + Field.Col];
    }
    this.beginCell(hasRef, d[at + Field.Type] as CellType, d[at + Field.Style]);
    const formula = d[at + Field.Formula];
    if (formula >= 0) {
      const fType = d[at + Field.FType];
      const fRef = d[at + Field.FRef];
      const fSi = d[at + Field.FSi];
      const formulaTo = d[at + Field.FormulaTo];
      this.target = Target.Formula;
      this.hasFormula = true;
      this.formulaType = fType < 0 ? undefined : utf8(s, fType, d[at + Field.FTypeTo]);
      this.formulaRef = fRef < 0 ? undefined : utf8(s, fRef, d[at + Field.FRefTo]);
      this.formulaSi = fSi < 0 ? undefined : utf8(s, fSi, d[at + Field.FSiTo]);
      if (formulaTo > formula) this.rawText(s, formula, formulaTo);
      this.target = Target.None;
    }
    const value = d[at + Field.Value];
    if (value >= 0) {
      const valueTo = d[at + Field.ValueTo];
      this.target = Target.Value;
      if (valueTo > value) this.rawText(s, value, valueTo);
      this.target = Target.None;
    }
    this.endCell();
  }

  private countCell(): void {
    const { budget } = this.context;
    if (++this.cells > budget.limits.cellsPerSheet) throw tooManySheetCells(budget.limits, this.sheet.name);
    if (++budget.cells > budget.limits.cells) throw tooManyCells(budget.limits, this.sheet.name);
  }

  private startFormula(tag: ByteTag): void {
    this.target = Target.Formula;
    this.hasFormula = true;
    this.formulaType = tag.get("t");
    this.formulaRef = tag.get("ref");
    this.formulaSi = tag.get("si");
  }

  private endCell(): void {
    const row = this.cellRow;
    const col = this.cellCol;
    const style = this.styles.style(this.style);
    if (this.context.layout && (style.wrap || style.numFmt)) {
      this.context.layout.cells.set(
        row * 16384 + col,
        style.wrap ? { numFmt: style.numFmt, wrap: true } : { numFmt: style.numFmt },
      );
    }
    const formula = this.hasFormula ? this.cellFormula(row, col) : null;
    if (formula === undefined) return; // a shared formula clone whose master comes later
    if (formula !== null) {
      const value = this.result(style.date);
      this.sheet.set(row, col, style.numFmt ? { value, formula, numFmt: style.numFmt } : { value, formula });
      return;
    }
    const cell = this.plainCell(style);
    if (cell !== undefined) this.sheet.set(row, col, cell);
  }

  /** The cell without formula, from the pool for a shared string or a number; undefined when it holds no value. */
  private plainCell(style: CellStyle): Cell | undefined {
    const type = this.type;
    if (this.decoded === null && this.hasValue && this.valueTo > this.valueFrom) {
      if (type === CellType.Shared) {
        const index = digitsIn(this.valueSource, this.valueFrom, this.valueTo);
        const text = index < 0 ? undefined : this.context.strings[index];
        if (text !== undefined) return this.context.pool.text(this.style, index, text, style.numFmt);
      } else if ((type === CellType.Number || type === CellType.Other) && !style.date) {
        const n = plainNumberIn(this.valueSource, this.valueFrom, this.valueTo);
        if (!Number.isNaN(n)) return this.context.pool.number(this.style, n, style.numFmt);
      }
    }
    const value = this.plainValue(style.date);
    return value === undefined ? undefined : newCell(value, style.numFmt);
  }

  /** The cell's formula with its « = »; null for none; undefined when deferred (clone before its master). */
  private cellFormula(row: number, col: number): string | null | undefined {
    const formula = this.formula; // with its « = », or ""
    switch (this.formulaType) {
      case "shared": {
        const si = this.formulaSi ?? "";
        if (formula !== "") {
          this.shared.set(si, { formula, row, col });
          return formula;
        }
        const master = this.shared.get(si);
        if (master) return translateFormula(master.formula, master.row, master.col, row, col);
        const style = this.styles.style(this.style);
        this.orphans.push({ si, row, col, value: this.result(style.date), numFmt: style.numFmt });
        return undefined;
      }
      case "array": {
        const range = this.formulaRef ? parseRangeRef(this.formulaRef) : null;
        if (formula === "") return null;
        if (range) this.arrays.push({ range, formula });
        return formula;
      }
      case "dataTable":
        return null;
      default:
        return formula === "" ? null : formula;
    }
  }

  /** Cached result of a formula: null when the file holds none (never 0). */
  private result(date: boolean): CellValue {
    if (this.valueEmpty()) return null;
    switch (this.type) {
      case CellType.Str:
        return unescapeOoxml(this.valueText());
      case CellType.Bool:
        return parseInt(this.valueText(), 10) !== 0;
      case CellType.Error:
        return { error: this.valueText() };
      default:
        return this.number(date);
    }
  }

  /** The value of a cell without formula; undefined when it holds none. */
  private plainValue(date: boolean): CellValue | undefined {
    if (this.type === CellType.Inline) return this.inline ? this.inline.take() : undefined;
    if (this.valueEmpty()) return undefined;
    switch (this.type) {
      case CellType.Shared: {
        let index = this.decoded === null ? digitsIn(this.valueSource, this.valueFrom, this.valueTo) : -1;
        if (index < 0) index = parseInt(this.valueText(), 10);
        const text = this.context.strings[index];
        return text === undefined ? null : text;
      }
      case CellType.Str:
        return unescapeOoxml(this.valueText());
      case CellType.Bool:
        return parseInt(this.valueText(), 10) !== 0;
      case CellType.Error:
        return { error: this.valueText() };
      case CellType.Date: {
        const v = this.valueText();
        const time = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(v) ? v : `${v}Z`);
        return Number.isNaN(time) ? v : new Date(time);
      }
      default:
        return this.number(date);
    }
  }

  /** A number cell; a value no spreadsheet can hold (« NaN », « abc », 1e999) is kept as the text written. */
  private number(date: boolean): number | Date | string {
    let n = this.decoded === null ? plainNumberIn(this.valueSource, this.valueFrom, this.valueTo) : NaN;
    if (Number.isNaN(n)) {
      const v = this.valueText();
      n = Number(v.trim());
      if (!Number.isFinite(n) || v.trim() === "") return v;
    }
    if (!date) return n;
    return new Date(Math.round((n - 25569 + (this.context.date1904 ? 1462 : 0)) * 86_400_000));
  }

  private addMerge(ref: string): void {
    const range = parseRangeRef(ref);
    if (!range || rangeArea(range) < 2) return;
    const budget = this.context.budget;
    budget.merged += rangeArea(range);
    if (budget.merged > budget.limits.mergedCells) {
      throw limitError(
        `les cellules fusionnées couvrent plus de ${sayCount(budget.limits.mergedCells)} de cellules`,
        `la fusion ${ref} de la feuille « ${this.sheet.name} » dépasse la limite.`,
      );
    }
    this.sheet.addMerge(range);
  }

  private addColumnWidth(tag: ByteTag): void {
    const layout = this.context.layout;
    const width = Number(tag.get("width"));
    const min = Number(tag.get("min"));
    const max = Math.min(Number(tag.get("max")), min + 1024);
    if (!layout || !Number.isFinite(width) || !(min >= 1) || !(max >= min)) return;
    for (let c = min; c <= max; c++) layout.widths.set(c - 1, width);
  }

  /** Clones read before their master, then array formulas spread over their range (like Excel shows them). */
  private finish(): void {
    for (const orphan of this.orphans) {
      const master = this.shared.get(orphan.si);
      const cell: Cell = { value: orphan.value };
      if (master) cell.formula = translateFormula(master.formula, master.row, master.col, orphan.row, orphan.col);
      if (orphan.numFmt) cell.numFmt = orphan.numFmt;
      if (cell.formula || cell.value !== null) this.sheet.set(orphan.row, orphan.col, cell);
    }
    for (const { range, formula } of this.arrays) {
      for (let r = range.r1; r <= range.r2; r++) {
        for (let c = range.c1; c <= range.c2; c++) {
          const existing = this.sheet.get(r, c);
          if (!existing) this.countCell();
          this.sheet.set(r, c, { ...(existing ?? { value: null }), formula });
        }
      }
    }
  }
}
