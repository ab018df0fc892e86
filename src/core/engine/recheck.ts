/**
 * The rules run again on the workbooks as a write plan leaves them (engine/corrected.ts), to see
 * whether they still call for a value or a formula somewhere. Tables are not recognised again:
 * the tables the plan reaches are the same tables over the corrected sheets, so that the plan is
 * judged against the structure its fixes were built for. Only the rules that propose fixes run,
 * over every table (some compare tables with each other); cells of sheets the plan does not reach
 * are read from the first analysis's cache.
 */
import { Finding, Rule } from "../rules/types";
import { cellFixes } from "../rules/util/fixes";
import { Settings } from "../settings";
import { Table } from "../tables/model";
import { AnalysisCache } from "./cache";
import { createRuleContext, findingKey } from "./context";
import { Corrected } from "./corrected";

/** A finding with one cell's fix (a finding correcting several cells gives one per cell, same key). */
export type CellFixFinding = Finding & { fix: { kind: "value" | "formula" } };

/** The tables over the corrected sheets (a table the plan does not reach is itself). */
export function correctedTables(tables: readonly Table[], corrected: Corrected): Table[] {
  return tables.map((table) => {
    const sheet = corrected.sheetOf(table.sheet);
    if (sheet === table.sheet) return table;
    const workbook = corrected.workbooks.find((w) => w.original === table.workbook)?.workbook ?? table.workbook;
    return { ...table, sheet, workbook } as Table;
  });
}

export interface Recheck {
  /** Findings of the corrected workbooks that still propose a value or a formula (ignored ones left out). */
  proposals: CellFixFinding[];
  /** French messages of the rules that stopped on an internal error. */
  errors: string[];
}

export function recheck(
  tables: readonly Table[],
  corrected: Corrected,
  settings: Settings,
  rules: readonly Rule[],
  cache: AnalysisCache,
): Recheck {
  const views = correctedTables(tables, corrected);
  const sink: Finding[] = [];
  const errors: string[] = [];
  const shared = cache.fork();
  for (const rule of rules.filter((r) => r.meta.fixable)) {
    try {
      rule.check(createRuleContext(rule, views, settings, sink, shared));
    } catch (error) {
      errors.push(`règle ${rule.meta.id} : ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const ignored = new Set(settings.ignores);
  const proposals = sink
    .filter((f) => !ignored.has(findingKey(f)))
    .flatMap((f) => cellFixes(f.fix).map((fix) => ({ ...f, fix }) as CellFixFinding));
  return { proposals, errors };
}
