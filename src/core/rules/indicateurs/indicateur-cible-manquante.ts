/**
 * Rule 23: targets and results go together (SPEC §4; CLS art. 2.3, seed l.149: indicators « et
 * leurs cibles »). For each year with a target column and a result column: a result without its
 * target; and, for a year before the reference year (settings.annee, else the table's year), a
 * target without its result. A mention (NC, Sans objet…) counts as filled.
 */
import { IndicatorRow, IndicatorTable } from "../../tables/model";
import { Rule, RuleContext } from "../types";
import { indicatorName, IndicatorValue, indicatorRows, showValue, valueRef } from "./values";
import { targetsAndResults } from "./years";

const filled = (v: IndicatorValue): boolean => v.parsed.kind !== "empty";

function reportMissingTarget(ctx: RuleContext, table: IndicatorTable, year: number, cible: IndicatorValue, result: IndicatorValue): void {
  ctx.report({
    table,
    cell: cible.address,
    message:
      `${cible.address} : cible ${year} manquante pour ${indicatorName(cible.row)} alors que le résultat ${year} est renseigné ` +
      `(${result.address} : ${showValue(result)}) : reporter la cible fixée au contrat ou à son avenant.`,
    related: [valueRef(table, result)],
  });
}

function reportMissingResult(
  ctx: RuleContext,
  table: IndicatorTable,
  years: { year: number; reference: number },
  cible: IndicatorValue,
  result: IndicatorValue,
): void {
  const { year, reference } = years;
  ctx.report({
    table,
    cell: result.address,
    message:
      `${result.address} : résultat ${year} manquant pour ${indicatorName(result.row)} alors que sa cible est fixée ` +
      `(${cible.address} : ${showValue(cible)}) et que l'année ${year} est passée (année de référence ${reference}) : ` +
      "renseigner le résultat atteint, ou une mention (NC, ND…) avec sa justification.",
    related: [valueRef(table, cible)],
  });
}

function checkRow(ctx: RuleContext, table: IndicatorTable, row: IndicatorRow, reference: number | null): void {
  for (const { year, cible, result } of targetsAndResults(ctx, table, row)) {
    if (filled(result) && !filled(cible)) reportMissingTarget(ctx, table, year, cible, result);
    else if (reference !== null && year < reference && filled(cible) && !filled(result)) {
      reportMissingResult(ctx, table, { year, reference }, cible, result);
    }
  }
}

export const indicateurCibleManquante: Rule = {
  meta: {
    id: "indicateur-cible-manquante",
    number: 23,
    severity: "warning",
    fixable: false,
    scope: "indicateurs",
    title: "Cible ou résultat d'indicateur manquant",
    description:
      "Une année dont le résultat est renseigné doit avoir sa cible ; une année passée dont la cible est fixée doit avoir son résultat.",
  },
  check(ctx) {
    for (const table of ctx.indicatorTables()) {
      const reference = ctx.settings.annee ?? table.year;
      for (const row of indicatorRows(table)) checkRow(ctx, table, row, reference);
    }
  },
};
