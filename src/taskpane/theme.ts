/** Light or dark Fluent theme, following Office's theme (or the browser's outside Office). */
import { Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";

export type ThemeKind = "light" | "dark";

export function fluentTheme(kind: ThemeKind): Theme {
  return kind === "dark" ? webDarkTheme : webLightTheme;
}

/** « #1F1F1F » → dark, « #FFFFFF » → light; null when the colour cannot be read. */
export function themeOfBackground(color: string | undefined): ThemeKind | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color?.trim() ?? "");
  if (!m) return null;
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16) / 255);
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance < 0.5 ? "dark" : "light";
}

/** Office.context.officeTheme when the host gives one, else the browser's colour scheme. */
export function detectTheme(): ThemeKind {
  const office = (globalThis as { Office?: { context?: { officeTheme?: { bodyBackgroundColor?: string } } } }).Office;
  const fromOffice = themeOfBackground(office?.context?.officeTheme?.bodyBackgroundColor);
  if (fromOffice) return fromOffice;
  return typeof window.matchMedia === "function" && window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}
