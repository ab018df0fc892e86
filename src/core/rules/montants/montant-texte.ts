/**
 * Rule 8: an amount typed as text is not added by Excel's sums (SPEC §2, §5): convert it to a
 * number. An amount that cannot be read for sure is an error with no automatic fix; a word
 * where an action's amount is expected is a warning.
 */
import { quoteText } from "../../parse/format";
import { AmountParse } from "../../parse/types";
import { column, FinancialRow, FinancialTable } from "../../tables/model";
import { AmountCell, Rule, RuleContext } from "../types";
import { addressAt, euros, toEuros, unusualMoneyCells, valueFix } from "../util";

/** Where a note written beside an amount (« (report) ») should go instead. */
function noteAdvice(table: FinancialTable, row: FinancialRow, note: string): string {
  const comment = column(table, "commentaire");
  const where = comment ? `dans la colonne Commentaire (${addressAt(table, row.row, comment)})` : "dans un commentaire";
  return ` La mention « ${note} » sera perdue : reportez-la ${where}.`;
}

type TextAmount = Extract<AmountParse, { kind: "amount" }>;

function reportText(ctx: RuleContext, table: FinancialTable, row: FinancialRow, a: AmountCell, parsed: TextAmount): void {
  const { cents, note, extraDecimals } = parsed;
  const head = `${a.address} : le montant ${quoteText(String(a.value))} est saisi comme du texte ; il n'entre pas dans les sommes d'Excel.`;
  const formula = a.cell?.formula;
  if (formula) {
    ctx.report({ table, cell: a.address, message: `${head} La formule ${formula} renvoie du texte : faites-lui renvoyer un nombre.` });
    return;
  }
  const rounded = extraDecimals ? " (arrondi au centime)" : "";
  ctx.report({
    table,
    cell: a.address,
    message: `${head} Correction : ${euros(cents)} converti en nombre${rounded}.${note ? noteAdvice(table, row, note) : ""}`,
    fix: valueFix(table, row.row, a.col, toEuros(cents)),
  });
}

function reportInvalid(ctx: RuleContext, table: FinancialTable, a: AmountCell, reason: string): void {
  ctx.report({
    table,
    cell: a.address,
    severity: "error",
    message:
      `${a.address} : montant illisible, ${reason.replace(/, montant illisible$/, "")}. ` +
      "Saisissez le montant en nombre : aucune correction automatique, pour ne rien deviner.",
  });
}

function reportWord(ctx: RuleContext, table: FinancialTable, a: AmountCell, text: string): void {
  ctx.report({
    table,
    cell: a.address,
    message:
      `${a.address} : ${quoteText(text)} à la place d'un montant. Saisissez un nombre (0 s'il n'y a pas de financement) ` +
      "et mettez l'explication en commentaire.",
  });
}

export const montantTexte: Rule = {
  meta: {
    id: "montant-texte",
    number: 8,
    severity: "warning",
    fixable: true,
    scope: "financier",
    title: "Montant saisi comme du texte",
    description:
      "Chaque montant des lignes d'action et de total doit être un nombre : un montant saisi comme du texte n'entre pas dans les sommes, un montant illisible doit être ressaisi.",
  },
  check(ctx) {
    for (const table of ctx.financialTables()) {
      for (const { row, amount } of unusualMoneyCells(ctx, table)) {
        const parsed = amount.parsed;
        if (parsed.kind === "amount" && parsed.source === "text") reportText(ctx, table, row, amount, parsed);
        else if (parsed.kind === "invalid") reportInvalid(ctx, table, amount, parsed.reason);
        else if (parsed.kind === "other" && row.kind === "action") reportWord(ctx, table, amount, parsed.text);
      }
    }
  },
};
