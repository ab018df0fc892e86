/** The Chorus cells of a financial table, read once each, with the action rows they cover (rules 10 and 17). */
import { cellAddress } from "../../grid/address";
import { ChorusCell, parseChorusCell } from "../../parse/chorus";
import { CHORUS_LENGTH } from "../../referentiel/chorus";
import { FinancialRow, FinancialTable } from "../../tables/model";
import { RuleContext } from "../types";

export interface ChorusGroup {
  /** Top-left cell of the (merged) Chorus cell. */
  row: number;
  col: number;
  address: string;
  text: string;
  parsed: ChorusCell;
  /** The action rows the cell applies to, in order. */
  rows: FinancialRow[];
}

/** Text of a Chorus cell; a number shown with leading zeros (format « 000000000000 ») keeps them. */
export function chorusText(table: FinancialTable, row: number, col: number): string {
  const cell = table.sheet.get(row, col);
  const value = cell?.value;
  if (typeof value === "string") return value;
  if (typeof value !== "number") return "";
  const zeros = /^0+$/.test(cell?.numFmt ?? "") ? (cell?.numFmt as string).length : 0;
  return String(value).padStart(zeros, "0");
}

/** Every Chorus cell some row of the table refers to, in sheet order; read once per analysis (never change them). */
export function chorusGroups(ctx: RuleContext, table: FinancialTable): readonly ChorusGroup[] {
  return ctx.memo(table, "chorusGroups", () => readChorusGroups(table));
}

function readChorusGroups(table: FinancialTable): ChorusGroup[] {
  // By cell, as a number: the rows of a merged Chorus cell refer to it one after the other.
  const groups = new Map<number, ChorusGroup>();
  for (const row of table.rows) {
    if (!row.chorus) continue;
    const { row: r, col: c } = row.chorus;
    const key = r * 16384 + c;
    let group = groups.get(key);
    if (!group) {
      const text = chorusText(table, r, c);
      group = { row: r, col: c, address: cellAddress(r, c), text, parsed: parseChorusCell(text), rows: [] };
      groups.set(key, group);
    }
    if (row.kind === "action") group.rows.push(row);
  }
  return [...groups.values()].sort((a, b) => a.row - b.row || a.col - b.col);
}

/** The cell's code when it can be read for sure: one code of 12 digits, no letters. */
export function readableCode(cell: ChorusCell): string | null {
  const unsure = cell.problems.some((p) => p.kind === "length" || p.kind === "letters" || p.kind === "several");
  return cell.digits?.length === CHORUS_LENGTH && !unsure ? cell.digits : null;
}
