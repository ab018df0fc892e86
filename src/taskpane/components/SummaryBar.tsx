/**
 * The summary above the findings, in one flow that wraps at 320 px: « ✖ 3 erreurs ⚠ 2 avertissements
 * ℹ 1 information · 4 tables reconnues », and « Filtrer », which shows or hides the filters (with
 * the number of filters in use).
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { FilterRegular } from "@fluentui/react-icons";
import type { Severity } from "../../core/rules/types";
import { ALL_SEVERITIES } from "../model/filters";
import { useSharedStyles } from "../styles";
import { TEXTES } from "../textes";
import { SeverityIcon } from "./SeverityBadge";

const useStyles = makeStyles({
  line: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
  },
  counts: {
    listStyleType: "none",
    margin: "0",
    padding: "0",
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    flexGrow: 1,
    minWidth: "0",
  },
  count: { display: "inline-flex", alignItems: "center", columnGap: tokens.spacingHorizontalXXS, whiteSpace: "nowrap" },
  zero: { color: tokens.colorNeutralForeground2 },
  tables: { color: tokens.colorNeutralForeground2, whiteSpace: "nowrap" },
  filter: { marginLeft: "auto" },
});

export interface SummaryBarProps {
  counts: Record<Severity, number>;
  tables: number;
  unmapped: number;
  /** Filters in use (0: all findings shown). */
  activeFilters: number;
  filtersOpen: boolean;
  /** Id of the filters panel the button shows or hides. */
  filtersId: string;
  /** No findings to filter: the button is not shown. */
  canFilter: boolean;
  onToggleFilters(): void;
}

export function SummaryBar(props: SummaryBarProps) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const { counts, tables, unmapped } = props;
  const R = TEXTES.resume;
  return (
    <section aria-labelledby="vp-resume" className={styles.line}>
      <h2 id="vp-resume" className={shared.visuallyHidden}>
        {R.titre}
      </h2>
      <ul className={styles.counts}>
        {ALL_SEVERITIES.map((severity) => (
          <li key={severity} className={`${styles.count} ${counts[severity] === 0 ? styles.zero : ""}`}>
            <SeverityIcon severity={severity} />
            {TEXTES.compte(counts[severity], severity)}
          </li>
        ))}
        <li className={styles.tables}>
          {TEXTES.tablesReconnues(tables)}
          {unmapped > 0 ? `, ${TEXTES.zonesNonReconnues(unmapped)}` : ""}
        </li>
        {props.canFilter && (
          <li className={styles.filter}>
            <Button
              size="small"
              appearance={props.activeFilters > 0 ? "primary" : "secondary"}
              icon={<FilterRegular />}
              aria-expanded={props.filtersOpen}
              aria-controls={props.filtersId}
              onClick={props.onToggleFilters}
            >
              {props.activeFilters > 0 ? R.filtrerActifs(props.activeFilters) : R.filtrer}
            </Button>
          </li>
        )}
      </ul>
    </section>
  );
}
