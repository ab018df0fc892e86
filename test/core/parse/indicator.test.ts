import { EXCEL_ERROR_CODES } from "../../../src/core/parse/errors";
import { parseIndicator } from "../../../src/core/parse/indicator";
import { IndicatorParse } from "../../../src/core/parse/types";

const num = (value: number, extra: { percent?: boolean; unit?: string; date?: string } = {}): IndicatorParse => ({
  kind: "number",
  value,
  source: "text",
  percent: extra.percent ?? false,
  unit: extra.unit ?? null,
  date: extra.date ?? null,
});
const multiple = (numbers: number[], reason: string): IndicatorParse => ({ kind: "multiple", numbers, reason });
const marker = (label: string): IndicatorParse => ({ kind: "marker", marker: label });

describe("parseIndicator : nombres écrits en texte", () => {
  test.each<[string, IndicatorParse]>([
    ["45", num(45)],
    ["1 234", num(1234)],
    ["1\u00a0234,5", num(1234.5)],
    ["1\u202f604\u202f636", num(1_604_636)],
    ["32,7", num(32.7)],
    ["1.500", num(1500)],
    ["0.75", num(0.75)],
    ["-3", num(-3)],
    ["−12,5", num(-12.5)],
    ["45 %", num(45, { percent: true })],
    ["45%", num(45, { percent: true })],
    ["12,5 % des jeunes", num(12.5, { percent: true, unit: "des jeunes" })],
    ["32,7 jours", num(32.7, { unit: "jours" })],
    ["1,8 mois", num(1.8, { unit: "mois" })],
    ["35 par portefeuille", num(35, { unit: "par portefeuille" })],
    ["12 visites/mois", num(12, { unit: "visites/mois" })],
    ["150 €", num(150, { unit: "€" })],
    ["5265 (au 31/10/2022)", num(5265, { date: "au 31/10/2022" })],
    ["5265 au 31/10/2022", num(5265, { date: "au 31/10/2022" })],
    ["5265 (31.10.2022)", num(5265, { date: "31.10.2022" })],
    ["5265 (10/2022)", num(5265, { date: "10/2022" })],
    ["12 en 2022", num(12, { date: "en 2022" })],
    ["12 (2022)", num(12, { date: "2022" })],
    ["12 (fin décembre 2022)", num(12, { date: "fin décembre 2022" })],
    ["45 au 1er semestre 2022", num(45, { date: "au 1er semestre 2022" })],
    ["32,7 jours au 31 déc. 2020", num(32.7, { unit: "jours", date: "au 31 déc. 2020" })],
    ["80 % (au 30/06/2023)", num(80, { percent: true, date: "au 30/06/2023" })],
  ])("%j", (input, expected) => {
    expect(parseIndicator(input)).toEqual(expected);
  });
});

describe("parseIndicator : un nombre et sa précision, une projection (issue 7)", () => {
  const noted = (value: number, note: string): IndicatorParse => ({
    ...(num(value) as Extract<IndicatorParse, { kind: "number" }>),
    note,
  });
  test.each<[string, IndicatorParse]>([
    ["148 (sur 6 mois)", noted(148, "sur 6 mois")],
    ["41 (sur l'année 2022)", noted(41, "sur l'année 2022")],
    ["1 850 sur 10 mois", noted(1850, "sur 10 mois")],
    ["2 310 (de janvier à septembre 2023)", num(2310, { date: "de janvier à septembre 2023" })],
    ["4 120 au 30/09/2023", num(4120, { date: "au 30/09/2023" })],
  ])("%j : un seul nombre", (input, expected) => {
    expect(parseIndicator(input)).toEqual(expected);
  });

  test.each<[string, IndicatorParse]>([
    ["Action intégrée à la convention 2023", { kind: "text", text: "Action intégrée à la convention 2023" }],
    ["de janvier à septembre 2023", { kind: "text", text: "de janvier à septembre 2023" }],
    [
      "30 jeunes et 12 familles",
      multiple([30, 12], "« 30 jeunes et 12 familles » : plusieurs nombres dans la même cellule (30 et 12)"),
    ],
    ["120 (cible 150)", multiple([120, 150], "« 120 (cible 150) » : une valeur et une cible dans la même cellule (120 et 150)")],
  ])("%j : une année dans une phrase n'est pas une valeur ; deux valeurs restent deux", (input, expected) => {
    expect(parseIndicator(input)).toEqual(expected);
  });

  test("une valeur partielle et sa projection sur l'année", () => {
    const text = "2 310 (de janvier à septembre 2023) – projection sur l'année : 3 080";
    expect(parseIndicator(text)).toEqual({
      kind: "projection",
      value: 2310,
      projected: 3080,
      reason: `« ${text} » : une valeur partielle et sa projection sur l'année (2\u00a0310 et 3\u00a0080)`,
    });
  });
});

