/**
 * Rule 25: a part of the year cannot exceed the whole year (SPEC §4: a first-semester value cannot
 * exceed the full-year value of a cumulative flow). For count indicators only: a rate, a
 * delay or an average of a semester may well be higher than the year's; other kinds are unknown.
 * Not for stocks either (« Stock », « en cours d'accompagnement », « file active », « au 31/12 »
 * in the label or the comment: a count at a date, which may fall during the year), nor when the
 * year's value is dated before the year's end (« 4 120 au 30/09/2023 » is not a full-year value).
 */
import { normalizeText } from "../../parse/text";
import { STOCK } from "../../tables/labels";
import { IndicatorColumn, IndicatorRow, IndicatorTable, sheetColumn } from "../../tables/model";
import { Rule, RuleContext } from "../types";
import {
  columnPhrase,
  indicatorName,
  indicatorRows,
  isNumber,
  NumberValue,
  readValue,
  sameScale,
  showNumber,
  valueRef,
} from "./values";
import { columnsByYear } from "./years";

interface PeriodPair {
  year: number;
  /** A semester or quarter column, and the full-year column of the same year. */
  part: IndicatorColumn;
  whole: IndicatorColumn;
}

function periodPairs(table: IndicatorTable): PeriodPair[] {
  return columnsByYear(table).flatMap(({ year, resultat, partial }) =>
    resultat ? partial.map((part) => ({ year, part, whole: resultat })) : [],
  );
}

/** The row counts a stock: its label or its comment says so. */
function isStock(ctx: RuleContext, table: IndicatorTable, row: IndicatorRow): boolean {
  const comment = table.columns.find((c) => c.role === "commentaire");
  const note = comment ? ctx.cell(table, row.row, sheetColumn(table, row.row, comment.col)).value : null;
  return [row.label, typeof note === "string" ? note : ""].some((text) => STOCK.test(normalizeText(text)));
}

/** A value written with a date or a note that is not the year's end: a count at that date, not the whole year. */
function beforeYearEnd(v: NumberValue): boolean {
  const { date, note } = v.parsed;
  const said = [date, note].filter((t): t is string => typeof t === "string").map(normalizeText);
  return said.some((t) => !/\b31 ?\/ ?12\b|\b31 dec|\bfin (?:de l'annee|d'annee|\d{4})\b/.test(t));
}

function checkPair(ctx: RuleContext, table: IndicatorTable, row: IndicatorRow, { year, part, whole }: PeriodPair): void {
  const partial = readValue(ctx, table, row, part);
  const full = readValue(ctx, table, row, whole);
  if (!isNumber(partial) || !isNumber(full) || !sameScale(partial, full) || partial.parsed.value <= full.parsed.value) return;
  if (beforeYearEnd(full)) return;
  const period = part.period === "trimestre" ? "du trimestre" : "du semestre";
  ctx.report({
    table,
    cell: partial.address,
    message:
      `${partial.address} : la valeur ${period} (${showNumber(partial.parsed)} dans ${columnPhrase(part)}) dépasse ` +
      `celle de l'année ${year} entière (${full.address} : ${showNumber(full.parsed)}) pour ${indicatorName(row)} : ` +
      "un nombre cumulé sur l'année ne peut pas être inférieur à celui d'une partie de l'année.",
    related: [valueRef(table, full)],
  });
}

export const indicateurPeriode: Rule = {
  meta: {
    id: "indicateur-periode",
    number: 25,
    severity: "error",
    fixable: false,
    scope: "indicateurs",
    title: "Valeur d'un semestre ou d'un trimestre supérieure à celle de l'année",
    description:
      "Pour un indicateur de comptage, la valeur d'un semestre ou d'un trimestre ne peut pas dépasser celle de l'année entière.",
  },
  check(ctx) {
    for (const table of ctx.indicatorTables()) {
      const pairs = periodPairs(table);
      for (const row of indicatorRows(table).filter((r) => r.indicatorKind === "count" && !isStock(ctx, table, r))) {
        for (const pair of pairs) checkPair(ctx, table, row, pair);
      }
    }
  },
};
