/**
 * Rule 27 rapprochement-tableaux, table-driven: a récapitulatif F1 of the Pacte 2024 (seed 000,
 * l.579–591: fiches numbered per axe) and a fiche's budget or an annex; which pairs are compared,
 * and the message naming both cells and both amounts.
 */
import { analyze } from "../../../../src/core/engine";
import { Workbook } from "../../../../src/core/grid/model";
import { rapprochementTableaux } from "../../../../src/core/rules/fiches/rapprochement-tableaux";
import { buildWorkbook, CellSpec } from "../../../helpers/sheet";

const F1_HEADER = [
  "Axes de la contractualisation",
  "Fiche action N°",
  "Intitulé de l'action",
  "A Participation État notifiée pour la convention 2024",
  "B Crédits CD affectés pour la convention 2024",
  "C Participation d'autres financeurs le cas échéant",
  "F Budget global de l'action prévu en 2024 (A+B+C)",
];

/** The seed's F1 of 2024 (amounts of l.580–591), axes 3 and 4. */
const RECAP: CellSpec[][] = [
  ["Prévisionnel Année 2024"],
  F1_HEADER,
  [
    "Axe Lutter contre la grande exclusion grâce à l'accès aux droits",
    "1.",
    "Créer une gouvernance de l'accès aux droits",
    55000,
    55000,
    0,
    { f: "=D3+E3+F3", v: 110000 },
  ],
  [
    null,
    "2.",
    "Renforcer l'accueil en proximité de publics vulnérables par le déploiement des MDA sur les territoires",
    272500,
    272500,
    0,
    { f: "=D4+E4+F4", v: 545000 },
  ],
  [
    "Axe Construire une transition écologique solidaire",
    "1.",
    "Favoriser la mobilité solidaire",
    142250,
    142250,
    0,
    { f: "=D5+E5+F5", v: 284500 },
  ],
];

interface Case {
  name: string;
  fiche: CellSpec[][];
  /** The récapitulatif in another workbook. */
  apart?: boolean;
  /** [cell, related cells] of each finding. */
  findings: [string, string[]][];
  message?: string;
}

const CASES: Case[] = [
  {
    name: "la fiche de la mobilité solidaire (seed l.568) s'accorde avec le récapitulatif : rien",
    fiche: [
      ["Fiche 8 : Favoriser la mobilité solidaire"],
      ["Budgétaire", "Total : 284 500 € Part Etat : 142 250€ Part Département : 142 250 €"],
    ],
    findings: [],
  },
  {
    name: "la part de l'État d'une fiche diffère : avertissement sur la cellule de la fiche, les deux montants nommés",
    fiche: [
      ["Fiche 8 : Favoriser la mobilité solidaire — budget 2024"],
      ["Budget Etat", "Budget Département", "Coût total"],
      [140000, 142250, 282250],
    ],
    // the total differs by the same 2 250 € only: one finding, not two
    findings: [["A3", ["D5"]]],
    message:
      "A3 : la participation de l'État de la fiche 8 « Favoriser la mobilité solidaire » pour 2024 vaut 140\u00a0000,00\u00a0€ ici (A3) et " +
      "142\u00a0250,00\u00a0€ dans le tableau F1 (tableau prévisionnel (CLS)) (D5, feuille « Récapitulatif ») : écart -2\u00a0250,00\u00a0€.",
  },
  {
    name: "le récapitulatif dans un autre classeur : le message nomme le classeur",
    fiche: [["Fiche 8 : Favoriser la mobilité solidaire — budget 2024"], ["Budget Etat", "Budget Département"], [142250, 140000]],
    apart: true,
    findings: [["B3", ["E5"]]],
    message: "(E5, feuille « Récapitulatif », classeur « recapitulatif.xlsx »)",
  },
  {
    name: "même numéro de fiche (numérotée par axe) mais intitulé sans rapport : pas de rapprochement",
    fiche: [["Fiche 1 : Soutenir les épiceries sociales — budget 2024"], ["Budget Etat", "Budget Département"], [10000, 10000]],
    findings: [],
  },
  {
    name: "une fiche sur plusieurs années : seule la colonne de 2024 est comparée",
    fiche: [
      ["Fiche 2 : Renforcer l'accueil en proximité de publics vulnérables par le déploiement des MDA — budget 2024-2025"],
      ["Financeurs", 2024, 2025],
      ["Département", 272500, 300000],
      ["Participation Etat", 272500, 250000],
      ["TOTAL", 545000, 550000],
    ],
    findings: [],
  },
  {
    name: "plusieurs montants par ligne sans en-tête d'année : lus en partie, jamais rapprochés",
    fiche: [
      ["Fiche 8 : Favoriser la mobilité solidaire"],
      ["Participation de l'Etat", "100 000 €", "142 250 €"],
      ["Part du Département", "100 000 €", "142 250 €"],
      ["Coût total", "200 000 €", "284 500 €"],
    ],
    findings: [],
  },
];

