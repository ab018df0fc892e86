/**
 * « Décrire ce tableau »: choose the sheet, click its header row, choose the family and the role
 * of each column; the mapping is saved in the workbook (settings.mappings), then re-analysed.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
} from "@fluentui/react-components";
import { useState } from "react";
import { columnLetter } from "../../core/grid/address";
import type { Family } from "../../core/referentiel/types";
import type { TableMapping } from "../../core/settings";
import { usePane } from "../context";
import { DescriptionStart, useTableDescription } from "../hooks/useTableDescription";
import { FAMILIES, familyLabel, roleOptions } from "../model/mapping";
import { useSharedStyles } from "../styles";
import { errorMessage, TEXTES } from "../textes";
import { SheetSample } from "./SheetSample";

export interface DescribeTableDialogProps {
  /** Where to start (the unrecognised region); null when the dialog is closed. */
  start: DescriptionStart | null;
  onSave(mapping: TableMapping): Promise<void>;
  onClose(): void;
}

/** Kept mounted so that Fluent moves the focus into it when it opens; its state is new each time. */
export function DescribeTableDialog({ start, onSave, onClose }: DescribeTableDialogProps) {
  return (
    <Dialog open={start !== null} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface aria-describedby={undefined}>
        {start && <DescribeTableBody start={start} onSave={onSave} onClose={onClose} />}
      </DialogSurface>
    </Dialog>
  );
}

function DescribeTableBody({ start, onSave, onClose }: DescribeTableDialogProps & { start: DescriptionStart }) {
  const { service } = usePane();
  const shared = useSharedStyles();
  const d = useTableDescription(service, start);
  const [saving, setSaving] = useState(false);
  const options = roleOptions(d.family);

  const save = async () => {
    const mapping = d.mapping();
    if (!mapping) return;
    setSaving(true);
    try {
      await onSave(mapping);
    } catch (error) {
      d.setProblem(errorMessage(error));
      setSaving(false);
    }
  };

  return (
    <DialogBody>
      <DialogTitle>{TEXTES.description.titre}</DialogTitle>
      <DialogContent className={shared.stack}>
        <Field label={TEXTES.description.feuille}>
          <Select value={d.sheet} onChange={(_, data) => d.setSheet(data.value)}>
            {d.sheets.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        {d.sample.status === "loading" && <Spinner size="small" label={TEXTES.description.chargement} />}
        {d.sample.status === "error" && (
          <MessageBar intent="error">
            <MessageBarBody>{d.sample.message}</MessageBarBody>
          </MessageBar>
        )}
        {d.sample.status === "ready" &&
          (d.sample.rows.length === 0 ? (
            <Text>{TEXTES.description.feuilleVide}</Text>
          ) : (
            <>
              <Text as="p" block>
                {TEXTES.description.etapeLigne}
              </Text>
              <SheetSample sheet={d.sheet} rows={d.sample.rows} headerRow={d.headerRow} onPick={d.chooseRow} />
            </>
          ))}
        {d.headerRow !== null && (
          <fieldset className={shared.fieldset}>
            <legend className={shared.legend}>{TEXTES.description.etapeColonnes}</legend>
            <Field label={TEXTES.description.famille}>
              <Select value={d.family} onChange={(_, data) => d.chooseFamily(data.value as Family)}>
                {FAMILIES.map((family) => (
                  <option key={family} value={family}>
                    {familyLabel(family)}
                  </option>
                ))}
              </Select>
            </Field>
            {d.cells.map((cell) => (
              <Field key={cell.col} label={TEXTES.description.colonne(columnLetter(cell.col), cell.text)}>
                <Select value={d.columns[cell.col] ?? ""} onChange={(_, data) => d.setRole(cell.col, data.value)}>
                  <option value="">{TEXTES.description.ignorerColonne}</option>
                  {options.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </Select>
              </Field>
            ))}
          </fieldset>
        )}
        {d.problem && (
          <MessageBar intent="error">
            <MessageBarBody>{d.problem}</MessageBarBody>
          </MessageBar>
        )}
      </DialogContent>
      <DialogActions>
        <Button appearance="primary" disabled={saving} onClick={() => void save()}>
          {TEXTES.description.enregistrer}
        </Button>
        <Button onClick={onClose}>{TEXTES.description.annuler}</Button>
      </DialogActions>
    </DialogBody>
  );
}
