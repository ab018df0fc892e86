/**
 * The money grids the rules check besides F1–F6 (SPEC §3 F7): every F7 table, and every zone non
 * reconnue that holds amounts with a total. Each money cell is read once per analysis: its value
 * (computed when a formula has no cached result), its parse, its cents.
 */
import { cellAddress } from "../../grid/address";
import { Cell, CellValue, Sheet, Workbook } from "../../grid/model";
import { parseAmount } from "../../parse/amount";
import { AmountParse } from "../../parse/types";
import { BudgetCell, BudgetTable, MoneyGrid, UnmappedRegion } from "../../tables/model";
import { RuleContext } from "../types";

export interface MoneyArea {
  workbook: Workbook;
  sheet: Sheet;
  grid: MoneyGrid;
  /** The F7 table; null for a zone non reconnue. */
  table: BudgetTable | null;
  /** The zone non reconnue; null for a table. */
  zone: UnmappedRegion | null;
  /** Fully recognised: a correction may be offered (never on a zone or a half-recognised table). */
  sure: boolean;
}

/** A money cell of an area, read. */
export interface GridAmount {
  area: MoneyArea;
  cell: BudgetCell;
  /** A1 address of the cell holding the amount. */
  address: string;
  /** The sheet's cell (for its formula and format). */
  sheetCell: Cell | undefined;
  /** Value read (the amount's text for an amount written after its label). */
  value: CellValue;
  parsed: AmountParse;
  /** Cents when readable (empty and « - € » are 0); null otherwise. */
  cents: number | null;
}

/** Every F7 table and zone with amounts, in the order of the tables, then of the zones. */
export function moneyAreas(ctx: RuleContext): MoneyArea[] {
  return ctx.memo(ctx.tables, "moneyAreas", () => {
    const areas: MoneyArea[] = [];
    for (const table of ctx.tables) {
      if (table.kind === "budget")
        areas.push({
          workbook: table.workbook,
          sheet: table.sheet,
          grid: table.grid,
          table,
          zone: null,
          sure: table.partial === null,
        });
    }
    for (const zone of ctx.unmapped) {
      if (zone.zone)
        areas.push({ workbook: zone.workbook, sheet: zone.sheet, grid: zone.zone.grid, table: null, zone, sure: false });
    }
    return areas;
  });
}

function centsOf(parsed: AmountParse): number | null {
  if (parsed.kind === "empty") return 0;
  return parsed.kind === "amount" ? parsed.cents : null;
}

function read(ctx: RuleContext, area: MoneyArea, cell: BudgetCell): GridAmount {
  const resolved = ctx.cell(area, cell.row, cell.col);
  const value = cell.inline ? cell.inline.text : resolved.value;
  const parsed = cell.inline ? parseAmount(cell.inline.text) : parseAmount(resolved.value, resolved.cell?.numFmt);
  return {
    area,
    cell,
    address: cellAddress(cell.row, cell.col),
    sheetCell: resolved.cell,
    value,
    parsed,
    cents: centsOf(parsed),
  };
}

/** The amounts of an area, in the order of its cells (read once per analysis). */
export function areaAmounts(ctx: RuleContext, area: MoneyArea): GridAmount[] {
  return ctx.memo(area.grid, "areaAmounts", () => area.grid.cells.map((cell) => read(ctx, area, cell)));
}

/** Table and place of a finding on an area: the table when there is one, else the zone's workbook and sheet. */
export function target(area: MoneyArea): { table?: BudgetTable; file: string; sheet: string } {
  return area.table
    ? { table: area.table, file: area.workbook.name, sheet: area.sheet.name }
    : { file: area.workbook.name, sheet: area.sheet.name };
}
