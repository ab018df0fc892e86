/**
 * Rule 15: an unspent balance neither carried forward nor explained (SPEC §3 F2, F3; contract
 * l.133: « Une partie des crédits peut être réduite l'année suivante … sans justification opérante »).
 */
import { cellAddress } from "../../grid/address";
import { ColumnKey, FinancialFamily } from "../../referentiel/types";
import { column, FinancialRow, FinancialTable, TableColumn } from "../../tables/model";
import { Rule, RuleContext } from "../types";
import { sumAt } from "../util/amounts";
import { Answer, answerOf } from "../util/cells";
import { addressAt, cellRef, colAt, columnName } from "../util/columns";
import { euros } from "../util/money";
import { keysReadings } from "../util/relations";
import { actionRows } from "../util/rows";
import { rowTerms, sideText, Term } from "./terms";

/** One part of the balance: Σ plus − Σ minus, counted when positive (an excess is rule 12's). */
interface BalancePart {
  plus: readonly ColumnKey[];
  minus: readonly ColumnKey[];
}

/** F3: F − réalisé − reports; F2: (B − F) + (D − G), each part counted when positive. */
const BALANCE: Partial<Record<FinancialFamily, readonly BalancePart[]>> = {
  F3: [{ plus: ["budget"], minus: ["realise", "reportEtat", "reportCd"] }],
  F2: [
    { plus: ["etatNonConsomme"], minus: ["reportEtat"] },
    { plus: ["cdNonConsomme"], minus: ["reportCd"] },
  ],
};

const REASONS = "part des autres financeurs, paiement après contrôle, décalage de calendrier…";

interface PartAmounts {
  plus: Term[];
  minus: Term[];
  value: number;
}

/**
 * A part of the balance whose columns are all in the table, with their column cents in both
 * readings (relations.ts keysReadings: as written, as the rows should hold them).
 */
interface TablePart {
  part: BalancePart;
  plus: [Float64Array[], Float64Array[]];
  minus: [Float64Array[], Float64Array[]];
}

/** The part's value at a row in one reading; null when an amount is unreadable. */
function partValue(part: TablePart, reading: 0 | 1, index: number): number | null {
  const plus = sumAt(part.plus[reading], index);
  const minus = sumAt(part.minus[reading], index);
  if (plus === null || minus === null) return null;
  return (plus ?? 0) - (minus ?? 0);
}

/**
 * The parts of the row's balance that are positive, decided on the cents alone (most rows have no
 * balance, or an explained one); null when an amount is unreadable.
 */
function positiveParts(table: FinancialTable, row: number, parts: readonly TablePart[]): TablePart[] | null {
  const found: TablePart[] = [];
  for (const tablePart of parts) {
    const value = partValue(tablePart, 0, row - table.range.r1);
    const corrected = partValue(tablePart, 1, row - table.range.r1);
    if (value === null || corrected === null) return null;
    // No balance once a wrong computed column of the row is right (rule 1 reports it): nothing to explain.
    if (value <= 0 || corrected <= 0) continue;
    found.push(tablePart);
  }
  return found;
}

/** A positive part's amounts, read for the message. */
function partAmounts(ctx: RuleContext, table: FinancialTable, row: number, tablePart: TablePart): PartAmounts {
  const { part } = tablePart;
  const terms = (keys: readonly ColumnKey[]) => rowTerms(ctx, table, row, keys) as Term[];
  return { plus: terms(part.plus), minus: terms(part.minus), value: partValue(tablePart, 0, row - table.range.r1) as number };
}

/**
 * The explanation given: the Commentaire cell, or (without that column) a note on the cell;
 * VerifPacte's own requests (« [Contrôle JJ/MM/AAAA] … merci d'en indiquer la raison ») are no
 * explanation.
 */
function explanation(table: FinancialTable, row: number, cellCol: number): Answer {
  const comment = column(table, "commentaire");
  if (comment) return answerOf(table.sheet.get(row, colAt(table, row, comment)));
  return answerOf(table.sheet.note(row, cellCol));
}

function checkRow(ctx: RuleContext, table: FinancialTable, row: FinancialRow, parts: readonly TablePart[]): void {
  const positive = positiveParts(table, row.row, parts);
  if (!positive || positive.length === 0) return;
  // Every column of a part is in the table (see check): its first plus column is the first term.
  const at = colAt(table, row.row, column(table, "realise") ?? (column(table, positive[0].part.plus[0]) as TableColumn));
  const answer = explanation(table, row.row, at);
  if (answer === "user") return;
  const found = positive.map((part) => partAmounts(ctx, table, row.row, part));
  const cell = cellAddress(row.row, at);
  const balance = found.reduce((sum, p) => sum + p.value, 0);
  const comment = column(table, "commentaire");
  const place = comment ? `la cellule ${addressAt(table, row.row, comment)} de ${columnName(comment)}` : `la note de ${cell}`;
  const where =
    answer === "request"
      ? `${place} ne contient que la demande de VerifPacte, restée sans réponse`
      : comment
        ? `${place} est vide`
        : "le tableau n'a pas de colonne « Commentaire »";
  ctx.report({
    table,
    cell,
    message:
      `${cell} : solde non consommé de ${euros(balance)} ni reporté ni justifié : ` +
      `${found.map((p) => sideText(p.plus, p.minus)).join(" et ")}, et ${where}. ` +
      `Une sous-consommation non justifiée peut réduire les crédits de l'année suivante : en indiquer la raison (${REASONS}).`,
    related: found.flatMap((p) => [...p.plus, ...p.minus]).map((t) => cellRef(table, row.row, t.amount.col)),
    // The request is already written: asking again would only repeat it.
    fix:
      answer === "request"
        ? null
        : {
            kind: "comment",
            sheet: table.sheet.name,
            cell: comment ? addressAt(table, row.row, comment) : cell,
            text: `Solde non consommé de ${euros(balance)} ni reporté ni justifié : merci d'en indiquer la raison (${REASONS}).`,
          },
  });
}

export const soldeNonJustifie: Rule = {
  meta: {
    id: "solde-non-justifie",
    number: 15,
    severity: "warning",
    fixable: true,
    scope: "financier",
    title: "Solde non consommé ni reporté ni justifié",
    description:
      "Un solde non consommé (budget − réalisé − reports en exécution ; crédits non consommés non reportés au " +
      "récapitulatif) doit être expliqué dans la colonne « Commentaire ».",
  },
  check(ctx) {
    for (const table of ctx.financialTables()) {
      const parts = BALANCE[table.family]
        ?.filter((part) => [...part.plus, ...part.minus].every((key) => column(table, key)))
        .map((part) => ({ part, plus: keysReadings(ctx, table, part.plus), minus: keysReadings(ctx, table, part.minus) }));
      if (!parts?.length) continue;
      for (const row of actionRows(table)) checkRow(ctx, table, row, parts);
    }
  },
};
