/**
 * Rule 6: down a money column, the action rows' formulas have the same R1C1 shape (ExcelJS-like
 * « formule incohérente »). A formula is flagged when both formula neighbours share another shape,
 * or when a strict majority of the column does. Cells without formula are rule 5's; a computed
 * cell whose value is wrong is rule 1's, a K = G+I formula rule 2's.
 */
import { cellAddress } from "../../grid/address";
import { r1c1Shape } from "../../formula/r1c1";
import { translateFormula } from "../../formula/translate";
import { FinancialTable, TableColumn } from "../../tables/model";
import { Rule, RuleContext } from "../types";
import {
  checkRow,
  colAt,
  formulaFix,
  implementsGPlusI,
  isLeaf,
  numericColumns,
  relationFormula,
  relationOfColumn,
  TableRelation,
} from "../util";

interface FormulaCell {
  row: number;
  /** Sheet column (shifted after a page break in a moved part of the table). */
  col: number;
  formula: string;
  shape: string;
}

/**
 * The formula cells of each money column on the leaf rows, read row by row (the cells of a row sit
 * together in memory; column after column would fetch every row again for each column).
 */
function formulaCells(table: FinancialTable, columns: readonly TableColumn[]): FormulaCell[][] {
  const out: FormulaCell[][] = columns.map(() => []);
  for (const { row } of table.rows.filter(isLeaf)) {
    for (let i = 0; i < columns.length; i++) {
      const col = colAt(table, row, columns[i]);
      const formula = table.sheet.get(row, col)?.formula;
      if (formula) out[i].push({ row, col, formula, shape: r1c1Shape(formula, row, col) });
    }
  }
  return out;
}

/** The shape of a strict majority (at least 2) of the column's formulas, if any. */
function majorityShape(cells: FormulaCell[]): string | null {
  const counts = new Map<string, number>();
  for (const c of cells) counts.set(c.shape, (counts.get(c.shape) ?? 0) + 1);
  for (const [shape, n] of counts) if (n >= 2 && n * 2 > cells.length) return shape;
  return null;
}

/** The shape the neighbours agree on (or the column's strict majority) when it differs from cell i's. */
function expectedShape(cells: FormulaCell[], i: number, majority: string | null): string | null {
  const own = cells[i].shape;
  const [prev, next] = [cells[i - 1]?.shape, cells[i + 1]?.shape];
  if (prev !== undefined && prev === next && prev !== own) return prev;
  return majority !== own ? majority : null;
}

/** The nearest cell of that shape, as the model to copy. */
function nearest(cells: FormulaCell[], i: number, shape: string): FormulaCell {
  const candidates = cells.filter((c) => c.shape === shape);
  return candidates.reduce((best, c) => (Math.abs(c.row - cells[i].row) < Math.abs(best.row - cells[i].row) ? c : best));
}

/**
 * For a computed column, the relation's formula and its expected value; undefined when the cell is
 * another rule's (K = G+I: rule 2; wrong value: rule 1) or already holds the relation's formula.
 */
function relationFix(ctx: RuleContext, table: FinancialTable, rel: TableRelation, cell: FormulaCell) {
  const formula = relationFormula(table, rel, cell.row);
  if (implementsGPlusI(table, cell.row) && rel.target.key === "cdTotal") return undefined;
  if (r1c1Shape(formula, cell.row, cell.col) === cell.shape) return undefined;
  const check = checkRow(ctx, table, rel, cell.row);
  if (check.kind === "wrong") return undefined;
  return { formula, expected: check.kind === "skip" ? null : check.sum };
}

function checkColumn(ctx: RuleContext, table: FinancialTable, column: TableColumn, cells: FormulaCell[]): void {
  const rel = relationOfColumn(table, column.col);
  const majority = majorityShape(cells);
  cells.forEach((cell, i) => {
    const shape = expectedShape(cells, i, majority);
    if (shape === null) return;
    const model = nearest(cells, i, shape);
    const proposed = rel
      ? relationFix(ctx, table, rel, cell)
      : { formula: translateFormula(model.formula, model.row, model.col, cell.row, cell.col), expected: null };
    if (!proposed) return;
    const { formula, expected } = proposed;
    const address = cellAddress(cell.row, cell.col);
    ctx.report({
      table,
      cell: address,
      message:
        `${address} : la formule ${cell.formula} n'a pas la même forme que celles des lignes voisines ` +
        `(${model.formula} en ${cellAddress(model.row, model.col)}) : vérifiez-la. Formule proposée : ${formula}.`,
      related: [{ sheet: table.sheet.name, cell: cellAddress(model.row, model.col) }],
      fix: formulaFix(table, cell.row, cell.col, formula, expected),
    });
  });
}

export const formuleIncoherente: Rule = {
  meta: {
    id: "formule-incoherente",
    number: 6,
    severity: "warning",
    fixable: true,
    scope: "financier",
    title: "Formule différente de ses voisines",
    description:
      "Dans une colonne de montants, la formule d'une ligne d'action doit avoir la même forme (notation L1C1) que celles des lignes voisines.",
  },
  check(ctx) {
    for (const table of ctx.financialTables()) {
      const columns = numericColumns(table);
      const cells = formulaCells(table, columns);
      columns.forEach((column, i) => checkColumn(ctx, table, column, cells[i]));
    }
  },
};
