/** The editable list « montants notifiés par pilier ou par code Chorus » of the settings form. */
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { AddRegular, DeleteRegular } from "@fluentui/react-icons";
import type { AmountLine, FormErrors } from "../model/settingsForm";
import { useSharedStyles } from "../styles";
import { TEXTES } from "../textes";

const useStyles = makeStyles({
  line: { display: "grid", gridTemplateColumns: "1fr 1fr auto", columnGap: tokens.spacingHorizontalS, alignItems: "end" },
});

export interface AmountsEditorProps {
  lines: AmountLine[];
  errors: FormErrors;
  onChange(lines: AmountLine[]): void;
}

export function AmountsEditor({ lines, errors, onChange }: AmountsEditorProps) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const update = (id: number, patch: Partial<AmountLine>) => onChange(lines.map((l) => (l.id === id ? { ...l, ...patch } : l)));
  const add = () => onChange([...lines, { id: Math.max(-1, ...lines.map((l) => l.id)) + 1, key: "", amount: "" }]);
  return (
    <fieldset className={shared.fieldset}>
      <legend className={shared.legend}>{TEXTES.parametres.montantsParPilier}</legend>
      {lines.map((line) => (
        <div key={line.id} className={styles.line}>
          <Field label={TEXTES.parametres.pilierCle} validationMessage={errors[`montants.${line.id}.key`]}>
            <Input value={line.key} onChange={(_, data) => update(line.id, { key: data.value })} />
          </Field>
          <Field label={TEXTES.parametres.pilierMontant} validationMessage={errors[`montants.${line.id}.amount`]}>
            <Input value={line.amount} onChange={(_, data) => update(line.id, { amount: data.value })} />
          </Field>
          <Button
            appearance="subtle"
            icon={<DeleteRegular />}
            aria-label={TEXTES.parametres.supprimerMontant(line.key.trim())}
            onClick={() => onChange(lines.filter((l) => l.id !== line.id))}
          />
        </div>
      ))}
      <div>
        <Button icon={<AddRegular />} onClick={add}>
          {TEXTES.parametres.ajouterMontant}
        </Button>
      </div>
    </fieldset>
  );
}
