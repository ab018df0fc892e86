import { cofinancement } from "../../../../src/core/rules/montants/cofinancement";
import { financialTable, runRule, summary } from "../../../helpers/ruleTester";
import { AXE1, F1, F2, F4 } from "./tables";

const PARITY = "la convention demande des financements du Département au moins équivalents à ceux de l'État";

function pacte(rows: [number | string, number | string][]) {
  return financialTable({
    family: "F1",
    dispositif: "pacte",
    year: 2024,
    columns: F1,
    rows: [
      ...rows.map(([etat, cd], i): ["action", ...(string | number | null)[]] => [
        "action",
        i === 0 ? AXE1 : null,
        `${i + 1}.`,
        `Action ${i + 1}`,
        etat,
        cd,
        0,
        0,
      ]),
      ["total", "TOTAUX FINANCIERS", null, null, 0, 0, 0, 0],
    ],
  });
}

function calpae(year: number, rows: [number, number][]) {
  return financialTable({
    family: "F4",
    dispositif: "calpae",
    year,
    columns: F4,
    rows: rows.map(([etat, cd], i) => [
      "action",
      "Référents de parcours",
      null,
      `${i + 1}`,
      `Action ${i + 1}`,
      etat,
      0,
      cd,
      0,
      0,
      0,
      "",
    ]),
  });
}

