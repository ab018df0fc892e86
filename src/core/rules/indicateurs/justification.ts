/**
 * Where an indicator value is justified (rules 19 and 24): the row's cell in « Justification des
 * écarts le cas échéant », else in the comment column (« Commentaires et Eléments de définition »),
 * as the write plan places comments; without such a column, a note on the value cell.
 */
import { quoteText } from "../../parse/format";
import { IndicatorColumn, IndicatorTable, sheetColumn } from "../../tables/model";
import { Fix, RuleContext } from "../types";
import { hasUserText, userText } from "../util/cells";
import { IndicatorValue } from "./values";

export interface Justification {
  /** The row's justification cell and its column header; null when the table has no such column. */
  cell: { address: string; header: string } | null;
  /** Something is written there (without such a column: the value cell has a note). */
  given: boolean;
}

function justificationColumn(table: IndicatorTable): IndicatorColumn | undefined {
  return table.columns.find((c) => c.role === "justification") ?? table.columns.find((c) => c.role === "commentaire");
}

/** VerifPacte's own requests (« [Contrôle JJ/MM/AAAA] … merci d'en indiquer la raison ») are no justification. */
export function justificationOf(ctx: RuleContext, table: IndicatorTable, value: IndicatorValue): Justification {
  const column = justificationColumn(table);
  if (!column) {
    const note = table.sheet.notes.get(value.address);
    return { cell: null, given: note !== undefined && userText(note) !== "" };
  }
  const { cell, address } = ctx.cell(table, value.row.row, sheetColumn(table, value.row.row, column.col));
  return { cell: { address, header: column.header }, given: hasUserText(cell) };
}

/** « la cellule G5 de « Justification des écarts le cas échéant » est vide », or why there is nowhere to look. */
export function missingJustification(j: Justification): string {
  if (!j.cell) return "le tableau n'a pas de colonne de justification et la cellule n'a pas de note";
  return `la cellule ${j.cell.address} de ${quoteText(j.cell.header)} est vide`;
}

/** A comment asking for the justification: in the justification cell, else on the value cell. */
export function justificationFix(table: IndicatorTable, value: IndicatorValue, j: Justification, text: string): Fix {
  return { kind: "comment", sheet: table.sheet.name, cell: j.cell?.address ?? value.address, text };
}
