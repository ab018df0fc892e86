/** « Mode en direct »: service.watch re-runs the analysis after each edit of the user. */
import { useCallback, useEffect, useRef, useState } from "react";
import type { WorkbookService } from "../../excel/service";

export interface LiveMode {
  enabled: boolean;
  /** Rejects (with the service's error) when watching cannot start or stop. */
  setEnabled(on: boolean): Promise<void>;
}

export function useLiveMode(service: WorkbookService, onUserEdit: () => void): LiveMode {
  const [enabled, setState] = useState(false);
  const stop = useRef<(() => Promise<void>) | null>(null);
  const callback = useRef(onUserEdit);
  callback.current = onUserEdit;

  useEffect(
    () => () => {
      // Unmounting: nothing is left to tell if the workbook cannot be unwatched any more.
      stop.current?.().catch(() => undefined);
      stop.current = null;
    },
    [service],
  );

  const setEnabled = useCallback(
    async (on: boolean) => {
      if (on && !stop.current) {
        stop.current = await service.watch(() => callback.current());
        setState(true);
      } else if (!on && stop.current) {
        const unwatch = stop.current;
        stop.current = null;
        setState(false);
        await unwatch();
      }
    },
    [service],
  );

  return { enabled, setEnabled };
}
