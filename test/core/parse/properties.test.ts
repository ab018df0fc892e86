import fc from "fast-check";
import { parseAmount } from "../../../src/core/parse/amount";
import { formatEuros, formatNumberFr } from "../../../src/core/parse/format";
import { parseIndicator } from "../../../src/core/parse/indicator";

const RUNS = { numRuns: 300 };

/** A French way of writing an amount, built independently of the code under test. */
interface Style {
  thousands: string;
  currency: string;
  minus: string;
  omitZeroCents: boolean;
}

const styleArb: fc.Arbitrary<Style> = fc.record({
  thousands: fc.constantFrom(" ", "\u00a0", "\u202f", "\u2009", "."),
  currency: fc.constantFrom("", " €", "€", "\u00a0€", "\u202f€", " EUR", " euros", "€€"),
  minus: fc.constantFrom("-", "- ", "−", "–"),
  omitZeroCents: fc.boolean(),
});

function writeAmount(cents: number, style: Style): string {
  const abs = Math.abs(cents);
  const euros = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, style.thousands);
  const centPart = abs % 100 === 0 && style.omitZeroCents ? "" : `,${String(abs % 100).padStart(2, "0")}`;
  return `${cents < 0 ? style.minus : ""}${euros}${centPart}${style.currency}`;
}

const centsArb = fc.integer({ min: -99_999_999_999, max: 99_999_999_999 });

describe("propriétés des montants", () => {
  test("un montant écrit à la française se relit au centime près", () => {
    fc.assert(
      fc.property(centsArb, styleArb, (cents, style) => {
        expect(parseAmount(writeAmount(cents, style))).toEqual({
          kind: "amount",
          cents,
          source: "text",
          extraDecimals: false,
          note: null,
        });
      }),
      RUNS,
    );
  });

  test("formatEuros se relit", () => {
    fc.assert(
      fc.property(centsArb, (cents) => {
        const parsed = parseAmount(formatEuros(cents));
        expect(parsed.kind === "amount" && parsed.cents).toBe(cents);
      }),
      RUNS,
    );
  });

  test("un nombre en euros se lit en centimes", () => {
    fc.assert(
      fc.property(centsArb, (cents) => {
        const parsed = parseAmount(cents / 100);
        expect(parsed).toEqual({ kind: "amount", cents, source: "number", extraDecimals: false, note: null });
      }),
      RUNS,
    );
  });
});

/** Texts made of the characters amounts and indicators are written with, to reach the scanner's corners. */
const cellAlphabet = fc.constantFrom(
  ..."0123456789  ,.,.€€-−–+()/%kKMeuroEURdontcible au 31/10/2022 nc".split(""),
  "\u00a0",
  "\u202f",
  "\u2009",
  "\n",
  "dont",
  "(au 31/10/2022)",
  "déc.",
  "1er",
  "#REF!",
);
const anyText = fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: cellAlphabet, maxLength: 30 }));

const AMOUNT_KINDS = ["empty", "amount", "invalid", "error", "other"];
const INDICATOR_KINDS = ["empty", "number", "marker", "multiple", "dont", "text", "error"];

describe("aucun texte ne fait échouer la lecture", () => {
  test("parseAmount", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const parsed = parseAmount(text);
        expect(AMOUNT_KINDS).toContain(parsed.kind);
        if (parsed.kind === "amount") expect(Number.isSafeInteger(parsed.cents)).toBe(true);
        if (parsed.kind === "invalid") expect(parsed.reason).toMatch(/^« .* » : /s);
      }),
      RUNS,
    );
  });

  test("parseIndicator", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const parsed = parseIndicator(text);
        expect(INDICATOR_KINDS).toContain(parsed.kind);
        if (parsed.kind === "number") expect(Number.isFinite(parsed.value)).toBe(true);
        if (parsed.kind === "multiple") expect(parsed.numbers.length).toBeGreaterThan(1);
      }),
      RUNS,
    );
  });

  test("un nombre d'indicateur écrit à la française se relit", () => {
    fc.assert(
      fc.property(fc.integer({ min: -9_999_999_999, max: 9_999_999_999 }), fc.integer({ min: 0, max: 2 }), (n, decimals) => {
        const value = n / 10 ** decimals;
        const parsed = parseIndicator(formatNumberFr(value, decimals));
        expect(parsed.kind === "number" && parsed.value).toBe(value);
      }),
      RUNS,
    );
  });
});
