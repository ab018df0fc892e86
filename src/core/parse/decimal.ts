/**
 * What the separators of a written number mean (SPEC §2), and exact conversion to cents.
 * - a comma is the decimal separator (one at most, last);
 * - spaces (any kind) separate thousands: groups after the first have exactly 3 digits;
 * - a dot separates thousands when the groups are consistent (« 59.000 », « 1.002.884,00 »), and is
 *   the decimal separator when it is the only dot and is not followed by exactly 3 digits (« 1234.56 »).
 */
import { NumberLiteral } from "./scan";

/** An exact decimal number as written, without sign: « 1 208 188,18 » → "1208188" and "18". */
export interface DecimalDigits {
  integer: string;
  fraction: string;
}

export type LiteralReading =
  | { kind: "number"; value: DecimalDigits }
  /** Separators that contradict each other: « 312.222.40 », « 1,234.56 », « 1 234.567 ». */
  | { kind: "inconsistent" }
  /** Space-separated groups that are not thousands (« 73 00 », « 1234 5 678 »), read as several numbers. */
  | { kind: "grouping"; parts: DecimalDigits[] };

const INCONSISTENT: LiteralReading = { kind: "inconsistent" };

/** The last separator is a decimal one; null when commas contradict each other. */
function endsWithDecimal({ groups, separators }: NumberLiteral): boolean | null {
  const last = separators.length - 1;
  const commas = separators.filter((s) => s === ",").length;
  if (commas > 1 || (commas === 1 && separators[last] !== ",")) return null;
  return commas === 1 || (separators[last] === "." && groups[last + 1].length !== 3);
}

const isThousandsGrouping = (groups: readonly string[]): boolean =>
  groups[0].length <= 3 && groups.slice(1).every((g) => g.length === 3);

/** Greedy reading of space-separated groups as several numbers: « 1234 5 678 » → 1234, 5678. */
function splitGroups(groups: readonly string[]): string[] {
  const parts: string[] = [];
  let current = groups[0];
  let extendable = current.length <= 3;
  for (const group of groups.slice(1)) {
    if (extendable && group.length === 3) {
      current += group;
    } else {
      parts.push(current);
      current = group;
      extendable = group.length <= 3;
    }
  }
  parts.push(current);
  return parts;
}

export function interpretLiteral(literal: NumberLiteral): LiteralReading {
  const decimal = endsWithDecimal(literal);
  if (decimal === null) return INCONSISTENT;
  const { groups, separators } = literal;
  const integerGroups = decimal ? groups.slice(0, -1) : groups;
  const thousands = new Set(decimal ? separators.slice(0, -1) : separators);
  const fraction = decimal ? groups[groups.length - 1] : "";
  if (thousands.size > 1 || (decimal && separators[separators.length - 1] === "." && thousands.has("."))) {
    return INCONSISTENT;
  }
  if (isThousandsGrouping(integerGroups) || thousands.size === 0) {
    return { kind: "number", value: { integer: integerGroups.join(""), fraction } };
  }
  if (thousands.has(".")) return INCONSISTENT;
  const parts = splitGroups(integerGroups).map((integer) => ({ integer, fraction: "" }));
  parts[parts.length - 1].fraction = fraction;
  return { kind: "grouping", parts };
}

export function decimalToNumber({ integer, fraction }: DecimalDigits): number {
  return Number(fraction ? `${integer}.${fraction}` : integer);
}

export interface Cents {
  cents: number;
  /** Non-zero digits beyond the cents were rounded away. */
  extraDecimals: boolean;
}

/**
 * Exact conversion of written digits to cents, rounding half up beyond the cents; `exponent`
 * multiplies by a power of ten (« 150 k€ »: 3). Null when too large to be exact.
 */
export function decimalToCents({ integer, fraction }: DecimalDigits, exponent = 0): Cents | null {
  const digits = integer + fraction;
  const dropped = fraction.length - exponent - 2; // digits of `digits` below the cent
  const padded = dropped < 0 ? digits + "0".repeat(-dropped) : digits.padStart(dropped + 1, "0");
  const keep = padded.slice(0, padded.length - Math.max(dropped, 0));
  const rest = padded.slice(keep.length);
  const cents = Number(keep) + (rest !== "" && rest[0] >= "5" ? 1 : 0);
  return Number.isSafeInteger(cents) ? { cents, extraDecimals: /[1-9]/.test(rest) } : null;
}

/**
 * Relative distance to a whole number of cents below which a number's decimals beyond the cent are
 * float noise: 0.1 + 0.2, or an Excel SUM of thousands of amounts saved as 7660296.20000001
 * (about 1e-15 relative). Digits typed beyond the cent are far above it: 1 234,565 is 0.5 cent
 * off, 100 000 000,001 € is 0.1 cent off where the tolerance is 0.01 cent.
 */
const FLOAT_NOISE = 1e-12;

/** The cents of a number without digits beyond the cent (float noise aside); null otherwise. */
export function exactCents(value: number): number | null {
  const scaled = value * 100;
  const nearest = Math.round(scaled);
  const exact = Math.abs(scaled - nearest) <= FLOAT_NOISE * Math.max(1, Math.abs(scaled)) && Number.isSafeInteger(nearest);
  return exact ? nearest || 0 : null;
}

/** A cell's number to cents; float noise (0.1 + 0.2, Excel sums' results) is not taken for extra decimals. */
export function numberToCents(value: number): Cents | null {
  const exact = exactCents(value);
  if (exact !== null) return { cents: exact, extraDecimals: false };
  const scaled = value * 100;
  // Rounded half away from zero on the value as Excel shows it (15 digits): 1234.565 → 123457.
  const shown = Number(scaled.toPrecision(15));
  const cents = Math.sign(shown) * Math.round(Math.abs(shown));
  return Number.isSafeInteger(cents) ? { cents: cents || 0, extraDecimals: true } : null;
}

/** A percentage cell's value as shown: 0.327 → 32.7 (without float noise). */
export function percentValue(value: number): number {
  return Number((value * 100).toPrecision(15));
}
