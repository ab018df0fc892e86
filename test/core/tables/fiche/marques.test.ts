/**
 * Page marks inside and around the template tables (SPEC §2; issue 8 point 5): a page break in the
 * seed's F1 of 2024 prints the préfecture's stamp, the act's ID and the page number between two
 * action rows of an axe, and the signature after the table. They are no rows of the table, no
 * title, and no finding is placed on them: the table reads as without them.
 */
import { analyze } from "../../../../src/core/engine";
import { FinancialTable } from "../../../../src/core/tables/model";
import { buildWorkbook, CellSpec } from "../../../helpers/sheet";
import { SEED_F1_2024 } from "../seed";

const MARKS: CellSpec[][] = [
  ["Reçu en préfecture le 12/07/2024"],
  [null, null, "ID : 006-220600019-20240712-DEL_2024_112-DE"],
  ["Page 2 / 3"],
];

/** The seed's F1 with the marks after its row `at` (0-based) and the signature below it. */
function withMarks(at: number): CellSpec[][] {
  return [
    ["Envoyé en préfecture le 10/07/2024"],
    ...SEED_F1_2024.slice(0, at + 1),
    ...MARKS,
    ...SEED_F1_2024.slice(at + 1),
    [],
    ["Le Président du Conseil départemental", null, "Le Préfet"],
  ];
}

function read(grid: CellSpec[][]) {
  const analysis = analyze([buildWorkbook("06.xlsx", { F1: grid })]);
  const [table] = analysis.tables as FinancialTable[];
  return { analysis, table };
}

describe("marques de page dans un tableau du modèle (F1 du contrat, l.575–591)", () => {
  const plain = read(SEED_F1_2024);
  // after « 2. Apporter un soutien psychologique… », inside the first axe
  const marked = read(withMarks(6));
  const shift = (row: number) => (row <= 6 ? row + 1 : row + 1 + MARKS.length);

  it("lit le même tableau : mêmes lignes et mêmes groupes, les marques n'en sont pas", () => {
    expect(marked.analysis.tables).toHaveLength(1);
    expect(marked.table.rows.map((r) => [r.row, r.kind, r.fiche])).toEqual(
      plain.table.rows.map((r) => [shift(r.row), r.kind, r.fiche]),
    );
    expect(marked.table.rows.map((r) => r.row)).not.toContain(8);
    expect(marked.table.groups.map((g) => g.rows.length)).toEqual(plain.table.groups.map((g) => g.rows.length));
    expect(marked.table.range.r2).toBe(shift(plain.table.range.r2));
  });

  it("ne prend pas le tampon pour un titre du tableau", () => {
    expect(marked.table.titles).toEqual(plain.table.titles);
  });

  it("donne les mêmes constats, aux mêmes cellules décalées, jamais sur une marque", () => {
    const cells = (a: typeof plain.analysis, move: (row: number) => number) =>
      a.findings.map((f) => `${f.ruleId} ${f.cell.replace(/\d+$/, (n) => String(move(Number(n) - 1) + 1))}`);
    expect(cells(marked.analysis, (r) => r)).toEqual(cells(plain.analysis, shift));
    const markRows = [8, 9, 10, 0, marked.table.range.r2 + 2].map((r) => String(r + 1));
    expect(marked.analysis.findings.filter((f) => markRows.includes(f.cell.replace(/^[A-Z]+/, "")))).toEqual([]);
    expect(marked.analysis.unmapped).toEqual([]);
  });
});
