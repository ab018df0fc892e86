/**
 * Axes, Chorus codes, sections and groups of a financial table's rows: the axe / thème and the
 * Chorus code written once (merged cell, or a label row) apply down to the next one; a group is
 * one axe block, its action and empty rows and the sous-total closing it.
 */
import { ShownLabel } from "./cells";
import { Section, RowRead } from "./financialRows";
import { ChorusRef, FinancialRow, RowGroup } from "./model";

/**
 * Sections of a CALPAE table: rows up to « Sous-total engagements de mesures socle » are socle,
 * the rows after it up to the initiative sous-total are initiative; a heading (« Mesures socle »)
 * sets the section from its row on. Null everywhere when the table names no section.
 */
function sections(rows: readonly RowRead[]): (Section | null)[] {
  const out: (Section | null)[] = rows.map(() => null);
  let current: Section | null = null;
  let pending: number[] = [];
  rows.forEach((row, i) => {
    if (row.level >= 3) return;
    if (row.kind === "title" && row.sectionMark) current = row.sectionMark;
    if (row.kind !== "sousTotalSection") {
      if (current) out[i] = current;
      else pending.push(i);
      return;
    }
    const section = row.sectionMark ?? current;
    for (const p of [...pending, i]) out[p] = section;
    pending = [];
    current = section === "socle" ? "initiative" : null;
  });
  return out;
}

export interface Grouped {
  rows: FinancialRow[];
  groups: RowGroup[];
}

/** The axe / thème in force while walking down the rows, and the open group. */
interface Walk {
  axe: ShownLabel | null;
  axeRow: number | null;
  chorus: ChorusRef | null;
  current: RowGroup | null;
}

/** A new axe starts: another label, or the same label written again after its group was closed. */
function startsAxe(w: Walk, label: ShownLabel): boolean {
  if (w.axe === null || label.text !== w.axe.text) return true;
  return w.current === null && (label.row !== w.axe.row || label.col !== w.axe.col);
}

/** Index of the group the row belongs to; opens and closes groups on the way. */
function groupOf(w: Walk, r: RowRead, leaf: boolean, section: Section | null, groups: RowGroup[]): number | null {
  if (leaf) {
    if (!w.current) {
      w.current = { index: groups.length, axe: w.axe?.text ?? null, axeRow: w.axeRow, rows: [], sousTotalRow: null, section };
      groups.push(w.current);
    }
    if (r.kind !== "axe") w.current.rows.push(r.row);
    return w.current.index;
  }
  const closing = w.current;
  if (r.kind === "sousTotal" || r.level > 1) w.current = null;
  if (r.kind !== "sousTotal" || !closing) return null;
  closing.sousTotalRow = r.row;
  return closing.index;
}

export function groupRows(read: readonly RowRead[], hasChorus: boolean): Grouped {
  const section = sections(read);
  const rows: FinancialRow[] = [];
  const groups: RowGroup[] = [];
  const w: Walk = { axe: null, axeRow: null, chorus: null, current: null };
  for (let i = 0; i < read.length; i++) {
    const r = read[i];
    const leaf = r.kind === "axe" || r.kind === "action" || r.kind === "empty";
    if (leaf && r.axe && startsAxe(w, r.axe)) Object.assign(w, { axe: r.axe, axeRow: r.row, chorus: null, current: null });
    if ((leaf || r.kind === "sousTotal") && r.chorus) w.chorus = r.chorus;
    const row: FinancialRow = {
      row: r.row,
      kind: r.kind,
      level: r.level,
      label: r.label,
      fiche: r.fiche,
      title: r.title,
      axe: r.level > 1 ? null : (w.axe?.text ?? null),
      chorus: hasChorus && (leaf || r.kind === "sousTotal") ? w.chorus : null,
      group: groupOf(w, r, leaf, section[i], groups),
      section: section[i],
    };
    if (r.funder) row.funder = r.funder;
    rows.push(row);
  }
  return { rows, groups };
}
