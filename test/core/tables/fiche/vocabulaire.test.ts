/**
 * The vocabulary of the F7–F11 tables (referentiel/fiches.ts, tables/fiche/vocab.ts), table-driven:
 * page marks, line labels, header cells, label / amount texts, amounts.
 */
import { normalizeText } from "../../../../src/core/parse/text";
import { inlinePairs } from "../../../../src/core/tables/fiche/lines";
import { isPageMarkText } from "../../../../src/core/tables/fiche/marks";
import { holdsMoney, lineMeaning, readMeasure } from "../../../../src/core/tables/fiche/vocab";

describe("marques de page : jamais des lignes de tableau", () => {
  it.each([
    ["Reçu en préfecture le 28/06/2019", true],
    ["Accusé de réception en préfecture", true],
    ["Envoyé en préfecture le 12/07/2024", true],
    ["ID : 044-224400028-20210325-DEL_2021_03-DE", true],
    ["Le Président du Conseil départemental,", true],
    ["La Présidente du Conseil départemental", true],
    ["Pour le Préfet et par délégation", true],
    ["Fait à Nice, le", true],
    ["Page 3 / 12", true],
    ["3/12", true],
    ["Affiché le 02/07/2021", true],
    ["Participation Etat", false],
    ["Date de début / fin", false],
    ["Prévenir les sorties sèches de l'ASE", false],
  ])("« %s » → %s", (text, mark) => expect(isPageMarkText(normalizeText(text))).toBe(mark));
});

describe("libellés de lignes", () => {
  it.each([
    ["Département", "part", "cd", false],
    ["Conseil départemental – fonctionnement", "part", "cd", false],
    ["Part départementale", "part", "cd", false],
    ["Participation Etat", "part", "etat", false],
    ["Etat (stratégie pauvreté)", "part", "etat", false],
    ["Financement Etat (FALPAE)", "part", "etat", false],
    ["FAPI", "part", "etat", true],
    ["Autres financeurs (CAF)", "part", "autres", false],
    ["Dont valorisation des postes existants", "dont", null, false],
    ["- dont crédits FSE", "dont", "autres", false],
    ["TOTAL Département", "total", "cd", false],
    ["Total Etat", "total", "etat", false],
    ["TOTAL", "total", null, false],
    ["TOTAL GÉNÉRAL", "total", null, false],
    ["Coût total de l'action", "total", null, false],
    ["Sous-total socle", "sousTotal", null, false],
    ["Ensemble", "total", null, false],
  ])("« %s » → %s %s", (label, kind, funder, fapi) => {
    expect(lineMeaning(normalizeText(label))).toEqual({ kind, funder, fapi });
  });
});

describe("cellules d'en-tête", () => {
  it.each([
    ["2019", { year: 2019, funder: null, total: false, phase: null }],
    ["Année 2020", { year: 2020, funder: null, total: false, phase: null }],
    ["Prévu 2024", { year: 2024, funder: null, total: false, phase: "prevu" }],
    ["Exécuté 2024", { year: 2024, funder: null, total: false, phase: "realise" }],
    ["Budget Etat", { year: null, funder: "etat", total: false, phase: null }],
    ["Budget Département", { year: null, funder: "cd", total: false, phase: null }],
    ["Montant CD 2021", { year: 2021, funder: "cd", total: false, phase: null }],
    ["Coût total", { year: null, funder: null, total: true, phase: null }],
    ["Total", { year: null, funder: null, total: true, phase: null }],
  ])("« %s »", (header, expected) => expect(readMeasure(1, header)).toMatchObject(expected));

  it.each(["Indicateurs", "Intitulé de l'action", "Reste à mandater", "Fiche 1 : Prévenir les sorties sèches de l'ASE"])(
    "« %s » n'est pas une colonne de montants",
    (header) => expect(readMeasure(1, header)).toBeNull(),
  );
});

describe("montants écrits après leur libellé", () => {
  it.each([
    ["Coût total de l'action : 150 000 €", [["Coût total de l'action", "150 000 €"]]],
    [
      "Total : 284 500 € Part Etat : 142 250€ Part Département : 142 250 €",
      [
        ["Total", "284 500 €"],
        ["Part Etat", "142 250€"],
        ["Part Département", "142 250 €"],
      ],
    ],
    ["Part Département : 73 00€", [["Part Département", "73 00€"]]],
    ["Participation de l'Etat 75 000 €", [["Participation de l'Etat", "75 000 €"]]],
    ["Crédits État 2023", []],
    ["Date de début : 2024", []],
    ["Axe 1 : Prévenir la pauvreté", []],
  ])("« %s »", (text, pairs) => expect(inlinePairs(text).map((p) => [p.label, p.amount])).toEqual(pairs));
});

describe("cellules de montant", () => {
  it.each([
    [{ value: 75000 }, true],
    [{ value: "75 000 €" }, true],
    [{ value: "73 00€" }, true],
    [{ value: "312.222.40 €" }, true],
    [{ value: "- €" }, true],
    [{ value: "Fiche 2" }, false],
    [{ value: "voir annexe 2" }, false],
    [{ value: "45 %" }, false],
    [{ value: 45000, numFmt: "dd/mm/yyyy" }, false],
    [{ value: null, formula: "=B5+B6" }, true],
  ])("%j → %s", (cell, money) => expect(holdsMoney(cell)).toBe(money));
});
