/**
 * Rule 24: a result far from its target must be explained (CLS art. 2.3, seed l.145: the report
 * describes « les résultats obtenus ainsi que le niveau d'atteinte des objectifs fixés »). Numeric
 * result and target of the same year, |résultat − cible| / |cible| > settings.seuilEcartIndicateur,
 * nothing in the justification cell: warning with a comment asking for the explanation. The test
 * is symmetric, also for delays (where lower is better): a large gain is worth a word too.
 */
import { formatPercentFr } from "../../parse/format";
import { IndicatorRow, IndicatorTable } from "../../tables/model";
import { Rule, RuleContext } from "../types";
import { justificationFix, justificationOf, missingJustification } from "./justification";
import { indicatorName, indicatorRows, isNumber, NumberValue, sameScale, showNumber, valueRef } from "./values";
import { targetsAndResults } from "./years";

/** « −50,0 % », « +25,0 % ». */
function signedPercent(ratio: number): string {
  return `${ratio < 0 ? "−" : "+"}${formatPercentFr(Math.abs(ratio) * 100, 1)}`;
}

/** (résultat − cible) / |cible|, rounded against float noise; null when the target is 0. */
function deviation(result: NumberValue, cible: NumberValue): number | null {
  const target = cible.parsed.value;
  if (target === 0) return null;
  return Number(((result.parsed.value - target) / Math.abs(target)).toPrecision(12));
}

function checkPair(ctx: RuleContext, table: IndicatorTable, year: number, result: NumberValue, cible: NumberValue): void {
  const ratio = deviation(result, cible);
  const threshold = ctx.settings.seuilEcartIndicateur;
  if (ratio === null || Math.abs(ratio) <= threshold) return;
  const justification = justificationOf(ctx, table, result);
  if (justification.given) return;
  const gap = signedPercent(ratio);
  const pair = `le résultat ${year} (${showNumber(result.parsed)}) et la cible (${showNumber(cible.parsed)})`;
  ctx.report({
    table,
    cell: result.address,
    message:
      `${result.address} : résultat ${year} de ${showNumber(result.parsed)} pour ${indicatorName(result.row)} contre une cible de ` +
      `${showNumber(cible.parsed)} (${cible.address}), soit un écart de ${gap} (seuil : ${formatPercentFr(threshold * 100)}), ` +
      `sans justification (${missingJustification(justification)}). Le rapport d'exécution doit décrire « le niveau ` +
      "d'atteinte des objectifs fixés » : expliquer l'écart.",
    related: [valueRef(table, cible)],
    fix: justificationFix(table, result, justification, `Écart de ${gap} entre ${pair} : merci d'en expliquer la raison.`),
  });
}

function checkRow(ctx: RuleContext, table: IndicatorTable, row: IndicatorRow): void {
  for (const { year, cible, result } of targetsAndResults(ctx, table, row)) {
    if (isNumber(result) && isNumber(cible) && sameScale(result, cible)) checkPair(ctx, table, year, result, cible);
  }
}

export const indicateurEcartCible: Rule = {
  meta: {
    id: "indicateur-ecart-cible",
    number: 24,
    severity: "warning",
    fixable: true,
    scope: "indicateurs",
    title: "Résultat éloigné de sa cible sans justification",
    description:
      "Un résultat qui s'écarte de sa cible de l'année de plus que le seuil réglé (20 % par défaut) doit être justifié " +
      "dans la colonne de justification ou de commentaire.",
  },
  check(ctx) {
    for (const table of ctx.indicatorTables()) {
      for (const row of indicatorRows(table)) checkRow(ctx, table, row);
    }
  },
};
