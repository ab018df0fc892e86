/**
 * Rule 26 total-parties, table-driven like ESLint's RuleTester: small grids in (recognised as the
 * F7–F11 families or as zones non reconnues), the rule's findings out.
 */
import { analyze } from "../../../../src/core/engine";
import { totalParties } from "../../../../src/core/rules/fiches/total-parties";
import { buildWorkbook, CellSpec } from "../../../helpers/sheet";

interface Case {
  name: string;
  grid: CellSpec[][];
  merges?: string[];
  /** [cell, severity, fix formula or null] */
  findings: [string, string, string | null][];
  /** A piece of the first finding's message. */
  message?: string;
}

const FICHE = "Fiche 2 : Référents de parcours — budget prévisionnel 2019-2021";

const CASES: Case[] = [
  {
    name: "budget par année juste : TOTAL Etat sur ses deux lignes, « Dont » non additionné",
    grid: [
      [FICHE],
      ["Financeurs", 2019, 2020, 2021, "Total"],
      ["Département", 50000, 50000, 50000, 150000],
      ["Dont valorisation", 20000, 20000, 20000, 60000],
      ["Participation Etat", 40000, 40000, 40000, 120000],
      ["FAPI", 10000, 10000, 10000, 30000],
      ["TOTAL Etat", 50000, 50000, 50000, 150000],
      ["TOTAL", 100000, 100000, 100000, 300000],
    ],
    findings: [],
  },
  {
    name: "un centime d'écart au TOTAL : erreur, formule sur les parts (pas sur le « Dont »)",
    grid: [
      [FICHE],
      ["Financeurs", 2019, 2020],
      ["Département", 50000, 50000],
      ["Dont valorisation", 20000, 20000],
      ["Participation Etat", 40000, 40000],
      ["TOTAL", 90000.01, 90000],
    ],
    findings: [["B6", "error", "=SUM(B3,B5)"]],
    message:
      "B6 : la ligne « TOTAL » (colonne « 2019 ») vaut 90\u00a0000,01\u00a0€ alors que la somme de ses parts, « Département » (B3 : 50\u00a0000,00\u00a0€) et « Participation Etat » (B5 : 40\u00a0000,00\u00a0€), vaut 90\u00a0000,00\u00a0€ (écart : +0,01\u00a0€). Formule à mettre : =SUM(B3,B5).",
  },
  {
    name: "TOTAL Etat faux : signalé une fois, pas sur le TOTAL général ni sur la colonne Total",
    grid: [
      [FICHE],
      ["Financeurs", 2019, 2020, "Total"],
      ["Département", 50000, 50000, 100000],
      ["Participation Etat", 40000, 40000, 80000],
      ["FAPI", 10000, 10000, 20000],
      ["TOTAL Département", 50000, 50000, 100000],
      ["TOTAL Etat", 51000, 50000, 100000],
      ["TOTAL", 101000, 100000, 200000],
    ],
    findings: [["B7", "error", null]],
  },
  {
    name: "« Dont » supérieur à sa ligne",
    grid: [
      [FICHE],
      ["Financeurs", 2019, 2020],
      ["Département", 50000, 50000],
      ["dont FSE", 60000, 10000],
      ["Participation Etat", 40000, 40000],
      ["TOTAL", 90000, 90000],
    ],
    findings: [["B4", "error", null]],
    message:
      "B4 : « dont FSE » (60\u00a0000,00\u00a0€) dépasse la ligne qu'il détaille, « Département » (B3 : 50\u00a0000,00\u00a0€)",
  },
  {
    name: "coût total en tête de ses parts, montants après leur libellé (prose : aucune correction)",
    grid: [
      ["Fiche 3 : Maraudes"],
      ["Coût total de l'action : 150 000 €"],
      ["Part départementale : 75 000 €"],
      ["Participation de l'Etat : 70 000 €"],
    ],
    findings: [["A2", "error", null]],
  },
  {
    name: "colonne « Coût total » d'un tableau État / Département : formule sur la ligne",
    grid: [["Fiche 4 : Mobilité"], ["Budget Département", "Budget Etat", "Coût total"], [60000, 55000, 115500]],
    findings: [["C3", "error", "=A3+B3"]],
  },
  {
    name: "zone non reconnue qui parle de la convention : avertissement, jamais de correction",
    grid: [
      ["Crédits de la convention 2021 par territoire"],
      ["Territoire", "Montant versé"],
      ["Nord", 100],
      ["Sud", 200],
      ["Total", 301],
    ],
    findings: [["B5", "warning", null]],
    message: "(zone non reconnue : vérifiez que ces montants sont bien les parts de ce total)",
  },
  {
    name: "plusieurs montants par ligne sans en-tête d'année ou de phase : lu en partie (information), total en avertissement",
    grid: [
      ["Fiche 8 : Mobilité"],
      ["Participation de l'Etat", "100 000 €", "142 250 €"],
      ["Part du Département", "100 000 €", "142 250 €"],
      ["Coût total", "200 000 €", "284 000 €"],
    ],
    findings: [
      ["B2", "info", null],
      ["C4", "warning", null],
    ],
    message: "B2 : Lu en partie : plusieurs montants par ligne sans en-tête qui dise leur année ou leur phase",
  },
  {
    name: "des taux en pourcentage avec une ligne « Ensemble » (une moyenne, pas une somme) : rien",
    grid: [
      ["Taux de sortie positive des jeunes de la convention 2021"],
      ["Public", "Taux"],
      ["Hommes", { v: 0.45, fmt: "0%" }],
      ["Femmes", { v: 0.55, fmt: "0%" }],
      ["Ensemble", { v: 0.5, fmt: "0%" }],
    ],
    findings: [],
  },
  {
    name: "bloc étranger au contrat (budget d'un autre programme) : ni zone ni constat",
    grid: [["Budget annexe 2021"], ["Article", "Montant"], ["6568", 100], ["6574", 200], ["Total", 301]],
    findings: [],
  },
  {
    name: "sous-total sur les lignes au-dessus, total général sur les parts",
    grid: [
      ["Annexe financière – crédits 2021 par thème"],
      ["Thème", "Montant Etat 2021"],
      ["Mesures socle : ASE", 100],
      ["Mesures socle : accueil", 200],
      ["Sous-total socle", 300],
      ["Engagements à l'initiative du département", 50],
      ["TOTAL", 351],
    ],
    findings: [["B7", "error", "=SUM(B3:B4,B6)"]],
  },
  {
    name: "FAPI compté par le Département dans son TOTAL : la lecture qui accorde les totaux est prise, aucun constat",
    grid: [
      [FICHE],
      ["Financeurs", 2019, 2020, "Total"],
      ["Département", 20000, 20000, 40000],
      ["FAPI", 5000, 5000, 10000],
      ["TOTAL Département", 25000, 25000, 50000],
      ["Participation Etat", 25000, 25000, 50000],
      ["TOTAL Etat", 25000, 25000, 50000],
      ["TOTAL", 50000, 50000, 100000],
    ],
    findings: [],
  },
  {
    name: "FAPI : aucune lecture n'accorde les deux totaux ; celui qu'une autre lecture rend juste n'est qu'un avertissement, sans correction",
    grid: [
      [FICHE],
      ["Financeurs", 2019],
      ["Département", 20000],
      ["FAPI", 5000],
      ["TOTAL Département", 25000],
      ["Participation Etat", 25000],
      ["TOTAL Etat", 30000],
    ],
    findings: [["B5", "warning", null]],
    message:
      "B5 : la ligne « TOTAL Département » (colonne « 2019 ») vaut 25\u00a0000,00\u00a0€ alors que la somme de ses parts, « Département » (B3 : 20\u00a0000,00\u00a0€), vaut 20\u00a0000,00\u00a0€ (écart : +5\u00a0000,00\u00a0€). Attention : la ligne « FAPI » peut être comptée avec l'État ou avec le Département",
  },
  {
    name: "FAPI : un total faux dans toutes les lectures reste une erreur",
    grid: [
      [FICHE],
      ["Financeurs", 2019],
      ["Département", 20000],
      ["FAPI", 5000],
      ["TOTAL Département", 25000],
      ["Participation Etat", 25000],
      ["TOTAL Etat", 27000],
    ],
    findings: [["B7", "error", null]],
  },
  {
    name: "un autre financeur (CAF) compté dans le TOTAL Etat : jamais du côté de l'État, l'erreur reste",
    grid: [
      [FICHE],
      ["Financeurs", 2019],
      ["Participation Etat", 40000],
      ["Autres financeurs (CAF)", 10000],
      ["TOTAL Etat", 50000],
      ["Département", 50000],
      ["TOTAL Département", 50000],
    ],
    findings: [["B5", "error", null]],
  },
  {
    name: "année du TOTAL tapée fausse : la colonne « Total » qui l'additionne telle quelle n'est pas une seconde erreur",
    grid: [
      [FICHE],
      ["Financeurs", 2019, 2020, "Total"],
      ["Département", 20000, 20000, 40000],
      ["Participation Etat", 20000, 20000, 40000],
      ["TOTAL", 40000, 45000, 85000],
    ],
    findings: [["C5", "error", null]],
  },
];

describe("total-parties (règle 26)", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const wb = buildWorkbook("cas.xlsx", { Feuille: c.grid }, { Feuille: { merges: c.merges } });
    const findings = analyze([wb], {}, [totalParties]).findings;
    expect(findings.map((f) => [f.cell, f.severity, f.fix?.kind === "formula" ? f.fix.formula : null])).toEqual(c.findings);
    if (c.message) expect(findings[0].message).toContain(c.message);
  });
});
