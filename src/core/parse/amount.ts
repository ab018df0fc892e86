/**
 * Reading an amount cell into integer cents (SPEC §2, rules 8 and 9): numbers, and amounts typed as
 * text in all the ways workbooks write them. A text that cannot be read for sure is `invalid` with
 * a French reason naming it; nothing is guessed.
 */
import { CellValue, isErrorValue } from "../grid/model";
import { Cents, decimalToCents, exactCents, interpretLiteral, numberToCents } from "./decimal";
import { excelErrorCode } from "./errors";
import { formatDateFr, formatNumberFr, quoteText } from "./format";
import { excelSerialToDate, isDateFormat } from "./numfmt";
import { closingParen, isSymbol, signOf, sliceText, Token, tokenize, topLevel } from "./scan";
import { foldSpaces, normalizeText } from "./text";
import { AmountParse } from "./types";

const EMPTY: AmountParse = { kind: "empty" };

const CURRENCY_WORDS = new Set(["eur", "euro", "euros"]);
/** « 150 k€ », « 150 keur », « 1,2 M€ »: power of ten of the multiplier. */
const MULTIPLIERS = new Map([
  ["k", 3],
  ["m", 6],
]);

const invalid = (reason: string): AmountParse => ({ kind: "invalid", reason });

/**
 * `cents` is set after a null so that V8 stores the field generically from the first amount on:
 * a large total read after small amounts would otherwise change how the field is stored, and V8
 * would then migrate, one by one, the million amounts an analysis keeps.
 */
function amount(cents: Cents, source: "number" | "text", note: string | null): AmountParse {
  const parsed = { kind: "amount" as const, cents: null as number | null, source, extraDecimals: cents.extraDecimals, note };
  parsed.cents = cents.cents;
  return parsed as AmountParse;
}

/** What parseAmount gives for a number with at most two decimals (in a format that is not a date's). */
export function numberAmount(cents: number): AmountParse {
  return amount({ cents, extraDecimals: false }, "number", null);
}

/**
 * The cents of a number that reads as a plain amount, numberAmount(cents); null when parseAmount
 * has more to say (a date format, digits beyond the cent, too large). No object is built.
 */
export function plainNumberCents(value: number, numFmt?: string): number | null {
  return Number.isFinite(value) && !isDateFormat(numFmt) ? exactCents(value) : null;
}

export function parseAmount(value: CellValue, numFmt?: string): AmountParse {
  if (value === null || value === undefined) return EMPTY;
  if (isErrorValue(value)) return { kind: "error", code: value.error };
  if (typeof value === "number") return amountFromNumber(value, numFmt);
  if (typeof value === "string") return amountFromText(value);
  if (typeof value === "boolean") return invalid(`« ${value ? "VRAI" : "FAUX"} » : une valeur logique, pas un montant`);
  return invalid(`« ${formatDateFr(value)} » : une date, pas un montant`);
}

function amountFromNumber(value: number, numFmt: string | undefined): AmountParse {
  const plain = plainNumberCents(value, numFmt);
  if (plain !== null) return numberAmount(plain);
  if (!Number.isFinite(value)) return invalid(`« ${String(value)} » : valeur numérique invalide`);
  if (isDateFormat(numFmt)) {
    const shown = formatDateFr(excelSerialToDate(value));
    return invalid(`« ${shown} » : une date (valeur ${formatNumberFr(value)} au format date), pas un montant`);
  }
  const cents = numberToCents(value);
  return cents ? amount(cents, "number", null) : invalid(`« ${String(value)} » : nombre trop grand pour un montant`);
}

/** `nested`: the text is inside parentheses of the cell's text; parentheses are not looked into again. */
function amountFromText(raw: string, nested = false): AmountParse {
  const text = raw.trim();
  if (text === "") return EMPTY;
  const code = excelErrorCode(text);
  if (code) return { kind: "error", code };
  return readAmount(text, tokenize(text), nested);
}

const isCurrency = (t: Token | undefined): boolean =>
  isSymbol(t, "€") || (t?.type === "word" && CURRENCY_WORDS.has(normalizeText(t.text)));

/** Power of ten of « k », « M », « k€ »-like words (« keur »), or 0. */
function multiplierOf(t: Token | undefined): number {
  if (t?.type !== "word") return 0;
  const word = normalizeText(t.text);
  const power = MULTIPLIERS.get(word[0]) ?? 0;
  return word.length === 1 || CURRENCY_WORDS.has(word.slice(1)) ? power : 0;
}

