/**
 * Repetitive findings of one rule in one table (issue 7: on real workbooks a reviewer got ~125
 * warnings for ~30 useful ones): from GROUP_MIN of them on, one finding on the first cell, the
 * other cells in `related`, and their corrections combined into one `cells` fix when every one of
 * them has a mechanical correction. Below GROUP_MIN, each is reported as it is.
 */
import { Table } from "../../tables/model";
import { CellFix, CellRef, RuleContext, Severity } from "../types";

/** From this many findings of one kind in one table, they become one finding (up to three, each is a slip of its own). */
export const GROUP_MIN = 4;

/** Addresses listed in a grouped message; the others are in `related`. */
const LISTED = 8;

export interface CellReport<T = undefined> {
  /** 0-based position of the cell, for the order of the group. */
  row: number;
  col: number;
  /** A1 address. */
  address: string;
  /** The message of this cell alone, used when it is not grouped. */
  message: string;
  related?: CellRef[];
  fix?: CellFix | null;
  /** What the grouped message needs to know about this cell. */
  data: T;
}

/** « E4, F4, G4 », « E4, F4, …, M4 et 12 autres cellules ». */
export function cellList(items: readonly { address: string }[]): string {
  const listed = items.slice(0, LISTED).map((i) => i.address);
  const more = items.length - listed.length;
  if (more === 0)
    return listed.length > 1 ? `${listed.slice(0, -1).join(", ")} et ${listed[listed.length - 1]}` : listed.join("");
  return `${listed.join(", ")} et ${more} autre${more > 1 ? "s" : ""} cellule${more > 1 ? "s" : ""}`;
}

/**
 * Reports `items`, findings of one rule about one table: the ones with a correction and the ones
 * without are grouped apart; a group of `min` (GROUP_MIN) or more becomes one finding whose
 * message is « <first cell> : » followed by `summary(items)`.
 */
export function reportRepeated<T>(
  ctx: RuleContext,
  table: Table,
  items: readonly CellReport<T>[],
  summary: (items: readonly CellReport<T>[]) => string,
  severity?: Severity,
  min = GROUP_MIN,
): void {
  const sorted = [...items].sort((a, b) => a.row - b.row || a.col - b.col);
  for (const part of [sorted.filter((i) => i.fix), sorted.filter((i) => !i.fix)]) {
    if (part.length < Math.max(2, min)) {
      for (const i of part)
        ctx.report({ table, cell: i.address, severity, message: i.message, related: i.related, fix: i.fix ?? null });
      continue;
    }
    const [first, ...others] = part;
    const fixes = part.flatMap((i) => (i.fix ? [i.fix] : []));
    ctx.report({
      table,
      cell: first.address,
      severity,
      message: `${first.address} : ${summary(part)}`,
      related: others.map((i) => ({ sheet: table.sheet.name, cell: i.address })),
      fix: fixes.length === part.length ? { kind: "cells", sheet: table.sheet.name, cell: first.address, fixes } : null,
    });
  }
}
