/**
 * How a Chorus code is malformed (rule 17), in French, and its correction when it is unambiguous:
 * - zéro initial perdu, séparateurs inhabituels: the 12 digits are certain, the code is rewritten;
 * - letters that look like digits (O → 0, I and l → 1), a pair of digits missing, a digit or two
 *   too many: corrected only when exactly one code of the catalogue allowed for the row (its
 *   dispositif, and for the Pacte its axe's pilier) is reached; else nothing is guessed;
 * - several codes in one cell: never corrected.
 */
import { ChorusCell, ChorusProblem, formatChorusCode, nearCodes } from "../../parse/chorus";
import { joinFr } from "../../parse/format";
import { CHORUS_LENGTH } from "../../referentiel/chorus";

/** The code problems of a cell (the amount written with it is rule 10's). */
export function codeProblems(cell: ChorusCell): ChorusProblem[] {
  return cell.problems.filter((p) => p.kind !== "amount");
}

function problemText(p: ChorusProblem): string {
  switch (p.kind) {
    case "length":
      return `${p.count} chiffres au lieu de ${CHORUS_LENGTH}`;
    case "letters":
      return `${p.letters.length > 1 ? "lettres" : "lettre"} ${joinFr(p.letters.map((l) => `« ${l} »`))} parmi les chiffres`;
    case "zero":
      return "le zéro initial a été perdu (code saisi comme un nombre)";
    case "separators":
      return "séparateurs inhabituels";
    case "several":
      return `plusieurs codes dans la cellule (${joinFr(p.codes.map((c) => `« ${c} »`))})`;
    case "amount":
      return `montant illisible (${p.reason})`;
  }
}

/** « 10 chiffres au lieu de 12 ; lettre « O » parmi les chiffres ». */
export function problemsText(problems: readonly ChorusProblem[]): string {
  return problems.map(problemText).join(" ; ");
}

export type Correction =
  | { kind: "code"; code: string; /** the catalogue decided between readings */ fromCatalogue: boolean }
  | { kind: "none"; why: string };

/** The single code the cell should hold, among `allowed` (12-digit codes), or why there is none. */
export function correction(cell: ChorusCell, problems: readonly ChorusProblem[], allowed: readonly string[]): Correction {
  if (problems.some((p) => p.kind === "several"))
    return { kind: "none", why: "une seule imputation par cellule, une ligne de thème par code" };
  const letters = problems.find((p): p is Extract<ChorusProblem, { kind: "letters" }> => p.kind === "letters");
  const digits = letters?.reading ?? (cell.digits as string);
  if (!letters && digits.length === CHORUS_LENGTH) return { kind: "code", code: digits, fromCatalogue: false };
  const candidates = digits.length === CHORUS_LENGTH ? allowed.filter((c) => c === digits) : nearCodes(digits, allowed);
  if (candidates.length === 1) return { kind: "code", code: candidates[0], fromCatalogue: true };
  if (candidates.length === 0) return { kind: "none", why: "aucun code connu n'y correspond" };
  return { kind: "none", why: `plusieurs codes possibles (${joinFr([...candidates].sort().map(formatChorusCode))})` };
}
