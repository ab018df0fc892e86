import { Workbook } from "../../../../src/core/grid/model";
import { reportIncoherent } from "../../../../src/core/rules/credits/report-incoherent";
import { ColumnKey } from "../../../../src/core/referentiel/types";
import { FinancialRowKind } from "../../../../src/core/tables/model";
import { financialTable, runRule, summary } from "../../../helpers/ruleTester";
import { CellSpec } from "../../../helpers/sheet";
import { F1_COLUMNS, F2_COLUMNS, F3_COLUMNS, F4_COLUMNS } from "./tables";

const THEME = "Accompagnement des jeunes sortant de l'ASE";
const PRINCIPLE = "Les crédits reportés sur 2023 doivent être les montants « à reporter en 2023 » de l'année précédente.";
const REPORT_ETAT = "« Montant à reporter en 2023 - Part Etat »";
const REPORT_CD = "« Montant à reporter en 2023 - Part CD »";

type Row = [FinancialRowKind, ...CellSpec[]];

/** Exécution of a year (F3, 2022 by default): fiche, title, then the reports État and CD of each action. */
function execution2022(workbook: Workbook, actions: [string, string, number, number][], sheet = "Exécution 2022", year = 2022) {
  const rows: Row[] = actions.map(([fiche, title, etat, cd], i) => [
    "action",
    i === 0 ? THEME : null,
    fiche,
    title,
    1000,
    0,
    1000,
    0,
    0,
    2000,
    2000 - etat - cd,
    0,
    etat,
    cd,
    null,
  ]);
  const columns = F3_COLUMNS.map((key): ColumnKey | [ColumnKey, string] => {
    if (key === "reportEtat") return [key, `Montant à reporter en ${year + 1} - Part Etat`];
    return key === "reportCd" ? [key, `Montant à reporter en ${year + 1} - Part CD`] : key;
  });
  return financialTable({ family: "F3", year, workbook, sheet, columns, rows: [...rows, ["total", "TOTAUX FINANCIERS"]] });
}

/** Prévisionnel 2023 (F4): fiche, title, then the credits État and CD 2022 reportés sur 2023. */
function prevision2023(workbook: Workbook, actions: [string, string, CellSpec, CellSpec][], sheet = "Prévisionnel 2023") {
  const rows: Row[] = actions.map(([fiche, title, etat, cd], i) => [
    "action",
    i === 0 ? THEME : null,
    fiche,
    title,
    1000,
    etat,
    1000,
    0,
    cd,
    0,
    null,
    null,
  ]);
  return financialTable({
    family: "F4",
    year: 2023,
    workbook,
    sheet,
    columns: F4_COLUMNS,
    rows: [...rows, ["total", "TOTAUX FINANCIERS"]],
  });
}

