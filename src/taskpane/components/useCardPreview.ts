/**
 * The preview of a card (one finding or a group): « Corriger » or « Ajouter un commentaire » loads
 * ancien → nouveau; « Appliquer » applies; « Annuler » closes it and gives the focus back to the
 * button that opened it.
 */
import { useRef, useState } from "react";
import type { Finding } from "../../core/rules/types";
import { usePane } from "../context";
import { usePreview } from "../hooks/usePreview";
import type { FindingHandlers } from "./FindingCard";

export type PreviewMode = "fix" | "comment";

export function useCardPreview(findings: Finding[], handlers: FindingHandlers) {
  const { service } = usePane();
  const preview = usePreview(service);
  const [mode, setMode] = useState<PreviewMode>("fix");
  const opener = useRef<HTMLElement | null>(null);
  const split = (chosen: PreviewMode): [Finding[], Finding[]] => {
    const fixable = findings.filter((f) => f.fix !== null);
    return chosen === "fix" ? [fixable, []] : [[], findings];
  };
  return {
    state: preview.state,
    mode,
    open(chosen: PreviewMode, button: HTMLElement) {
      opener.current = button;
      setMode(chosen);
      void preview.load(...split(chosen));
    },
    async apply() {
      preview.clear();
      await handlers.onApply(...split(mode));
    },
    cancel() {
      preview.clear();
      const target = opener.current;
      setTimeout(() => target?.isConnected && target.focus(), 0);
    },
  };
}
