/**
 * The analysis state of the pane: service.analyzeWorkbook with its progress gives the analysis, the
 * settings (ignores) and whether a journal exists, from the same reads of the workbook (at most 3
 * syncs). A request made while an analysis runs starts one more analysis after it (live mode
 * edits, apply during a run), never two at once. `prepare` (the pane's results, loaded on demand)
 * runs beside each analysis: the analysis is shown once both are done, and fails if it fails.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Analysis } from "../../core/engine/analyze";
import type { Settings } from "../../core/settings";
import type { WorkbookService } from "../../excel/service";
import { errorMessage, TEXTES } from "../textes";

export interface AnalysisProgress {
  step: string;
  /** 0 to 1. */
  fraction: number;
}

export interface WorkbookState {
  status: "idle" | "running" | "done" | "error";
  progress: AnalysisProgress | null;
  analysis: Analysis | null;
  settings: Settings | null;
  hasJournal: boolean;
  /** French message when the last analysis failed. */
  error: string | null;
}

const INITIAL: WorkbookState = { status: "idle", progress: null, analysis: null, settings: null, hasJournal: false, error: null };

export interface WorkbookHandle {
  state: WorkbookState;
  refresh(): Promise<void>;
}

const NOTHING_TO_PREPARE = async () => undefined;

export function useWorkbook(service: WorkbookService, prepare: () => Promise<void> = NOTHING_TO_PREPARE): WorkbookHandle {
  const [state, setState] = useState<WorkbookState>(INITIAL);
  const running = useRef<Promise<void> | null>(null);
  const again = useRef(false);

  useEffect(() => {
    // Before any analysis, « Annuler les corrections » is offered only if the workbook has a journal;
    // if that cannot be read, the button stays disabled until an analysis succeeds.
    service.hasJournal().then(
      (hasJournal) => setState((s) => (s.status === "idle" && s.hasJournal !== hasJournal ? { ...s, hasJournal } : s)),
      () => undefined,
    );
  }, [service]);

  const analyzeOnce = useCallback(async () => {
    setState((s) => ({ ...s, status: "running", progress: { step: TEXTES.progression.demarrage, fraction: 0 }, error: null }));
    try {
      const [{ analysis, settings, hasJournal }] = await Promise.all([
        service.analyzeWorkbook((step, fraction) => setState((s) => ({ ...s, progress: { step, fraction } }))),
        prepare(),
      ]);
      setState({ status: "done", progress: null, analysis, settings, hasJournal, error: null });
    } catch (error) {
      setState((s) => ({ ...s, status: "error", progress: null, analysis: null, error: errorMessage(error) }));
    }
  }, [service, prepare]);

  const refresh = useCallback((): Promise<void> => {
    if (running.current) {
      again.current = true;
      return running.current;
    }
    const loop = async () => {
      do {
        again.current = false;
        await analyzeOnce();
      } while (again.current);
    };
    running.current = loop().finally(() => {
      running.current = null;
    });
    return running.current;
  }, [analyzeOnce]);

  return { state, refresh };
}
