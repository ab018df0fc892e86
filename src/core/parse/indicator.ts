/**
 * Reading an indicator cell (SPEC §2 and §4, rules 19–22): numbers, percentages, numbers written
 * with a unit or a date, known mentions (« nc », « Sans objet »), several numbers in one cell,
 * « X dont Y », Excel errors; anything else is kept as text.
 */
import { CellValue, isErrorValue } from "../grid/model";
import { isDateWord } from "./dates";
import { decimalToNumber, DecimalDigits, interpretLiteral, LiteralReading, percentValue } from "./decimal";
import { excelErrorCode } from "./errors";
import { formatDateFr, formatNumberFr, joinFr, quoteText } from "./format";
import { findMarkerFamily } from "./marker";
import { excelSerialToDate, isDateFormat, isPercentFormat } from "./numfmt";
import { closingParen, isSymbol, signOf, sliceText, Token, tokenize } from "./scan";
import { normalizeText } from "./text";
import { IndicatorParse } from "./types";

const EMPTY: IndicatorParse = { kind: "empty" };

/** Words telling that a second number is a target: « 120 (cible 150) ». */
const TARGET_WORDS = new Set([
  "cible",
  "cibles",
  "objectif",
  "objectifs",
  "prevu",
  "prevus",
  "prevue",
  "prevues",
  "prevision",
  "previsions",
  "attendu",
  "attendus",
  "attendue",
  "vise",
  "visee",
]);

const DONT = new Set(["dont"]);

/** Words telling that a second number is a projection of the first over the whole year. */
const PROJECTION_WORDS = new Set([
  "projection",
  "projections",
  "projete",
  "projetee",
  "projetes",
  "projetees",
  "estimation",
  "estime",
  "estimee",
  "extrapolation",
  "extrapole",
  "extrapolee",
  "anticipe",
  "anticipee",
]);

/** A unit is a few words (« jours », « par portefeuille »); a longer text is a sentence. */
const MAX_UNIT_WORDS = 4;
const UNIT_SYMBOLS = new Set(["/", ".", "'", "’", "-", "€", "°", "²"]);

const isWord = (t: Token | undefined, words: ReadonlySet<string>): boolean =>
  t?.type === "word" && words.has(normalizeText(t.text));

export function parseIndicator(value: CellValue, numFmt?: string, extraMarkers: readonly string[] = []): IndicatorParse {
  if (value === null || value === undefined) return EMPTY;
  if (isErrorValue(value)) return { kind: "error", code: value.error };
  if (typeof value === "number") return indicatorFromNumber(value, numFmt);
  if (typeof value === "boolean") return { kind: "text", text: value ? "VRAI" : "FAUX" };
  if (typeof value === "string") return indicatorFromText(value, extraMarkers);
  return { kind: "text", text: formatDateFr(value) };
}

function indicatorFromNumber(value: number, numFmt: string | undefined): IndicatorParse {
  if (!Number.isFinite(value)) return { kind: "text", text: String(value) };
  if (isDateFormat(numFmt)) return { kind: "text", text: formatDateFr(excelSerialToDate(value)) };
  const percent = isPercentFormat(numFmt);
  const shown = percent ? percentValue(value) : value;
  return { kind: "number", value: shown, source: "number", percent, unit: null, date: null };
}

function indicatorFromText(raw: string, extraMarkers: readonly string[]): IndicatorParse {
  const text = raw.trim();
  if (text === "") return EMPTY;
  const code = excelErrorCode(text);
  if (code) return { kind: "error", code };
  const marker = findMarkerFamily(text, extraMarkers);
  if (marker) return { kind: "marker", marker };
  const tokens = tokenize(text);
  const readings = tokens.flatMap((t) => (t.type === "number" ? [interpretLiteral(t.literal)] : []));
  const values = numbersOf(readings);
  if (values === null || values.length === 0) return { kind: "text", text };
  if (values.length === 1) return readSingle(text, tokens, values[0]) ?? { kind: "text", text };
  return (
    readDont(tokens, readings) ??
    readProjection(text, tokens) ??
    readNoted(text, tokens) ??
    multiple(text, tokens, values, readings.length === 1)
  );
}

