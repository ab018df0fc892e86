/**
 * « Paramètres » (SPEC §7), stored in the workbook: dispositif, année, département, montants
 * notifiés, seuils, marqueurs. Loaded fresh when opened so that ignores and mappings saved
 * meanwhile are kept; amounts typed in French are checked before anything is saved.
 */
import {
  Button,
  DrawerBody,
  DrawerFooter,
  DrawerHeader,
  DrawerHeaderTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  OverlayDrawer,
  Select,
  Spinner,
  Text,
  Textarea,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import type { Settings } from "../../core/settings";
import { usePane } from "../context";
import { FormErrors, fromForm, SettingsForm, toForm } from "../model/settingsForm";
import { useSharedStyles } from "../styles";
import { errorMessage, TEXTES } from "../textes";
import { AmountsEditor } from "./AmountsEditor";

export interface SettingsDrawerProps {
  open: boolean;
  onSave(settings: Settings): Promise<void>;
  onClose(): void;
}

type Loaded = { status: "loading" } | { status: "ready"; base: Settings } | { status: "error"; message: string };

const P = TEXTES.parametres;
/** The footer's « Enregistrer » submits the form (Enter in a field too). */
const FORM_ID = "vp-parametres";

/** Kept mounted so that Fluent moves the focus into it when it opens; the form is read anew each time. */
export function SettingsDrawer({ open, onSave, onClose }: SettingsDrawerProps) {
  return (
    <OverlayDrawer open={open} position="end" size="full" onOpenChange={(_, data) => !data.open && onClose()}>
      <DrawerHeader>
        <DrawerHeaderTitle
          action={<Button appearance="subtle" aria-label={P.fermer} icon={<DismissRegular />} onClick={onClose} />}
        >
          {P.titre}
        </DrawerHeaderTitle>
      </DrawerHeader>
      {open && <SettingsContent onSave={onSave} onClose={onClose} />}
    </OverlayDrawer>
  );
}

function SettingsContent({ onSave, onClose }: Omit<SettingsDrawerProps, "open">) {
  const { service } = usePane();
  const shared = useSharedStyles();
  const [loaded, setLoaded] = useState<Loaded>({ status: "loading" });
  const [form, setForm] = useState<SettingsForm | null>(null);
  const [errors, setErrors] = useState<FormErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    service.loadSettings().then(
      (base) => {
        setLoaded({ status: "ready", base });
        setForm(toForm(base));
      },
      (error) => setLoaded({ status: "error", message: errorMessage(error) }),
    );
  }, [service]);

  const set = (patch: Partial<SettingsForm>) => setForm((f) => (f ? { ...f, ...patch } : f));

  const save = async () => {
    if (!form || loaded.status !== "ready") return;
    const result = fromForm(form, loaded.base);
    if (!result.ok) {
      setErrors(result.errors);
      setFailure(P.formulaireInvalide);
      return;
    }
    setErrors({});
    setFailure(null);
    setSaving(true);
    try {
      await onSave(result.settings);
    } catch (error) {
      setFailure(errorMessage(error));
      setSaving(false);
    }
  };

  return (
    <>
      <DrawerBody className={shared.stack}>
        <Text as="p" block>
          {P.intro}
        </Text>
        {loaded.status === "loading" && <Spinner size="small" label={P.chargement} />}
        {loaded.status === "error" && (
          <MessageBar intent="error">
            <MessageBarBody>{loaded.message}</MessageBarBody>
          </MessageBar>
        )}
        {form && (
          <form
            id={FORM_ID}
            className={shared.stack}
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
          >
            <Field label={P.dispositif}>
              <Select
                value={form.dispositif}
                onChange={(_, data) => set({ dispositif: data.value as SettingsForm["dispositif"] })}
              >
                <option value="auto">{P.dispositifAuto}</option>
                <option value="calpae">{TEXTES.dispositifs.calpae}</option>
                <option value="pacte">{TEXTES.dispositifs.pacte}</option>
              </Select>
            </Field>
            <Field label={P.annee} hint={P.anneeAide} validationMessage={errors.annee}>
              <Input inputMode="numeric" value={form.annee} onChange={(_, data) => set({ annee: data.value })} />
            </Field>
            <Field label={P.departement}>
              <Input value={form.departement} onChange={(_, data) => set({ departement: data.value })} />
            </Field>
            <Field label={P.montantNotifie} hint={P.montantAide} validationMessage={errors.montantNotifie}>
              <Input value={form.montantNotifie} onChange={(_, data) => set({ montantNotifie: data.value })} />
            </Field>
            <AmountsEditor lines={form.montants} errors={errors} onChange={(montants) => set({ montants })} />
            <Field label={P.seuilCofinancement} hint={P.seuilCofinancementAide} validationMessage={errors.seuilCofinancement}>
              <Input
                inputMode="decimal"
                value={form.seuilCofinancement}
                onChange={(_, data) => set({ seuilCofinancement: data.value })}
              />
            </Field>
            <Field label={P.seuilEcart} hint={P.seuilEcartAide} validationMessage={errors.seuilEcart}>
              <Input inputMode="decimal" value={form.seuilEcart} onChange={(_, data) => set({ seuilEcart: data.value })} />
            </Field>
            <Field label={P.marqueurs} hint={P.marqueursAide}>
              <Textarea value={form.marqueurs} resize="vertical" onChange={(_, data) => set({ marqueurs: data.value })} />
            </Field>
            {failure && (
              <MessageBar intent="error" role="alert">
                <MessageBarBody>{failure}</MessageBarBody>
              </MessageBar>
            )}
          </form>
        )}
      </DrawerBody>
      <DrawerFooter>
        <Button appearance="primary" type="submit" form={FORM_ID} disabled={!form || saving}>
          {P.enregistrer}
        </Button>
        <Button onClick={onClose}>{P.annuler}</Button>
      </DrawerFooter>
    </>
  );
}
