/**
 * Mounts the task pane on an element with a given WorkbookService: index.tsx does it in Excel
 * (service over office-js), the browser workbench with a service over the in-memory fake.
 */
import { FluentProvider } from "@fluentui/react-components";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import type { WorkbookService } from "../excel/service";
import { App } from "./App";
import { PaneContext, PaneEnvironment } from "./context";
import { defaultRuleDocBase, openExternal } from "./links";
import { detectTheme, fluentTheme, ThemeKind } from "./theme";

export interface TaskPaneOptions {
  /** Default: Office's theme, else the browser's colour scheme. */
  theme?: ThemeKind;
  /** Default: Office's browser window when available, else a new tab. */
  openUrl?: (url: string) => void;
  /** Base URL of the rule pages; default `<origin of the pane>/regles/` (see links.ts). */
  ruleDocBase?: string;
}

export interface MountedTaskPane {
  unmount(): void;
}

export function mountTaskPane(element: HTMLElement, service: WorkbookService, options: TaskPaneOptions = {}): MountedTaskPane {
  const environment: PaneEnvironment = {
    service,
    openUrl: options.openUrl ?? openExternal,
    ruleDocBase: options.ruleDocBase ?? defaultRuleDocBase(window.location.origin),
  };
  const root = createRoot(element);
  root.render(
    <StrictMode>
      <FluentProvider theme={fluentTheme(options.theme ?? detectTheme())} lang="fr">
        <PaneContext.Provider value={environment}>
          <App />
        </PaneContext.Provider>
      </FluentProvider>
    </StrictMode>,
  );
  return { unmount: () => root.unmount() };
}
