/**
 * What a bench section gives back, and how it is printed: a small aligned table, then its targets.
 * Numbers stay numbers (for --json) and are written the French way only when printed.
 */
import { formatNumberFr } from "../src/core/parse/format";

export type Value = string | number;

/** A target the figures are compared with; it is printed, never asserted. */
export interface Target {
  /** « Contrôle d'un classeur réaliste » */
  label: string;
  /** « < 20 ms » */
  limit: string;
  /** « 3,4 ms (le plus lent) » */
  measured: string;
  met: boolean;
}

export interface SectionResult {
  columns: string[];
  rows: Value[][];
  targets: Target[];
}

export interface Section {
  title: string;
  run(): Promise<SectionResult>;
}

/** A list of figures (« mesure → valeur ») as a two-column table. */
export function figureTable(figures: Record<string, Value>, targets: Target[] = []): SectionResult {
  return { columns: ["Mesure", "Valeur"], rows: Object.entries(figures), targets };
}

/** « 1 234 », « 19,70 »: integers without decimals, other numbers with two (so that they line up). */
export function show(value: Value): string {
  if (typeof value === "string") return value;
  return formatNumberFr(value, Number.isInteger(value) ? 0 : 2);
}

/** The first column (names) is left-aligned, the others (figures) right-aligned. */
function alignedLines(columns: string[], rows: Value[][]): string[] {
  const widths = columns.map((c, i) => Math.max(c.length, ...rows.map((r) => show(r[i] ?? "").length)));
  const line = (cells: Value[]) =>
    widths
      .map((w, i) => (i === 0 ? show(cells[i] ?? "").padEnd(w) : show(cells[i] ?? "").padStart(w)))
      .join("  ")
      .trimEnd();
  return [line(columns), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)];
}

function targetLine(t: Target): string {
  return `Objectif ${t.label} ${t.limit} : ${t.met ? "atteint" : "NON ATTEINT"} (${t.measured})`;
}

export function sectionText(title: string, result: SectionResult): string {
  const lines = [title, "=".repeat(title.length), ...alignedLines(result.columns, result.rows)];
  if (result.targets.length > 0) lines.push("", ...result.targets.map(targetLine));
  return `${lines.join("\n")}\n`;
}
