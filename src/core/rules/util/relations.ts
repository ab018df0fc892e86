/** Sum relations of SPEC §3 applied to one table and one row (rules 1, 5 and 6 share them). */
import { addFormula } from "../../formula/build";
import { RelationPart, SUM_RELATIONS, SumRelation } from "../../referentiel/relations";
import { ColumnKey } from "../../referentiel/types";
import { column, FinancialTable, TableColumn } from "../../tables/model";
import { AmountCell, RuleContext } from "../types";
import { columnCents, sumAt } from "./amounts";
import { hasLiveFormula, isBlank } from "./cells";
import { colAt, columnName } from "./columns";
import { roundingSlack } from "./money";
import { implementsGPlusI } from "./templateK";

/** A sum relation bound to the columns of a table; parts in sheet order. */
export interface TableRelation {
  relation: SumRelation;
  target: TableColumn;
  parts: TableColumn[];
}

function partColumn(table: FinancialTable, part: RelationPart): TableColumn | undefined {
  const keys = typeof part === "string" ? [part] : part;
  for (const key of keys) {
    const c = column(table, key);
    if (c) return c;
  }
  return undefined;
}

/** The relations of the table's family whose target and required parts are columns of the table. */
export function tableRelations(table: FinancialTable): TableRelation[] {
  const out: TableRelation[] = [];
  for (const relation of SUM_RELATIONS[table.family]) {
    const target = column(table, relation.target);
    const required = relation.parts.map((p) => partColumn(table, p));
    if (!target || required.some((c) => c === undefined)) continue;
    const optional = relation.optional.map((p) => partColumn(table, p)).filter((c) => c !== undefined);
    const parts = [...(required as TableColumn[]), ...optional].sort((a, b) => a.col - b.col);
    out.push({ relation, target, parts });
  }
  return out;
}

/** The relation whose target is this sheet column, if any. */
export function relationOfColumn(table: FinancialTable, col: number): TableRelation | undefined {
  return tableRelations(table).find((r) => r.target.col === col);
}

/** « A+B+C » with the letters as printed. */
export function relationText(rel: TableRelation): string {
  return rel.parts.map(columnName).join("+");
}

/** The row formula of the relation: "=C12+D12+E12". */
export function relationFormula(table: FinancialTable, rel: TableRelation, row: number): string {
  return addFormula(rel.parts.map((p) => ({ row, col: colAt(table, row, p) })));
}

export type RowCheck =
  /** A part or the target is unreadable (rule 8 reports it), or the cell is rule 2's. */
  | { kind: "skip" }
  | {
      /** wrong: target ≠ Σ parts; typedIn: right value without a formula; ok: right formula result. */
      kind: "wrong" | "typedIn" | "ok";
      target: AmountCell;
      parts: AmountCell[];
      sum: number;
      /** Target cell is empty. */
      blank: boolean;
    };

const KINDS: readonly RowCheck["kind"][] = ["skip", "wrong", "typedIn", "ok"];

/** A relation's verdicts on the rows of a table (0: not checked yet, else 1 + the kind's index), and its column cents. */
interface RelationRows {
  kinds: Uint8Array;
  target: Float64Array;
  parts: Float64Array[];
}

/**
 * checkRow(…).kind, kept per analysis in a small array per relation. Rules 1 and 5 go through
 * every action row and report few: they ask this first, and checkRow builds the amounts to report.
 */
export function rowKind(ctx: RuleContext, table: FinancialTable, rel: TableRelation, row: number): RowCheck["kind"] {
  return relationKinds(ctx, table, rel)(row);
}

/**
 * rowKind of one relation, for a loop over the rows of the table: its verdicts and column cents
 * are looked up once, not on every row.
 */
export function relationKinds(ctx: RuleContext, table: FinancialTable, rel: TableRelation): (row: number) => RowCheck["kind"] {
  const byRelation = ctx.memo(table, "rowKinds", () => new Map<SumRelation, RelationRows>());
  let columns = byRelation.get(rel.relation);
  if (!columns) {
    const target = columnCents(ctx, table, rel.target);
    columns = { kinds: new Uint8Array(target.length), target, parts: rel.parts.map((p) => columnCents(ctx, table, p)) };
    byRelation.set(rel.relation, columns);
  }
  const read = columns;
  const { kinds } = read;
  const first = table.range.r1;
  return (row) => {
    const index = row - first;
    // A sheet row outside the table holds none of its amounts.
    if (index < 0 || index >= kinds.length) return "skip";
    if (kinds[index] === 0) kinds[index] = 1 + KINDS.indexOf(kindOfRow(ctx, table, rel, row, read));
    return KINDS[kinds[index] - 1];
  };
}

