/**
 * Rule 22: rates and percentages (SPEC §4: « Taux de … », « Part de … » are 0–100 %). A rate
 * outside 0–100 is an error; a rate written as a plain number between 0 and 1 is probably a
 * fraction (0,45 for 45 %): information; a percentage target for a count indicator: warning.
 */
import { formatNumberFr, formatPercentFr } from "../../parse/format";
import { IndicatorTable } from "../../tables/model";
import { Rule, RuleContext } from "../types";
import { indicatorName, isNumber, NumberValue, showNumber, valueCells } from "./values";

/** A fraction with up to 4 decimals: « 0,45 », « 0,125 » (formatNumberFr alone keeps 2). */
function showFraction(n: number): string {
  return formatNumberFr(n, 4).replace(/,?0+$/, "");
}

function checkRate(ctx: RuleContext, table: IndicatorTable, value: NumberValue): void {
  const { value: n, percent } = value.parsed;
  if (n < 0 || n > 100) {
    ctx.report({
      table,
      cell: value.address,
      message: `${value.address} : ${showNumber(value.parsed)} pour ${indicatorName(value.row)} : un taux est compris entre 0 et ${formatPercentFr(100)}.`,
    });
  } else if (!percent && n > 0 && n < 1) {
    const shown = formatPercentFr(n * 100);
    ctx.report({
      table,
      cell: value.address,
      severity: "info",
      message:
        `${value.address} : ${showFraction(n)} : probablement ${shown} pour ${indicatorName(value.row)} (taux écrit sans %) ; ` +
        `saisir ${shown} pour lever l'ambiguïté.`,
    });
  }
}

function checkCountTarget(ctx: RuleContext, table: IndicatorTable, value: NumberValue): void {
  if (value.column.role !== "cible" || !value.parsed.percent) return;
  ctx.report({
    table,
    cell: value.address,
    severity: "warning",
    message:
      `${value.address} : cible en pourcentage (${showNumber(value.parsed)}) pour ${indicatorName(value.row)}, qui est un comptage : ` +
      "donner la cible en nombre, ou reformuler l'indicateur en taux (« Taux de … », « Part de … »).",
  });
}

export const indicateurTaux: Rule = {
  meta: {
    id: "indicateur-taux",
    number: 22,
    severity: "error",
    fixable: false,
    scope: "indicateurs",
    title: "Taux hors de 0–100 % ou cible en % pour un comptage",
    description:
      "Un taux doit être compris entre 0 et 100 % (une valeur entre 0 et 1 sans % est signalée) ; la cible d'un indicateur " +
      "de comptage ne doit pas être un pourcentage.",
  },
  check(ctx) {
    for (const table of ctx.indicatorTables()) {
      for (const value of valueCells(ctx, table).filter(isNumber)) {
        if (value.row.indicatorKind === "rate") checkRate(ctx, table, value);
        else if (value.row.indicatorKind === "count") checkCountTarget(ctx, table, value);
      }
    }
  },
};
