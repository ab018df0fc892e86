/**
 * Reading the words of the F7 tables (referentiel/fiches.ts): what a line label says (a funder, a
 * « Dont », a total), what a header says (a year, prévisionnel / exécuté, a funder, a total), and
 * whether a cell holds an amount.
 */
import { Cell } from "../../grid/model";
import { parseAmount } from "../../parse/amount";
import { isDateFormat, isPercentFormat } from "../../parse/numfmt";
import { normalizeText } from "../../parse/text";
import {
  DONT_LABEL,
  FAPI,
  FUNDER_WORDS,
  MONEY_HEADER,
  PHASE_WORDS,
  SOUS_TOTAL_LABEL,
  TOTAL_HEADER,
  TOTAL_LABEL,
  YEAR_HEADER,
} from "../../referentiel/fiches";
import { FunderRole } from "../../referentiel/types";
import { extractYear } from "../headerCell";
import { BudgetLine, BudgetMeasure } from "../model";

/** The funder written first in the text, or null. */
export function funderOf(norm: string): FunderRole | null {
  let best: { at: number; funder: FunderRole } | null = null;
  for (const [re, funder] of FUNDER_WORDS) {
    const m = re.exec(norm);
    if (m && (best === null || m.index < best.at)) best = { at: m.index, funder };
  }
  return best?.funder ?? null;
}

export function phaseOf(norm: string): "prevu" | "realise" | null {
  return PHASE_WORDS.find(([re]) => re.test(norm))?.[1] ?? null;
}

export type LineMeaning = Pick<BudgetLine, "kind" | "funder" | "fapi">;

/** What a line label says: total, sous-total, « Dont », or a part; the funder it names. */
export function lineMeaning(norm: string): LineMeaning {
  const kind = DONT_LABEL.test(norm)
    ? "dont"
    : SOUS_TOTAL_LABEL.test(norm)
      ? "sousTotal"
      : TOTAL_LABEL.test(norm)
        ? "total"
        : "part";
  const text = kind === "dont" ? norm.replace(DONT_LABEL, " ") : norm;
  return { kind, funder: funderOf(text), fapi: FAPI.test(norm) };
}

/** A header cell read as a measure; money: it speaks of amounts (or is a bare year). */
export interface MeasureRead extends BudgetMeasure {
  col: number;
  money: boolean;
  /** The header is only a year (« 2021 », « Année 2021 »). */
  bareYear: boolean;
  /** « Dont … » column: a part of its neighbour, never added. */
  dont: boolean;
}

/** The header text as a measure, or null when it says nothing of amounts, years or funders. */
export function readMeasure(col: number, header: string): MeasureRead | null {
  const norm = normalizeText(header);
  if (norm === "") return null;
  const bare = YEAR_HEADER.exec(norm);
  const total = TOTAL_HEADER.test(norm);
  const funder = funderOf(norm);
  const money = MONEY_HEADER.test(norm);
  const dont = DONT_LABEL.test(norm);
  if (!bare && !total && !funder && !money && !dont) return null;
  // A funder word alone is a measure only with money words or as a short header (« Etat », « Département »).
  if (!bare && !total && !money && !dont && norm.split(" ").length > 3) return null;
  const year = bare ? Number(bare[1]) : extractYear(header);
  return {
    col,
    header: header.trim(),
    year,
    phase: phaseOf(norm),
    funder,
    total,
    money: money || bare !== null,
    bareYear: bare !== null,
    dont,
  };
}

/** A year typed as a number in a header cell (2019): its header text. */
export function headerText(cell: Cell | undefined): string | null {
  const v = cell?.value;
  if (typeof v === "string") return v.trim() === "" ? null : v;
  if (typeof v === "number" && Number.isInteger(v) && v >= 2000 && v <= 2099 && !cell?.formula) return String(v);
  return null;
}

/** Longest text read as an amount (« 102.000 € (postes existants) », « 31 850,00 € (report) »). */
const MAX_AMOUNT_TEXT = 60;
const AMOUNT_START = /^[\s\u00a0(+\-–€]*(?:\d|€|$)/;

/** An unreadable text that still looks like an amount: it starts with its digits (« 73 00€ », « 312.222.40 € »). */
const AMOUNT_LIKE = /^[\s\u00a0+\-–€]*\d/;

/** The cell holds an amount (a number, a formula, a text read as an amount or unreadable but with digits). */
export function holdsMoney(cell: Cell | undefined): boolean {
  if (!cell) return false;
  if (cell.formula) return true;
  const v = cell.value;
  if (v === null || v === undefined || v instanceof Date || typeof v === "boolean") return false;
  // a percentage is a rate, never an amount
  if (typeof v === "number") return !isDateFormat(cell.numFmt) && !isPercentFormat(cell.numFmt);
  if (typeof v !== "string") return true; // an Excel error where an amount should be
  // an amount's text is short and starts with its digits, a sign, « € » or « ( » (most texts are words: no parse)
  if (v.length > MAX_AMOUNT_TEXT || !AMOUNT_START.test(v)) return false;
  const parsed = parseAmount(v);
  return parsed.kind === "amount" || (parsed.kind === "invalid" && AMOUNT_LIKE.test(v) && !/%/.test(v));
}

const CURRENCY_FORMAT = /€|\[\$eur|"eur"|\beur\b/i;
const CURRENCY_TEXT = /€|\beuros?\b|\bk€|\bkeur\b/i;

/** The cell says it is money: « € » in its text or in its number format. */
export function looksLikeEuros(cell: Cell | undefined): boolean {
  if (!cell) return false;
  if (typeof cell.value === "string") return CURRENCY_TEXT.test(cell.value);
  return cell.numFmt !== undefined && CURRENCY_FORMAT.test(cell.numFmt);
}
