/**
 * The real task pane (src/taskpane mountTaskPane) mounted beside the view, over the service of
 * the workbook open; a new workbook mounts a new pane. The pane has its own React root: it is
 * mounted in a fresh element and unmounted after the workbench's render has finished. The workbench
 * is a French Excel: formulas are shown in French.
 */
import { useEffect, useRef } from "react";
import type { WorkbookService } from "../../excel";
import { MountedTaskPane, mountTaskPane } from "../../taskpane/mount";
import type { ThemeKind } from "../../taskpane/theme";

function openInNewTab(url: string): void {
  window.open(url, "_blank", "noopener");
}

export function PaneHost({ service, theme }: { service: WorkbookService; theme: ThemeKind }) {
  const host = useRef<HTMLDivElement>(null);
  const pane = useRef<MountedTaskPane | null>(null);
  const themeNow = useRef(theme);
  themeNow.current = theme;
  useEffect(() => {
    const element = document.createElement("div");
    element.className = "vp-pane-root";
    host.current?.appendChild(element);
    const mounted = mountTaskPane(element, service, { theme: themeNow.current, openUrl: openInNewTab, formulas: "fr" });
    pane.current = mounted;
    return () => {
      pane.current = null;
      setTimeout(() => {
        mounted.unmount();
        element.remove();
      });
    };
  }, [service]);
  useEffect(() => pane.current?.setTheme(theme), [theme]);
  return <div ref={host} className="vp-pane-host" />;
}
