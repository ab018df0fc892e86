/**
 * Rows of the CALPAE templates in description form (examples/build/types.ts), from sheet column
 * `first` on: the F3 execution report and the F4 forecast (SPEC §3), their computed column F as a
 * formula, and labels shared by the corpus (fictional départements, real template wording).
 */
import { columnIndex, columnLetter } from "../../../src/core/grid/address";
import { CellInput } from "../../../examples/build/types";

export {
  EURO,
  CALPAE_TITLE,
  CALPAE_CHORUS as CHORUS,
  f3Header,
  F1_HEADER_2024 as F1_HEADER,
  PACTE_AXES,
} from "../../../examples/descriptions/labels";

/** Thèmes of the CALPAE templates (mesures socle, then the département's own engagements). */
export const THEMES = {
  ase: "Prévenir toute « sortie sèche » pour les jeunes sortant de l'ASE",
  accueil: "Premier accueil social inconditionnel de proximité",
  referent: "Référent de parcours",
  brsa: "Insertion des allocataires du RSA : orientation et garantie d'activité",
  initiative: "Engagements à l'initiative du département",
} as const;

export const SOCLE = "Sous-total engagements de mesures socle";
export const INITIATIVE = "Sous total engagements à l'initiative du département";

/** F4 header (SPEC §3), verbatim, for the convention of year `n`. */
export function f4Header(n: number): string[] {
  return [
    "Thème de la contractualisation",
    "Imputation chorus (code chorus - description longue)",
    "Fiche action N°",
    "Intitulé de l'action",
    `A Participation État notifiée pour la convention ${n} (nouveaux crédits Etat ${n})`,
    `B Crédits Etat ${n - 1} reportés sur ${n} (le cas échéant)`,
    `C Crédits CD affectés pour la convention ${n}`,
    "Dont valorisation CD",
    `D Crédits CD ${n - 1} reportés sur ${n} (le cas échéant)`,
    "E Participation d'autres financeurs le cas échéant",
    `F Budget global de l'action prévu en ${n} (A+B+C+D+E)`,
    "Commentaire",
  ];
}

/** Thème, Chorus cell, fiche number, title: the four label cells of an action row (null: merged from above). */
export type Head = [CellInput, CellInput, CellInput, CellInput];

/** Column letter `offset` columns right of `letter`. */
export function shift(letter: string, offset: number): string {
  return columnLetter(columnIndex(letter) + offset);
}

/** `offset` empty cells: the columns left of a table that starts further right. */
export function pad(offset: number): CellInput[] {
  return Array.from({ length: offset }, () => null);
}

export interface F3Amounts {
  a: CellInput;
  b?: CellInput;
  c: CellInput;
  d?: CellInput;
  e?: CellInput;
  realise: CellInput;
  valorisation?: CellInput;
  reportEtat?: CellInput;
  reportCd?: CellInput;
}

/** An F3 action row at Excel row `row`, table starting `offset` columns right of A; F = A+B+C+D+E. */
export function f3Row(row: number, head: Head, m: F3Amounts, comment: string | null = null, offset = 0): CellInput[] {
  const c = (l: string) => `${shift(l, offset)}${row}`;
  return [
    ...pad(offset),
    ...head,
    m.a,
    m.b ?? 0,
    m.c,
    m.d ?? 0,
    m.e ?? 0,
    `=${c("E")}+${c("F")}+${c("G")}+${c("H")}+${c("I")}`,
    m.realise,
    m.valorisation ?? 0,
    m.reportEtat ?? 0,
    m.reportCd ?? 0,
    comment,
  ];
}

export interface F4Amounts {
  a: CellInput;
  b?: CellInput;
  c: CellInput;
  valorisation?: CellInput;
  d?: CellInput;
  e?: CellInput;
}

/** An F4 action row at Excel row `row`, table starting `offset` columns right of A; F = A+B+C+D+E. */
export function f4Row(row: number, head: Head, m: F4Amounts, comment: string | null = null, offset = 0): CellInput[] {
  const c = (l: string) => `${shift(l, offset)}${row}`;
  return [
    ...pad(offset),
    ...head,
    m.a,
    m.b ?? 0,
    m.c,
    m.valorisation ?? 0,
    m.d ?? 0,
    m.e ?? 0,
    `=${c("E")}+${c("F")}+${c("G")}+${c("I")}+${c("J")}`,
    comment,
  ];
}

/**
 * A total row: `label` in the first cells (from column A), then one formula per column from
 * `first` to `last`, e.g. sums(["TOTAUX FINANCIERS"], "E", "N", (c) => `=${c}12+${c}15`).
 */
export function sums(label: CellInput[], first: string, last: string, formula: (col: string) => CellInput): CellInput[] {
  const from = columnIndex(first);
  const cells: CellInput[] = [...label];
  while (cells.length < from) cells.push(null);
  for (let c = from; c <= columnIndex(last); c++) cells.push(formula(columnLetter(c)));
  return cells;
}