/** The verdict on target = Σ parts, from the cents (the amounts are read only for a row that is off). */
function kindOfRow(
  ctx: RuleContext,
  table: FinancialTable,
  rel: TableRelation,
  row: number,
  columns: RelationRows,
): RowCheck["kind"] {
  if (rel.target.key === "cdTotal" && implementsGPlusI(table, row)) return "skip";
  const index = row - table.range.r1;
  const target = columns.target[index];
  const parts = sumAt(columns.parts, index);
  if (parts === null || Number.isNaN(target)) return "skip";
  const sum = parts ?? 0;
  // The rounding slack is only worked out for a row that is off (most rows are exact).
  if (target !== sum && Math.abs(target - sum) > roundingSlack(amountsOf(ctx, table, rel, row))) return "wrong";
  const cell = table.sheet.get(row, colAt(table, row, rel.target));
  return !isBlank(cell) && !hasLiveFormula(cell) ? "typedIn" : "ok";
}

/** The target's and the parts' amounts of the row (all readable: the row is not skipped). */
function amountsOf(ctx: RuleContext, table: FinancialTable, rel: TableRelation, row: number): AmountCell[] {
  return [rel.target, ...rel.parts].map((c) => ctx.amount(table, row, c.key) as AmountCell);
}

/** Checks target = Σ parts on one row. */
export function checkRow(ctx: RuleContext, table: FinancialTable, rel: TableRelation, row: number): RowCheck {
  const kind = rowKind(ctx, table, rel, row);
  if (kind === "skip") return { kind };
  const [target, ...parts] = amountsOf(ctx, table, rel, row);
  const sum = parts.reduce((s, p) => s + (p.cents as number), 0);
  return { kind, target, parts, sum, blank: isBlank(target.cell) };
}

/**
 * The cents of a column as the rows should hold them: columnCents, except on the action rows where
 * the column is computed by a row relation that does not hold (F ≠ A+B+C…, rule 1 reports it):
 * there, the sum of its parts (read the same way), the value rule 1's correction gives.
 */
export function correctedColumnCents(ctx: RuleContext, table: FinancialTable, target: TableColumn): Float64Array {
  return ctx.memo(target, "correctedColumnCents", () => {
    const written = columnCents(ctx, table, target);
    const rel = tableRelations(table).find((r) => r.target === target || r.target.col === target.col);
    if (!rel) return written;
    let out: Float64Array | null = null;
    const kindAt = relationKinds(ctx, table, rel);
    for (const row of table.rows) {
      if (row.kind !== "action" || !(kindAt(row.row) === "wrong" || computedOnText(ctx, table, rel, row.row, written))) continue;
      const parts = rel.parts.map((p) => correctedColumnCents(ctx, table, p));
      out ??= Float64Array.from(written);
      out[row.row - table.range.r1] = sumAt(parts, row.row - table.range.r1) ?? NaN;
    }
    return out ?? written;
  });
}

/**
 * The computed cell holds an Excel error (#VALEUR!) from a formula while its parts are all
 * readable: amounts typed as text (rule 8 converts them) that Excel's addition refused. The row
 * should hold the sum of its parts.
 */
function computedOnText(
  ctx: RuleContext,
  table: FinancialTable,
  rel: TableRelation,
  row: number,
  written: Float64Array,
): boolean {
  if (!Number.isNaN(written[row - table.range.r1])) return false;
  const col = colAt(table, row, rel.target);
  if (!table.sheet.get(row, col)?.formula || ctx.errorCode(table, row, col) === null) return false;
  return rel.parts.every((p) => ctx.cents(table, row, p.key) !== null);
}

/**
 * The two readings of the columns of these keys (keysCents): as the cells hold them, and as the
 * rows should hold them (correctedColumnCents). A rule that depends on a computed column concludes
 * only when its conclusion holds in both readings: a wrong row formula (reported once, by rule 1)
 * never produces a second finding elsewhere on its row (reports, balance, réalisé).
 */
export function keysReadings(
  ctx: RuleContext,
  table: FinancialTable,
  keys: readonly ColumnKey[],
): [Float64Array[], Float64Array[]] {
  const columns = keys.map((key) => column(table, key)).filter((c): c is TableColumn => c !== undefined);
  return [columns.map((c) => columnCents(ctx, table, c)), columns.map((c) => correctedColumnCents(ctx, table, c))];
}
