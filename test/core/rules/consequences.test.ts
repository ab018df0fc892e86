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
      // w13 M15: the État report is above A+B and the reports above F − réalisé: one anomaly, one finding naming both
      "un report au-dessus de deux plafonds : un seul constat",
      f3([50000, 0, 50000, 0, 0, 100000, 80000, 0, 60000, 0, ""]),
      ["report-superieur L2 error"],
    ],
    [
      // w13 K7: B typed as text with a note, F = #VALEUR!; the réalisé is above what F is once B is converted
      "F en #VALEUR! à cause d'un montant texte lisible : jugé sur la valeur qu'il aura (réalisé > F)",
      f3([
        100000,
        "31 850,00 € (report)" as unknown as number,
        120000,
        0,
        0,
        { f: "=D2+E2+F2+G2+H2" },
        260000,
        0,
        0,
        0,
        EXPLAINED,
      ]),
      ["erreur-excel I2 info", "montant-texte E2 warning", "realise-superieur J2 error"],
    ],
    [
      "F juste : le solde non expliqué reste signalé",
      f3([150000, 0, 150000, 20000, 0, 320000, 280000, 0, 10000, 20000, ""]),
      ["solde-non-justifie J2 warning"],
    ],
  ])("%s", (_name, table, expected) => {
    expect(findings(table).filter((f) => !f.startsWith("valeur-en-dur"))).toEqual(expected);
  });

  it("le constat unique nomme les deux plafonds dépassés", () => {
    const [finding] = runRule(
      allRules.find((r) => r.meta.id === "report-superieur")!,
      f3([50000, 0, 50000, 0, 0, 100000, 80000, 0, 60000, 0, ""]),
    );
    expect(finding.message).toMatch(
      /^L2 : reports supérieurs à la part du budget non réalisée\. .* Aussi, report État supérieur aux crédits État de l'année \(versés et reportés\)\. /,
    );
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
    const negatives = runRule(
      allRules.find((r) => r.meta.id === "montant-negatif-decimales")!,
      table,
    );
    expect(negatives.map((f) => f.cell)).toEqual(["F2"]);
  });
});

describe("annexe F6 et prévisionnel F4 de la même année (w05, w19 de la revue)", () => {
  /** F4 row: thème, fiche, intitulé, A, B, C, valorisation, D, E, F, commentaire. */
  function pair(annex: (number | { f: string })[][]): Table[] {
    const f4 = financialTable({
      family: "F4",
      year: 2023,
      sheet: "Prévisionnel 2023",
      columns: [
        "axe",
        "fiche",
        "intitule",
        "etatNotifie",
        "etatReporte",
        "cdAffecte",
        "valorisation",
        "cdReporte",
        "autres",
        "budget",
        "commentaire",
      ],
      rows: [
        ["action", THEME, "1", "Accueil des jeunes", 80000, 4000, 80000, 0, 0, 0, 164000, ""],
        ["action", null, "2", "Premier accueil", 80000, 0, 80000, 0, 0, 10000, 170000, "part CAF"],
        ["total", "TOTAUX FINANCIERS", null, null, 160000, 4000, 160000, 0, 0, 10000, 334000, ""],
      ],
    });
    const f6 = financialTable({
      family: "F6",
      year: 2023,
      sheet: "Annexe",
      workbook: f4.workbook,
      columns: [["intitule", "Action"], "executeN1", "cd", "etat", "fse", "budget"],
      rows: [
        ["action", "Fiche 1 – Accueil des jeunes", ...annex[0]],
        ["action", "Fiche 2 – Premier accueil", ...annex[1]],
      ],
    });
    return [f4, f6];
  }

  function found(tables: Table[]): string[] {
    return allRules.flatMap((rule) => runRule(rule, tables).map((f) => `${f.ruleId} ${f.sheet}!${f.cell} ${f.severity}`)).sort();
  }

  it.each<[string, (number | { f: string })[][], string[]]>([
    [
      // annex CD = C+D, État = A+B: 80 000 < 84 000 there, while F4 compares C with A (80 000 = 80 000)
      "reports compris, l'annexe n'est pas jugée sur une autre base que le F4 : pas de cofinancement ; la part CAF absente de l'annexe : une information",
      [
        [0, 80000, 84000, 0, { f: "=C2+D2+E2" }],
        [0, 80000, 80000, 0, { f: "=C3+D3+E3" }],
      ],
      ["rapprochement-tableaux Annexe!F3 info"],
    ],
    [
      "total de ligne faux dans l'annexe : la formule de ligne seulement, pas un second écart avec le F4",
      [
        [0, 80000, 84000, 0, 169000],
        [0, 80000, 80000, 0, { f: "=C3+D3+E3" }],
      ],
      ["formule-ligne Annexe!F2 error", "rapprochement-tableaux Annexe!F3 info"],
    ],
    [
      "État de l'annexe faux : un constat sur l'État, pas un second sur le total qui n'en diffère que d'autant",
      [
        [0, 80000, 90000, 0, { f: "=C2+D2+E2" }],
        [0, 80000, 80000, 0, { f: "=C3+D3+E3" }],
      ],
      ["rapprochement-tableaux Annexe!D2 warning", "rapprochement-tableaux Annexe!F3 info"],
    ],
  ])("%s", (_name, annex, expected) => {
    expect(found(pair(annex))).toEqual(expected);
  });
});
