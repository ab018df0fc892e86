/** French formatting of amounts, numbers and dates for messages: « 1 234,56 € », « 32,7 », « 31/10/2022 ». */
import { foldSpaces } from "./text";

/**
 * The space of French numbers: no-break (U+00A0), so that « 135 000,00 € » never breaks across two
 * lines (pane, messages, « Contrôles » sheet, commentaires). U+00A0 rather than the narrow U+202F:
 * every font of Excel and every terminal code page shows it.
 */
export const NUMBER_SPACE = "\u00a0";

/** « 1234567 » → « 1 234 567 » (no-break spaces). */
export function groupThousands(digits: string, separator = NUMBER_SPACE): string {
  const head = digits.length % 3 || 3;
  const groups = [digits.slice(0, head)];
  for (let i = head; i < digits.length; i += 3) groups.push(digits.slice(i, i + 3));
  return groups.join(separator);
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** Integer cents → « 1 234,56 € », « -1 234,56 € », « 0,00 € » (no-break spaces). */
export function formatEuros(cents: number): string {
  const rounded = Math.round(cents);
  if (!Number.isSafeInteger(rounded)) return `${String(cents)}${NUMBER_SPACE}€`;
  const abs = Math.abs(rounded);
  const euros = groupThousands(String(Math.floor(abs / 100)));
  return `${rounded < 0 ? "-" : ""}${euros},${pad2(abs % 100)}${NUMBER_SPACE}€`;
}

/** Beyond this, digits are no longer exact and String() switches to exponents. */
const MAX_FORMATTED = 1e15;

/**
 * « 32,7 », « 1 234 », « -0,5 ». With `decimals`, exactly that many decimals; without, at most 2,
 * trailing zeros removed.
 */
export function formatNumberFr(n: number, decimals?: number): string {
  const places = decimals ?? 2;
  const factor = 10 ** places;
  if (!Number.isFinite(n) || Math.abs(n) * factor >= MAX_FORMATTED) return String(n);
  const scaled = Math.round(Number((Math.abs(n) * factor).toPrecision(15)));
  const digits = String(scaled).padStart(places + 1, "0");
  const integer = digits.slice(0, digits.length - places);
  const fraction = decimals === undefined ? digits.slice(integer.length).replace(/0+$/, "") : digits.slice(integer.length);
  const sign = n < 0 && scaled !== 0 ? "-" : "";
  return `${sign}${groupThousands(integer)}${fraction ? `,${fraction}` : ""}`;
}

/** A percentage: « 49,9 % », « 50 % » (no-break space before %; decimals as formatNumberFr). */
export function formatPercentFr(percent: number, decimals?: number): string {
  return `${formatNumberFr(percent, decimals)}${NUMBER_SPACE}%`;
}

/** « 31/10/2022 » (UTC fields: workbooks store dates without time zone). */
export function formatDateFr(date: Date): string {
  if (Number.isNaN(date.getTime())) return "date invalide";
  return `${pad2(date.getUTCDate())}/${pad2(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

const MAX_QUOTED = 80;

/** A cell text quoted for a message: « 73 00€ » (spaces folded, shortened when long). */
export function quoteText(text: string): string {
  const folded = foldSpaces(text);
  const shown = folded.length > MAX_QUOTED ? `${folded.slice(0, MAX_QUOTED - 1)}…` : folded;
  return `« ${shown} »`;
}

/** ["a", "b", "c"] → « a, b et c ». */
export function joinFr(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} et ${items[items.length - 1]}`;
}
