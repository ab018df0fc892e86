/**
 * « Tout corriger »: every change of every fixable finding, from service.preview, folded by cause
 * (« Erreur du modèle : K = G+I au lieu de G+J — 12 modifications (P7:P18) », opened on demand),
 * with conflicts flagged and the blocking reason if any; nothing is written before « Appliquer les
 * modifications ».
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
import { useEffect, useMemo } from "react";
import { findingKey } from "../../core/engine/context";
import type { Finding } from "../../core/rules/types";
import { usePane } from "../context";
import { canApply, usePreview } from "../hooks/usePreview";
import { ruleTitle, shown } from "../model/findings";
import { groupByCause } from "../model/groups";
import { useSharedStyles } from "../styles";
import { TEXTES } from "../textes";
import { ChangeGroup, ChangeList } from "./ChangeList";

export interface FixAllDialogProps {
  open: boolean;
  findings: Finding[];
  busy: boolean;
  onConfirm(findings: Finding[]): void;
  onClose(): void;
}

/** The causes of the fixable findings, for folding their changes. */
export function changeGroups(findings: readonly Finding[]): ChangeGroup[] {
  return groupByCause(findings.map((f) => shown(f, false))).map((g) => ({
    title: ruleTitle(g.items[0].finding.ruleId),
    findings: new Set(g.items.map((i) => findingKey(i.finding))),
  }));
}

export function FixAllDialog({ open, findings, busy, onConfirm, onClose }: FixAllDialogProps) {
  const { service } = usePane();
  const shared = useSharedStyles();
  const { state, load, clear } = usePreview(service);
  const groups = useMemo(() => changeGroups(findings), [findings]);

  useEffect(() => {
    if (open) void load(findings, []);
    else clear();
  }, [open, findings, load, clear]);

  const shownGroups =
    state.status === "ready"
      ? new Set(state.preview.items.map((i) => groups.find((g) => i.findings.some((k) => g.findings.has(k))) ?? i)).size
      : 0;

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
                  {TEXTES.toutCorriger.intro(state.preview.items.length, shownGroups)}
                </Text>
                <ChangeList preview={state.preview} label={TEXTES.toutCorriger.liste} groups={groups} />
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
