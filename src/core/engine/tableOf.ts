/**
 * The table a finding belongs to, on its own: the pages that show findings or write the report
 * sheet use it without loading the analysis and its rules (analyze.ts re-exports it).
 */
import type { Finding } from "../rules/types";
import type { Table } from "../tables/model";

/** The table a finding belongs to (table ids are unique within one workbook only). */
export function tableOf(tables: readonly Table[], finding: Finding): Table | undefined {
  return tables.find((t) => t.id === finding.tableId && t.workbook.name === finding.file);
}
