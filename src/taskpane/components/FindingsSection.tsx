/** « Constats »: the filters, then the findings that pass them, grouped by sheet and table. */
import { Text } from "@fluentui/react-components";
import { useMemo } from "react";
import type { Severity } from "../../core/rules/types";
import type { Table } from "../../core/tables/model";
import { filterFindings, Filters as FilterValues, groupFindings, rulesPresent, ShownFinding } from "../model/findings";
import { useSharedStyles } from "../styles";
import { TEXTES } from "../textes";
import { FindingHandlers } from "./FindingItem";
import { FindingsList } from "./FindingsList";
import { Filters } from "./Filters";

export interface FindingsSectionProps {
  items: ShownFinding[];
  counts: Record<Severity, number>;
  tables: readonly Table[];
  filters: FilterValues;
  onFilters(filters: FilterValues): void;
  handlers: FindingHandlers;
}

export function FindingsSection({ items, counts, tables, filters, onFilters, handlers }: FindingsSectionProps) {
  const shared = useSharedStyles();
  const visible = useMemo(() => filterFindings(items, filters), [items, filters]);
  const groups = useMemo(() => groupFindings(visible, tables), [visible, tables]);
  const rules = useMemo(() => rulesPresent(items), [items]);
  return (
    <section aria-labelledby="vp-constats" className={shared.stack}>
      <h2 id="vp-constats" className={shared.heading}>
        {TEXTES.constats.titre}
      </h2>
      {items.length === 0 ? (
        <Text>{TEXTES.vide.aucunConstat}</Text>
      ) : (
        <>
          <Filters value={filters} counts={counts} rules={rules} onChange={onFilters} />
          {visible.length === 0 ? <Text>{TEXTES.vide.aucunResultatFiltre}</Text> : <FindingsList groups={groups} tables={tables} handlers={handlers} />}
        </>
      )}
    </section>
  );
}
