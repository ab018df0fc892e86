/**
 * What one analysis reads once and every rule shares: how each amount cell reads (kept compactly:
 * cents in typed arrays, the rare text or error by cell), and results derived from a table (what
 * its totals should be). Rules read the same cells many times (a total adds every action row;
 * rules 1, 5 and 6 check the same rows): a read costs a lookup, and the million cells of a big
 * workbook cost a few megabytes, not a million objects for the garbage collector to follow.
 * The cache lives for one analysis, so a changed workbook is read again by the next one.
 * `memoize: false` computes everything on each call (tests compare both).
 */
import { cellAddress } from "../grid/address";
import { Cell, CellValue, Sheet, Workbook } from "../grid/model";
import { createResolver, ValueResolver } from "../grid/values";
import { numberAmount, parseAmount, plainNumberCents } from "../parse/amount";
import { excelErrorCode } from "../parse/errors";
import { AmountParse } from "../parse/types";
import { AmountCell, ResolvedCell } from "../rules/types";
import { OverlaySheet } from "./corrected";

export interface AnalysisCache {
  /** Cell of a sheet with its value: cached, or computed from its formula when not cached. */
  cell(workbook: Workbook, sheet: Sheet, row: number, col: number): ResolvedCell;
  /** The Excel error code of its value (excelErrorCode), known without the cell when read as an amount. */
  errorCode(workbook: Workbook, sheet: Sheet, row: number, col: number): string | null;
  /** The same cell read as an amount. */
  amount(workbook: Workbook, sheet: Sheet, row: number, col: number): AmountCell;
  /** Only its cents (amount(…).cents), without building the amount: for sums over many rows. */
  cents(workbook: Workbook, sheet: Sheet, row: number, col: number): number | null;
  /** Its cents when it is empty (0) or a number with at most two decimals; else null. */
  plainCents(workbook: Workbook, sheet: Sheet, row: number, col: number): number | null;
  /** A value derived from `owner` (a table, one of its rows or columns), computed once per analysis for each `name`. */
  memo<V>(owner: object, name: string, compute: () => V): V;
  /**
   * A cache for the rules run again on corrected workbooks (engine/recheck.ts): it shares the
   * cells read so far (by sheet and workbook: the corrected sheets are other objects, read
   * afresh), not the derived values, which may mix cells of corrected and original sheets.
   */
  fork(): AnalysisCache;
}

/** Amount read as cents: empty counts as 0; unreadable text and Excel errors give null. */
export function amountCents(parsed: AmountParse): number | null {
  switch (parsed.kind) {
    case "empty":
      return 0;
    case "amount":
      return parsed.cents;
    default:
      return null;
  }
}

/** A number with at most two decimals: its cents say it all. */
function isPlainNumber(parsed: AmountParse): boolean {
  return parsed.kind === "amount" && parsed.source === "number" && !parsed.extraDecimals;
}

/** plainCents of an amount read. */
function plainOf(read: AmountRead): number | null {
  if (read.other === null) return read.cents;
  return read.other.kind === "empty" ? 0 : null;
}

/**
 * An amount cell as rules see it: a light view over the cache, built for each read (short-lived
 * objects cost the garbage collector far less than a million kept ones). Its cell, value, parse
 * (for a plain number) and address are looked up when asked: most reads only want the cents.
 */
class AmountRead implements AmountCell {
  readonly row: number;
  readonly col: number;
  readonly cents: number | null;
  /** The parse, when the cell is not a number with at most two decimals. */
  readonly other: AmountParse | null;
  private readonly sheet: Sheet;
  private readonly resolver: ValueResolver;

  constructor(sheet: Sheet, resolver: ValueResolver, row: number, col: number, cents: number | null, other: AmountParse | null) {
    this.row = row;
    this.col = col;
    this.cents = cents;
    this.other = other;
    this.sheet = sheet;
    this.resolver = resolver;
  }

  get cell(): Cell | undefined {
    return this.sheet.get(this.row, this.col);
  }

  get value(): CellValue {
    return this.resolver.value(this.sheet, this.row, this.col);
  }

  get parsed(): AmountParse {
    return this.other ?? numberAmount(this.cents as number);
  }

