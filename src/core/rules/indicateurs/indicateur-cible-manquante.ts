/**
 * Rule 23: targets and results go together (SPEC §4; CLS art. 2.3, seed l.149: indicators « et
 * leurs cibles »). For each year with a target column and a result column: a result without its
 * target; and, for a year before the reference year (settings.annee, else the table's year), a
 * target without its result. A mention (NC, Sans objet…) counts as filled. Many of one kind in one
 * table (a whole year left without targets) are one finding (issue 7).
 */
import { IndicatorRow, IndicatorTable } from "../../tables/model";
import { Rule, RuleContext } from "../types";
import { cellList, CellReport, reportRepeated } from "../util/repeated";
import { indicatorName, IndicatorValue, indicatorRows, showValue, valueRef } from "./values";
import { targetsAndResults } from "./years";

const filled = (v: IndicatorValue): boolean => v.parsed.kind !== "empty";

type Missing = CellReport<{ year: number }>;

function missingTarget(table: IndicatorTable, year: number, cible: IndicatorValue, result: IndicatorValue): Missing {
  return {
    row: cible.row.row,
    col: cible.column.col,
    address: cible.address,
    message:
      `${cible.address} : cible ${year} manquante pour ${indicatorName(cible.row)} alors que le résultat ${year} est renseigné ` +
      `(${result.address} : ${showValue(result)}) : reporter la cible fixée au contrat ou à son avenant.`,
    related: [valueRef(table, result)],
    data: { year },
  };
}

function missingResult(
  table: IndicatorTable,
  years: { year: number; reference: number },
  cible: IndicatorValue,
  result: IndicatorValue,
): Missing {
  const { year, reference } = years;
  return {
    row: result.row.row,
    col: result.column.col,
    address: result.address,
    message:
      `${result.address} : résultat ${year} manquant pour ${indicatorName(result.row)} alors que sa cible est fixée ` +
      `(${cible.address} : ${showValue(cible)}) et que l'année ${year} est passée (année de référence ${reference}) : ` +
      "renseigner le résultat atteint, ou une mention (NC, ND…) avec sa justification.",
    related: [valueRef(table, cible)],
    data: { year },
  };
}

/** « 2024 », « 2024 et 2025 ». */
function yearsOf(items: readonly Missing[]): string {
  const years = [...new Set(items.map((i) => i.data.year))].sort();
  return years.length > 1 ? `${years.slice(0, -1).join(", ")} et ${years[years.length - 1]}` : String(years[0]);
}

function checkRow(
  ctx: RuleContext,
  table: IndicatorTable,
  row: IndicatorRow,
  reference: number | null,
  out: { targets: Missing[]; results: Missing[] },
): void {
  for (const { year, cible, result } of targetsAndResults(ctx, table, row)) {
    if (filled(result) && !filled(cible)) out.targets.push(missingTarget(table, year, cible, result));
    else if (reference !== null && year < reference && filled(cible) && !filled(result)) {
      out.results.push(missingResult(table, { year, reference }, cible, result));
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
      const missing = { targets: [] as Missing[], results: [] as Missing[] };
      for (const row of indicatorRows(table)) checkRow(ctx, table, row, reference, missing);
      reportRepeated(
        ctx,
        table,
        missing.targets,
        (items) =>
          `cible ${yearsOf(items)} manquante pour ${items.length} indicateurs dont le résultat est renseigné (${cellList(items)}) : ` +
          "reporter les cibles fixées au contrat ou à son avenant.",
      );
      reportRepeated(
        ctx,
        table,
        missing.results,
        (items) =>
          `résultat ${yearsOf(items)} manquant pour ${items.length} indicateurs dont la cible est fixée (${cellList(items)}), ` +
          `année passée (année de référence ${reference}) : renseigner les résultats atteints, ou une mention (NC, ND…) avec sa justification.`,
      );
    }
  },
};
