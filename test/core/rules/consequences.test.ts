/**
 * One planted error, one finding (issue 7): a rule that depends on a computed column (F = A+…+E)
 * or on a total concludes only when its conclusion holds both as the cells stand and as the rows
 * should hold them; a total that only carries a wrong part is not reported again. Every rule is
 * run on each case: the findings are exactly the expected ones.
 */
import { allRules } from "../../../src/core/rules";
import { Table } from "../../../src/core/tables/model";
import { financialTable, runRule } from "../../helpers/ruleTester";
import { F1_COLUMNS, F3_COLUMNS } from "./credits/tables";

const THEME = "Accompagnement des jeunes";
const EXPLAINED = "part CAF versée après contrôle";

/** F3 row: A, B, C, D, E, F, réalisé, valorisation, report État, report CD, commentaire. */
type F3Amounts = [number, number, number, number, number, number | { f: string }, number, number, number, number, string];

function f3(amounts: F3Amounts): Table {
  return financialTable({ family: "F3", year: 2022, columns: F3_COLUMNS, rows: [["action", THEME, "1", "Accueil", ...amounts]] });
}

function findings(table: Table): string[] {
  return allRules.flatMap((rule) => runRule(rule, table).map((f) => `${f.ruleId} ${f.cell} ${f.severity}`)).sort();
}

describe("une anomalie plantée, un seul constat", () => {
  it.each<[string, Table, string[]]>([
    [
      // w13-like: F omits D (300 000 instead of 320 000); the reports fit the budget the row should have
      "F faux : les reports tiennent dans le budget corrigé → seule la formule de ligne",
      f3([150000, 0, 150000, 20000, 0, 300000, 290000, 0, 10000, 20000, ""]),
      ["formule-ligne I2 error"],
    ],
    [
      "F faux : les reports dépassent même le budget corrigé → aussi report-superieur",
      f3([150000, 0, 150000, 20000, 0, 300000, 290000, 0, 40000, 20000, ""]),
      ["formule-ligne I2 error", "report-superieur L2 error"],
    ],
    [
      "F faux (trop grand) : le solde n'existe qu'avec la valeur écrite → pas de solde-non-justifie",
      f3([150000, 0, 150000, 20000, 0, 340000, 290000, 0, 10000, 20000, ""]),
      ["formule-ligne I2 error"],
    ],
    [
      "F faux (trop petit) : le réalisé ne dépasse que la valeur écrite → pas de realise-superieur",
      f3([150000, 0, 150000, 20000, 0, 300000, 310000, 0, 5000, 5000, EXPLAINED]),
      ["formule-ligne I2 error"],
    ],
    [
      "F juste : le solde non expliqué reste signalé",
      f3([150000, 0, 150000, 20000, 0, 320000, 280000, 0, 10000, 20000, ""]),
      ["solde-non-justifie J2 warning"],
    ],
  ])("%s", (_name, table, expected) => {
    expect(findings(table).filter((f) => !f.startsWith("valeur-en-dur"))).toEqual(expected);
  });

  it("un montant négatif n'est signalé qu'à sa ligne, pas au sous-total tapé ni au TOTAUX qui le reprennent", () => {
    const table = financialTable({
      family: "F1",
      year: 2024,
      columns: F1_COLUMNS,
      rows: [
        ["action", "Axe 1", "1", "Accueil", 50000, 55000, -5000, { f: "=D2+E2+F2" }],
        ["action", null, "2", "Référents", 25000, 25000, 0, { f: "=D3+E3+F3" }],
        ["sousTotal", "Sous total", null, null, 75000, 80000, -5000, 150000],
        ["total", "TOTAUX FINANCIERS", null, null, { f: "=D4" }, { f: "=E4" }, -5000, { f: "=G4" }],
      ],
    });
    const negatives = runRule(allRules.find((r) => r.meta.id === "montant-negatif-decimales")!, table);
    expect(negatives.map((f) => f.cell)).toEqual(["F2"]);
  });
});