  get address(): string {
    return cellAddress(this.row, this.col);
  }
}

/** A resolved cell; its address is built when asked (rule 7 looks at every cell of every table). */
class CellRead implements ResolvedCell {
  readonly cell: Cell | undefined;
  readonly value: CellValue;
  private readonly row: number;
  private readonly col: number;

  constructor(row: number, col: number, cell: Cell | undefined, value: CellValue) {
    this.row = row;
    this.col = col;
    this.cell = cell;
    this.value = value;
  }

  get address(): string {
    return cellAddress(this.row, this.col);
  }
}

const UNREAD = 0;
const NUMBER = 1;
const EMPTY = 2;
const OTHER = 3;
const EMPTY_PARSE = parseAmount(null);

/**
 * How the rows of one sheet column read as amounts: kinds[row] is UNREAD, NUMBER (a number with
 * at most two decimals: cents[row] says it all), EMPTY or OTHER (its parse in `others`, by row:
 * text, errors, more decimals, and numbers beyond ±21 474 836,47 €, whose cents do not fit in
 * cents[]). Int32 cents are read back as small integers, without allocating a number each time.
 */
interface ColumnReads {
  kinds: Uint8Array;
  cents: Int32Array;
  others: Map<number, AmountParse>;
}

/** What a cache and its forks share: resolvers by workbook, amount reads by sheet. */
interface SharedReads {
  resolvers: Map<Workbook, ValueResolver>;
  columns: Map<Sheet, (ColumnReads | undefined)[]>;
}

function emptyReads(rows: number): ColumnReads {
  return { kinds: new Uint8Array(rows), cents: new Int32Array(rows), others: new Map() };
}

export function createAnalysisCache(options: { memoize: boolean } = { memoize: true }): AnalysisCache {
  return cacheOver({ resolvers: new Map(), columns: new Map() }, options.memoize);
}

