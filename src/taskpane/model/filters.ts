/**
 * The findings list's filters and the counts by severity: what the pane needs before its first
 * analysis, without the rules (findings.ts, which needs them, is loaded with the analysis).
 */
import type { Finding, Severity } from "../../core/rules/types";

export interface Filters {
  severities: ReadonlySet<Severity>;
  /** "" for every rule. */
  ruleId: string;
  search: string;
  showIgnored: boolean;
}

export const ALL_SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export const DEFAULT_FILTERS: Filters = {
  severities: new Set(ALL_SEVERITIES),
  ruleId: "",
  search: "",
  showIgnored: false,
};

/** How many filters hide findings (severities, rule, text, ignored shown): « Filtrer (2) ». */
export function activeFilterCount(filters: Filters): number {
  return (
    (filters.severities.size < ALL_SEVERITIES.length ? 1 : 0) +
    (filters.ruleId !== "" ? 1 : 0) +
    (filters.search.trim() !== "" ? 1 : 0) +
    (filters.showIgnored ? 1 : 0)
  );
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
