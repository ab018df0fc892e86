import { parseAmount } from "../../../src/core/parse/amount";
import { EXCEL_ERROR_CODES } from "../../../src/core/parse/errors";
import { AmountParse } from "../../../src/core/parse/types";

const text = (cents: number, note: string | null = null, extraDecimals = false): AmountParse => ({
  kind: "amount",
  cents,
  source: "text",
  extraDecimals,
  note,
});
const number = (cents: number, extraDecimals = false): AmountParse => ({
  kind: "amount",
  cents,
  source: "number",
  extraDecimals,
  note: null,
});
const invalid = (reason: string): AmountParse => ({ kind: "invalid", reason });

const NBSP = "\u00a0";
const NNBSP = "\u202f";
const THIN = "\u2009";

describe("parseAmount : montants écrits en texte (SPEC §2)", () => {
  test.each<[string, AmountParse]>([
    ["67 500,00 €", text(6_750_000)],
    ["1 208 188,18 €", text(120_818_818)],
    ["59.000 €", text(5_900_000)],
    ["1.002.884,00 €", text(100_288_400)],
    ["142 250€", text(14_225_000)],
    ["89 523€€", text(8_952_300)],
    ["0 €", text(0)],
    ["0€", text(0)],
    ["0,00 €", text(0)],
    ["- €", text(0)],
    ["-", text(0)],
    ["–  €", text(0)],
    ["1 604 636", text(160_463_600)],
    ["102.000 € (postes existants)", text(10_200_000, "postes existants")],
    ["31 850,00 € (report)", text(3_185_000, "report")],
    ["10 000 € HT", text(1_000_000, "HT")],
    ["10 000 € au 31/12/2022", text(1_000_000, "au 31/12/2022")],
    [`67${NBSP}500,00${NBSP}€`, text(6_750_000)],
    [`1${NNBSP}208${NNBSP}188,18${NNBSP}€`, text(120_818_818)],
    [`1${THIN}208${THIN}188,18 €`, text(120_818_818)],
    [`  12 345,67 €\n`, text(1_234_567)],
    ["10 000 EUR", text(1_000_000)],
    ["10 000 euros", text(1_000_000)],
    ["10 000 Euros", text(1_000_000)],
    ["EUR 10 000", text(1_000_000)],
    ["150K€", text(15_000_000)],
    ["150 k€", text(15_000_000)],
    ["150 keur", text(15_000_000)],
    ["1,5 M€", text(150_000_000)],
    ["1234.56", text(123_456)],
    ["1 234.56 €", text(123_456)],
    ["0.5", text(50)],
    ["12,5", text(1_250)],
    ["12,345 €", text(1_235, null, true)],
    ["12,340 €", text(1_234)],
    ["0,005 €", text(1, null, true)],
    ["-1 234,56 €", text(-123_456)],
    ["- 1 234,56 €", text(-123_456)],
    ["−1 234,56 €", text(-123_456)],
    ["–1 234 €", text(-123_400)],
    ["€ -50", text(-5_000)],
    ["+50 €", text(5_000)],
    ["(1 234,00 €)", text(-123_400)],
    ["-0,00 €", text(0)],
  ])("%j", (input, expected) => {
    expect(parseAmount(input)).toEqual(expected);
  });
});

describe("parseAmount : textes malformés, jamais devinés", () => {
  test.each<[string, string]>([
    ["312.222.40 €", "« 312.222.40 € » : séparateurs de milliers et de décimales incohérents, montant illisible"],
    ["1,234.56 €", "« 1,234.56 € » : séparateurs de milliers et de décimales incohérents, montant illisible"],
    ["1 234.567 €", "« 1 234.567 € » : séparateurs de milliers et de décimales incohérents, montant illisible"],
    ["1234.567 €", "« 1234.567 € » : séparateurs de milliers et de décimales incohérents, montant illisible"],
    ["1,2,3 €", "« 1,2,3 € » : séparateurs de milliers et de décimales incohérents, montant illisible"],
    ["73 00€", "« 73 00€ » : groupes de chiffres qui ne sont pas des milliers, montant illisible"],
    ["24 275 55 €", "« 24 275 55 € » : groupes de chiffres qui ne sont pas des milliers, montant illisible"],
    ["1234 567 €", "« 1234 567 € » : groupes de chiffres qui ne sont pas des milliers, montant illisible"],
    ["10 000 € + 5 000 €", "« 10 000 € + 5 000 € » : plusieurs montants dans une même cellule"],
    ["10 000 € / 5 000 €", "« 10 000 € / 5 000 € » : plusieurs montants dans une même cellule"],
    ["10 000 € et 5 000 €", "« 10 000 € et 5 000 € » : plusieurs montants dans une même cellule"],
    ["10 000,00 €\n5 000,00 €", "« 10 000,00 € 5 000,00 € » : plusieurs montants dans une même cellule"],
    ["10 000 € (5 000 €)", "« 10 000 € (5 000 €) » : plusieurs montants dans une même cellule"],
    ["env. 10 000 €", "« env. 10 000 € » : du texte entoure le nombre, montant illisible"],
    ["Total : 10 000 €", "« Total : 10 000 € » : du texte entoure le nombre, montant illisible"],
    ["50 %", "« 50 % » : un pourcentage, pas un montant"],
    ["31/12/2022", "« 31/12/2022 » : une date, pas un montant"],
    ["10 000 € ?", "« 10 000 € ? » : caractères inattendus après le montant"],
    ["99999999999999999999 €", "« 99999999999999999999 € » : nombre trop grand pour un montant"],
  ])("%j", (input, reason) => {
    expect(parseAmount(input)).toEqual(invalid(reason));
  });

  test("un texte très long est cité en abrégé", () => {
    const long = `${"1 ".repeat(60)}€`;
    const parsed = parseAmount(long);
    expect(parsed.kind).toBe("invalid");
    expect(parsed.kind === "invalid" && parsed.reason).toMatch(/^« 1 1 1 .*… » : /);
  });
});

