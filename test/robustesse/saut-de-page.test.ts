/**
 * A table split by a page break, its title and header repeated, the repeated part shifted one
 * column to the right (SPEC §2). Every rule must read, name and correct the cells where they
 * really are: totals whose formulas mix both parts, row formulas, comments, reports.
 */
import { buildWorkbook, CellSpec } from "../helpers/sheet";
import { f3Header, f3Row, financial, findingAt, run, short, sumRow } from "./helpers";

const TITLE = "Exécution budgétaire 2022 - Département de l'Aisne (02)";
const shifted = (cells: CellSpec[]): CellSpec[] => [null, ...cells];

interface Planted {
  /** K9 (F of fiche 3) leaves E out: « =F9+G9+H9+I9 ». */
  rowFormulaOmitsE?: boolean;
  /** Réalisé of fiche 4 lower than its budget, with no comment. */
  unexplainedBalance?: boolean;
  /** TOTAUX FINANCIERS of the report État typed by hand, wrong. */
  typedTotal?: boolean;
  /** Sous-total of the réalisé typed by hand, as it was before fiche 4 was spent less. */
  staleSousTotal?: boolean;
}

function aisne(p: Planted = {}): CellSpec[][] {
  const g: CellSpec[][] = [[TITLE], f3Header(2022)];
  g.push(
    f3Row(3, ["Prévenir toute sortie sèche de l'ASE", "030450191901", "1", "Jeunes majeurs"], {
      a: 100000,
      c: 100000,
      realise: 200000,
    }),
  );
  g.push(f3Row(4, [null, null, "2", "Logement"], { a: 50000, c: 50000, realise: 100000 }));
  g.push(sumRow(["", "", "Sous total"], "E", "N", (c) => `=SUM(${c}3:${c}4)`, g));
  g.push([]);
  g.push([TITLE]);
  g.push(shifted(f3Header(2022)));
  // The shifted part: A..O of the template are B..P of the sheet.
  const r9 = shifted(
    f3Row(9, ["Référents de parcours", "030450191904", "3", "Référents RSA"], {
      a: 80000,
      c: 80000,
      realise: 150000,
      reportEtat: 5000,
      reportCd: 5000,
    }),
  );
  r9[10] = { f: p.rowFormulaOmitsE ? "=F9+G9+H9+I9" : "=F9+G9+H9+I9+J9", v: 160000 };
  g.push(r9);
  const r10 = shifted(
    f3Row(10, [null, null, "4", "Plateforme mobilité"], { a: 30000, c: 30000, realise: p.unexplainedBalance ? 50000 : 60000 }),
  );
  r10[10] = { f: "=F10+G10+H10+I10+J10", v: 60000 };
  g.push(r10);
  g.push(sumRow(["", "", "", "Sous total"], "F", "O", (c) => `=SUM(${c}9:${c}10)`, g));
  const totals = ["E", "F", "G", "H", "I", "J", "K", "L", "M", "N"];
  const total: CellSpec[] = ["", "TOTAUX FINANCIERS"];
  totals.forEach((c, i) => {
    const next = String.fromCharCode(c.charCodeAt(0) + 1);
    total[5 + i] = { f: `=${c}5+${next}11`, v: 0 };
  });
  g.push(total);
  // Cached results of the TOTAUX row, as Excel saved them.
  totals.forEach((c, i) => {
    const next = String.fromCharCode(c.charCodeAt(0) + 1);
    const first = g[4][c.charCodeAt(0) - 65] as { v: number };
    const second = g[10][next.charCodeAt(0) - 65] as { v: number };
    (g[11][5 + i] as { v: number }).v = first.v + second.v;
  });
  if (p.typedTotal) g[11][13] = 4000;
  if (p.staleSousTotal) g[10][11] = 210000;
  return g;
}

describe("un F3 coupé par un saut de page, la partie répétée décalée d'une colonne", () => {
  const analysis = run([buildWorkbook("02.xlsx", { Exécution: aisne() })]);

  it("est une seule table, avec un segment décalé", () => {
    const [table] = financial(analysis.tables);
    expect(analysis.tables).toHaveLength(1);
    expect(table.segments?.map((s) => [s.fromRow + 1, s.toRow + 1, s.cols[4]])).toEqual([[8, 12, 5]]);
    expect(table.rows.filter((r) => r.kind === "action").map((r) => r.fiche)).toEqual(["1", "2", "3", "4"]);
  });

  it("ne donne aucun constat : TOTAUX = E5 + F11 additionne bien les deux parties", () => {
    expect(short(analysis.findings)).toEqual([]);
  });
});

describe("les erreurs plantées dans la partie décalée sont lues, nommées et corrigées à la bonne place", () => {
  const analysis = run([
    buildWorkbook("02.xlsx", {
      Exécution: aisne({ rowFormulaOmitsE: true, unexplainedBalance: true, typedTotal: true, staleSousTotal: true }),
    }),
  ]);

  it("signale chaque erreur à sa cellule de la feuille", () => {
    expect(short(analysis.findings)).toEqual([
      ["formule-incoherente", "warning", "K9"],
      ["solde-non-justifie", "warning", "L10"],
      ["sous-total", "error", "L11"],
      ["sous-total", "error", "N12"],
    ]);
  });

  it("propose des formules sur les colonnes décalées", () => {
    expect(findingAt(analysis.findings, "formule-incoherente", "K9").fix).toMatchObject({
      cell: "K9",
      formula: "=F9+G9+H9+I9+J9",
    });
    expect(findingAt(analysis.findings, "sous-total", "L11").fix).toMatchObject({ cell: "L11", formula: "=SUM(L9:L10)" });
    // TOTAUX adds the sous-total of the first part (column M) and of the shifted one (column N).
    expect(findingAt(analysis.findings, "sous-total", "N12").fix).toMatchObject({
      cell: "N12",
      formula: "=SUM(M5,N11)",
      expected: 5000,
    });
  });

  it("cherche l'explication du solde dans la colonne Commentaire décalée (P10), et y propose le commentaire", () => {
    const solde = findingAt(analysis.findings, "solde-non-justifie", "L10");
    expect(solde.message).toContain("la cellule P10 de « Commentaire » est vide");
    expect(solde.fix).toMatchObject({ kind: "comment", cell: "P10" });
  });
});

describe("une formule de total qui n'additionne qu'une des deux parties", () => {
  const sheet = aisne();
  sheet[11][5] = { f: "=E5", v: 150000 };
  const analysis = run([buildWorkbook("02.xlsx", { Exécution: sheet })]);

  it("est une formule incomplète : elle omet les lignes de la partie décalée", () => {
    expect(short(analysis.findings)).toEqual([["valeur-en-dur", "error", "F12"]]);
    expect(analysis.findings[0].message).toBe(
      "F12 : TOTAUX FINANCIERS (colonne A du tableau) a pour formule =E5, qui omet les lignes 9 et 10. " +
        "Formule à mettre : =SUM(E5,F11) (résultat attendu : 260\u00a0000,00\u00a0€).",
    );
  });
});