/** « (1 234,00 €) »: the accounting way of writing a negative amount. */
function isAccountingNegative(tokens: readonly Token[]): boolean {
  return isSymbol(tokens[0], "(") && closingParen(tokens, 0) === tokens.length - 1 && tokens.length > 2;
}

function readAmount(text: string, tokens: Token[], nested: boolean): AmountParse {
  if (!nested && isAccountingNegative(tokens) && tokens.slice(1, -1).some((t) => t.type === "number")) {
    return negate(amountFromText(text.slice(tokens[0].end, tokens[tokens.length - 1].start), true));
  }
  let i = 0;
  let sign = 0;
  for (; i < tokens.length; i++) {
    if (sign === 0 && signOf(tokens[i]) !== 0) sign = signOf(tokens[i]);
    else if (!isCurrency(tokens[i])) break;
  }
  const head = tokens[i];
  if (head?.type !== "number") return withoutNumber(text, tokens, head === undefined, sign);
  const reading = interpretLiteral(head.literal);
  if (reading.kind === "inconsistent") {
    return invalid(`${quoteText(text)} : séparateurs de milliers et de décimales incohérents, montant illisible`);
  }
  if (reading.kind === "grouping") {
    return invalid(`${quoteText(text)} : groupes de chiffres qui ne sont pas des milliers, montant illisible`);
  }
  i++;
  const exponent = multiplierOf(tokens[i]);
  if (exponent > 0) i++;
  while (isCurrency(tokens[i])) i++;
  if (isSymbol(tokens[i], "%")) return invalid(`${quoteText(text)} : un pourcentage, pas un montant`);
  const after = readNote(text, tokens.slice(i), nested);
  if ("problem" in after) return invalid(`${quoteText(text)} : ${after.problem}`);
  const cents = decimalToCents(reading.value, exponent);
  if (!cents) return invalid(`${quoteText(text)} : nombre trop grand pour un montant`);
  return amount({ ...cents, cents: sign < 0 ? -cents.cents || 0 : cents.cents }, "text", after.note);
}

function negate(parsed: AmountParse): AmountParse {
  return parsed.kind === "amount" ? { ...parsed, cents: -parsed.cents || 0 } : parsed;
}

/** No number where the amount should start: « - € » (zero), « € », a label, a date, text before a number. */
function withoutNumber(text: string, tokens: readonly Token[], onlySignsAndCurrency: boolean, sign: number): AmountParse {
  if (onlySignsAndCurrency && sign < 0) return amount({ cents: 0, extraDecimals: false }, "text", null);
  if (onlySignsAndCurrency && sign === 0) return EMPTY;
  if (tokens.some((t) => t.type === "number")) {
    return invalid(`${quoteText(text)} : du texte entoure le nombre, montant illisible`);
  }
  if (tokens.some((t) => t.type === "date")) return invalid(`${quoteText(text)} : une date, pas un montant`);
  return { kind: "other", text };
}

const SEVERAL_AMOUNTS = { problem: "plusieurs montants dans une même cellule" };

/**
 * A note in parentheses that is another amount: « (80 000 €) », « (80 000) », « (80 000 € report) »;
 * a count with its unit is a note: « (2 postes) », « (1 ETP) ».
 */
function isSecondAmount(inner: string): boolean {
  const parsed = amountFromText(inner, true);
  return parsed.kind === "amount" && (parsed.note === null || tokenize(inner).some(isCurrency));
}

/** What follows the amount: nothing, a note in parentheses (« (report) »), or words (« HT »); else the problem. */
function readNote(text: string, rest: readonly Token[], nested: boolean): { note: string | null } | { problem: string } {
  if (rest.length === 0) return { note: null };
  if (topLevel(rest).some((t) => t.type === "number")) return SEVERAL_AMOUNTS;
  if (isSymbol(rest[0], "(") && closingParen(rest, 0) === rest.length - 1) {
    const inner = text.slice(rest[0].end, rest[rest.length - 1].start).trim();
    if (!nested && isSecondAmount(inner)) return SEVERAL_AMOUNTS;
    return { note: foldSpaces(inner) || null };
  }
  if (!rest.some((t) => t.type === "word")) return { problem: "caractères inattendus après le montant" };
  return { note: sliceText(text, rest, 0) };
}
