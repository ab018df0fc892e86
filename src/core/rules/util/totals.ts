/**
 * What each total row should add up (SPEC §3, rule 3), shared by rules 3, 4 and 5:
 * - a total's span: the rows after the previous total of the same or a higher level;
 * - its parts: the highest-level totals inside its span, plus the action rows no such total
 *   covers (a sous-total adds its action rows; TOTAUX its section sous-totaux, else its
 *   sous-totaux, else its action rows); the Total dit contrôle adds every action row;
 * - its expected value, its SUM formula, and which rows an existing SUM formula really covers.
 */
import { refContains } from "../../formula/ast";
import { sumFormula, sumRanges } from "../../formula/build";
import { FinancialRow, FinancialTable, TableColumn } from "../../tables/model";
import { AmountCell, RuleContext } from "../types";
import { hasLiveFormula, isBlank } from "./cells";
import { columnTitle, numericColumns } from "./columns";
import { sumCents } from "./money";
import { isLeaf, ofRowList, rowAt, totalName } from "./rows";
import { implementsGPlusI } from "./templateK";

/** Rows between the previous total of level ≥ this one's and this total. */
export function totalSpan(table: FinancialTable, total: FinancialRow): FinancialRow[] {
  const before = table.rows.filter((r) => r.row < total.row);
  const bound = Math.max(-1, ...before.filter((r) => r.level >= total.level).map((r) => r.row));
  return before.filter((r) => r.row > bound);
}

/** Action and empty template rows under a total. */
export function leavesOf(table: FinancialTable, total: FinancialRow): FinancialRow[] {
  return totalSpan(table, total).filter(isLeaf);
}

function decompose(rows: FinancialRow[], below: number): FinancialRow[] {
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
export function totalParts(table: FinancialTable, total: FinancialRow): FinancialRow[] {
  if (total.kind === "controle") return leavesOf(table, total);
  return decompose(totalSpan(table, total), total.level);
}

/** The SUM formula a total should hold: "=SUM(E5:E7)", "=SUM(E8,E13,E15)". */
export function totalFormula(table: FinancialTable, total: FinancialRow, column: TableColumn): string {
  return sumFormula(column.col, totalParts(table, total).map((r) => r.row));
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
  return sumCents(
    totalParts(table, total).map((part) =>
      part.level > 0 && mode === "corrected"
        ? expectedTotal(ctx, table, part, column, mode)
        : (ctx.amount(table, part.row, column.key) as AmountCell).cents,
    ),
  );
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
  const local = (ranges ?? []).filter(
    (r) => r.workbook === undefined && (r.sheet === null || r.sheet === table.sheet.name) && r.c1 <= column.col && column.col <= r.c2,
  );
  if (local.length === 0) return null;
  const counts = new Map<number, number>();
  const extraTotals: number[] = [];
  const add = (row: number) => counts.set(row, (counts.get(row) ?? 0) + 1);
  for (const ref of local) {
    for (let r = Math.max(ref.r1, table.range.r1); r <= Math.min(ref.r2, table.range.r2); r++) {
      const row = rowAt(table, r);
      if (!row || row.row === total.row || !refContains(ref, r, column.col)) continue;
      if (isLeaf(row)) add(r);
      else if (row.level > 0 && row.level < total.level) leavesOf(table, row).forEach((l) => add(l.row));
      else if (row.level > 0) extraTotals.push(r);
    }
  }
  return { counts, extraTotals };
}

/**
 * Rows a pure SUM formula (=SUM(E5:E7)+E9) of a total covers, against the rows it should cover;
 * null when the formula adds nothing of this column (a row formula, another function, a subtraction).
 */
export function coverage(table: FinancialTable, total: FinancialRow, column: TableColumn, formula: string): Coverage | null {
  const covered = coveredCounts(table, total, column, formula);
  if (!covered) return null;
  const { counts, extraTotals } = covered;
  const isAction = (r: number) => rowAt(table, r)?.kind === "action";
  const own = new Set(leavesOf(table, total).map((r) => r.row));
  return {
    missing: [...own].filter((r) => isAction(r) && !counts.has(r)),
    double: [...counts].filter(([r, n]) => n > 1 && own.has(r) && isAction(r)).map(([r]) => r),
    extra: [...new Set([...[...counts.keys()].filter((r) => !own.has(r) && isAction(r)), ...extraTotals])].sort((a, b) => a - b),
  };
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
  /** Value ≠ the sum of its parts as written and ≠ that sum once its sub-totals are right (rule 3). */
  | { kind: "wrong"; amount: AmountCell; expected: number; corrected: number | null }
  /** typedIn: right value typed without a formula (rule 5); ok: right formula. */
  | { kind: "typedIn" | "ok"; amount: AmountCell; expected: number };

/**
 * The verdict on one cell of a total row; each cell gets one, so rules 3, 4 and 5 never overlap.
 * A total that agrees with its sub-totals as written is right even when a sub-total is wrong
 * (that sub-total is reported, once), and so is a total that agrees with its action rows.
 */
export function checkTotal(ctx: RuleContext, table: FinancialTable, total: FinancialRow, column: TableColumn): TotalCheck {
  if (column.key === "cdTotal" && implementsGPlusI(table, total.row)) return { kind: "skip" };
  const amount = ctx.amount(table, total.row, column.key) as AmountCell;
  if (isBlank(amount.cell)) return { kind: "blank", expected: expectedTotal(ctx, table, total, column, "corrected") };
  if (amount.cents === null) return { kind: "skip" };
  const expected = expectedTotal(ctx, table, total, column);
  const formula = amount.cell?.formula;
  const cover = formula ? coverage(table, total, column, formula) : null;
  if (cover && hasGaps(cover)) return { kind: "range", amount, coverage: cover, expected };
  if (expected === null) return { kind: "skip" };
  const corrected = expectedTotal(ctx, table, total, column, "corrected");
  if (amount.cents !== expected && amount.cents !== corrected) return { kind: "wrong", amount, expected, corrected };
  return { kind: hasLiveFormula(amount.cell) ? "ok" : "typedIn", amount, expected };
}

/** Every money cell of the row is blank (an untouched Total dit contrôle). */
export function isBlankRow(table: FinancialTable, row: FinancialRow): boolean {
  return numericColumns(table).every((c) => isBlank(table.sheet.get(row.row, c.col)));
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
