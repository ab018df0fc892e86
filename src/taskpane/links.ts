/**
 * Links leaving the pane, and the help. The help pages (user guide and one page per rule) are
 * built to HTML with the pane (scripts/help.cjs) into `aide/` next to taskpane.html: the pane shows
 * them in its help panel, « Ouvrir dans le navigateur » opens them in Office's browser window, and
 * the manifest's SupportUrl points to the guide. Nothing comes from another server.
 */

/** Folder of the help pages, relative to the page of the pane. */
export const HELP_PATH = "aide/";

/** Base URL of the help pages for a pane served at `pageUrl` (« https://…/verifpacte/taskpane.html »). */
export function defaultHelpBase(pageUrl: string): string {
  return new URL(HELP_PATH, pageUrl).href;
}

/** « https://…/aide/regles/sous-total.html ». */
export function rulePageUrl(base: string, ruleId: string): string {
  return new URL(`regles/${encodeURIComponent(ruleId)}.html`, base).href;
}

/** « https://…/aide/index.html »: the user guide. */
export function guideUrl(base: string): string {
  return new URL("index.html", base).href;
}

/** A help page's HTML from the pane's own server. */
export async function fetchHelp(url: string): Promise<string> {
  const response = await fetch(url, { cache: "no-cache" });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

type OpenBrowserWindow = (url: string) => void;

/**
 * Opens a page outside the pane: Office's own browser window when the host has one (a task pane
 * cannot navigate away), else a new browser tab.
 */
export function openExternal(url: string): void {
  const office = (globalThis as { Office?: { context?: { ui?: { openBrowserWindow?: OpenBrowserWindow } } } }).Office;
  const open = office?.context?.ui?.openBrowserWindow;
  if (typeof open === "function") open.call(office?.context?.ui, url);
  else window.open(url, "_blank", "noopener,noreferrer");
}
