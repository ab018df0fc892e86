/**
 * Rule 9: a negative amount (erreur, no automatic fix) and an amount with more than two decimals
 * (avertissement: rounded to the cent; a formula is wrapped in ROUND(…,2) so that it stays a
 * formula). A formula that only passes on a negative amount or extra decimals of the cells it
 * uses is not reported: the cell it reads from is.
 */
import { groupThousands } from "../../parse/format";
import { AmountParse } from "../../parse/types";
import { FinancialRow, FinancialTable, Table, TableColumn } from "../../tables/model";
import { AmountCell, Rule, RuleContext } from "../types";
import {
  euros,
  formulaFix,
  referencedAmounts,
  relationOfColumn,
  toEuros,
  totalParts,
  unusualMoneyCells,
  valueFix,
} from "../util";
import { areaAmounts, GridAmount, moneyAreas, target } from "../fiches/areas";

/** Where a finding goes: a table, or the workbook and sheet of a zone non reconnue. */
type Place = { table?: Table; file?: string; sheet?: string };

type Amount = Extract<AmountParse, { kind: "amount" }>;

/** The formula of the cell uses a cell of the table whose amount has the property. */
function inherited(ctx: RuleContext, table: FinancialTable, a: AmountCell, has: (p: Amount) => boolean): boolean {
  const formula = a.cell?.formula;
  return formula !== undefined && referencedAmounts(ctx, table, formula).some((p) => p.kind === "amount" && has(p));
}

/**
 * A typed amount of a total row or of a computed column that only adds a negative part: the part
 * is reported, not the sum that carries it (one negative amount, one finding).
 */
function carriesNegativePart(
  ctx: RuleContext,
  table: FinancialTable,
  a: AmountCell,
  row: FinancialRow,
  column: TableColumn,
): boolean {
  const negative = (r: number, c: TableColumn) => (ctx.cents(table, r, c.key) ?? 0) < 0;
  if (row.level > 0) return totalParts(table, row).some((part) => negative(part.row, column));
  const rel = relationOfColumn(table, a.col);
  return rel !== undefined && rel.parts.some((part) => negative(row.row, part));
}

/** Decimals shown before « … » when a number has more. */
const SHOWN_DECIMALS = 6;

/** A number with its decimals, French style: 1234.5678 → « 1 234,5678 », 1000/3 → « 333,333333… ». */
function exactNumber(value: number): string {
  const text = String(Math.abs(value));
  if (text.includes("e")) return String(value);
  const [integer, fraction = ""] = text.split(".");
  const shown = fraction.length > SHOWN_DECIMALS ? `${fraction.slice(0, SHOWN_DECIMALS)}…` : fraction;
  return `${value < 0 ? "-" : ""}${groupThousands(integer)}${shown ? `,${shown}` : ""}`;
}

function reportNegative(ctx: RuleContext, place: Place, a: Pick<AmountCell, "address" | "cell">, cents: number): void {
  const formula = a.cell?.formula ? ` (formule ${a.cell.formula})` : "";
  ctx.report({
    ...place,
    cell: a.address,
    message:
      `${a.address} : montant négatif, ${euros(cents)}${formula}. Un crédit, un financement ou un report ne peut pas être négatif : ` +
      "corrigez le montant (aucune correction automatique).",
  });
}

function reportDecimals(
  ctx: RuleContext,
  table: Table,
  a: Pick<AmountCell, "address" | "cell" | "row" | "col">,
  cents: number,
  value: number,
): void {
  const formula = a.cell?.formula;
  if (formula) {
    const rounded = `=ROUND(${formula.slice(1)},2)`;
    ctx.report({
      table,
      cell: a.address,
      severity: "warning",
      message: `${a.address} : la formule ${formula} donne ${exactNumber(value)}, avec plus de deux décimales. Correction : ${rounded}, arrondi au centime (${euros(cents)}).`,
      fix: formulaFix(table, a.row, a.col, rounded, cents),
    });
    return;
  }
  ctx.report({
    table,
    cell: a.address,
    severity: "warning",
    message: `${a.address} : le montant ${exactNumber(value)} a plus de deux décimales. Correction : arrondi au centime, ${euros(cents)}.`,
    fix: valueFix(table, a.row, a.col, toEuros(cents)),
  });
}

/**
 * An amount of an F7 table or a zone (SPEC §3 F7), typed in its cell (a formula's amount comes
 * from cells it reads, reported there when they are in a table). Decimals are rounded only in a
 * fully recognised table; elsewhere they are left to the totals' rounding.
 */
function checkGridAmount(ctx: RuleContext, amount: GridAmount): void {
  const { area, parsed: p } = amount;
  if (p.kind !== "amount" || amount.sheetCell?.formula) return;
  const shown = { address: amount.address, cell: amount.sheetCell, row: amount.cell.row, col: amount.cell.col };
  if (p.cents < 0) reportNegative(ctx, target(area), shown, p.cents);
  else if (p.extraDecimals && p.source === "number" && area.sure && area.table)
    reportDecimals(ctx, area.table, shown, p.cents, amount.value as number);
}

export const montantNegatifDecimales: Rule = {
  meta: {
    id: "montant-negatif-decimales",
    number: 9,
    severity: "error",
    fixable: true,
    scope: "financier",
    title: "Montant négatif ou avec plus de deux décimales",
    description: "Aucun montant ne doit être négatif, et aucun ne doit avoir plus de deux décimales (des centimes).",
  },
  check(ctx) {
    for (const table of ctx.financialTables()) {
      for (const { amount, row, column } of unusualMoneyCells(ctx, table)) {
        const p = amount.parsed;
        if (p.kind !== "amount") continue;
        if (p.cents < 0) {
          if (!inherited(ctx, table, amount, (q) => q.cents < 0) && !carriesNegativePart(ctx, table, amount, row, column))
            reportNegative(ctx, { table }, amount, p.cents);
        } else if (p.extraDecimals && p.source === "number" && !inherited(ctx, table, amount, (q) => q.extraDecimals)) {
          reportDecimals(ctx, table, amount, p.cents, amount.value as number);
        }
      }
    }
    for (const area of moneyAreas(ctx)) for (const amount of areaAmounts(ctx, area)) checkGridAmount(ctx, amount);
  },
};