describe("report-incoherent (règle 13)", () => {
  test("reports repris à l'identique, dans une autre feuille du même classeur", () => {
    const wb = new Workbook("calpae.xlsx");
    const tables = [
      execution2022(wb, [
        ["1", "Accueil social", 300, 200],
        ["2", "Référents de parcours", 0, 0],
      ]),
      prevision2023(wb, [
        ["1.", "Accueil social", 300, "200,00\u00a0€"],
        ["2", "Référents de parcours", null, 0],
      ]),
    ];
    expect(runRule(reportIncoherent, tables)).toEqual([]);
  });

  test("écart sur une action, d'une feuille à l'autre : correction = le montant de N−1, et écart au total", () => {
    const wb = new Workbook("calpae.xlsx");
    const tables = [
      execution2022(wb, [
        ["1", "Accueil social", 300, 200],
        ["2", "Référents de parcours", 0, 0],
      ]),
      prevision2023(wb, [
        ["1", "Accueil social", 300, 150],
        ["2", "Référents de parcours", 0, 0],
      ]),
    ];
    const findings = runRule(reportIncoherent, tables);
    expect(summary(findings)).toEqual([
      {
        cell: "H2",
        severity: "error",
        message:
          `H2 : D = 150,00\u00a0€ mais ${REPORT_CD} = 200,00\u00a0€ pour cette action dans le tableau de 2022 ` +
          `(M2, feuille « Exécution 2022 ») : écart de 50,00\u00a0€. ${PRINCIPLE}`,
        fix: { kind: "value", sheet: "Prévisionnel 2023", cell: "H2", value: 200 },
      },
      {
        cell: "H4",
        severity: "error",
        message:
          `H4 : total de D = 150,00\u00a0€ (somme des actions) mais total de ${REPORT_CD} = 200,00\u00a0€ dans le tableau de 2022 ` +
          `(M4, feuille « Exécution 2022 ») : écart de 50,00\u00a0€. ${PRINCIPLE}`,
        fix: null,
      },
    ]);
    expect(findings.map((f) => [f.file, f.sheet, f.related])).toEqual([
      ["calpae.xlsx", "Prévisionnel 2023", [{ sheet: "Exécution 2022", cell: "M2" }]],
      ["calpae.xlsx", "Prévisionnel 2023", [{ sheet: "Exécution 2022", cell: "M4" }]],
    ]);
  });

  test("d'un classeur à l'autre : le classeur de N−1 est nommé", () => {
    const tables = [
      execution2022(new Workbook("execution-2022.xlsx"), [["1", "Accueil social", 300, 0]]),
      prevision2023(new Workbook("prevision-2023.xlsx"), [["1", "Accueil social", 0, 0]]),
    ];
    const [first] = runRule(reportIncoherent, tables);
    expect(first.message).toBe(
      `E2 : B = 0,00\u00a0€ mais ${REPORT_ETAT} = 300,00\u00a0€ pour cette action dans le tableau de 2022 ` +
        `(L2, feuille « Exécution 2022 », classeur « execution-2022.xlsx ») : écart de 300,00\u00a0€. ${PRINCIPLE}`,
    );
    expect(first.file).toBe("prevision-2023.xlsx");
    expect(first.related).toEqual([{ file: "execution-2022.xlsx", sheet: "Exécution 2022", cell: "L2" }]);
    expect(first.fix).toEqual({ kind: "value", sheet: "Prévisionnel 2023", cell: "E2", value: 300 });
  });

  test("report non repris (N−1 sans action en N) et report sans origine (N sans action en N−1)", () => {
    const tables = [
      execution2022(new Workbook("execution-2022.xlsx"), [
        ["1", "Accueil social", 300, 0],
        ["2", "Maraudes", 100, 50],
      ]),
      prevision2023(new Workbook("prevision-2023.xlsx"), [
        ["1", "Accueil social", 300, 0],
        ["3", "Mobilité solidaire", 0, 80],
      ]),
    ];
    const findings = runRule(reportIncoherent, tables);
    expect(findings.map((f) => [f.file, f.cell, f.message, f.related])).toEqual([
      [
        "execution-2022.xlsx",
        "L3",
        `L3 : report non repris : ${REPORT_ETAT} = 100,00\u00a0€ (L3) et ${REPORT_CD} = 50,00\u00a0€ (M3) pour l'action 2 « Maraudes », ` +
          `sans action correspondante dans le tableau de 2023 (feuille « Prévisionnel 2023 », classeur « prevision-2023.xlsx »). ${PRINCIPLE}`,
        [{ file: "prevision-2023.xlsx", sheet: "Prévisionnel 2023", cell: "E1" }],
      ],
      [
        "prevision-2023.xlsx",
        "H3",
        "H3 : report sans origine : D = 80,00\u00a0€ (H3) pour l'action 3 « Mobilité solidaire », sans action correspondante " +
          `dans le tableau de 2022 (feuille « Exécution 2022 », classeur « execution-2022.xlsx »). ${PRINCIPLE}`,
        [{ file: "execution-2022.xlsx", sheet: "Exécution 2022", cell: "L1" }],
      ],
      [
        "prevision-2023.xlsx",
        "E4",
        expect.stringContaining("E4 : total de B = 300,00\u00a0€ (somme des actions) mais total de"),
        expect.anything(),
      ],
      [
        "prevision-2023.xlsx",
        "H4",
        expect.stringContaining("H4 : total de D = 80,00\u00a0€ (somme des actions)"),
        expect.anything(),
      ],
    ]);
  });

  test("actions renumérotées : rapprochement par « ex-fiche » puis par intitulé, signalé dans le message", () => {
    const wb = new Workbook("calpae.xlsx");
    const tables = [
      execution2022(wb, [
        ["3", "Maraudes", 100, 0],
        ["4", "Premier accueil social inconditionnel de proximité", 200, 0],
      ]),
      prevision2023(wb, [
        ["5", "Maraudes mixtes (ex-fiche 3)", 90, 0],
        ["6", "Accueil social inconditionnel de proximité", 210, 0],
      ]),
    ];
    expect(runRule(reportIncoherent, tables).map((f) => f.message)).toEqual([
      `E2 : B = 90,00\u00a0€ mais ${REPORT_ETAT} = 100,00\u00a0€ pour cette action dans le tableau de 2022 (L2, feuille « Exécution 2022 ») : ` +
        `écart de 10,00\u00a0€. ${PRINCIPLE} Action rapprochée par la mention « ex-fiche 3 » de son intitulé.`,
      `E3 : B = 210,00\u00a0€ mais ${REPORT_ETAT} = 200,00\u00a0€ pour cette action dans le tableau de 2022 (L3, feuille « Exécution 2022 ») : ` +
        `écart de 10,00\u00a0€. ${PRINCIPLE} Action rapprochée par la ressemblance des intitulés ` +
        "(« Premier accueil social inconditionnel de proximité ») : à vérifier.",
    ]);
  });

  test("origine incertaine (issue 7) : avertissement sans correction ; origine certaine : erreur corrigée", () => {
    const wb = new Workbook("calpae.xlsx");
    const tables = [
      execution2022(wb, [
        ["3", "Plateforme mobilité", 600, 0],
        ["6.1", "Fiche 9 : Accompagnement numérique", 1000, 0],
        ["7", "Ateliers santé collectifs", 300, 0],
      ]),
      prevision2023(wb, [
        ["3", "Chantier d'insertion numérique", 0, 0],
        ["5", "Plateforme de mobilité solidaire", 500, 0],
        ["4", "Accompagnement numérique (report ex- Fiche 9)", 900, 0],
        ["8", "Ateliers pour les allocataires (ex-fiche 12)", 300, 0],
      ]),
    ];
    const findings = runRule(reportIncoherent, tables).sort((a, b) => a.cell.localeCompare(b.cell));
    expect(findings.map((f) => [f.cell, f.severity, f.fix === null])).toEqual([
      ["E3", "warning", true],
      ["E4", "error", false],
      ["E5", "warning", true],
      ["E6", "error", true],
      ["L4", "warning", true],
    ]);
    expect(findings[0].message).toContain(
      "Action rapprochée par la ressemblance des intitulés (« Plateforme mobilité ») : à vérifier.",
    );
    expect(findings[1].message).toContain("Action rapprochée par la mention « ex-fiche 9 » de son intitulé.");
    expect(findings[2].message).toContain(
      "Son intitulé cite l'ex-fiche 12, qui n'y figure pas ou est déjà rapprochée d'une autre action.",
    );
  });

  test("plusieurs tableaux de N−1 : celui du même classeur, et le message le dit", () => {
    const wb = new Workbook("calpae.xlsx");
    const tables = [
      execution2022(new Workbook("autre.xlsx"), [["1", "Accueil social", 999, 0]]),
      execution2022(wb, [["1", "Accueil social", 300, 0]]),
      prevision2023(wb, [["1", "Accueil social", 250, 0]]),
    ];
    expect(runRule(reportIncoherent, tables).map((f) => f.message)[0]).toBe(
      `E2 : B = 250,00\u00a0€ mais ${REPORT_ETAT} = 300,00\u00a0€ pour cette action dans le tableau de 2022 (L2, feuille « Exécution 2022 ») : ` +
        `écart de 50,00\u00a0€. ${PRINCIPLE} 2 tableaux conviennent : comparaison avec celui du même classeur (feuille « Exécution 2022 »).`,
    );
  });

  test("pas de tableau de l'année précédente, autre dispositif ou montant illisible : pas de constat", () => {
    const wb = new Workbook("calpae.xlsx");
    const execution2021 = execution2022(wb, [["1", "Accueil social", 300, 0]], "Exécution 2021", 2021);
    const pacte = { ...execution2022(wb, [["1", "Accueil social", 300, 0]], "Autre"), dispositif: "pacte" as const };
    const unreadable = prevision2023(new Workbook("b.xlsx"), [["1", "Accueil social", "312.222.40\u00a0€", 0]]);
    expect(runRule(reportIncoherent, [execution2021, pacte, prevision2023(wb, [["1", "Accueil social", 0, 0]])])).toEqual([]);
    const source = execution2022(new Workbook("a.xlsx"), [["1", "Accueil social", 300, 0]]);
    expect(runRule(reportIncoherent, [source, unreadable])).toEqual([]);
  });

  test("Pacte : A, C, E du récapitulatif 2025 = A, B, C du prévisionnel 2024 (autre classeur)", () => {
    const f1 = financialTable({
      family: "F1",
      year: 2024,
      file: "prevision-2024.xlsx",
      sheet: "Prévisionnel 2024",
      columns: F1_COLUMNS,
      rows: [
        [
          "action",
          "Axe Prévenir la pauvreté et lutter contre les inégalités dès l'enfance",
          "1.",
          "Parentalité",
          67500,
          67500,
          0,
          135000,
        ],
        [
          "action",
          "Axe Lutter contre la grande exclusion grâce à l'accès aux droits",
          "1.",
          "Gouvernance",
          55000,
          55000,
          0,
          110000,
        ],
      ],
    });
    const f2 = financialTable({
      family: "F2",
      year: 2025,
      file: "recapitulatif-2025.xlsx",
      sheet: "Récapitulatif",
      columns: F2_COLUMNS,
      rows: [
        [
          "action",
          "Axe Prévenir la pauvreté et lutter contre les inégalités dès l'enfance",
          "1",
          "Parentalité",
          67500,
          0,
          67500,
          0,
          0,
          135000,
          0,
          0,
        ],
        [
          "action",
          "Axe Lutter contre la grande exclusion grâce à l'accès aux droits",
          "1",
          "Gouvernance",
          55000,
          0,
          50000,
          0,
          0,
          105000,
          0,
          0,
        ],
      ],
    });
    expect(summary(runRule(reportIncoherent, [f1, f2]))).toEqual([
      {
        cell: "F3",
        severity: "error",
        message:
          "F3 : C = 50\u00a0000,00\u00a0€ mais B = 55\u00a0000,00\u00a0€ pour cette action dans le tableau de 2024 " +
          "(E3, feuille « Prévisionnel 2024 », classeur « prevision-2024.xlsx ») : écart de 5\u00a0000,00\u00a0€. " +
          "Les crédits versés et affectés en 2024 doivent être ceux prévus pour 2024.",
        fix: { kind: "value", sheet: "Récapitulatif", cell: "F3", value: 55000 },
      },
      {
        cell: "F1",
        severity: "error",
        message:
          "F1 : total de C = 117\u00a0500,00\u00a0€ (somme des actions) mais total de B = 122\u00a0500,00\u00a0€ dans le tableau de 2024 " +
          "(E1, feuille « Prévisionnel 2024 », classeur « prevision-2024.xlsx ») : écart de 5\u00a0000,00\u00a0€. " +
          "Les crédits versés et affectés en 2024 doivent être ceux prévus pour 2024.",
        fix: null,
      },
    ]);
  });

  test("Pacte : F et G « à reporter en 2025 » du récapitulatif = crédits reportés sur 2025 d'un tableau de 2025, s'il existe", () => {
    const wb = new Workbook("pacte.xlsx");
    const axe = "Axe Construire une transition écologique solidaire";
    const recap = financialTable({
      family: "F2",
      year: 2025,
      workbook: wb,
      sheet: "Récapitulatif 2025",
      columns: F2_COLUMNS,
      rows: [["action", axe, "1", "Mobilité solidaire", 1000, 200, 1000, 100, 0, 1700, 200, 100]],
    });
    expect(runRule(reportIncoherent, recap)).toEqual([]);
    const execution = financialTable({
      family: "F3",
      dispositif: "pacte",
      year: 2025,
      workbook: wb,
      sheet: "Exécution 2025",
      columns: [
        "axe",
        "fiche",
        "intitule",
        ["etatReporte", "B Crédits État 2024 reportés sur 2025"],
        ["cdReporte", "D Crédits CD 2024 reportés sur 2025"],
      ],
      rows: [["action", axe, "1", "Mobilité solidaire", 200, 80]],
    });
    expect(runRule(reportIncoherent, [recap, execution]).map((f) => [f.cell, f.fix])).toEqual([
      ["E2", { kind: "value", sheet: "Exécution 2025", cell: "E2", value: 100 }],
      ["E1", null],
    ]);
  });
});