function workbooks(c: Case): Workbook[] {
  if (c.apart)
    return [buildWorkbook("recapitulatif.xlsx", { Récapitulatif: RECAP }), buildWorkbook("fiche.xlsx", { Fiche: c.fiche })];
  return [buildWorkbook("contrat.xlsx", { Récapitulatif: RECAP, Fiche: c.fiche })];
}

describe("classeurs de plusieurs départements contrôlés ensemble (un dossier de la DREETS)", () => {
  const titled = (name: string): CellSpec[][] => [[`TABLEAU FINANCIER - Région PACA - Département ${name}`], ...RECAP];
  const fiche: CellSpec[][] = [
    ["Fiche 8 : Favoriser la mobilité solidaire — budget 2024"],
    ["Budget Etat", "Budget Département"],
    [100000, 100000],
  ];
  const run = (files: Record<string, Record<string, CellSpec[][]>>) =>
    analyze(
      Object.entries(files).map(([name, sheets]) => buildWorkbook(name, sheets)),
      {},
      [rapprochementTableaux],
    ).findings;

  it("la fiche d'un département n'est jamais comparée au récapitulatif d'un autre", () => {
    const findings = run({
      "var.xlsx": { Récapitulatif: titled("du Var (83)") },
      "gers.xlsx": { Récapitulatif: titled("du Gers (32)"), Note: [] },
      "fiche-gers.xlsx": { Fiche: [["Département du Gers (32)"], [], ...fiche] },
    });
    expect(findings.map((f) => [f.file, f.cell, f.related[0].file])).toEqual([
      ["fiche-gers.xlsx", "A5", "gers.xlsx"],
      ["fiche-gers.xlsx", "B5", "gers.xlsx"],
    ]);
  });

  it("une fiche sans titre qui nomme son département est rattachée par le nom de son fichier", () => {
    const findings = run({
      "var.xlsx": { Récapitulatif: titled("du Var (83)") },
      "gers.xlsx": { Récapitulatif: titled("du Gers (32)") },
      "fiche-8-gers.xlsx": { Fiche: fiche },
      "fiche-8.xlsx": { Fiche: fiche },
    });
    expect(findings.map((f) => [f.file, f.cell, f.related[0].file])).toEqual([
      ["fiche-8-gers.xlsx", "A3", "gers.xlsx"],
      ["fiche-8-gers.xlsx", "B3", "gers.xlsx"],
    ]);
  });
});

describe("rapprochement-tableaux (règle 27)", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const findings = analyze(workbooks(c), {}, [rapprochementTableaux]).findings;
    expect(findings.map((f) => [f.cell, f.related.map((r) => r.cell)])).toEqual(c.findings);
    expect(findings.every((f) => f.severity === "warning" && f.fix === null && f.sheet === "Fiche")).toBe(true);
    if (c.message) expect(findings[0].message).toContain(c.message);
  });
});