function cacheOver(shared: SharedReads, memoize: boolean): AnalysisCache {
  const { resolvers, columns } = shared;
  let lastWorkbook: Workbook | null = null;
  let lastResolver: ValueResolver | null = null;
  const resolverOf = (workbook: Workbook): ValueResolver => {
    if (workbook !== lastWorkbook || !lastResolver) {
      lastWorkbook = workbook;
      lastResolver = resolvers.get(workbook) ?? createResolver(workbook);
      resolvers.set(workbook, lastResolver);
    }
    return lastResolver;
  };
  // Resolving a cell is a lookup (formulas without cached value are computed once by the resolver).
  const value = (workbook: Workbook, sheet: Sheet, row: number, col: number): CellValue =>
    resolverOf(workbook).value(sheet, row, col);
  const cell = (workbook: Workbook, sheet: Sheet, row: number, col: number): ResolvedCell =>
    new CellRead(row, col, sheet.get(row, col), value(workbook, sheet, row, col));
  const readAmount = (workbook: Workbook, sheet: Sheet, row: number, col: number): AmountRead => {
    const resolver = resolverOf(workbook);
    const parsed = parseAmount(resolver.value(sheet, row, col), sheet.get(row, col)?.numFmt);
    return new AmountRead(sheet, resolver, row, col, amountCents(parsed), isPlainNumber(parsed) ? null : parsed);
  };
  if (!memoize) {
    return {
      cell,
      errorCode: (workbook, sheet, row, col) => excelErrorCode(value(workbook, sheet, row, col)),
      amount: readAmount,
      cents: (workbook, sheet, row, col) => readAmount(workbook, sheet, row, col).cents,
      plainCents: (workbook, sheet, row, col) => plainOf(readAmount(workbook, sheet, row, col)),
      memo: (_owner, _name, compute) => compute(),
      fork: () => cacheOver({ resolvers: new Map(), columns: new Map() }, false),
    };
  }

  let lastSheet: Sheet | null = null;
  let lastColumns: (ColumnReads | undefined)[] = [];
  const derived = new WeakMap<object, Map<string, unknown>>();

  const readsOf = (sheet: Sheet, col: number): ColumnReads => {
    // Rules read a table after another: the last sheet is asked again most of the time.
    if (sheet !== lastSheet) {
      lastSheet = sheet;
      lastColumns = columns.get(sheet) ?? [];
      columns.set(sheet, lastColumns);
    }
    return (lastColumns[col] ??= sheet instanceof OverlaySheet ? overlayReads(sheet, col) : emptyReads(sheet.rowCount));
  };

  /** A corrected sheet's column: what its base sheet's reads say, except the rows the plan changes. */
  const overlayReads = (sheet: OverlaySheet, col: number): ColumnReads => {
    const base = columns.get(sheet.base)?.[col];
    if (!base) return emptyReads(sheet.rowCount);
    const reads = emptyReads(Math.max(sheet.rowCount, base.kinds.length));
    reads.kinds.set(base.kinds);
    reads.cents.set(base.cents);
    for (const [row, parsed] of base.others) reads.others.set(row, parsed);
    for (const row of sheet.changedRows(col)) {
      if (row >= reads.kinds.length) continue;
      reads.kinds[row] = UNREAD;
      reads.others.delete(row);
    }
    return reads;
  };

  /** How the cell reads (reading it the first time); below the sheet's last row, nothing: EMPTY. */
  const kindAt = (reads: ColumnReads, workbook: Workbook, sheet: Sheet, row: number, col: number): number => {
    if (row >= reads.kinds.length) return EMPTY;
    if (reads.kinds[row] !== UNREAD) return reads.kinds[row];
    const value = resolverOf(workbook).value(sheet, row, col);
    const numFmt = sheet.get(row, col)?.numFmt;
    const plain = typeof value === "number" ? plainNumberCents(value, numFmt) : null;
    if (plain !== null && (plain | 0) === plain) {
      reads.cents[row] = plain;
      return (reads.kinds[row] = NUMBER);
    }
    const parsed = parseAmount(value, numFmt);
    if (parsed.kind === "empty") return (reads.kinds[row] = EMPTY);
    reads.others.set(row, parsed);
    return (reads.kinds[row] = OTHER);
  };

  const cache: AnalysisCache = {
    cell,
    errorCode(workbook, sheet, row, col) {
      // A cell already read as an amount says it: an error value or text parses as an "error".
      const kind = (sheet === lastSheet ? lastColumns : columns.get(sheet))?.[col]?.kinds[row];
      if (kind === NUMBER || kind === EMPTY) return null;
      if (kind !== OTHER) return excelErrorCode(value(workbook, sheet, row, col));
      const other = columns.get(sheet)?.[col]?.others.get(row) as AmountParse;
      return other.kind === "error" ? other.code : null;
    },
    amount(workbook, sheet, row, col) {
      const reads = readsOf(sheet, col);
      const kind = kindAt(reads, workbook, sheet, row, col);
      const resolver = resolverOf(workbook);
      if (kind === NUMBER) return new AmountRead(sheet, resolver, row, col, reads.cents[row], null);
      const other = kind === EMPTY ? EMPTY_PARSE : (reads.others.get(row) as AmountParse);
      return new AmountRead(sheet, resolver, row, col, amountCents(other), isPlainNumber(other) ? null : other);
    },
    cents(workbook, sheet, row, col) {
      const reads = readsOf(sheet, col);
      const kind = kindAt(reads, workbook, sheet, row, col);
      if (kind === NUMBER) return reads.cents[row];
      return kind === EMPTY ? 0 : amountCents(reads.others.get(row) as AmountParse);
    },
    plainCents(workbook, sheet, row, col) {
      const reads = readsOf(sheet, col);
      const kind = kindAt(reads, workbook, sheet, row, col);
      if (kind === NUMBER) return reads.cents[row];
      if (kind === EMPTY) return 0;
      const other = reads.others.get(row) as AmountParse;
      return isPlainNumber(other) ? amountCents(other) : null;
    },
    memo<V>(owner: object, name: string, compute: () => V): V {
      let results = derived.get(owner);
      if (!results) {
        results = new Map();
        derived.set(owner, results);
      }
      if (!results.has(name)) results.set(name, compute());
      return results.get(name) as V;
    },
    fork: () => cacheOver(shared, true),
  };
  return cache;
}
