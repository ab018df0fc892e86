/**
 * Public API of the core, for the CLI, the Excel add-in and the browser workbench.
 * Data flows one way: Workbook snapshot → analyze() → findings → buildWritePlan() → adapters.
 */
export * from "./grid";
export type { ColumnKey, Dispositif, Family, FinancialFamily, IndicatorColumnRole, IndicatorFamily } from "./referentiel/types";
export { DEFAULT_SETTINGS, withDefaults } from "./settings";
export type { Settings, TableMapping } from "./settings";
export { recognize } from "./tables";
export type {
  FinancialRow,
  FinancialRowKind,
  FinancialTable,
  IndicatorRow,
  IndicatorTable,
  Recognition,
  RowGroup,
  Table,
  TableColumn,
  UnmappedRegion,
} from "./tables/model";
export { allRules, ruleById } from "./rules";
export { ambiguousNotifiedYears } from "./rules/montants/montant-notifie";
export { SEVERITY_LABEL } from "./rules/types";
export type { CellFix, CellRef, Finding, Fix, Rule, RuleMeta, Severity } from "./rules/types";
export { cellFixes } from "./rules/util/fixes";
export { formatEuros } from "./parse/format";
export * from "./engine";
export * from "./report";
