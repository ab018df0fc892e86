import { analyze } from "../../../src/core/engine/analyze";
import { findingKey } from "../../../src/core/engine/context";
import { createResolver } from "../../../src/core/grid/values";
import { Workbook } from "../../../src/core/grid/model";
import { Rule, RuleContext } from "../../../src/core/rules/types";
import { Recognition, Table } from "../../../src/core/tables/model";
import { financialTable } from "../../helpers/ruleTester";

/** Recognition is replaced by the hand-built tables registered here (a workbook not registered fails). */
const mockRecognitions = new Map<Workbook, Recognition>();
jest.mock("../../../src/core/tables", () => ({
  recognize: (workbook: Workbook) => {
    const recognition = mockRecognitions.get(workbook);
    if (!recognition) throw new Error("format inattendu");
    return recognition;
  },
}));
jest.mock("../../../src/core/grid/values", () => {
  const actual = jest.requireActual("../../../src/core/grid/values");
  return { ...actual, createResolver: jest.fn(actual.createResolver) };
});

function register(...tables: Table[]): void {
  for (const table of tables) {
    const recognition = mockRecognitions.get(table.workbook) ?? { tables: [], unmapped: [] };
    recognition.tables.push(table);
    mockRecognitions.set(table.workbook, recognition);
  }
}

function rule(id: string, number: number, check: (ctx: RuleContext) => void): Rule {
  return {
    meta: { id, number, severity: "error", fixable: false, scope: "financier", title: id, description: id },
    check,
  };
}

function f3(file: string, reportEtat = 100, sheet = "Exécution 2022"): Table {
  return financialTable({
    family: "F3",
    year: 2022,
    file,
    sheet,
    columns: ["fiche", "intitule", "reportEtat"],
    rows: [["action", "1", "Accueil", reportEtat]],
  });
}

function f4(workbook: Workbook): Table {
  return financialTable({
    family: "F4",
    year: 2023,
    workbook,
    sheet: "Prévision 2023",
    columns: ["fiche", "intitule", "etatReporte"],
    rows: [["action", "1", "Accueil", { f: "=5*20" }]],
  });
}

beforeEach(() => {
  mockRecognitions.clear();
  jest.mocked(createResolver).mockClear();
});

const ERROR_RULE = (id: string, n: number, cause: string) =>
  `La règle « ${id} » (n° ${n}) s'est arrêtée sur une erreur interne (${cause}) : ses constats peuvent manquer.`;

