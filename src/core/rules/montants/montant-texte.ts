/**
 * Rule 8: an amount typed as text is not added by Excel's sums (SPEC §2, §5): convert it to a
 * number; several in one table (a block pasted as text) are one finding with one correction for
 * all of them. An amount that cannot be read for sure is an error with no automatic fix; a word
 * where an action's amount is expected is a warning.
 */
import { quoteText } from "../../parse/format";
import { AmountParse } from "../../parse/types";
import { column, FinancialRow, FinancialTable } from "../../tables/model";
import { AmountCell, CellFix, Rule, RuleContext } from "../types";
import { addressAt, euros, toEuros, unusualMoneyCells, valueFix } from "../util";
import { cellList, CellReport, reportRepeated } from "../util/repeated";

/** Where a note written beside an amount (« (report) ») should go instead. */
function noteAdvice(table: FinancialTable, row: FinancialRow, note: string): string {
  const comment = column(table, "commentaire");
  const where = comment ? `dans la colonne Commentaire (${addressAt(table, row.row, comment)})` : "dans un commentaire";
  return ` La mention « ${note} » sera perdue : reportez-la ${where}.`;
}

type TextAmount = Extract<AmountParse, { kind: "amount" }>;

/** What the grouped message says of a text amount: its note, its rounding. */
interface TextInfo {
  note: string | null;
  rounded: boolean;
}

/** One amount typed as text, with its conversion to a number (none when a formula returns the text). */
function textReport(table: FinancialTable, row: FinancialRow, a: AmountCell, parsed: TextAmount): CellReport<TextInfo> {
  const { cents, note, extraDecimals } = parsed;
  const head = `${a.address} : le montant ${quoteText(String(a.value))} est saisi comme du texte ; il n'entre pas dans les sommes d'Excel.`;
  const base = { row: row.row, col: a.col, address: a.address, data: { note, rounded: extraDecimals } };
  const formula = a.cell?.formula;
  if (formula) return { ...base, message: `${head} La formule ${formula} renvoie du texte : faites-lui renvoyer un nombre.` };
  const rounded = extraDecimals ? " (arrondi au centime)" : "";
  return {
    ...base,
    message: `${head} Correction : ${euros(cents)} converti en nombre${rounded}.${note ? noteAdvice(table, row, note) : ""}`,
    fix: valueFix(table, row.row, a.col, toEuros(cents)) as CellFix,
  };
}

/** The message of several text amounts of one table, grouped (a pasted block). */
function textSummary(items: readonly CellReport<TextInfo>[]): string {
  const n = items.length;
  if (!items[0].fix) return `${n} formules du tableau renvoient du texte (${cellList(items)}) : faites-leur renvoyer un nombre.`;
  const notes = [...new Set(items.flatMap((i) => (i.data.note ? [`« ${i.data.note} »`] : [])))];
  const rounded = items.some((i) => i.data.rounded) ? ", arrondi au centime" : "";
  const lost = notes.length > 0 ? ` Les mentions écrites à côté de certains montants (${notes.join(", ")}) seront perdues : reportez-les en commentaire.` : "";
  return (
    `${n} montants du tableau sont saisis comme du texte (${cellList(items)}) : ils n'entrent pas dans les sommes d'Excel. ` +
    `Correction : chacun converti en nombre${rounded}.${lost}`
  );
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
      const texts: CellReport<TextInfo>[] = [];
      for (const { row, amount } of unusualMoneyCells(ctx, table)) {
        const parsed = amount.parsed;
        if (parsed.kind === "amount" && parsed.source === "text") texts.push(textReport(table, row, amount, parsed));
        else if (parsed.kind === "invalid") reportInvalid(ctx, table, amount, parsed.reason);
        else if (parsed.kind === "other" && row.kind === "action") reportWord(ctx, table, amount, parsed.text);
      }
      // A block pasted as text gives one finding, with one correction for all its cells.
      reportRepeated(ctx, table, texts, textSummary);
    }
  },
};
