/**
 * Rule 25: a part of the year cannot exceed the whole year (SPEC §4: a first-semester value cannot
 * exceed the full-year value of a cumulative flow). For count indicators only: a rate, a
 * delay or an average of a semester may well be higher than the year's; other kinds are unknown.
 */
import { IndicatorColumn, IndicatorRow, IndicatorTable } from "../../tables/model";
import { Rule, RuleContext } from "../types";
import { columnPhrase, indicatorName, indicatorRows, isNumber, readValue, sameScale, showNumber, valueRef } from "./values";
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

function checkPair(ctx: RuleContext, table: IndicatorTable, row: IndicatorRow, { year, part, whole }: PeriodPair): void {
  const partial = readValue(ctx, table, row, part);
  const full = readValue(ctx, table, row, whole);
  if (!isNumber(partial) || !isNumber(full) || !sameScale(partial, full) || partial.parsed.value <= full.parsed.value) return;
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
      for (const row of indicatorRows(table).filter((r) => r.indicatorKind === "count")) {
        for (const pair of pairs) checkPair(ctx, table, row, pair);
      }
    }
  },
};
