/** Findings with one cause folded into one card (model/groups.ts). */
import type { Finding } from "../../src/core/rules/types";
import { shown } from "../../src/taskpane/model/findings";
import { causeKey, cellsSummary, fixableIn, groupByCause, messageShape } from "../../src/taskpane/model/groups";

const SHEET = "Pacte 2025";

/** The K = G+I finding of the F2 template on one row (as formule-modele-k reports it). */
function templateK(row: number, amounts: [string, string, string]): Finding {
  const [g, i, total] = amounts;
  return {
    ruleId: "formule-modele-k",
    severity: "error",
    file: "recap.xlsx",
    sheet: SHEET,
    cell: `P${row}`,
    message:
      `P${row} : la formule =L${row}+N${row} calcule le budget total CD (K) comme G+I : ${g} + ${i} = ${total} au lieu de G+J. ` +
      `Formule à mettre : =L${row}+O${row}.`,
    related: [],
    fix: { kind: "formula", sheet: SHEET, cell: `P${row}`, formula: `=L${row}+O${row}`, expected: 1 },
    tableId: "t1",
  };
}

describe("regroupement des constats de même cause", () => {
  test("la même formule fausse sur 12 lignes d'un tableau : une seule carte, 12 corrections", () => {
    const findings = Array.from({ length: 12 }, (_, i) =>
      templateK(7 + i, [`${i + 1}\u00a0000,00\u00a0€`, "135\u00a0000,00\u00a0€", "150\u00a0000,00\u00a0€"]),
    );
    const groups = groupByCause(findings.map((f) => shown(f, false)));
    expect(groups).toHaveLength(1);
    expect(groups[0].items).toHaveLength(12);
    expect(fixableIn(groups[0])).toHaveLength(12);
    expect(cellsSummary(groups[0].items.map((i) => i.finding.cell))).toBe("P7:P18");
  });

  test("une autre règle, un autre tableau, une autre gravité ou une autre correction : cartes séparées", () => {
    const base = templateK(7, ["1,00\u00a0€", "2,00\u00a0€", "3,00\u00a0€"]);
    const other = [
      { ...templateK(8, ["1,00\u00a0€", "2,00\u00a0€", "3,00\u00a0€"]), ruleId: "formule-ligne" },
      { ...templateK(9, ["1,00\u00a0€", "2,00\u00a0€", "3,00\u00a0€"]), tableId: "t2" },
      { ...templateK(10, ["1,00\u00a0€", "2,00\u00a0€", "3,00\u00a0€"]), severity: "warning" as const },
      {
        ...templateK(11, ["1,00\u00a0€", "2,00\u00a0€", "3,00\u00a0€"]),
        fix: { kind: "formula" as const, sheet: SHEET, cell: "P11", formula: "=L11+N11+O11" },
      },
      { ...templateK(12, ["1,00\u00a0€", "2,00\u00a0€", "3,00\u00a0€"]), fix: null },
    ];
    const groups = groupByCause([base, ...other].map((f) => shown(f, false)));
    expect(groups.map((g) => g.items.length)).toEqual([1, 1, 1, 1, 1, 1]);
  });

  test("un message d'une autre nature dans la même règle reste à part", () => {
    const same = templateK(8, ["1,00\u00a0€", "2,00\u00a0€", "3,00\u00a0€"]);
    const note = {
      ...same,
      cell: "P9",
      message: `${same.message} (le même montant aujourd'hui parce que I = J, mais faux dès que I et J diffèrent)`,
    };
    expect(causeKey(templateK(7, ["9,00\u00a0€", "8,00\u00a0€", "7,00\u00a0€"]))).toBe(causeKey(same));
    expect(causeKey(note)).not.toBe(causeKey(same));
  });

  test("les constats ignorés ne sont jamais regroupés", () => {
    const items = [templateK(7, ["1", "2", "3"]), templateK(8, ["1", "2", "3"]), templateK(9, ["1", "2", "3"])].map((f, i) =>
      shown(f, i > 0),
    );
    expect(groupByCause(items).map((g) => g.items.length)).toEqual([1, 1, 1]);
  });

  test("forme d'un message : cellules, lettres du modèle, nombres et citations mis de côté", () => {
    expect(
      messageShape(
        "F5 : le sous-total (colonne C du tableau) est saisi en dur (10\u00a0000,00\u00a0€). Formule à mettre : =SUM(F3:F4).",
      ),
    ).toBe(
      messageShape(
        "G5 : le sous-total (colonne F du tableau) est saisi en dur (290\u00a0000,00\u00a0€). Formule à mettre : =SUM(G3:G4).",
      ),
    );
    expect(messageShape("E3 : texte « Données en cours »")).toBe(messageShape("E9 : texte « n.c. »"));
  });

  test("résumé des cellules", () => {
    expect(cellsSummary(["P7"])).toBe("P7");
    expect(cellsSummary(["D5", "F5", "H5"])).toBe("D5, F5, H5");
    expect(cellsSummary(["P7", "P8", "P9", "P12", "Q3"])).toBe("P7:P9, P12, Q3");
    expect(cellsSummary(["A1", "C1", "E1", "G1", "I1", "K1"])).toBe("A1, C1, E1 et 3 autres");
  });
});
