/**
 * Links leaving the pane. « En savoir plus » opens the rule's page: the add-in will ship the pages
 * of docs/regles as static files under /regles/<id>.html; until then it links to the Markdown
 * source `regles/<id>.md`, relative to the origin that serves the task pane (the build copies
 * docs/regles there). Change RULE_DOC_EXTENSION (or pass `ruleDocBase` to mountTaskPane) when the
 * HTML pages exist.
 */

/** Folder of the rule pages, relative to the pane's origin. */
export const RULE_DOC_PATH = "/regles/";
export const RULE_DOC_EXTENSION = ".md";

/** Base URL of the rule pages for a pane served from `origin` (« https://localhost:3000 »). */
export function defaultRuleDocBase(origin: string): string {
  return new URL(RULE_DOC_PATH, origin).href;
}

/** « https://…/regles/sous-total.md ». */
export function ruleDocUrl(base: string, ruleId: string): string {
  return new URL(`${encodeURIComponent(ruleId)}${RULE_DOC_EXTENSION}`, base).href;
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