describe("parseIndicator : mentions connues (marqueurs)", () => {
  test.each<[string, string]>([
    ["nc", "NC"],
    ["NC", "NC"],
    ["n.c.", "NC"],
    ["N.C", "NC"],
    ["NR", "NR"],
    ["non renseigné", "NR"],
    ["ND", "ND"],
    ["Sans Objet", "Sans objet"],
    ["s.o.", "Sans objet"],
    ["N/A", "Sans objet"],
    ["Non contractualisé", "Non contractualisé"],
    ["NON CONTRACTUALISE", "Non contractualisé"],
    ["Non chiffré", "Non chiffré"],
    ["(action non démarrée)", "Action non démarrée"],
    ["Données en cours de compilation (cyberattaque)", "Données en cours de compilation"],
    ["Pas d'indicateur prévu", "Pas d'indicateur prévu"],
    ["Pas d’indicateur  prévu", "Pas d'indicateur prévu"],
    ["Non-renseigné", "NR"],
    ["-", "-"],
  ])("%j → %s", (input, label) => {
    expect(parseIndicator(input)).toEqual(marker(label));
  });

  test("marqueurs donnés par l'utilisateur", () => {
    expect(parseIndicator("  en Réflexion ", undefined, ["En réflexion", "à définir"])).toEqual(marker("En réflexion"));
    expect(parseIndicator("en réflexion")).toEqual({ kind: "text", text: "en réflexion" });
  });
});

describe("parseIndicator : plusieurs nombres, « dont »", () => {
  test.each<[string, IndicatorParse]>([
    ["1234 5 678", multiple([1234, 5678], "« 1234 5 678 » : nombres accolés (1\u00a0234 et 5\u00a0678)")],
    ["24 275 55", multiple([24275, 55], "« 24 275 55 » : nombres accolés (24\u00a0275 et 55)")],
    ["120 / 150", multiple([120, 150], "« 120 / 150 » : une valeur et une cible dans la même cellule (120 et 150)")],
    ["120/150", multiple([120, 150], "« 120/150 » : une valeur et une cible dans la même cellule (120 et 150)")],
    ["120 (cible 150)", multiple([120, 150], "« 120 (cible 150) » : une valeur et une cible dans la même cellule (120 et 150)")],
    [
      "120 pour un objectif de 150",
      multiple([120, 150], "« 120 pour un objectif de 150 » : une valeur et une cible dans la même cellule (120 et 150)"),
    ],
    ["10 et 15", multiple([10, 15], "« 10 et 15 » : plusieurs nombres dans la même cellule (10 et 15)")],
    ["12,5 13,5", multiple([12.5, 13.5], "« 12,5 13,5 » : plusieurs nombres dans la même cellule (12,5 et 13,5)")],
    ["120 dont 45 finalisés", { kind: "dont", total: 120, part: 45 }],
    ["1 200 personnes dont 450 femmes", { kind: "dont", total: 1200, part: 450 }],
    [
      "120 dont 45 et 30",
      multiple([120, 45, 30], "« 120 dont 45 et 30 » : plusieurs nombres dans la même cellule (120, 45 et 30)"),
    ],
  ])("%j", (input, expected) => {
    expect(parseIndicator(input)).toEqual(expected);
  });
});

describe("parseIndicator : textes, vides, erreurs", () => {
  test.each<[string, IndicatorParse]>([
    ["", { kind: "empty" }],
    [" \u00a0", { kind: "empty" }],
    ["Enquête de satisfaction en cours d'élaboration", { kind: "text", text: "Enquête de satisfaction en cours d'élaboration" }],
    ["environ 120", { kind: "text", text: "environ 120" }],
    ["0 (action non démarrée)", { kind: "text", text: "0 (action non démarrée)" }],
    ["312.222.40", { kind: "text", text: "312.222.40" }],
    [
      "3 actions lancées, bilan prévu après la première année",
      { kind: "text", text: "3 actions lancées, bilan prévu après la première année" },
    ],
    ["31/10/2022", { kind: "text", text: "31/10/2022" }],
  ])("%j", (input, expected) => {
    expect(parseIndicator(input)).toEqual(expected);
  });

  test.each(EXCEL_ERROR_CODES.map((code) => [code]))("texte %s → erreur Excel", (code) => {
    expect(parseIndicator(code)).toEqual({ kind: "error", code });
  });

  test("valeur d'erreur, logique, date", () => {
    expect(parseIndicator({ error: "#DIV/0!" })).toEqual({ kind: "error", code: "#DIV/0!" });
    expect(parseIndicator(true)).toEqual({ kind: "text", text: "VRAI" });
    expect(parseIndicator(new Date(Date.UTC(2022, 9, 31)))).toEqual({ kind: "text", text: "31/10/2022" });
    expect(parseIndicator(null)).toEqual({ kind: "empty" });
  });
});

describe("parseIndicator : cellules numériques", () => {
  const cell = (value: number, percent = false): IndicatorParse => ({
    kind: "number",
    value,
    source: "number",
    percent,
    unit: null,
    date: null,
  });

  test.each<[number, string | undefined, IndicatorParse]>([
    [5265, undefined, cell(5265)],
    [32.7, "0.0", cell(32.7)],
    [0.327, "0.0%", cell(32.7, true)],
    [0.45, "0%", cell(45, true)],
    [1.5, '0" %"', cell(1.5)],
    [0.07, "[Red]0.00%", cell(7, true)],
  ])("%p au format %p", (value, numFmt, expected) => {
    expect(parseIndicator(value, numFmt)).toEqual(expected);
  });

  test("nombre au format date, nombre non fini", () => {
    expect(parseIndicator(44865, "dd/mm/yyyy")).toEqual({ kind: "text", text: "31/10/2022" });
    expect(parseIndicator(Number.NaN)).toEqual({ kind: "text", text: "NaN" });
  });
});
