/** The RuleContext given to every rule: resolved cells, parsed amounts, and report(). */
import { ColumnKey } from "../referentiel/types";
import { Settings } from "../settings";
import { FinancialTable, IndicatorTable, sheetColumn, Table, TableColumn, UnmappedRegion } from "../tables/model";
import { AmountCell, Finding, Rule, RuleContext } from "../rules/types";
import { AnalysisCache, createAnalysisCache } from "./cache";

/** `cache`: shared by every rule of one analysis (analyze); a rule alone gets its own. */
export function createRuleContext(
  rule: Rule,
  tables: readonly Table[],
  settings: Settings,
  sink: Finding[],
  cache: AnalysisCache = createAnalysisCache(),
  unmapped: readonly UnmappedRegion[] = [],
): RuleContext {
  const financial = tables.filter((t): t is FinancialTable => t.kind === "financial");
  const indicators = tables.filter((t): t is IndicatorTable => t.kind === "indicator");

  // Amounts are read by column key millions of times: each table's keys are looked up in a map.
  const byKey = new Map<FinancialTable, Map<ColumnKey, TableColumn>>();
  let lastTable: FinancialTable | null = null;
  let lastColumns = new Map<ColumnKey, TableColumn>();
  const columnOf = (table: FinancialTable, key: ColumnKey): TableColumn | undefined => {
    if (table !== lastTable) {
      lastTable = table;
      // The first column of a key wins, as with columns.find.
      lastColumns = byKey.get(table) ?? new Map([...table.columns].reverse().map((c) => [c.key, c]));
      byKey.set(table, lastColumns);
    }
    return lastColumns.get(key);
  };

  const context: RuleContext = {
    tables,
    unmapped,
    settings,
    financialTables: () => financial,
    indicatorTables: () => indicators,
    cell: (table, row, col) => cache.cell(table.workbook, table.sheet, row, col),
    errorCode: (table, row, col) => cache.errorCode(table.workbook, table.sheet, row, col),
    amount(table, row, key: ColumnKey): AmountCell | undefined {
      const column = columnOf(table, key);
      if (!column) return undefined;
      // A part of the table after a page break may be shifted: read the column where it really is.
      return cache.amount(table.workbook, table.sheet, row, sheetColumn(table, row, column.col));
    },
    cents(table, row, key: ColumnKey): number | null | undefined {
      const column = columnOf(table, key);
      return column && cache.cents(table.workbook, table.sheet, row, sheetColumn(table, row, column.col));
    },
    plainCents(table, row, key: ColumnKey): number | null | undefined {
      const column = columnOf(table, key);
      return column && cache.plainCents(table.workbook, table.sheet, row, sheetColumn(table, row, column.col));
    },
    memo: (owner, name, compute) => cache.memo(owner, name, compute),
    report(input) {
      const table = input.table;
      const file = input.file ?? table?.workbook.name;
      const sheet = input.sheet ?? table?.sheet.name;
      if (file === undefined || sheet === undefined) {
        throw new Error(`règle ${rule.meta.id} : un constat doit nommer son classeur et sa feuille`);
      }
      sink.push({
        ruleId: rule.meta.id,
        severity: input.severity ?? rule.meta.severity,
        file,
        sheet,
        cell: input.cell,
        message: input.message,
        related: input.related ?? [],
        fix: input.fix ?? null,
        tableId: table?.id ?? null,
      });
    },
  };
  return context;
}

/** Stable key of a finding, used to remember « Ignorer » and to link writes to findings. */
export function findingKey(f: Pick<Finding, "ruleId" | "file" | "sheet" | "cell">): string {
  return `${f.ruleId}|${f.file}|${f.sheet}|${f.cell}`;
}
