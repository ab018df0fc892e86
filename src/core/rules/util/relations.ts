/** Sum relations of SPEC §3 applied to one table and one row (rules 1, 5 and 6 share them). */
import { addFormula } from "../../formula/build";
import { RelationPart, SUM_RELATIONS, SumRelation } from "../../referentiel/relations";
import { column, FinancialTable, TableColumn } from "../../tables/model";
import { AmountCell, RuleContext } from "../types";
import { hasLiveFormula, isBlank } from "./cells";
import { columnName } from "./columns";
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
export function relationFormula(rel: TableRelation, row: number): string {
  return addFormula(rel.parts.map((p) => ({ row, col: p.col })));
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

/** Checks target = Σ parts on one row. */
export function checkRow(ctx: RuleContext, table: FinancialTable, rel: TableRelation, row: number): RowCheck {
  if (rel.target.key === "cdTotal" && implementsGPlusI(table, row)) return { kind: "skip" };
  const target = ctx.amount(table, row, rel.target.key);
  const parts = rel.parts.map((p) => ctx.amount(table, row, p.key));
  if (!target || target.cents === null || parts.some((p) => !p || p.cents === null)) return { kind: "skip" };
  const cells = parts as AmountCell[];
  const sum = cells.reduce((s, p) => s + (p.cents as number), 0);
  const blank = isBlank(target.cell);
  if (target.cents !== sum) return { kind: "wrong", target, parts: cells, sum, blank };
  const typedIn = !blank && !hasLiveFormula(target.cell);
  return { kind: typedIn ? "typedIn" : "ok", target, parts: cells, sum, blank };
}