describe("parseAmount : autres textes, vides, erreurs", () => {
  test.each<[string, AmountParse]>([
    ["", { kind: "empty" }],
    ["   ", { kind: "empty" }],
    [`${NBSP}\n`, { kind: "empty" }],
    ["€", { kind: "empty" }],
    ["Sans objet", { kind: "other", text: "Sans objet" }],
    ["(report)", { kind: "other", text: "(report)" }],
    ["intitulé de l'action n°", { kind: "other", text: "intitulé de l'action n°" }],
  ])("%j", (input, expected) => {
    expect(parseAmount(input)).toEqual(expected);
  });

  test.each(EXCEL_ERROR_CODES.map((code) => [code]))("texte %s → erreur Excel", (code) => {
    expect(parseAmount(code)).toEqual({ kind: "error", code });
    expect(parseAmount(` ${code.toLowerCase()} `)).toEqual({ kind: "error", code });
  });

  test("valeur d'erreur de la cellule", () => {
    expect(parseAmount({ error: "#REF!" })).toEqual({ kind: "error", code: "#REF!" });
  });
});

describe("parseAmount : cellules numériques", () => {
  test.each<[number, AmountParse]>([
    [67500, number(6_750_000)],
    [1234.56, number(123_456)],
    [0.1 + 0.2, number(30)],
    [0.29, number(29)],
    [1234.565, number(123_457, true)],
    [-1234.565, number(-123_457, true)],
    [12.3456, number(1_235, true)],
    [-500, number(-50_000)],
    [-0, number(0)],
    [0, number(0)],
    // Results of Excel sums saved with float noise: not digits beyond the cent.
    [7660296.20000001, number(766_029_620)],
    [70327862.39999999, number(7_032_786_240)],
    [-9369728.700000001, number(-936_972_870)],
    // Digits typed beyond the cent, even on large amounts, are not noise.
    [100000000.001, number(10_000_000_000, true)],
    [7660296.205, number(766_029_621, true)],
  ])("%p", (value, expected) => {
    expect(parseAmount(value, '#,##0.00 "€"')).toEqual(expected);
  });

  test("la somme flottante de milliers de montants au centime se relit sans décimales de trop", () => {
    const amounts = Array.from({ length: 2000 }, (_, i) => (12_345_33 + i * 10_10) / 100);
    const sum = amounts.reduce((s, a) => s + a, 0);
    const cents = amounts.reduce((s, a) => s + Math.round(a * 100), 0);
    expect(sum).not.toBe(cents / 100); // 44 880 559,99999974 instead of 44 880 560,00
    expect(parseAmount(sum, '#,##0.00 "€"')).toEqual(number(cents));
  });

  test("un nombre au format date est une date", () => {
    expect(parseAmount(44865, "dd/mm/yyyy")).toEqual(
      invalid("« 31/10/2022 » : une date (valeur 44\u00a0865 au format date), pas un montant"),
    );
  });

  test.each<[unknown, string]>([
    [Number.NaN, "« NaN » : valeur numérique invalide"],
    [Number.POSITIVE_INFINITY, "« Infinity » : valeur numérique invalide"],
    [1e300, "« 1e+300 » : nombre trop grand pour un montant"],
    [true, "« VRAI » : une valeur logique, pas un montant"],
    [false, "« FAUX » : une valeur logique, pas un montant"],
    [new Date(Date.UTC(2022, 11, 31)), "« 31/12/2022 » : une date, pas un montant"],
  ])("%p", (value, reason) => {
    expect(parseAmount(value as never)).toEqual(invalid(reason));
  });

  test("cellule vide", () => {
    expect(parseAmount(null)).toEqual({ kind: "empty" });
  });
});
