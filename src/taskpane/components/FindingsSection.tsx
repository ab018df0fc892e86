/** « Constats »: the filters (when « Filtrer » is open), then the findings that pass them. */
import { Text } from "@fluentui/react-components";
import { useMemo, useRef } from "react";
import type { Severity } from "../../core/rules/types";
import type { Table } from "../../core/tables/model";
import { filterFindings, Filters as FilterValues, groupFindings, rulesPresent, ShownFinding } from "../model/findings";
import { useSharedStyles } from "../styles";
import { TEXTES } from "../textes";
import { FindingHandlers } from "./FindingCard";
import { FindingsList } from "./FindingsList";
import { Filters } from "./Filters";

export interface FindingsSectionProps {
  items: ShownFinding[];
  counts: Record<Severity, number>;
  tables: readonly Table[];
  filters: FilterValues;
  filtersOpen: boolean;
  filtersId: string;
  onFilters(filters: FilterValues): void;
  handlers: FindingHandlers;
}

export function FindingsSection({
  items,
  counts,
  tables,
  filters,
  filtersOpen,
  filtersId,
  onFilters,
  handlers,
}: FindingsSectionProps) {
  const shared = useSharedStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  const visible = useMemo(() => filterFindings(items, filters), [items, filters]);
  const groups = useMemo(() => groupFindings(visible, tables), [visible, tables]);
  const rules = useMemo(() => rulesPresent(items), [items]);
  return (
    <section aria-labelledby="vp-constats" className={shared.stack}>
      <h2 id="vp-constats" ref={heading} tabIndex={-1} className={shared.visuallyHidden}>
        {TEXTES.constats.titre}
      </h2>
      {filtersOpen && items.length > 0 && (
        <Filters id={filtersId} value={filters} counts={counts} rules={rules} onChange={onFilters} />
      )}
      {items.length === 0 ? (
        <Text>{TEXTES.vide.aucunConstat}</Text>
      ) : visible.length === 0 ? (
        <Text>{TEXTES.vide.aucunResultatFiltre}</Text>
      ) : (
        <FindingsList groups={groups} tables={tables} handlers={handlers} fallbackFocus={() => heading.current} />
      )}
    </section>
  );
}
