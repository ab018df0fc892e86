/** The RuleContext given to every rule: resolved cells, parsed amounts, and report(). */
import { cellAddress } from "../grid/address";
import { Workbook } from "../grid/model";
import { createResolver, ValueResolver } from "../grid/values";
import { parseAmount } from "../parse/amount";
import { ColumnKey } from "../referentiel/types";
import { Settings } from "../settings";
import { FinancialTable, IndicatorTable, sheetColumn, Table } from "../tables/model";
import { AmountCell, Finding, Rule, RuleContext } from "../rules/types";

/** Amount read as cents: empty counts as 0; unreadable text and Excel errors give null. */
export function amountCents(parsed: ReturnType<typeof parseAmount>): number | null {
  switch (parsed.kind) {
    case "empty":
      return 0;
    case "amount":
      return parsed.cents;
    default:
      return null;
  }
}

export function createRuleContext(
  rule: Rule,
  tables: readonly Table[],
  settings: Settings,
  sink: Finding[],
  resolvers: Map<Workbook, ValueResolver> = new Map(),
): RuleContext {
  const resolverOf = (wb: Workbook): ValueResolver => {
    let r = resolvers.get(wb);
    if (!r) {
      r = createResolver(wb);
      resolvers.set(wb, r);
    }
    return r;
  };
  const financial = tables.filter((t): t is FinancialTable => t.kind === "financial");
  const indicators = tables.filter((t): t is IndicatorTable => t.kind === "indicator");

  const context: RuleContext = {
    tables,
    settings,
    financialTables: () => financial,
    indicatorTables: () => indicators,
    cell(table, row, col) {
      const cell = table.sheet.get(row, col);
      const value = resolverOf(table.workbook).value(table.sheet, row, col);
      return { cell, value, address: cellAddress(row, col) };
    },
    amount(table, row, key: ColumnKey): AmountCell | undefined {
      const column = table.columns.find((c) => c.key === key);
      if (!column) return undefined;
      // A part of the table after a page break may be shifted: read the column where it really is.
      const col = sheetColumn(table, row, column.col);
      const { cell, value, address } = context.cell(table, row, col);
      const parsed = parseAmount(value, cell?.numFmt);
      return { row, col, address, cell, value, parsed, cents: amountCents(parsed) };
    },
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
