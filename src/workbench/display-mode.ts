/**
 * How the workbench page is shown, from its address: `?volet` shows the pane alone at the width of
 * the window (an Excel task pane is 320–350 px wide: the end-to-end tests and the screenshots use
 * it), `?theme=sombre` or `?theme=clair` chooses the theme (else the one chosen last, else the
 * browser's).
 */
import type { ThemeKind } from "../taskpane/theme";

export interface DisplayMode {
  paneOnly: boolean;
  theme: ThemeKind;
}

const STORAGE_KEY = "verifpacte.banc-essai.theme";

export function themeFromWord(word: string | null): ThemeKind | null {
  if (word === "sombre" || word === "dark") return "dark";
  if (word === "clair" || word === "light") return "light";
  return null;
}

/** The mode of a page address; `stored` and `prefersDark` decide the theme when the address does not. */
export function displayMode(search: string, stored: string | null, prefersDark: boolean): DisplayMode {
  const params = new URLSearchParams(search);
  const theme = themeFromWord(params.get("theme")) ?? themeFromWord(stored) ?? (prefersDark ? "dark" : "light");
  return { paneOnly: params.has("volet"), theme };
}

/** The mode of this page (reads the address, the last choice and the browser's colour scheme). */
export function currentDisplayMode(): DisplayMode {
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage refused (private window, policy): the address and the browser decide.
  }
  const prefersDark = typeof window.matchMedia === "function" && window.matchMedia("(prefers-color-scheme: dark)").matches;
  return displayMode(window.location.search, stored, prefersDark);
}

/** Remembers the user's choice of theme for the next visit. */
export function rememberTheme(theme: ThemeKind): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, theme === "dark" ? "sombre" : "clair");
  } catch {
    // Nothing to remember with: the choice lasts for this page.
  }
}
