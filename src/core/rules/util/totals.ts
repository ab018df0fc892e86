/**
 * What each total row should add up (SPEC §3, rule 3), shared by rules 3, 4 and 5:
 * - a total's span: the rows after the previous total of the same or a higher level;
 * - its parts: the highest-level totals inside its span, plus the action rows no such total
 *   covers (a sous-total adds its action rows; TOTAUX its section sous-totaux, else its
 *   sous-totaux, else its action rows); the Total dit contrôle adds every action row;
 * - its expected value, its SUM formula, and which rows an existing SUM formula really covers.
 */
import { refContains } from "../../formula/ast";
import { sumCellsFormula, sumRanges } from "../../formula/build";
import { formulaReferences } from "../../formula/parse";
import { r1c1Shape } from "../../formula/r1c1";
import { FinancialRow, FinancialTable, TableColumn } from "../../tables/model";
import { AmountCell, RuleContext } from "../types";
import { columnCents, nonPlainAmounts } from "./amounts";
import { hasLiveFormula, isBlank } from "./cells";
import { colAt, columnTitle, numericColumns } from "./columns";
import { roundingSlack } from "./money";
import { isLeaf, ofRowList, rowIndex, totalName } from "./rows";
import { implementsGPlusI } from "./templateK";

/** Which rows a total covers: they depend on the table's rows only, so they are worked out once. */
interface TotalRows {
  span: readonly FinancialRow[];
  leaves: readonly FinancialRow[];
  parts?: readonly FinancialRow[];
  /** The parts' indexes in the column cents (sheet row − the table's first row), for sums. */
  partIndexes?: Int32Array;
  /** Some parts are totals (sub-totals). */
  addsTotals?: boolean;
}

/**
 * By the table's rows (a table over the corrected sheets, engine/recheck.ts, shares them with its
 * original: what they cover is the same) and by the total's sheet row.
 */
const totalRowsMemo = new WeakMap<readonly FinancialRow[], Map<number, TotalRows>>();

function rowsOfTotal(table: FinancialTable, total: FinancialRow): TotalRows {
  let byRow = totalRowsMemo.get(table.rows);
  if (!byRow) {
    byRow = new Map();
    totalRowsMemo.set(table.rows, byRow);
  }
  let rows = byRow.get(total.row);
  if (!rows) {
    // Plain loops: every total of every table walks the table's rows.
    let bound = -1;
    for (const r of table.rows) if (r.row < total.row && r.level >= total.level && r.row > bound) bound = r.row;
    const span: FinancialRow[] = [];
    const leaves: FinancialRow[] = [];
    for (const r of table.rows) {
      if (r.row >= total.row || r.row <= bound) continue;
      span.push(r);
      if (isLeaf(r)) leaves.push(r);
    }
    rows = { span, leaves };
    byRow.set(total.row, rows);
  }
  return rows;
}

/** Rows between the previous total of level ≥ this one's and this total. */
export function totalSpan(table: FinancialTable, total: FinancialRow): readonly FinancialRow[] {
  return rowsOfTotal(table, total).span;
}

/** Action and empty template rows under a total. */
export function leavesOf(table: FinancialTable, total: FinancialRow): readonly FinancialRow[] {
  return rowsOfTotal(table, total).leaves;
}

function decompose(rows: readonly FinancialRow[], below: number): FinancialRow[] {
  const level = Math.max(0, ...rows.filter((r) => r.level > 0 && r.level < below).map((r) => r.level));
  if (level === 0) return rows.filter(isLeaf);
  const out: FinancialRow[] = [];
  let rest: FinancialRow[] = [];
  for (const r of rows) {
    if (r.level === level) {
      out.push(r);
      rest = [];
    } else rest.push(r);
  }
  return [...out, ...decompose(rest, level)].sort((a, b) => a.row - b.row);
}

/** The rows a total adds up, in sheet order. */
export function totalParts(table: FinancialTable, total: FinancialRow): readonly FinancialRow[] {
  const rows = rowsOfTotal(table, total);
  rows.parts ??= total.kind === "controle" ? rows.leaves : decompose(rows.span, total.level);
  return rows.parts;
}

/** Some of the total's parts are totals themselves. */
function addsTotals(table: FinancialTable, total: FinancialRow): boolean {
  const rows = rowsOfTotal(table, total);
  rows.addsTotals ??= totalParts(table, total).some((part) => part.level > 0);
  return rows.addsTotals;
}

