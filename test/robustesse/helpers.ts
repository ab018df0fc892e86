/**
 * Workbooks « from other départements » (SPEC §2–§4), written as readable grids: the CALPAE
 * headers as the templates print them and as départements retype them, and short ways to run
 * the whole engine and read its findings.
 */
import { analyze, Analysis } from "../../src/core/engine";
import { Workbook } from "../../src/core/grid/model";
import { Finding } from "../../src/core/rules/types";
import { Settings } from "../../src/core/settings";
import { FinancialTable, Table } from "../../src/core/tables/model";
import { CellSpec } from "../helpers/sheet";

/** F3 and F4 headers of the CALPAE templates, verbatim (SPEC §3), for year N. */
export { f3Header, f4Header } from "./corpus/rows";

/** Amounts of one F3 action row: A, B, C, D, E, réalisé, valorisation, report État, report CD. */
export interface F3Amounts {
  a: number;
  b?: number;
  c: number;
  d?: number;
  e?: number;
  realise: number;
  valorisation?: number;
  reportEtat?: number;
  reportCd?: number;
}

/**
 * One F3 action row from sheet column A (thème) to O (commentaire), F = A+B+C+D+E as a formula
 * with its cached result; `row` is the 1-based sheet row.
 */
export function f3Row(row: number, head: CellSpec[], m: F3Amounts, comment: CellSpec = null): CellSpec[] {
  const [b, d, e] = [m.b ?? 0, m.d ?? 0, m.e ?? 0];
  const budget = { f: `=E${row}+F${row}+G${row}+H${row}+I${row}`, v: m.a + b + m.c + d + e };
  return [...head, m.a, b, m.c, d, e, budget, m.realise, m.valorisation ?? 0, m.reportEtat ?? 0, m.reportCd ?? 0, comment];
}

/** A total row: its label, then « =SUM(...) » in the money columns `from`..`to` (letters), with cached results. */
export function sumRow(
  label: CellSpec[],
  from: string,
  to: string,
  formula: (col: string) => string,
  grid: CellSpec[][],
): CellSpec[] {
  const cells = [...label];
  for (let c = from.charCodeAt(0); c <= to.charCodeAt(0); c++) {
    const col = String.fromCharCode(c);
    cells[c - 65] = { f: formula(col), v: evaluateSum(formula(col), grid) };
  }
  return cells;
}

/** Cached result of a « =SUM(E5:E7,E9) » or « =E5+E9 » formula over the grid written so far (numbers only, as Excel). */
function evaluateSum(formula: string, grid: CellSpec[][]): number {
  let total = 0;
  for (const [, c1, r1, c2, r2] of formula.matchAll(/([A-Z])(\d+)(?::([A-Z])(\d+))?/g)) {
    for (let r = Number(r1); r <= Number(r2 ?? r1); r++) {
      for (let c = c1.charCodeAt(0); c <= (c2 ?? c1).charCodeAt(0); c++) total += numberOf(grid[r - 1]?.[c - 65]);
    }
  }
  return total;
}

function numberOf(spec: CellSpec): number {
  if (typeof spec === "number") return spec;
  if (spec && typeof spec === "object" && "v" in spec && typeof spec.v === "number") return spec.v;
  return 0;
}

/** A finding reduced to what a reviewer checks first. */
export type Short = [ruleId: string, severity: string, cell: string];

export function short(findings: readonly Finding[]): Short[] {
  return findings.map((f) => [f.ruleId, f.severity, f.cell]);
}

export function run(workbooks: Workbook[], settings: Partial<Settings> = {}): Analysis {
  const analysis = analyze(workbooks, settings);
  expect(analysis.errors).toEqual([]);
  return analysis;
}

export function financial(tables: readonly Table[]): FinancialTable[] {
  return tables.filter((t): t is FinancialTable => t.kind === "financial");
}

/** The only finding of a rule at a cell. */
export function findingAt(findings: readonly Finding[], ruleId: string, cell: string): Finding {
  const found = findings.filter((f) => f.ruleId === ruleId && f.cell === cell);
  expect(found).toHaveLength(1);
  return found[0];
}
