/**
 * Rule 8: an amount typed as text is not added by Excel's sums (SPEC §2, §5): convert it to a
 * number; several in one table (a block pasted as text) are one finding with one correction for
 * all of them. An amount that cannot be read for sure is an error with no automatic fix; a word
 * where an action's amount is expected is a warning.
 */
import { quoteText } from "../../parse/format";
import { AmountParse } from "../../parse/types";
import { column, FinancialRow, FinancialTable, Table } from "../../tables/model";
import { AmountCell, CellFix, Rule, RuleContext } from "../types";
import { addressAt, euros, toEuros, unusualMoneyCells, valueFix } from "../util";
import { cellList, CellReport, reportRepeated } from "../util/repeated";
import { areaAmounts, GridAmount, moneyAreas, target } from "../fiches/areas";
import { refContains } from "../../formula/ast";
import { formulaReferences } from "../../formula/parse";

/** Where a finding goes, what to do with a note written beside the amount, and the fix (null when unsure). */
interface Where {
  place: { table?: Table; file?: string; sheet?: string };
  advice(note: string): string;
  fix(cents: number): CellFix | null;
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

/** What the grouped message says of a text amount: its note, its rounding. */
interface TextInfo {
  note: string | null;
  rounded: boolean;
}

/** One amount typed as text: its message alone, and its conversion to a number (none when a formula returns the text, or when unsure). */
function textItem(where: Where, a: Shown, parsed: TextAmount, row: number, col: number): CellReport<TextInfo> {
  const { cents, note, extraDecimals } = parsed;
  const head = `${a.address} : le montant ${quoteText(String(a.value))} est saisi comme du texte ; il n'entre pas dans les sommes d'Excel.`;
  const base = { row, col, address: a.address, data: { note, rounded: extraDecimals } };
  if (a.formula) return { ...base, message: `${head} La formule ${a.formula} renvoie du texte : faites-lui renvoyer un nombre.` };
  const rounded = extraDecimals ? " (arrondi au centime)" : "";
  const fix = where.fix(cents);
  return {
    ...base,
    message: fix
      ? `${head} Correction : ${euros(cents)} converti en nombre${rounded}.${note ? where.advice(note) : ""}`
      : `${head} Saisissez-le en nombre (${euros(cents)}${rounded}).${note ? where.advice(note) : ""}`,
    fix,
  };
}

function reportText(ctx: RuleContext, where: Where, a: Shown, parsed: TextAmount): void {
  const item = textItem(where, a, parsed, 0, 0);
  ctx.report({ ...where.place, cell: item.address, message: item.message, fix: item.fix ?? null });
}

/** The message of several text amounts of one table, grouped (a pasted block). */
function textSummary(items: readonly CellReport<TextInfo>[]): string {
  const n = items.length;
  if (!items[0].fix) return `${n} formules du tableau renvoient du texte (${cellList(items)}) : faites-leur renvoyer un nombre.`;
  const notes = [...new Set(items.flatMap((i) => (i.data.note ? [`« ${i.data.note} »`] : [])))];
  const rounded = items.some((i) => i.data.rounded) ? ", arrondi au centime" : "";
  const lost =
    notes.length > 0
      ? ` Les mentions écrites à côté de certains montants (${notes.join(", ")}) seront perdues : reportez-les en commentaire.`
      : "";
  return (
    `${n} montants du tableau sont saisis comme du texte (${cellList(items)}) : ils n'entrent pas dans les sommes d'Excel. ` +
    `Correction : chacun converti en nombre${rounded}.${lost}`
  );
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
 * typed as text matters only where Excel adds it, when a formula of the table uses it; an amount
 * written after its label (« Coût total de l'action : 150 000 € ») is prose. An unreadable amount
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

/** Whether a formula of the grid uses the cell (row, col) of its sheet. */
function usedByFormulas(sheet: string, amounts: readonly GridAmount[]): (row: number, col: number) => boolean {
  const refs = amounts.flatMap((a) =>
    a.sheetCell?.formula
      ? formulaReferences(a.sheetCell.formula).filter((r) => r.workbook === undefined && (r.sheet === null || r.sheet === sheet))
      : [],
  );
  return (row, col) => refs.some((r) => refContains(r, row, col));
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
        const where: Where = {
          place: { table },
          advice: (note) => noteAdvice(table, row, note),
          fix: (cents) => valueFix(table, row.row, amount.col, toEuros(cents)),
        };
        const shown = { address: amount.address, value: amount.value, formula: amount.cell?.formula };
        if (parsed.kind === "amount" && parsed.source === "text") texts.push(textItem(where, shown, parsed, row.row, amount.col));
        else if (parsed.kind === "invalid") reportInvalid(ctx, where.place, amount, parsed.reason);
        else if (parsed.kind === "other" && row.kind === "action") reportWord(ctx, where.place, amount, parsed.text);
      }
      // A block pasted as text gives one finding, with one correction for all its cells.
      reportRepeated(ctx, table, texts, textSummary);
    }
    for (const area of moneyAreas(ctx)) {
      const amounts = areaAmounts(ctx, area);
      const used = usedByFormulas(area.sheet.name, amounts);
      for (const amount of amounts) checkGridAmount(ctx, amount, used(amount.cell.row, amount.cell.col));
    }
  },
};
