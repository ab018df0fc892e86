/** The « ancien → nouveau » preview of some fixes or comments, fetched from service.preview. */
import { useCallback, useRef, useState } from "react";
import type { Finding } from "../../core/rules/types";
import type { Preview, WorkbookService } from "../../excel/service";
import { errorMessage } from "../textes";

export type PreviewState =
  { status: "idle" } | { status: "loading" } | { status: "ready"; preview: Preview } | { status: "error"; message: string };

export interface PreviewHandle {
  state: PreviewState;
  load(fixes: Finding[], commentOnly: Finding[]): Promise<void>;
  clear(): void;
}

export function usePreview(service: WorkbookService): PreviewHandle {
  const [state, setState] = useState<PreviewState>({ status: "idle" });
  /** Only the last request may set the state (a slow answer to an older one is dropped). */
  const request = useRef(0);

  const load = useCallback(
    async (fixes: Finding[], commentOnly: Finding[]) => {
      const id = ++request.current;
      setState({ status: "loading" });
      try {
        const preview = await service.preview(fixes, commentOnly);
        if (id === request.current) setState({ status: "ready", preview });
      } catch (error) {
        if (id === request.current) setState({ status: "error", message: errorMessage(error) });
      }
    },
    [service],
  );

  const clear = useCallback(() => {
    request.current++;
    setState({ status: "idle" });
  }, []);

  return { state, load, clear };
}

/** Whether the previewed changes can be applied (something to write, nothing blocking). */
export function canApply(state: PreviewState): boolean {
  return state.status === "ready" && state.preview.blocked === null && state.preview.items.length > 0;
}