/** A number token written as one clean number (not fused groups), and its value; null otherwise. */
function cleanNumber(token: Token | undefined): number | null {
  if (token?.type !== "number") return null;
  const reading = interpretLiteral(token.literal);
  return reading.kind === "number" ? decimalToNumber(reading.value) : null;
}

/** Units of time after a number that qualifies a period (« sur 6 mois »). */
const TIME_UNITS = new Set([
  "jour",
  "jours",
  "semaine",
  "semaines",
  "mois",
  "an",
  "ans",
  "annee",
  "annees",
  "trimestre",
  "trimestres",
  "semestre",
  "semestres",
]);

/**
 * A number that only qualifies a note: a year (« sur l'année 2022 ») or a length of time
 * (« sur 6 mois »); « 12 familles » is a second value.
 */
function isQualifier(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t.type !== "number") return false;
  const digits = t.literal.separators.length === 0 ? t.literal.groups[0] : "";
  if (/^(?:19[89]\d|20\d\d)$/.test(digits)) return true;
  return isWord(tokens[i + 1], TIME_UNITS);
}

/**
 * « 148 (sur 6 mois) », « 41 (sur l'année 2022) », « 1 850 sur 10 mois »: one number and a note
 * whose own figures only qualify it (a note without figures is read by readSingle, or is text). Not a target (« 120 (cible 150) »), a part (« dont »), a
 * ratio (« 12 / 15 ») nor a second value.
 */
function readNoted(text: string, tokens: readonly Token[]): IndicatorParse | null {
  const sign = signOf(tokens[0]);
  let i = sign === 0 ? 0 : 1;
  const value = cleanNumber(tokens[i]);
  if (value === null) return null;
  i++;
  const percent = isSymbol(tokens[i], "%");
  if (percent) i++;
  const rest = tokens.slice(i);
  const wrapped = isSymbol(rest[0], "(") && closingParen(rest, 0) === rest.length - 1;
  if (!wrapped && rest[0]?.type !== "word") return null;
  const inner = wrapped ? rest.slice(1, -1) : rest;
  if (!inner.some((t) => t.type === "word")) return null;
  if (inner.some((t) => isWord(t, TARGET_WORDS) || isWord(t, DONT) || isWord(t, PROJECTION_WORDS) || isSymbol(t, "/")))
    return null;
  const figures = inner.filter((t) => t.type === "number").length;
  if (figures === 0 || !inner.every((t, j) => t.type !== "number" || isQualifier(inner, j))) return null;
  const note = sliceText(text, inner, 0);
  return { kind: "number", value: (sign < 0 ? -value : value) || 0, source: "text", percent, unit: null, date: null, note };
}

/**
 * « 2 310 (de janvier à septembre 2023) – projection sur l'année : 3 080 »: a partial value and its
 * projection over the year; the département must choose one figure.
 */
function readProjection(text: string, tokens: readonly Token[]): IndicatorParse | null {
  if (!tokens.some((t) => isWord(t, PROJECTION_WORDS))) return null;
  const figures = tokens.flatMap((t, i) => (t.type === "number" && !isQualifier(tokens, i) ? [cleanNumber(t)] : []));
  if (figures.length !== 2 || figures.some((n) => n === null)) return null;
  const [value, projected] = figures as number[];
  const list = `(${formatNumberFr(value)} et ${formatNumberFr(projected)})`;
  return {
    kind: "projection",
    value,
    projected,
    reason: `${quoteText(text)} : une valeur partielle et sa projection sur l'année ${list}`,
  };
}

/** All the numbers written, a fused literal giving several; null when one is unreadable. */
function numbersOf(readings: readonly LiteralReading[]): number[] | null {
  const digits: DecimalDigits[] = [];
  for (const reading of readings) {
    if (reading.kind === "inconsistent") return null;
    digits.push(...(reading.kind === "number" ? [reading.value] : reading.parts));
  }
  return digits.map(decimalToNumber);
}

