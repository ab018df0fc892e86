/**
 * Text from a workbook is data, never terminal or layout commands: every report (text, JSON,
 * SARIF) shows the control characters it may hold as « \u001B », never raw. Escaped:
 * - C0 controls except tab and line feed (ESC, BEL, backspace, carriage return…), and DEL;
 * - C1 controls U+0080–U+009F (U+009B is a one-character ESC [ for many terminals);
 * - bidirectional embeddings, overrides and isolates U+202A–U+202E, U+2066–U+2069, which
 *   reorder what is displayed (« Trojan Source »).
 * A line break written CR LF is shown as a line feed. The escaping is for display: it is not
 * reversible (a cell holding the six characters « \u001B » reads the same).
 */

const UNSAFE = /\r\n|[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

function notation(ch: string): string {
  if (ch === "\r\n") return "\n";
  return `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** The text with every control and bidi character written « \uXXXX ». */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, notation);
}

/** A copy of a JSON-like value whose every string (not the keys, which are ours) is escaped. */
export function escapeStrings<T>(value: T): T {
  if (typeof value === "string") return escapeControls(value) as T;
  if (Array.isArray(value)) return value.map((v) => escapeStrings(v)) as T;
  if (typeof value === "object" && value !== null) {
    const copy: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) copy[key] = escapeStrings(v);
    return copy as T;
  }
  return value;
}
