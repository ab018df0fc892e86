/** Under a finding: the « ancien → nouveau » of its correction or comment, then Appliquer / Annuler. */
import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from "@fluentui/react-components";
import { canApply, PreviewState } from "../hooks/usePreview";
import { useSharedStyles } from "../styles";
import { TEXTES } from "../textes";
import { ChangeList } from "./ChangeList";

const useStyles = makeStyles({
  panel: {
    marginTop: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
});

export interface PreviewPanelProps {
  state: PreviewState;
  label: string;
  busy: boolean;
  onApply(): void;
  onCancel(): void;
}

export function PreviewPanel({ state, label, busy, onApply, onCancel }: PreviewPanelProps) {
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <div className={styles.panel} role="region" aria-label={label}>
      {state.status === "loading" && <Spinner size="tiny" label={TEXTES.constats.chargementApercu} />}
      {state.status === "error" && (
        <MessageBar intent="error">
          <MessageBarBody>{state.message}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === "ready" && <ChangeList preview={state.preview} label={TEXTES.constats.modifications} />}
      <div className={shared.row}>
        <Button size="small" appearance="primary" disabled={!canApply(state) || busy} onClick={onApply}>
          {TEXTES.constats.appliquer}
        </Button>
        <Button size="small" onClick={onCancel}>
          {TEXTES.constats.annuler}
        </Button>
      </div>
    </div>
  );
}
