/** Money in integer cents: sums, French display, and euros for fixes. */
import { formatEuros, formatPercentFr } from "../../parse/format";
import { AmountParse } from "../../parse/types";

/** « 1 234,56 € ». */
export function euros(cents: number): string {
  return formatEuros(cents);
}

/** A difference with its sign: « +7 500,00 € », « -7 500,00 € ». */
export function signedEuros(cents: number): string {
  return cents > 0 ? `+${formatEuros(cents)}` : formatEuros(cents);
}

/** Cents → euros as Excel stores them, for Fix values and expected results. */
export function toEuros(cents: number): number {
  return cents / 100;
}

/** Sum of amounts in cents; null as soon as one of them is unreadable. */
export function sumCents(amounts: readonly (number | null)[]): number | null {
  let total = 0;
  for (const a of amounts) {
    if (a === null) return null;
    total += a;
  }
  return total;
}

/**
 * Cents a sum may be off when some of its amounts have digits beyond the cent (rule 9 reports
 * them): each is rounded on its own, so Σ rounded ≠ rounded Σ by up to one cent per such amount.
 */
export function roundingSlack(amounts: readonly { parsed: AmountParse }[]): number {
  return amounts.filter((a) => a.parsed.kind === "amount" && a.parsed.extraDecimals === true).length;
}

/** part / whole as a French percentage rounded down to one decimal (« 49,9 % », never « 50,0 % » below 50 %). */
export function shareText(part: number, whole: number): string {
  const tenths = whole === 0 ? 0 : Math.floor((part * 1000) / whole);
  return formatPercentFr(tenths / 10, 1);
}
