/**
 * Focus goes back where it came from: to the control that opened a dialog or a panel when it
 * closes (Fluent would otherwise leave it on the page's body when the opener was a menu item).
 */
import { useCallback, useRef } from "react";

export interface FocusReturn {
  /** Remembers the control to come back to (default: the element that has the focus now). */
  remember(opener?: HTMLElement | null): void;
  /** Gives the focus back once the closing has been drawn. */
  restore(): void;
}

export function useFocusReturn(): FocusReturn {
  const opener = useRef<HTMLElement | null>(null);
  const remember = useCallback((element?: HTMLElement | null) => {
    const active = document.activeElement;
    opener.current = element ?? (active instanceof HTMLElement && active !== document.body ? active : null);
  }, []);
  const restore = useCallback(() => {
    const target = opener.current;
    opener.current = null;
    if (!target) return;
    // After Fluent's own focus handling of the closing surface.
    setTimeout(() => {
      if (target.isConnected) target.focus();
    }, 0);
  }, []);
  return { remember, restore };
}