describe("analyze", () => {
  test("chaque règle tourne une seule fois et voit les tables de tous les classeurs", () => {
    const execution = f3("execution-2022.xlsx", 120);
    const prevision = f4(new Workbook("prevision-2023.xlsx"));
    register(execution, prevision);
    const seen: string[][] = [];
    const crossYear = rule("report-incoherent", 13, (ctx) => {
      seen.push(ctx.tables.map((t) => `${t.workbook.name}:${t.family}`));
      const before = ctx.cell(execution, 1, 2).value;
      const after = ctx.cell(prevision, 1, 2).value;
      if (before !== after) {
        ctx.report({
          table: prevision,
          cell: "C2",
          message: `report ${after} ≠ ${before}`,
          related: [{ file: execution.workbook.name, sheet: execution.sheet.name, cell: "C2" }],
        });
      }
    });
    const analysis = analyze([execution.workbook, prevision.workbook], {}, [crossYear]);
    expect(seen).toEqual([["execution-2022.xlsx:F3", "prevision-2023.xlsx:F4"]]);
    expect(analysis.tables).toEqual([execution, prevision]);
    expect(analysis.errors).toEqual([]);
    expect(analysis.findings).toEqual([
      {
        ruleId: "report-incoherent",
        severity: "error",
        file: "prevision-2023.xlsx",
        sheet: "Prévision 2023",
        cell: "C2",
        message: "report 100 ≠ 120",
        related: [{ file: "execution-2022.xlsx", sheet: "Exécution 2022", cell: "C2" }],
        fix: null,
        tableId: prevision.id,
      },
    ]);
  });

  test("un lecteur de valeurs par classeur, partagé entre les règles ; réglages complétés par défaut", () => {
    const a = f3("a.xlsx");
    const b = f3("b.xlsx");
    register(a, b);
    const settingsSeen: number[] = [];
    const reader = (id: string, n: number) =>
      rule(id, n, (ctx) => {
        settingsSeen.push(ctx.settings.seuilCofinancement, ctx.settings.montantNotifie ?? 0);
        for (const t of ctx.tables) ctx.cell(t, 1, 2);
      });
    analyze([a.workbook, b.workbook], { montantNotifie: 73725000 }, [reader("r1", 1), reader("r2", 2)]);
    expect(jest.mocked(createResolver).mock.calls.map(([wb]) => wb.name)).toEqual(["a.xlsx", "b.xlsx"]);
    expect(settingsSeen).toEqual([0.5, 73725000, 0.5, 73725000]);
  });

  test("une règle qui plante est isolée : message nommant la règle, les autres règles continuent", () => {
    const table = f3("execution-2022.xlsx");
    register(table);
    const broken = rule("sous-total", 3, (ctx) => {
      ctx.report({ table, cell: "A2", message: "avant la panne" });
      throw new Error("index hors limites");
    });
    const fine = rule("erreur-excel", 7, (ctx) => ctx.report({ table, cell: "B2", message: "constat" }));
    const analysis = analyze([table.workbook], {}, [broken, fine]);
    expect(analysis.errors).toEqual([
      { file: "execution-2022.xlsx", message: ERROR_RULE("sous-total", 3, "index hors limites") },
    ]);
    expect(analysis.findings.map((f) => f.message)).toEqual(["avant la panne", "constat"]);
  });

  test("un classeur non reconnu donne une erreur en français, les autres sont contrôlés", () => {
    const table = f3("bon.xlsx");
    register(table);
    const broken = new Workbook("cassé.xlsx");
    const report = rule("erreur-excel", 7, (ctx) => ctx.report({ table, cell: "B2", message: "constat" }));
    const analysis = analyze([broken, table.workbook], {}, [report]);
    expect(analysis.errors).toEqual([
      {
        file: "cassé.xlsx",
        message: "La reconnaissance des tableaux a échoué (format inattendu) : ce classeur n'a pas été contrôlé.",
      },
    ]);
    expect(analysis.tables).toEqual([table]);
    expect(analysis.findings).toHaveLength(1);
  });

  test("constats ignorés (settings.ignores) retirés", () => {
    const table = f3("a.xlsx");
    register(table);
    const two = rule("montant-texte", 8, (ctx) => {
      ctx.report({ table, cell: "C2", message: "gardé" });
      ctx.report({ table, cell: "B2", message: "ignoré" });
    });
    const ignored = findingKey({ ruleId: "montant-texte", file: "a.xlsx", sheet: table.sheet.name, cell: "B2" });
    const analysis = analyze([table.workbook], { ignores: [ignored] }, [two]);
    expect(analysis.findings.map((f) => f.message)).toEqual(["gardé"]);
  });

  test("tri par classeur (ordre donné), feuille (ordre du classeur), ligne, colonne, numéro de règle ; doublons retirés", () => {
    const second = f3("a-second.xlsx");
    const zeta = f3("z-premier.xlsx", 0, "Zeta");
    const alpha = financialTable({ family: "F1", workbook: zeta.workbook, sheet: "Alpha", columns: ["fiche"], rows: [] });
    register(second, zeta, alpha);
    const at = (table: Table, cell: string) => ({ table, cell, message: `${table.workbook.name} ${table.sheet.name} ${cell}` });
    const late = rule("montant-negatif-decimales", 9, (ctx) => {
      ctx.report(at(second, "A1"));
      ctx.report(at(alpha, "A1"));
      ctx.report(at(zeta, "B10"));
      ctx.report(at(zeta, "AA2"));
      ctx.report(at(zeta, "B10"));
    });
    const early = rule("formule-ligne", 1, (ctx) => {
      ctx.report(at(zeta, "B10"));
      ctx.report(at(zeta, "C2"));
    });
    const analysis = analyze([zeta.workbook, second.workbook], {}, [late, early]);
    expect(analysis.findings.map((f) => `${f.message} ${f.ruleId}`)).toEqual([
      "z-premier.xlsx Zeta C2 formule-ligne",
      "z-premier.xlsx Zeta AA2 montant-negatif-decimales",
      "z-premier.xlsx Zeta B10 formule-ligne",
      "z-premier.xlsx Zeta B10 montant-negatif-decimales",
      "z-premier.xlsx Alpha A1 montant-negatif-decimales",
      "a-second.xlsx Exécution 2022 A1 montant-negatif-decimales",
    ]);
  });
});