/** « -12 », « 45 % », « 32,7 jours », « 5265 (au 31/10/2022) »; null when more text surrounds the number. */
function readSingle(text: string, tokens: readonly Token[], value: number): IndicatorParse | null {
  const sign = signOf(tokens[0]);
  let i = sign === 0 ? 0 : 1;
  if (tokens[i]?.type !== "number") return null;
  i++;
  const percent = isSymbol(tokens[i], "%");
  if (percent) i++;
  const rest = tokens.slice(i);
  const split = dateStart(rest);
  const unit = readUnit(text, rest.slice(0, split));
  const date = readDate(text, rest.slice(split));
  if (unit === undefined || date === undefined) return null;
  return { kind: "number", value: (sign < 0 ? -value : value) || 0, source: "text", percent, unit, date };
}

/** Index in `rest` where a date (« au 31/10/2022 », « (fin 2022) ») begins, or rest.length. */
function dateStart(rest: readonly Token[]): number {
  let depth = 0;
  let openedAt = 0;
  for (let i = 0; i < rest.length; i++) {
    const t = rest[i];
    if (isSymbol(t, "(") && depth++ === 0) openedAt = i;
    else if (isSymbol(t, ")")) depth = Math.max(0, depth - 1);
    else if (t.type === "date") return depth > 0 ? openedAt : backOverDateWords(rest, i);
  }
  return rest.length;
}

/** « 32,7 jours au 1er semestre 2022 »: the date begins at « au ». */
function backOverDateWords(tokens: readonly Token[], dateAt: number): number {
  let start = dateAt;
  while (start > 0 && isDateWord(tokens[start - 1])) start--;
  return start;
}

/** A few words after the number, null when none; undefined when it is not a unit. */
function readUnit(text: string, part: readonly Token[]): string | null | undefined {
  if (part.length === 0) return null;
  const words = part.filter((t) => t.type === "word").length;
  const unitLike = part.every((t) => t.type === "word" || (t.type === "symbol" && UNIT_SYMBOLS.has(t.text)));
  if (!unitLike || words > MAX_UNIT_WORDS || (words === 0 && !part.some((t) => isSymbol(t, "€")))) return undefined;
  return sliceText(text, part, 0);
}

/** The date part, parentheses removed; null when none; undefined when it holds something else. */
function readDate(text: string, part: readonly Token[]): string | null | undefined {
  if (part.length === 0) return null;
  if (part.some((t) => t.type === "number")) return undefined;
  const wrapped = isSymbol(part[0], "(") && closingParen(part, 0) === part.length - 1;
  const inner = wrapped ? part.slice(1, -1) : part;
  if (inner.length === 0 || inner.some((t) => isSymbol(t, "(") || isSymbol(t, ")"))) return undefined;
  return sliceText(text, inner, 0);
}

/** « 120 dont 45 finalisés »: one number before « dont », one after. */
function readDont(tokens: readonly Token[], readings: readonly LiteralReading[]): IndicatorParse | null {
  const at = tokens.findIndex((t) => isWord(t, DONT));
  const before = tokens.slice(0, at).filter((t) => t.type === "number").length;
  if (at < 0 || before !== 1 || readings.length !== 2) return null;
  const [total, part] = readings;
  if (total.kind !== "number" || part.kind !== "number") return null;
  return { kind: "dont", total: decimalToNumber(total.value), part: decimalToNumber(part.value) };
}

function multiple(text: string, tokens: readonly Token[], numbers: number[], fused: boolean): IndicatorParse {
  const list = `(${joinFr(numbers.map((n) => formatNumberFr(n)))})`;
  const withTarget = tokens.some((t) => isSymbol(t, "/") || isWord(t, TARGET_WORDS));
  const what = fused
    ? "nombres accolés"
    : withTarget
      ? "une valeur et une cible dans la même cellule"
      : "plusieurs nombres dans la même cellule";
  return { kind: "multiple", numbers, reason: `${quoteText(text)} : ${what} ${list}` };
}
