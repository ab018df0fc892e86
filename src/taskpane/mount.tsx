/**
 * Mounts the task pane on an element with a given WorkbookService: index.tsx does it in Excel
 * (service over office-js), the browser workbench with a service over the in-memory fake.
 */
import { FluentProvider } from "@fluentui/react-components";
import { StrictMode, useSyncExternalStore } from "react";
import { createRoot } from "react-dom/client";
import type { FormulaLanguage } from "../core/formula/locale";
import type { WorkbookService } from "../excel/service";
import { App } from "./App";
import { PaneContext, PaneEnvironment } from "./context";
import { defaultHelpBase, fetchHelp, openExternal } from "./links";
import { detectTheme, fluentTheme, ThemeKind } from "./theme";

export interface TaskPaneOptions {
  /** Default: Office's theme, else the browser's colour scheme. */
  theme?: ThemeKind;
  /** Default: Office's browser window when available, else a new tab. */
  openUrl?: (url: string) => void;
  /** Base URL of the help pages; default `aide/` next to the page of the pane (see links.ts). */
  helpBase?: string;
  /** Default: read the page from the pane's server. */
  loadHelp?: (url: string) => Promise<string>;
  /** The language of the user's Excel for formulas; default English (invariant). */
  formulas?: FormulaLanguage;
}

export interface MountedTaskPane {
  /** Follows a change of Office's theme (or the workbench's switch) without losing the pane's state. */
  setTheme(theme: ThemeKind): void;
  unmount(): void;
}

export function mountTaskPane(element: HTMLElement, service: WorkbookService, options: TaskPaneOptions = {}): MountedTaskPane {
  const environment: PaneEnvironment = {
    service,
    openUrl: options.openUrl ?? openExternal,
    helpBase: options.helpBase ?? defaultHelpBase(window.location.href),
    loadHelp: options.loadHelp ?? fetchHelp,
    formulas: options.formulas ?? "en",
  };
  let theme = options.theme ?? detectTheme();
  const listeners = new Set<() => void>();
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  function ThemedPane() {
    const kind = useSyncExternalStore(subscribe, () => theme);
    return (
      <FluentProvider theme={fluentTheme(kind)} lang="fr" className="vp-volet" data-theme={kind}>
        <PaneContext.Provider value={environment}>
          <App />
        </PaneContext.Provider>
      </FluentProvider>
    );
  }
  const root = createRoot(element);
  root.render(
    <StrictMode>
      <ThemedPane />
    </StrictMode>,
  );
  return {
    setTheme(next) {
      theme = next;
      listeners.forEach((listener) => listener());
    },
    unmount: () => root.unmount(),
  };
}