/** totalParts as indexes in the column cents (amounts.ts columnCents). */
function partIndexes(table: FinancialTable, total: FinancialRow): Int32Array {
  const rows = rowsOfTotal(table, total);
  if (!rows.partIndexes) {
    const parts = totalParts(table, total);
    const indexes = new Int32Array(parts.length);
    for (let i = 0; i < parts.length; i++) indexes[i] = parts[i].row - table.range.r1;
    rows.partIndexes = indexes;
  }
  return rows.partIndexes;
}

/**
 * The SUM formula a total should hold: "=SUM(E5:E7)", "=SUM(E8,E13,E15)". A total with nothing
 * to add up (an axe without action rows) sums its own rows all the same, "=SUM(E5)": a formula
 * that will follow the rows added later, which "=0" would not.
 */
export function totalFormula(table: FinancialTable, total: FinancialRow, column: TableColumn): string {
  const parts = totalParts(table, total);
  const rows = parts.length > 0 ? parts : totalSpan(table, total);
  return sumCellsFormula(rows.map((r) => ({ row: r.row, col: colAt(table, r.row, column) })));
}

/** The value for `key` in the per-analysis map ctx.memo(owner, name), computed once (no key text built). */
function memoized<K, V>(ctx: RuleContext, owner: object, name: string, key: K, compute: () => V): V {
  const values = ctx.memo(owner, name, () => new Map<K, V>());
  if (values.has(key)) return values.get(key) as V;
  const value = compute();
  values.set(key, value);
  return value;
}

/**
 * Expected value of a total, in cents, or null when a part is unreadable.
 * - written: the sum of its parts as they stand (what its SUM formula gives now);
 * - corrected: the same once every sub-total it adds is itself right (the sum of its action rows).
 */
export function expectedTotal(
  ctx: RuleContext,
  table: FinancialTable,
  total: FinancialRow,
  column: TableColumn,
  mode: "written" | "corrected" = "written",
): number | null {
  // Without sub-totals among the parts, both modes add the same cells: one sum serves both.
  const corrected = mode === "corrected" && addsTotals(table, total);
  return memoized(ctx, total, corrected ? "correctedTotal" : "writtenTotal", column, () => {
    const cents = columnCents(ctx, table, column);
    if (!corrected) return sumOf(cents, partIndexes(table, total));
    let sum = 0;
    for (const part of totalParts(table, total)) {
      const value =
        part.level > 0 && corrected ? expectedTotal(ctx, table, part, column, mode) : cents[part.row - table.range.r1];
      if (value === null || Number.isNaN(value)) return null;
      sum += value;
    }
    return sum;
  });
}

/** Σ of the cents at these indexes; null when one is unreadable (NaN). */
function sumOf(cents: Float64Array, indexes: Int32Array): number | null {
  // Added in the order of the parts, like the corrected sum; a NaN makes the sum NaN.
  let sum = 0;
  for (let i = 0; i < indexes.length; i++) sum += cents[indexes[i]];
  return Number.isNaN(sum) ? null : sum;
}

/** What a SUM formula of a total covers, compared with the rows it should cover (0-based rows). */
export interface Coverage {
  /** Action rows under the total the formula leaves out. */
  missing: number[];
  /** Action rows counted twice (directly and through a sub-total, or by overlapping ranges). */
  double: number[];
  /** Action rows of other groups, and total rows of the same or a higher level, it adds. */
  extra: number[];
}

function coveredCounts(table: FinancialTable, total: FinancialRow, column: TableColumn, formula: string) {
  const ranges = sumRanges(formula);
  // The column's sheet columns: more than one when a part after a page break is shifted.
  const cols = table.segments?.length ? new Set(table.rows.map((r) => colAt(table, r.row, column))) : [column.col];
  const local = (ranges ?? []).filter(
    (r) =>
      r.workbook === undefined &&
      (r.sheet === null || r.sheet === table.sheet.name) &&
      [...cols].some((c) => r.c1 <= c && c <= r.c2),
  );
  if (local.length === 0) return null;
  const { r1, r2 } = table.range;
  /** How many times the formula adds each row of the table: counts[row - r1]; `added`: rows added at least once. */
  const counts = new Uint32Array(r2 - r1 + 1);
  const added: number[] = [];
  const add = (r: number) => {
    if (counts[r - r1]++ === 0) added.push(r);
  };
  const extraTotals: number[] = [];
  const rows = rowIndex(table);
  for (const ref of local) {
    for (let r = Math.max(ref.r1, r1); r <= Math.min(ref.r2, r2); r++) {
      const row = rows[r - r1];
      if (!row || row.row === total.row || !refContains(ref, r, colAt(table, r, column))) continue;
      if (isLeaf(row)) add(r);
      else if (row.level > 0 && row.level < total.level) for (const leaf of leavesOf(table, row)) add(leaf.row);
      else if (row.level > 0) extraTotals.push(r);
    }
  }
  return { counts, added, extraTotals };
}

