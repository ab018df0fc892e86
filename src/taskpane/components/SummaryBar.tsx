/** « 3 erreurs · 2 avertissements · 1 information · 4 tables reconnues · 1 zone non reconnue ». */
import { Badge } from "@fluentui/react-components";
import type { Severity } from "../../core/rules/types";
import { ALL_SEVERITIES } from "../model/findings";
import { useSharedStyles } from "../styles";
import { TEXTES } from "../textes";
import { SEVERITY_COLOR } from "./SeverityBadge";

export interface SummaryBarProps {
  counts: Record<Severity, number>;
  tables: number;
  unmapped: number;
}

export function SummaryBar({ counts, tables, unmapped }: SummaryBarProps) {
  const styles = useSharedStyles();
  return (
    <section aria-labelledby="vp-resume">
      <h2 id="vp-resume" className={styles.visuallyHidden}>
        {TEXTES.resume.titre}
      </h2>
      <ul className={styles.inlineList}>
        {ALL_SEVERITIES.map((severity) => (
          <li key={severity}>
            <Badge appearance={counts[severity] > 0 ? "filled" : "outline"} color={SEVERITY_COLOR[severity]} size="large">
              {TEXTES.compte(counts[severity], severity)}
            </Badge>
          </li>
        ))}
        <li>
          <Badge appearance="tint" color="brand" size="large">
            {TEXTES.tablesReconnues(tables)}
          </Badge>
        </li>
        {unmapped > 0 && (
          <li>
            <Badge appearance="tint" color="subtle" size="large">
              {TEXTES.zonesNonReconnues(unmapped)}
            </Badge>
          </li>
        )}
      </ul>
    </section>
  );
}
