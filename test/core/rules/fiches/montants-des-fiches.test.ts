/**
 * Rules 8 and 9 on the amounts of the fiches' budgets, annexes and zones non reconnues (SPEC §3
 * F7), table-driven: an amount typed as text matters where a formula adds it; an amount written
 * after its label is prose; an unreadable one is always an error; no fix on a zone.
 */
import { analyze } from "../../../../src/core/engine";
import { montantNegatifDecimales } from "../../../../src/core/rules/montants/montant-negatif-decimales";
import { montantTexte } from "../../../../src/core/rules/montants/montant-texte";
import { buildWorkbook, CellSpec } from "../../../helpers/sheet";

const CASES: [string, CellSpec[][], [string, string, string, string | null][]][] = [
  [
    "budget imprimé, montants en texte sans formule : rien",
    [
      ["Fiche 2 : Référents"],
      ["Financeurs", 2019, 2020],
      ["Département", "50 000 €", "50 000 €"],
      ["Participation Etat", "40 000 €", "40 000 €"],
      ["TOTAL", "90 000 €", "90 000 €"],
    ],
    [],
  ],
  [
    "montant en texte qu'une formule du tableau additionne : avertissement et conversion",
    [
      ["Fiche 2 : Référents"],
      ["Financeurs", 2019, 2020],
      ["Département", "50 000 €", 50000],
      ["Participation Etat", 40000, 40000],
      ["TOTAL", { f: "=SUM(B3:B4)", v: 40000 }, 90000],
    ],
    [["montant-texte", "warning", "B3", "value"]],
  ],
  [
    "montant illisible après son libellé : erreur, sans correction",
    [
      ["Fiche 3 : Maraudes"],
      ["Coût total de l'action : 150 000 €"],
      ["Part départementale : 73 00€"],
      ["Participation de l'Etat : 75 000 €"],
    ],
    [["montant-texte", "error", "A3", null]],
  ],
  [
    "montant négatif dans un tableau État / Département",
    [["Fiche 4 : Mobilité"], ["Budget Etat", "Budget Département"], [-5000, 10000]],
    [["montant-negatif-decimales", "error", "A3", null]],
  ],
  [
    "décimales en trop dans un tableau reconnu : arrondi proposé",
    [["Fiche 4 : Mobilité"], ["Budget Etat", "Budget Département"], [5000.125, 10000]],
    [["montant-negatif-decimales", "warning", "A3", "value"]],
  ],
  [
    "zone non reconnue : montant en texte additionné par une formule, avertissement sans correction",
    [
      ["Crédits de la convention 2021 par territoire"],
      ["Territoire", "Montant versé"],
      ["Nord", "100 €"],
      ["Sud", 200],
      ["Total", { f: "=SUM(B3:B4)", v: 200 }],
    ],
    [["montant-texte", "warning", "B3", null]],
  ],
];

describe("règles 8 et 9 sur les budgets des fiches, les annexes et les zones", () => {
  it.each(CASES)("%s", (_, grid, expected) => {
    const findings = analyze([buildWorkbook("f.xlsx", { F: grid })], {}, [montantTexte, montantNegatifDecimales]).findings;
    expect(findings.map((f) => [f.ruleId, f.severity, f.cell, f.fix?.kind ?? null])).toEqual(expected);
  });
});
