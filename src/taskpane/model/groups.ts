/**
 * Findings with one cause, shown as one card: the same rule, in the same table, with the same
 * severity, the same kind of correction (a formula of the same R1C1 shape: « =L7+O7 » on row 7 and
 * « =L8+O8 » on row 8 are one formula copied down) and the same message once its cells, numbers and
 * quoted texts are set aside. « Formule K = G+I » on 12 rows is one card « … — 12 cellules » with
 * « Corriger les 12 »; two findings that differ in anything else stay two cards.
 *
 * This works whether the core reports a repeated mistake as several findings (grouped here) or as
 * one finding naming several cells in `related` (a single card that lists them).
 */
import { r1c1Shape } from "../../core/formula/r1c1";
import { parseCellAddress } from "../../core/grid/address";
import type { Finding, Fix } from "../../core/rules/types";
import type { ShownFinding } from "./findings";

export interface FindingGroup {
  /** Stable while the group keeps its first finding (React key, focus). */
  key: string;
  /** Two or more findings, in the list's order; one for a finding alone. */
  items: ShownFinding[];
}

/** The findings of a group that a click on « Corriger les N » would correct. */
export function fixableIn(group: FindingGroup): Finding[] {
  return group.items.filter((i) => !i.ignored && !i.placeholder && i.finding.fix !== null).map((i) => i.finding);
}

/** The findings of a group still to deal with (not ignored). */
export function activeIn(group: FindingGroup): Finding[] {
  return group.items.filter((i) => !i.ignored && !i.placeholder).map((i) => i.finding);
}

/**
 * « P7 : … » → the message without its cells, the template's column letters (« colonne C du
 * tableau », « A+B+C »), amounts, numbers and quoted texts.
 */
export function messageShape(message: string): string {
  return message
    .replace(/«[^»]*»/g, "«»")
    .replace(/\$?\b[A-Z]{1,3}\$?\d+\b/g, "@")
    .replace(/\b[A-Z]\b/g, "L")
    .replace(/\d(?:[\d\u00a0\u202f .,]*\d)?/g, "#");
}

function fixShape(fix: Fix | null): string {
  if (!fix) return "aucune";
  if (fix.kind !== "formula") return fix.kind;
  const at = parseCellAddress(fix.cell);
  return at ? `formule ${r1c1Shape(fix.formula, at.row, at.col)}` : `formule ${fix.formula}`;
}

/** What makes two findings « the same mistake ». */
export function causeKey(finding: Finding): string {
  return JSON.stringify([
    finding.ruleId,
    finding.severity,
    finding.file,
    finding.sheet,
    finding.tableId,
    fixShape(finding.fix),
    messageShape(finding.message),
  ]);
}

/**
 * Groups of one list (one table's findings), in the order of their first finding. Ignored
 * findings are never grouped: each keeps its own card (it can be restored on its own).
 */
export function groupByCause(items: readonly ShownFinding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  const out: FindingGroup[] = [];
  for (const item of items) {
    const cause = item.ignored || item.placeholder ? `seul|${item.key}` : causeKey(item.finding);
    const known = groups.get(cause);
    if (known) {
      known.items.push(item);
      continue;
    }
    const group: FindingGroup = { key: item.key, items: [item] };
    groups.set(cause, group);
    out.push(group);
  }
  return out;
}

/**
 * The cells of a group, short: « P7:P18 » for a run of rows in one column, « D5, F5, H5 », and
 * « D5, F5, H5 et 4 autres » beyond `max` parts.
 */
export function cellsSummary(cells: readonly string[], max = 4): string {
  interface Run {
    col: number;
    row: number;
    first: string;
    last: string;
  }
  const runs: (Run | string)[] = [];
  for (const cell of cells) {
    const at = parseCellAddress(cell);
    const previous = runs[runs.length - 1];
    if (at && typeof previous === "object" && at.col === previous.col && at.row === previous.row + 1) {
      previous.row = at.row;
      previous.last = cell;
    } else runs.push(at ? { col: at.col, row: at.row, first: cell, last: cell } : cell);
  }
  const parts = runs.map((r) => (typeof r === "string" ? r : r.first === r.last ? r.first : `${r.first}:${r.last}`));
  if (parts.length <= max) return parts.join(", ");
  const rest = parts.length - (max - 1);
  return `${parts.slice(0, max - 1).join(", ")} et ${rest} autres`;
}
