/**
 * The real task pane (src/taskpane mountTaskPane) mounted beside the view, over the service of
 * the workbook open; a new workbook mounts a new pane. The pane has its own React root: it is
 * mounted in a fresh element and unmounted after the workbench's render has finished.
 */
import { useEffect, useRef } from "react";
import type { WorkbookService } from "../../excel";
import { mountTaskPane } from "../../taskpane/mount";

function openInNewTab(url: string): void {
  window.open(url, "_blank", "noopener");
}

export function PaneHost({ service }: { service: WorkbookService }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = document.createElement("div");
    element.className = "vp-pane-root";
    host.current?.appendChild(element);
    const pane = mountTaskPane(element, service, { theme: "light", openUrl: openInNewTab, formulas: "fr" });
    return () => {
      setTimeout(() => {
        pane.unmount();
        element.remove();
      });
    };
  }, [service]);
  return <div ref={host} className="vp-pane-host" />;
}
