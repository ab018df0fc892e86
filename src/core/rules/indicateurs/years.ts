/** Columns of an indicator table grouped by year: target, full-year result, part-year results (rules 23–25). */
import { IndicatorColumnRole } from "../../referentiel/types";
import { IndicatorColumn, IndicatorRow, IndicatorTable } from "../../tables/model";
import { RuleContext } from "../types";
import { IndicatorValue, readValue } from "./values";

export interface YearColumns {
  year: number;
  /** « Cible 2024 », « Résultat attendu en 2022 (objectif fixé) ». */
  cible: IndicatorColumn | undefined;
  /** « Résultat atteint en 2024 », « Résultat atteint en 2022 (Total) ». */
  resultat: IndicatorColumn | undefined;
  /** « Résultat atteint au 1er semestre 2022 … », « … 1er trimestre 2023 … ». */
  partial: IndicatorColumn[];
}

/** The years written in the value headers, in order, each with its columns (the first one when a role repeats). */
export function columnsByYear(table: IndicatorTable): YearColumns[] {
  const years = [...new Set(table.columns.flatMap((c) => (c.year === null ? [] : [c.year])))].sort((a, b) => a - b);
  return years.map((year) => {
    const of = (role: IndicatorColumnRole) => table.columns.filter((c) => c.role === role && c.year === year);
    return {
      year,
      cible: of("cible")[0],
      resultat: of("resultat")[0],
      partial: of("resultatPartiel").filter((c) => c.period !== "annee"),
    };
  });
}

export interface TargetAndResult {
  year: number;
  cible: IndicatorValue;
  result: IndicatorValue;
}

/** The row's target and full-year result, for each year that has both columns. */
export function targetsAndResults(ctx: RuleContext, table: IndicatorTable, row: IndicatorRow): TargetAndResult[] {
  return columnsByYear(table).flatMap(({ year, cible, resultat }) =>
    cible && resultat ? [{ year, cible: readValue(ctx, table, row, cible), result: readValue(ctx, table, row, resultat) }] : [],
  );
}
