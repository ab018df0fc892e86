/** Filters of the findings list, behind « Filtrer »: severities, one rule, a text to search, ignored ones shown. */
import { Checkbox, Field, makeStyles, SearchBox, Select, Switch, tokens } from "@fluentui/react-components";
import type { Severity } from "../../core/rules/types";
import { ALL_SEVERITIES, Filters as FilterValues } from "../model/filters";
import { useSharedStyles } from "../styles";
import { SEVERITY_TEXT, TEXTES } from "../textes";

const useStyles = makeStyles({
  panel: {
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: "0",
  },
  // A long rule title must never widen the pane: the list is as wide as the pane, its text cut.
  select: { minWidth: "0", maxWidth: "100%", "& select": { textOverflow: "ellipsis" } },
});

export interface FiltersProps {
  id: string;
  value: FilterValues;
  counts: Record<Severity, number>;
  rules: { id: string; title: string }[];
  onChange(value: FilterValues): void;
}

export function Filters({ id, value, counts, rules, onChange }: FiltersProps) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const toggle = (severity: Severity, on: boolean) => {
    const severities = new Set(value.severities);
    if (on) severities.add(severity);
    else severities.delete(severity);
    onChange({ ...value, severities });
  };
  return (
    <div id={id} role="search" aria-label={TEXTES.filtres.titre} className={`${shared.stack} ${styles.panel}`}>
      <fieldset className={shared.fieldset}>
        <legend className={shared.legend}>{TEXTES.filtres.gravite}</legend>
        <div className={shared.row}>
          {ALL_SEVERITIES.map((severity) => (
            <Checkbox
              key={severity}
              checked={value.severities.has(severity)}
              onChange={(_, data) => toggle(severity, data.checked === true)}
              label={`${SEVERITY_TEXT[severity].filter} (${counts[severity]})`}
            />
          ))}
        </div>
      </fieldset>
      <Field label={TEXTES.filtres.regle}>
        <Select className={styles.select} value={value.ruleId} onChange={(_, data) => onChange({ ...value, ruleId: data.value })}>
          <option value="">{TEXTES.filtres.toutesRegles}</option>
          {rules.map((rule) => (
            <option key={rule.id} value={rule.id}>
              {rule.title}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={TEXTES.filtres.recherche}>
        <SearchBox
          value={value.search}
          placeholder={TEXTES.filtres.recherchePlaceholder}
          dismiss={{ "aria-label": TEXTES.filtres.effacer, title: TEXTES.filtres.effacer }}
          onChange={(_, data) => onChange({ ...value, search: data.value })}
        />
      </Field>
      <Switch
        checked={value.showIgnored}
        label={TEXTES.filtres.afficherIgnores}
        onChange={(_, data) => onChange({ ...value, showIgnored: data.checked })}
      />
    </div>
  );
}
