/**
 * A part of the pane loaded on demand (parts.ts): `part` is null until `request()` has loaded it.
 * `request()` rejects when the part cannot be loaded (network cut, server gone) and leaves `part`
 * null: the next `request()` tries again (webpack asks the server again for a chunk that failed).
 */
import { useCallback, useRef, useState } from "react";

export interface Part<T> {
  part: T | null;
  /** Loads the part, once: the same promise while it is loading, resolved at once when it is loaded. */
  request(): Promise<void>;
}

export function usePart<T extends object>(load: () => Promise<T>): Part<T> {
  const [part, setPart] = useState<T | null>(null);
  const pending = useRef<Promise<void> | null>(null);
  const request = useCallback(() => {
    if (part) return Promise.resolve();
    pending.current ??= load()
      .then(setPart)
      .finally(() => {
        pending.current = null;
      });
    return pending.current;
  }, [part, load]);
  return { part, request };
}
