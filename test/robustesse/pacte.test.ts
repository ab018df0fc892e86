/**
 * Pacte des solidarités tables of other départements (SPEC §1.2, §3 F1/F2): axes written by their
 * number as the contract's article 3 does (« Axe 1 », « AXE N° 3 »), a Chorus column, the amounts
 * per pilier of the contract; the 2025 récapitulatif with K = G+J already corrected.
 */
import { buildWorkbook, CellSpec } from "../helpers/sheet";
import { SEED_F2_2025 } from "../core/tables/seed";
import { financial, findingAt, run, short, sumRow } from "./helpers";

const F1_HEADER = [
  "Axes de la contractualisation",
  "Imputation chorus (code chorus - description longue)",
  "Fiche action N°",
  "Intitulé de l'action",
  "A Participation État notifiée pour la convention 2024",
  "B Crédits CD affectés pour la convention 2024",
  "C Participation d'autres financeurs le cas échéant",
  "F Budget global de l'action prévu en 2024 (A+B+C)",
];

function herault(transitionCode = "030450232601"): CellSpec[][] {
  const row = (
    r: number,
    axe: string | null,
    code: string | null,
    fiche: string,
    title: string,
    a: number,
    c: number,
  ): CellSpec[] => [axe, code, fiche, title, a, a, c, { f: `=E${r}+F${r}+G${r}`, v: 2 * a + c }];
  const g: CellSpec[][] = [
    ["TABLEAU FINANCIER DU CONTRAT LOCAL DES SOLIDARITÉS - Département de l'Hérault (34)"],
    ["Prévisionnel Année 2024"],
    F1_HEADER,
  ];
  g.push(
    row(4, "Axe 1 : Enfance", "030450232301", "1.", "Parentalité", 100000, 0),
    row(5, null, null, "2.", "Crèches AVIP", 50000, 10000),
  );
  g.push(sumRow(["", "", "Sous total"], "E", "H", (c) => `=SUM(${c}4:${c}5)`, g));
  g.push(row(7, "AXE N° 3", "030450232501", "1.", "Maisons de l'accès aux droits", 200000, 0));
  g.push(sumRow(["", "", "Sous total"], "E", "H", (c) => `=SUM(${c}7)`, g));
  g.push(row(9, "Axe 4", transitionCode, "1.", "Mobilité solidaire", 80000, 0));
  g.push(sumRow(["", "", "Sous total"], "E", "H", (c) => `=SUM(${c}9)`, g));
  g.push(sumRow(["TOTAUX FINANCIERS"], "E", "H", (c) => `=${c}6+${c}8+${c}10`, g));
  return g;
}

const MERGES = { F1: { merges: ["A4:A5", "B4:B5"] } };
const PAR_PILIER = { "1": 15000000, "3": 20000000, "4": 8000000 };

describe("un F1 du Pacte aux axes numérotés comme l'article 3 du contrat", () => {
  const analysis = run([buildWorkbook("34.xlsx", { F1: herault() }, MERGES)], {
    montantNotifie: 43000000,
    montantsParPilier: PAR_PILIER,
  });

  it("est un F1 Pacte 2024 sans constat : codes Chorus cohérents avec les axes, montants par pilier justes", () => {
    const [table] = financial(analysis.tables);
    expect([table.family, table.dispositif, table.year]).toEqual(["F1", "pacte", 2024]);
    expect(short(analysis.findings)).toEqual([]);
  });

  it("compare chaque pilier à son montant notifié (« Axe 4 » est le pilier 4)", () => {
    const other = run([buildWorkbook("34.xlsx", { F1: herault() }, MERGES)], {
      montantsParPilier: { ...PAR_PILIER, "4": 9000000 },
    });
    expect(short(other.findings)).toEqual([["montant-notifie", "error", "E10"]]);
    expect(other.findings[0].message).toContain(
      "la participation de l'État du pilier 4 (colonne A du tableau, la ligne 9) est de 80\u00a0000,00\u00a0€",
    );
  });

  it("signale un code Chorus d'un autre pilier que celui de l'axe", () => {
    const wrong = run([buildWorkbook("34.xlsx", { F1: herault("030450232301") }, MERGES)]);
    expect(short(wrong.findings)).toEqual([["code-chorus", "error", "B9"]]);
    expect(findingAt(wrong.findings, "code-chorus", "B9").message).toBe(
      "B9 : le code Chorus 0304 50 23 23 01 (pilier 1) ne correspond pas à l'axe « Axe 4 » (pilier 4) : code attendu 0304 50 23 26 01.",
    );
  });
});

describe("le récapitulatif 2025 d'un département qui a corrigé K = G+J", () => {
  const header = SEED_F2_2025[4].map((h) => (h.startsWith("K ") ? "K Budget total CD prévu pour 2025 (G+J)" : h));
  // A axe, B chorus, C fiche, D intitulé, E..I = A..E, J réalisé, K..R = F..M
  const row = (
    r: number,
    head: CellSpec[],
    n: { a: number; b: number; c: number; d: number; real: number; h: number; j: number },
  ): CellSpec[] => [
    ...head,
    n.a,
    n.b,
    n.c,
    n.d,
    0,
    n.real,
    n.b,
    n.d,
    n.h,
    { f: `=K${r}+M${r}`, v: n.b + n.h },
    n.j,
    { f: `=L${r}+O${r}`, v: n.d + n.j },
    0,
    { f: `=N${r}+P${r}+Q${r}`, v: n.b + n.h + n.d + n.j },
  ];
  const g: CellSpec[][] = [
    ["TABLEAU FINANCIER RÉCAPITULATIF DU CONTRAT LOCAL DES SOLIDARITÉS"],
    ["- Région Grand Est - Département des Vosges (88)"],
    ["Prévisionnel Année 2025"],
    header,
  ];
  g.push(
    row(
      5,
      [
        "Axe Prévenir la pauvreté et lutter contre les inégalités dès l'enfance",
        "030450232301 - Contractualisation avec les départements pilier 1",
        "1.",
        "Parentalité",
      ],
      { a: 67500, b: 7500, c: 67500, d: 7500, real: 120000, h: 90000, j: 90000 },
    ),
  );
  g.push(
    row(6, [null, null, "2.", "Soutien psychologique"], { a: 90000, b: 0, c: 90000, d: 0, real: 180000, h: 100000, j: 100000 }),
  );
  g.push(sumRow(["", "", "Sous total"], "E", "R", (c) => `=SUM(${c}5:${c}6)`, g));
  g.push(sumRow(["TOTAUX FINANCIERS"], "E", "R", (c) => `=${c}7`, g));
  const analysis = run([buildWorkbook("88.xlsx", { "Récap 2025": g }, { "Récap 2025": { merges: ["A5:A6", "B5:B6"] } })]);

  it("est un F2 2025 sans aucun constat (ni l'erreur du modèle, déjà corrigée)", () => {
    const [table] = financial(analysis.tables);
    expect([table.family, table.year]).toEqual(["F2", 2025]);
    expect(short(analysis.findings)).toEqual([]);
  });
});
