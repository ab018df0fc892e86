/**
 * A workbook VerifPacte wrote as a regional synthesis carries a very hidden sheet saying so. Its
 * sheets quote amounts and findings but are not contract tables: table recognition leaves them
 * alone (no false finding on our own output), and a synthesis never takes one as an input.
 */
import { Workbook } from "../grid/model";

export const SYNTHESE_MARKER_SHEET = "VerifPacte_Synthese";
/** Text of A1 of the marker sheet. */
export const SYNTHESE_MARKER_TEXT = "VerifPacte – synthèse régionale";

export function isSyntheseWorkbook(workbook: Workbook): boolean {
  const sheet = workbook.sheet(SYNTHESE_MARKER_SHEET);
  return sheet !== undefined && sheet.value(0, 0) === SYNTHESE_MARKER_TEXT;
}

/** Why such a workbook has no table, in French. */
export const SYNTHESE_NOT_CHECKED =
  "Classeur de synthèse régionale produit par VerifPacte : ses feuilles reprennent les montants et les constats des classeurs de la région, " +
  "ce ne sont pas des tableaux de contrat ; elles ne sont pas contrôlées (contrôlez les classeurs d'origine).";
