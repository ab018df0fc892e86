/**
 * Rule 19: text in an indicator value cell (SPEC §2, §4). A known mention (« nc », « Sans objet »,
 * the user's accepted markers) is information and asks for a justification when none is given; a
 * number written with a unit or a date is read and flagged; any other text in a numeric indicator
 * is a warning. Qualitative indicators take text: they are left alone.
 */
import { joinFr, quoteText } from "../../parse/format";
import { INDICATOR_MARKERS } from "../../referentiel/markers";
import { IndicatorTable } from "../../tables/model";
import { Rule, RuleContext } from "../types";
import { justificationFix, justificationOf, missingJustification } from "./justification";
import { IndicatorValue, indicatorName, isNumber, NumberValue, showNumber, valueCells } from "./values";

function checkMarker(ctx: RuleContext, table: IndicatorTable, value: IndicatorValue, marker: string): void {
  const justification = justificationOf(ctx, table, value);
  if (justification.given) return;
  const meaning = INDICATOR_MARKERS.find((m) => m.label === marker)?.meaning;
  ctx.report({
    table,
    cell: value.address,
    severity: "info",
    message:
      `${value.address} : mention « ${marker} » au lieu d'une valeur pour ${indicatorName(value.row)}, sans justification ` +
      `(${missingJustification(justification)}).${meaning ? ` ${meaning}` : ""} Merci d'indiquer pourquoi la valeur manque.`,
    fix: justificationFix(
      table,
      value,
      justification,
      `Mention « ${marker} » au lieu d'une valeur : merci d'en indiquer la raison.`,
    ),
  });
}

/** « garder le nombre seul … et mettre l'unité dans le libellé de l'indicateur et la date en commentaire ». */
function whereToMove(unit: boolean, date: boolean, note: boolean): string {
  const places = [
    unit ? "l'unité dans le libellé de l'indicateur" : "",
    date ? "la date en commentaire" : "",
    note ? "la précision en commentaire" : "",
  ];
  return `garder le nombre seul dans la cellule et mettre ${joinFr(places.filter((p) => p !== ""))}`;
}

function checkUnitOrDate(ctx: RuleContext, table: IndicatorTable, value: NumberValue): void {
  const { unit, date, note } = value.parsed;
  if (unit === null && date === null && note === undefined) return;
  const details = [unit ?? "", date === null ? "" : `date : ${date}`, note === undefined ? "" : `précision : ${note}`].filter(
    (d) => d !== "",
  );
  const reading = `${showNumber(value.parsed)} (${details.join(" ; ")})`;
  ctx.report({
    table,
    cell: value.address,
    severity: "info",
    message:
      `${value.address} : ${quoteText(String(value.value))} lu comme ${reading} pour ${indicatorName(value.row)} ; ` +
      `${whereToMove(unit !== null, date !== null, note !== undefined)}.`,
  });
}

function checkText(ctx: RuleContext, table: IndicatorTable, value: IndicatorValue, text: string): void {
  ctx.report({
    table,
    cell: value.address,
    message:
      `${value.address} : texte ${quoteText(text)} au lieu d'un nombre pour ${indicatorName(value.row)}. ` +
      "Écrire un nombre, ou une mention reconnue (NC, NR, ND, Sans objet, Non contractualisé…) justifiée en commentaire ; " +
      "une autre mention peut être ajoutée aux marqueurs acceptés dans les paramètres.",
  });
}

function checkValue(ctx: RuleContext, table: IndicatorTable, value: IndicatorValue): void {
  const { parsed } = value;
  if (parsed.kind === "marker") checkMarker(ctx, table, value, parsed.marker);
  else if (parsed.kind === "text") checkText(ctx, table, value, parsed.text);
  else if (isNumber(value)) checkUnitOrDate(ctx, table, value);
}

export const indicateurTexte: Rule = {
  meta: {
    id: "indicateur-texte",
    number: 19,
    severity: "warning",
    fixable: true,
    scope: "indicateurs",
    title: "Texte dans une cellule de valeur d'indicateur",
    description:
      "Une cellule de valeur d'un indicateur chiffré doit contenir un nombre : une mention (NC, Sans objet…) doit être " +
      "justifiée, un nombre écrit avec son unité ou sa date est signalé, tout autre texte est à corriger.",
  },
  check(ctx) {
    for (const table of ctx.indicatorTables()) {
      for (const value of valueCells(ctx, table)) {
        if (value.row.indicatorKind !== "qualitative") checkValue(ctx, table, value);
      }
    }
  },
};