/**
 * Rows a pure SUM formula (=SUM(E5:E7)+E9) of a total covers, against the rows it should cover;
 * null when the formula adds nothing of this column (a row formula, another function, a subtraction).
 */
export function coverage(table: FinancialTable, total: FinancialRow, column: TableColumn, formula: string): Coverage | null {
  const covered = coveredCounts(table, total, column, formula);
  if (!covered) return null;
  const { counts, added, extraTotals } = covered;
  const r1 = table.range.r1;
  const own = leavesOf(table, total);
  const first = own[0]?.row ?? total.row;
  // Action rows in [first, total) are the total's own (its span holds every row of that stretch).
  const isOwn = (r: number) => r >= first && r < total.row;
  const double: number[] = [];
  const extra = new Set(extraTotals);
  const rows = rowIndex(table);
  for (const r of added) {
    if (rows[r - r1]?.kind !== "action") continue;
    if (!isOwn(r)) extra.add(r);
    else if (counts[r - r1] > 1) double.push(r);
  }
  return {
    missing: own.filter((r) => r.kind === "action" && counts[r.row - r1] === 0).map((r) => r.row),
    double,
    extra: [...extra].sort((a, b) => a - b),
  };
}

/**
 * Coverages by total row and R1C1 shape, for formulas whose references do not fix their column
 * (no `$` before a column letter): the coverage of such a formula depends on the table's rows and
 * on the shape only, the same in every column and never on the cells' values, so the tables over
 * the corrected sheets (engine/recheck.ts), which share their rows with the originals, share them
 * too (another formula is another shape).
 */
const coverages = new WeakMap<FinancialRow, Map<string, Coverage | null>>();

/** Some reference of the formula fixes its column (`$E$6`, `$E6`), not a whole row. */
function fixesColumns(formula: string): boolean {
  return formulaReferences(formula).some((r) => !r.wholeRow && (r.absC1 || r.absC2));
}

/**
 * coverage() of a total cell. A SUM copied across a total row has the same R1C1 shape in every
 * column and covers the same rows: it is worked out once per shape (unless a part of the table is
 * shifted after a page break, where columns differ by row).
 */
function coverageOf(
  ctx: RuleContext,
  table: FinancialTable,
  total: FinancialRow,
  column: TableColumn,
  formula: string,
): Coverage | null {
  if (table.segments?.length) return coverage(table, total, column, formula);
  const shape = r1c1Shape(formula, total.row, column.col);
  // A fixed column (`$D$6`) reads the same cells from every column: what it covers depends on the column it is in.
  if (fixesColumns(formula)) {
    return memoized(ctx, total, "coverage", `${column.col}:${shape}`, () => coverage(table, total, column, formula));
  }
  let byShape = coverages.get(total);
  if (!byShape) coverages.set(total, (byShape = new Map()));
  let found = byShape.get(shape);
  if (found === undefined) byShape.set(shape, (found = coverage(table, total, column, formula)));
  return found;
}

export function hasGaps(c: Coverage): boolean {
  return c.missing.length + c.double.length + c.extra.length > 0;
}

export type TotalCheck =
  /** Rule 2's cell (K = G+I), or an unreadable amount (rule 8 reports it). */
  | { kind: "skip" }
  /** Nothing in the cell (rule 4). expected: its corrected value; null when a part is unreadable. */
  | { kind: "blank"; expected: number | null }
  /** Its SUM formula leaves out rows, or counts some twice or from elsewhere (rule 5, erreur). */
  | { kind: "range"; amount: AmountCell; coverage: Coverage; expected: number | null }
  /**
   * Value ≠ the sum of its parts as written and ≠ that sum once its sub-totals are right (rule 3).
   * rightFormula: a SUM formula over exactly the right rows all the same (amounts typed as text,
   * which Excel's sums leave out, or a result saved before the last change).
   */
  | { kind: "wrong"; amount: AmountCell; expected: number; corrected: number | null; rightFormula: boolean }
  /** typedIn: right value typed without a formula (rule 5); ok: right formula. */
  | { kind: "typedIn" | "ok"; amount: AmountCell; expected: number };

