/**
 * Where an indicator value is justified (rules 19 and 24): the row's cell in « Justification des
 * écarts le cas échéant », else in the comment column (« Commentaires et Eléments de définition »),
 * as the write plan places comments; without such a column, a note on the value cell.
 */
import { quoteText } from "../../parse/format";
import { IndicatorColumn, IndicatorTable, sheetColumn } from "../../tables/model";
import { Fix, RuleContext } from "../types";
import { answerOf } from "../util/cells";
import { IndicatorValue } from "./values";

export interface Justification {
  /** The row's justification cell and its column header; null when the table has no such column. */
  cell: { address: string; header: string } | null;
  /** Something is written there by the user (without such a column: the value cell has a note). */
  given: boolean;
  /** Only VerifPacte's own request is written there, left unanswered. */
  requested: boolean;
}

function justificationColumn(table: IndicatorTable): IndicatorColumn | undefined {
  return table.columns.find((c) => c.role === "justification") ?? table.columns.find((c) => c.role === "commentaire");
}

/** VerifPacte's own requests (« [Contrôle JJ/MM/AAAA] … merci d'en indiquer la raison ») are no justification. */
export function justificationOf(ctx: RuleContext, table: IndicatorTable, value: IndicatorValue): Justification {
  const column = justificationColumn(table);
  if (!column) {
    const answer = answerOf(table.sheet.notes.get(value.address));
    return { cell: null, given: answer === "user", requested: answer === "request" };
  }
  const { cell, address } = ctx.cell(table, value.row.row, sheetColumn(table, value.row.row, column.col));
  const answer = answerOf(cell);
  return { cell: { address, header: column.header }, given: answer === "user", requested: answer === "request" };
}

/** « la cellule G5 de « Justification des écarts le cas échéant » est vide », or why there is nowhere to look. */
export function missingJustification(j: Justification): string {
  if (!j.cell) {
    return j.requested
      ? "la note de la cellule ne contient que la demande de VerifPacte, restée sans réponse"
      : "le tableau n'a pas de colonne de justification et la cellule n'a pas de note";
  }
  const state = j.requested ? "ne contient que la demande de VerifPacte, restée sans réponse" : "est vide";
  return `la cellule ${j.cell.address} de ${quoteText(j.cell.header)} ${state}`;
}

/**
 * A comment asking for the justification: in the justification cell, else on the value cell; none
 * when VerifPacte's request is already there (asking again would only repeat it).
 */
export function justificationFix(table: IndicatorTable, value: IndicatorValue, j: Justification, text: string): Fix | null {
  return j.requested ? null : { kind: "comment", sheet: table.sheet.name, cell: j.cell?.address ?? value.address, text };
}