describe("cofinancement (règle 11)", () => {
  test("Pacte valide : CD ≥ 50\u00a0% de État + CD, autres financeurs en plus, lignes sans crédits ignorées", () => {
    expect(
      runRule(
        cofinancement,
        pacte([
          [67500, 67500],
          [10000, 12000],
          [0, 0],
          [0, 5000],
        ]),
      ),
    ).toEqual([]);
  });

  test("Pacte : action sous 50\u00a0% (avertissement) et tableau sous 50\u00a0% (erreur sur TOTAUX)", () => {
    const findings = runRule(
      cofinancement,
      pacte([
        [60000, 40000],
        [10000, 10000],
        [1000, 999],
      ]),
    );
    expect(summary(findings)).toEqual([
      {
        cell: "E2",
        severity: "warning",
        message:
          "E2 : part du Département de 40,0\u00a0% (CD 40\u00a0000,00\u00a0€, État 60\u00a0000,00\u00a0€), en dessous des 50\u00a0% exigés par le contrat " +
          "pour chaque action : il manque 20\u00a0000,00\u00a0€ de crédits CD.",
        fix: null,
      },
      {
        cell: "E4",
        severity: "warning",
        message:
          "E4 : part du Département de 49,9\u00a0% (CD 999,00\u00a0€, État 1\u00a0000,00\u00a0€), en dessous des 50\u00a0% exigés par le contrat " +
          "pour chaque action : il manque 1,00\u00a0€ de crédits CD.",
        fix: null,
      },
      {
        cell: "E5",
        severity: "error",
        message:
          "E5 : sur l'ensemble du tableau, part du Département de 41,8\u00a0% (CD 50\u00a0999,00\u00a0€, État 71\u00a0000,00\u00a0€), en dessous des 50\u00a0% " +
          "exigés par le contrat : il manque 20\u00a0001,00\u00a0€ de crédits CD.",
        fix: null,
      },
    ]);
    expect(findings[0].related).toEqual([{ sheet: "Feuille1", cell: "D2" }]);
    expect(findings[2].related).toEqual([]);
  });

  test("Pacte : seuil des paramètres (60\u00a0%), montants illisibles ignorés", () => {
    const findings = runRule(
      cofinancement,
      pacte([
        [40000, 50000],
        ["312.222.40\u00a0€", 1],
      ]),
      { seuilCofinancement: 0.6 },
    );
    expect(summary(findings).map((f) => f.message)).toEqual([
      "E2 : part du Département de 55,5\u00a0% (CD 50\u00a0000,00\u00a0€, État 40\u00a0000,00\u00a0€), en dessous des 60\u00a0% exigés par le contrat " +
        "pour chaque action : il manque 10\u00a0000,00\u00a0€ de crédits CD.",
    ]);
  });

  test("Pacte, récapitulatif F2 : H et J (crédits de l'année suivante)", () => {
    const table = financialTable({
      family: "F2",
      year: 2025,
      columns: F2,
      rows: [["action", AXE1, "0304 50 23 23 01", "1.", "Parentalité", 100000, 90000]],
    });
    expect(runRule(cofinancement, table).map((f) => [f.cell, f.severity])).toEqual([
      ["F2", "warning"],
      ["F2", "error"],
    ]);
  });

  test("CALPAE valide : CD au moins égal à l'État", () => {
    expect(
      runRule(
        cofinancement,
        calpae(2019, [
          [50000, 50000],
          [1000, 2000],
        ]),
      ),
    ).toEqual([]);
  });

  test("CALPAE 2019 (première année) : avertissement par action, erreur au total", () => {
    expect(
      summary(
        runRule(
          cofinancement,
          calpae(2019, [
            [50000, 40000],
            [1000, 2000],
          ]),
        ),
      ),
    ).toEqual([
      {
        cell: "G2",
        severity: "warning",
        message: `G2 : crédits CD (40\u00a0000,00\u00a0€) inférieurs aux crédits État (50\u00a0000,00\u00a0€) de 10\u00a0000,00\u00a0€ : ${PARITY}.`,
        fix: null,
      },
      {
        cell: "G3",
        severity: "error",
        message:
          "G3 : sur l'ensemble du tableau, crédits CD (42\u00a0000,00\u00a0€) inférieurs aux crédits État (51\u00a0000,00\u00a0€) de 9\u00a0000,00\u00a0€ : " +
          `${PARITY}, engagement impératif la première année (2019).`,
        fix: null,
      },
    ]);
  });

  test("CALPAE après 2019 : total en avertissement (engagement indicatif)", () => {
    const findings = runRule(cofinancement, calpae(2023, [[50000, 40000]]));
    expect(summary(findings).map((f) => [f.severity, f.message])).toEqual([
      [
        "warning",
        `G2 : crédits CD (40\u00a0000,00\u00a0€) inférieurs aux crédits État (50\u00a0000,00\u00a0€) de 10\u00a0000,00\u00a0€ : ${PARITY}.`,
      ],
      [
        "warning",
        "G2 : sur l'ensemble du tableau, crédits CD (40\u00a0000,00\u00a0€) inférieurs aux crédits État (50\u00a0000,00\u00a0€) de 10\u00a0000,00\u00a0€ : " +
          `${PARITY} (engagement indicatif après la première année) : écart à justifier.`,
      ],
    ]);
  });

  test("dispositif inconnu : rien", () => {
    const table = financialTable({ family: "F1", columns: F1, rows: [["action", AXE1, "1.", "A", 100, 0, 0, 100]] });
    expect(runRule(cofinancement, { ...table, dispositif: null })).toEqual([]);
  });

  test("plusieurs actions sous 50 % alors que le tableau est au-dessus : un seul avertissement qui les nomme (issue 7)", () => {
    const findings = runRule(
      cofinancement,
      pacte([
        [40000, 30000],
        [20000, 60000],
        [10000, 8000],
        [30000, 25000],
        [50000, 90000],
      ]),
    );
    expect(summary(findings)).toEqual([
      {
        cell: "E2",
        severity: "warning",
        message:
          "E2 : 3 actions ont un cofinancement du Département inférieur à la règle : ligne 2 (CD 30\u00a0000,00\u00a0€, État 40\u00a0000,00\u00a0€, 42,8\u00a0%), " +
          "ligne 4 (CD 8\u00a0000,00\u00a0€, État 10\u00a0000,00\u00a0€, 44,4\u00a0%), ligne 5 (CD 25\u00a0000,00\u00a0€, État 30\u00a0000,00\u00a0€, 45,4\u00a0%). " +
          "Sur l'ensemble du tableau, la part du Département est de 58,6\u00a0% (CD 213\u00a0000,00\u00a0€, État 150\u00a0000,00\u00a0€), conforme : " +
          "l'écart tient à la répartition entre actions, à justifier.",
        fix: null,
      },
    ]);
  });
});
