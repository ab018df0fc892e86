/**
 * Numbers of the sheet XML read in place in its bytes, without making a string: the shared-string index of
 * each text cell and the value of each number cell. Only the plain forms are read here (« 12 »,
 * « -3.25 »); anything else (exponent, spaces, « + », more than 15 digits) gives NaN and the
 * caller takes the general path (Number, parseInt on the text), so the result is always the
 * same as theirs.
 */

/** 10^0 … 10^15: exact doubles. */
const POWERS = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** Most significant digits read exactly: 10^15 < 2^53. */
const MAX_DIGITS = 15;

/**
 * « -?digits(.digits)? » of bytes[from, to) as Number() reads its text; NaN for any other text.
 * At most 15 digits: the digits are an exact integer m and 10^f is exact, so m / 10^f is the
 * double nearest the decimal, which is what Number() gives (the usual fast path of strtod).
 */
export function plainNumberIn(bytes: Uint8Array, from: number, to: number): number {
  let i = from;
  const negative = i < to && bytes[i] === 45; // « - »
  if (negative) i++;
  const start = i;
  let m = 0;
  let c = 0;
  for (; i < to; i++) {
    c = bytes[i] - 48;
    if (c < 0 || c > 9) break;
    m = m * 10 + c;
  }
  const whole = i - start;
  if (whole === 0) return NaN;
  let decimals = 0;
  if (i < to) {
    if (c !== 46 - 48) return NaN; // « . »
    const first = ++i;
    for (; i < to; i++) {
      c = bytes[i] - 48;
      if (c < 0 || c > 9) return NaN;
      m = m * 10 + c;
    }
    decimals = i - first;
    if (decimals === 0) return NaN;
  }
  if (whole + decimals > MAX_DIGITS) return NaN;
  const n = decimals === 0 ? m : m / POWERS[decimals];
  return negative ? -n : n;
}

/** The text of bytes[from, to) when it is 1 to 15 digits only, as a number; -1 otherwise. */
export function digitsIn(bytes: Uint8Array, from: number, to: number): number {
  if (from >= to || to - from > MAX_DIGITS) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = bytes[i] - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}
