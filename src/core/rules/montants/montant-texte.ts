/**
 * Rule 8: an amount typed as text is not added by Excel's sums (SPEC §2, §5): convert it to a
 * number. An amount that cannot be read for sure is an error with no automatic fix; a word
 * where an action's amount is expected is a warning.
 */
import { quoteText } from "../../parse/format";
import { AmountParse } from "../../parse/types";
import { column, FinancialRow, FinancialTable, Table } from "../../tables/model";
import { AmountCell, Fix, Rule, RuleContext } from "../types";
import { addressAt, euros, toEuros, unusualMoneyCells, valueFix } from "../util";
import { areaAmounts, GridAmount, moneyAreas, target } from "../fiches/areas";

/** Where a finding goes, what to do with a note written beside the amount, and the fix (null when unsure). */
interface Where {
  place: { table?: Table; file?: string; sheet?: string };
  advice(note: string): string;
  fix(cents: number): Fix | null;
}

/** An amount cell as the messages need it. */
type Shown = Pick<AmountCell, "address" | "value"> & { formula: string | undefined };

/** Where a note written beside an amount (« (report) ») should go instead. */
function noteAdvice(table: FinancialTable, row: FinancialRow, note: string): string {
  const comment = column(table, "commentaire");
  const where = comment ? `dans la colonne Commentaire (${addressAt(table, row.row, comment)})` : "dans un commentaire";
  return ` La mention « ${note} » sera perdue : reportez-la ${where}.`;
}

type TextAmount = Extract<AmountParse, { kind: "amount" }>;

function reportText(ctx: RuleContext, where: Where, a: Shown, parsed: TextAmount): void {
  const { cents, note, extraDecimals } = parsed;
  const head = `${a.address} : le montant ${quoteText(String(a.value))} est saisi comme du texte ; il n'entre pas dans les sommes d'Excel.`;
  const formula = a.formula;
  if (formula) {
    ctx.report({ ...where.place, cell: a.address, message: `${head} La formule ${formula} renvoie du texte : faites-lui renvoyer un nombre.` });
    return;
  }
  const rounded = extraDecimals ? " (arrondi au centime)" : "";
  const fix = where.fix(cents);
  ctx.report({
    ...where.place,
    cell: a.address,
    message: fix
      ? `${head} Correction : ${euros(cents)} converti en nombre${rounded}.${note ? where.advice(note) : ""}`
      : `${head} Saisissez-le en nombre (${euros(cents)}${rounded}).${note ? where.advice(note) : ""}`,
    fix,
  });
}

function reportInvalid(ctx: RuleContext, place: Where["place"], a: Pick<AmountCell, "address">, reason: string): void {
  ctx.report({
    ...place,
    cell: a.address,
    severity: "error",
    message:
      `${a.address} : montant illisible, ${reason.replace(/, montant illisible$/, "")}. ` +
      "Saisissez le montant en nombre : aucune correction automatique, pour ne rien deviner.",
  });
}

function reportWord(ctx: RuleContext, place: Where["place"], a: Pick<AmountCell, "address">, text: string): void {
  ctx.report({
    ...place,
    cell: a.address,
    message:
      `${a.address} : ${quoteText(text)} à la place d'un montant. Saisissez un nombre (0 s'il n'y a pas de financement) ` +
      "et mettez l'explication en commentaire.",
  });
}

/**
 * An amount of an F7 table or a zone (SPEC §3 F7). These tables are printed conventions: an amount
 * typed as text matters only where Excel adds it, in a table that holds formulas; an amount written
 * after its label (« Coût total de l'action : 150 000 € ») is prose. An unreadable amount
 * (« 73 00€ ») is always reported. No fix on a zone or a half-recognised table.
 */
function checkGridAmount(ctx: RuleContext, amount: GridAmount, live: boolean): void {
  const { area, parsed } = amount;
  const where: Where = {
    place: target(area),
    advice: (note) => ` La mention « ${note} » sera perdue : reportez-la dans un commentaire.`,
    fix: (cents) => (area.sure ? { kind: "value", sheet: area.sheet.name, cell: amount.address, value: toEuros(cents) } : null),
  };
  if (parsed.kind === "invalid") reportInvalid(ctx, where.place, amount, parsed.reason);
  else if (parsed.kind === "amount" && parsed.source === "text" && !amount.cell.inline && live) {
    reportText(ctx, where, { address: amount.address, value: amount.value, formula: amount.sheetCell?.formula }, parsed);
  }
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
        const where: Where = {
          place: { table },
          advice: (note) => noteAdvice(table, row, note),
          fix: (cents) => valueFix(table, row.row, amount.col, toEuros(cents)),
        };
        if (parsed.kind === "amount" && parsed.source === "text") reportText(ctx, where, { address: amount.address, value: amount.value, formula: amount.cell?.formula }, parsed);
        else if (parsed.kind === "invalid") reportInvalid(ctx, where.place, amount, parsed.reason);
        else if (parsed.kind === "other" && row.kind === "action") reportWord(ctx, where.place, amount, parsed.text);
      }
    }
    for (const area of moneyAreas(ctx)) {
      const amounts = areaAmounts(ctx, area);
      const live = amounts.some((a) => a.sheetCell?.formula !== undefined);
      for (const amount of amounts) checkGridAmount(ctx, amount, live);
    }
  },
};
