/**
 * « Tout corriger »: every change of every fixable finding, from service.preview, with conflicts
 * flagged and the blocking reason if any; nothing is written before « Appliquer les modifications ».
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
} from "@fluentui/react-components";
import { useEffect } from "react";
import type { Finding } from "../../core/rules/types";
import { usePane } from "../context";
import { canApply, usePreview } from "../hooks/usePreview";
import { useSharedStyles } from "../styles";
import { TEXTES } from "../textes";
import { ChangeList } from "./ChangeList";

export interface FixAllDialogProps {
  open: boolean;
  findings: Finding[];
  busy: boolean;
  onConfirm(findings: Finding[]): void;
  onClose(): void;
}

export function FixAllDialog({ open, findings, busy, onConfirm, onClose }: FixAllDialogProps) {
  const { service } = usePane();
  const shared = useSharedStyles();
  const { state, load, clear } = usePreview(service);

  useEffect(() => {
    if (open) void load(findings, []);
    else clear();
  }, [open, findings, load, clear]);

  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{TEXTES.toutCorriger.titre}</DialogTitle>
          <DialogContent className={shared.stack}>
            {state.status === "loading" && <Spinner label={TEXTES.constats.chargementApercu} />}
            {state.status === "error" && (
              <MessageBar intent="error">
                <MessageBarBody>{state.message}</MessageBarBody>
              </MessageBar>
            )}
            {state.status === "ready" && (
              <>
                <Text as="p" block>
                  {TEXTES.toutCorriger.intro(state.preview.items.length)}
                </Text>
                <ChangeList preview={state.preview} label={TEXTES.toutCorriger.titre} />
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={!canApply(state) || busy} onClick={() => onConfirm(findings)}>
              {TEXTES.toutCorriger.confirmer}
            </Button>
            <Button onClick={onClose}>{TEXTES.toutCorriger.fermer}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
