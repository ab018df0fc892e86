/** Entry point of the browser workbench (npm start): no Office, the pane runs over the in-memory Excel fake. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { WorkbenchApp } from "./App";

const element = document.getElementById("root");
if (element) {
  createRoot(element).render(
    <StrictMode>
      <FluentProvider theme={webLightTheme} lang="fr" className="vp-provider">
        <WorkbenchApp />
      </FluentProvider>
    </StrictMode>,
  );
}