/**
 * The verdict on one cell of a total row; each cell gets one, so rules 3, 4 and 5 never overlap.
 * A total that agrees with its sub-totals as written is right even when a sub-total is wrong
 * (that sub-total is reported, once), and so is a total that agrees with its action rows.
 */
export function checkTotal(ctx: RuleContext, table: FinancialTable, total: FinancialRow, column: TableColumn): TotalCheck {
  // Rules 3, 4 and 5 each ask for every total cell: the verdict is reached once per analysis.
  return memoized(ctx, total, "checkTotal", column, () => totalVerdict(ctx, table, total, column));
}

function totalVerdict(ctx: RuleContext, table: FinancialTable, total: FinancialRow, column: TableColumn): TotalCheck {
  if (column.key === "cdTotal" && implementsGPlusI(table, total.row)) return { kind: "skip" };
  const amount = ctx.amount(table, total.row, column.key) as AmountCell;
  if (isBlank(amount.cell)) return { kind: "blank", expected: expectedTotal(ctx, table, total, column, "corrected") };
  if (amount.cents === null) return { kind: "skip" };
  const expected = expectedTotal(ctx, table, total, column);
  const formula = amount.cell?.formula;
  const cover = formula ? coverageOf(ctx, table, total, column, formula) : null;
  if (cover && hasGaps(cover)) return { kind: "range", amount, coverage: cover, expected };
  if (expected === null) return { kind: "skip" };
  const corrected = expectedTotal(ctx, table, total, column, "corrected");
  const exact = amount.cents === expected || amount.cents === corrected;
  // The rounding slack reads every row under the total: only worked out when the total is off.
  const slack = exact ? 0 : totalSlack(ctx, table, total, column, amount);
  const near = (value: number | null) => value !== null && Math.abs((amount.cents as number) - value) <= slack;
  if (!near(expected) && !near(corrected)) {
    return { kind: "wrong", amount, expected, corrected, rightFormula: cover !== null };
  }
  return { kind: hasLiveFormula(amount.cell) ? "ok" : "typedIn", amount, expected };
}

/** Action rows under a total whose amount in this column is typed as text (Excel's sums leave it out). */
export function textAmountsOf(ctx: RuleContext, table: FinancialTable, total: FinancialRow, column: TableColumn): AmountCell[] {
  return nonPlainAmounts(ctx, table, leavesOf(table, total), column).filter(
    (a) => a.parsed.kind === "amount" && a.parsed.source === "text" && a.cents !== 0,
  );
}

/** Rounding allowed between a total and its parts: amounts with digits beyond the cent (rule 9's) among them. */
function totalSlack(
  ctx: RuleContext,
  table: FinancialTable,
  total: FinancialRow,
  column: TableColumn,
  amount: AmountCell,
): number {
  const rows = new Set([...totalParts(table, total), ...leavesOf(table, total)]);
  // Plain amounts (most of them) have no digits beyond the cent: only the others are read.
  return roundingSlack([amount, ...nonPlainAmounts(ctx, table, rows, column)]);
}

/** Every money cell of the row is blank (an untouched Total dit contrôle). */
export function isBlankRow(table: FinancialTable, row: FinancialRow): boolean {
  return numericColumns(table).every((c) => isBlank(table.sheet.get(row.row, colAt(table, row.row, c))));
}

/** « le sous-total (colonne A) », « TOTAUX FINANCIERS (colonne « Montant total réalisé… ») ». */
export function totalCellName(total: FinancialRow, column: TableColumn): string {
  return `${totalName(total)} (colonne ${columnTitle(column)})`;
}

/** « la somme des lignes 2 à 4 », « la somme des sous-totaux des lignes 5 et 8 ». */
export function partsSumPhrase(table: FinancialTable, total: FinancialRow): string {
  const parts = totalParts(table, total);
  if (parts.length === 0) return "la somme de ses lignes (il n'y en a aucune)";
  const rows = ofRowList(parts.map((r) => r.row));
  return parts.every((r) => r.level > 0) ? `la somme des sous-totaux ${rows}` : `la somme ${rows}`;
}
