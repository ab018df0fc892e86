/** Filters of the findings list: severities, one rule, a text to search, ignored ones shown. */
import { Checkbox, Field, SearchBox, Select, Switch } from "@fluentui/react-components";
import type { Severity } from "../../core/rules/types";
import { ALL_SEVERITIES, Filters as FilterValues } from "../model/findings";
import { useSharedStyles } from "../styles";
import { SEVERITY_TEXT, TEXTES } from "../textes";

export interface FiltersProps {
  value: FilterValues;
  counts: Record<Severity, number>;
  rules: { id: string; title: string }[];
  onChange(value: FilterValues): void;
}

export function Filters({ value, counts, rules, onChange }: FiltersProps) {
  const shared = useSharedStyles();
  const toggle = (severity: Severity, on: boolean) => {
    const severities = new Set(value.severities);
    if (on) severities.add(severity);
    else severities.delete(severity);
    onChange({ ...value, severities });
  };
  return (
    <div role="search" aria-label={TEXTES.filtres.titre} className={shared.stack}>
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
        <Select value={value.ruleId} onChange={(_, data) => onChange({ ...value, ruleId: data.value })}>
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
