/**
 * Entry point of the browser workbench (npm start): no Office, the pane runs over the in-memory
 * Excel fake. Light or dark theme (the workbench and the pane together); `?volet` shows the pane
 * alone, as wide as the window (see display-mode.ts).
 */
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { StrictMode, useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import type { ThemeKind } from "../taskpane/theme";
import { WorkbenchApp } from "./App";
import { currentDisplayMode, rememberTheme } from "./display-mode";

function Workbench() {
  const [mode] = useState(currentDisplayMode);
  const [theme, setTheme] = useState<ThemeKind>(mode.theme);
  useEffect(() => {
    document.documentElement.dataset.theme = theme === "dark" ? "sombre" : "clair";
  }, [theme]);
  const choose = (next: ThemeKind) => {
    setTheme(next);
    rememberTheme(next);
  };
  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme} lang="fr" className="vp-provider">
      <WorkbenchApp paneOnly={mode.paneOnly} theme={theme} onTheme={choose} />
    </FluentProvider>
  );
}

const element = document.getElementById("root");
if (element) {
  createRoot(element).render(
    <StrictMode>
      <Workbench />
    </StrictMode>,
  );
}
