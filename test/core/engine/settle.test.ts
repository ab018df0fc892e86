/**
 * Settling the fixes before offering them (engine/settle.ts, engine/settlement.ts): expected
 * results from the corrected workbook, empty totals as SUM, conflicts resolved by checking again,
 * fixes withdrawn with a French message when they do not settle, fixes the corrections call for.
 */
import { analyze, buildWritePlan, Finding, INDUCED_PREFIX, Rule } from "../../../src/core";
import { allRules } from "../../../src/core/rules";
import { TEMPLATE_HEADERS } from "../../helpers/ruleTester";
import { buildWorkbook, CellSpec } from "../../helpers/sheet";
import { applyWrites } from "./generated";

const today = new Date(2026, 2, 5);
const HEADER = ["axe", "fiche", "intitule", "etatNotifie", "cdAffecte", "autres", "budget"].map(
  (k) => TEMPLATE_HEADERS.F1[k as "axe"] as string,
);

function f1(rows: CellSpec[][]) {
  return buildWorkbook("pacte.xlsx", { Prévision: [["TABLEAU FINANCIER prévisionnel 2024"], HEADER, ...rows] });
}

const byCell = (findings: Finding[], ruleId: string, cell: string) => {
  const found = findings.find((f) => f.ruleId === ruleId && f.cell === cell);
  if (!found) throw new Error(`pas de constat ${ruleId} en ${cell}`);
  return found;
};
const cellFixes = (findings: Finding[]) => findings.filter((f) => f.fix && f.fix.kind !== "comment");

describe("corrections réglées avant d'être proposées", () => {
  test("le résultat attendu (correction et message) est celui du classeur une fois toutes les corrections faites", () => {
    const wb = f1([
      ["Axe 1 Prévenir", "1.", "Action 1", 100, 50, 0, { f: "=SUM(D3:F3)" }],
      [null, "2.", "Action 2", 10, 10, 5, { f: "=D4+E4" }],
      [null, "3.", "Action 3", 1, 2, 3, { f: "=SUM(D5:F5)" }],
      ["Sous total", null, null, { f: "=SUM(D3:D5)" }, { f: "=SUM(E3:E5)" }, { f: "=SUM(F3:F5)" }, 200],
      ["TOTAUX FINANCIERS", null, null, { f: "=SUM(D6)" }, { f: "=SUM(E6)" }, { f: "=SUM(F6)" }, { f: "=SUM(G3)" }],
    ]);
    const before = analyze([wb], undefined, undefined, { settle: false });
    expect(byCell(before.findings, "valeur-en-dur", "G7").message).toContain("(résultat attendu : 200,00\u00a0€)");
    const { findings } = analyze([wb]);
    // G4 gets =D4+E4+F4 (25 instead of 20): the sous-total and TOTAUX compute 181, not 176 nor 200.
    expect(byCell(findings, "sous-total", "G6").fix).toEqual({
      kind: "formula",
      sheet: "Prévision",
      cell: "G6",
      formula: "=SUM(G3:G5)",
      expected: 181,
    });
    const total = byCell(findings, "valeur-en-dur", "G7");
    expect(total.fix).toEqual({ kind: "formula", sheet: "Prévision", cell: "G7", formula: "=SUM(G6)", expected: 181 });
    expect(total.message).toBe(
      "G7 : TOTAUX FINANCIERS (colonne F du tableau) a pour formule =SUM(G3), qui omet les lignes 4 et 5. Formule à mettre : =SUM(G6) (résultat attendu : 181,00\u00a0€).",
    );
  });

  test("un sous-total d'un axe sans action reçoit =SUM de ses lignes, jamais =0, et n'est plus signalé ensuite", () => {
    const wb = f1([
      ["Axe 1 Prévenir", "1.", "Action 1", 100, 100, 0, { f: "=D3+E3+F3" }],
      ["Sous total", null, null, { f: "=SUM(D3)" }, { f: "=SUM(E3)" }, { f: "=SUM(F3)" }, { f: "=SUM(G3)" }],
      ["Axe 3 Lutter contre la grande exclusion"],
      ["Sous total", null, null, 0, { f: "=0" }, null, 0],
      ["TOTAUX FINANCIERS", null, null, { f: "=SUM(D4,D6)" }, { f: "=SUM(E4,E6)" }, { f: "=SUM(F4,F6)" }, { f: "=SUM(G4,G6)" }],
    ]);
    const analysis = analyze([wb]);
    const formulas = cellFixes(analysis.findings)
      .filter((f) => f.cell.endsWith("6"))
      .map((f) => [f.cell, f.fix?.kind === "formula" && f.fix.formula]);
    expect(formulas).toEqual([
      ["D6", "=SUM(D5)"],
      ["E6", "=SUM(E5)"],
      ["F6", "=SUM(F5)"],
      ["G6", "=SUM(G5)"],
    ]);
    const plan = buildWritePlan(analysis, cellFixes(analysis.findings), { today });
    expect(plan.conflicts).toEqual([]);
    expect(cellFixes(analyze([applyWrites(wb, plan.cells)]).findings)).toEqual([]);
  });

  test("deux règles en désaccord sur une cellule : la formule est essayée d'abord et résout les deux constats", () => {
    const wb = f1([
      ["Axe 1 Prévenir", "1.", "Action 1", 100, 100, 0, { f: "=D3+E3+F3" }],
      [null, "2.", "Action 2", 10, 10, 5, "30,00 €"],
      ["Sous total", null, null, { f: "=SUM(D3:D4)" }, { f: "=SUM(E3:E4)" }, { f: "=SUM(F3:F4)" }, { f: "=SUM(G3:G4)" }],
    ]);
    const before = analyze([wb], undefined, undefined, { settle: false });
    expect(
      cellFixes(before.findings)
        .filter((f) => f.cell === "G4")
        .map((f) => [f.ruleId, f.fix?.kind]),
    ).toEqual([
      ["formule-ligne", "formula"],
      ["montant-texte", "value"],
    ]);
    const analysis = analyze([wb]);
    const plan = buildWritePlan(analysis, cellFixes(analysis.findings), { today });
    const g4 = plan.cells.find((w) => w.cell === "G4");
    expect(g4).toMatchObject({ kind: "formula", formula: "=D4+E4+F4", expected: 25 });
    expect(g4?.findings).toEqual(["formule-ligne|pacte.xlsx|Prévision|G4", "montant-texte|pacte.xlsx|Prévision|G4"]);
    expect(byCell(analysis.findings, "montant-texte", "G4").fix).toEqual({
      kind: "formula",
      sheet: "Prévision",
      cell: "G4",
      formula: "=D4+E4+F4",
      expected: 25,
    });
    expect(plan.conflicts).toEqual([]);
  });

  test("une somme que les corrections rendent lisible est ajoutée au plan, comme constat de conséquence", () => {
    const wb = f1([
      ["Axe 1 Prévenir", "1.", "Action 1", 100, 100, "- €", { f: "=D3+E3+F3" }],
      [null, "2.", "Action 2", 10, 10, 0, { f: "=D4+E4+F4" }],
      ["Sous total", null, null, { f: "=SUM(D3:D4)" }, { f: "=SUM(E3:E4)" }, { f: "=SUM(F3:F4)" }, { f: "=0" }],
    ]);
    const analysis = analyze([wb]);
    const induced = analysis.findings.filter((f) => f.message.startsWith(INDUCED_PREFIX));
    expect(induced.map((f) => [f.ruleId, f.cell, f.fix])).toEqual([
      ["sous-total", "G5", { kind: "formula", sheet: "Prévision", cell: "G5", formula: "=SUM(G3:G4)", expected: 220 }],
    ]);
    const plan = buildWritePlan(analysis, cellFixes(analysis.findings), { today });
    expect(cellFixes(analyze([applyWrites(wb, plan.cells)]).findings)).toEqual([]);
  });
});

/** A rule that proposes, for B3 of every table, what `propose` says from the cell's current formula. */
function ruleOn(id: string, propose: (formula: string | undefined) => string): Rule {
  return {
    meta: { id, number: 90, severity: "warning", fixable: true, scope: "financier", title: id, description: id },
    check(ctx) {
      for (const table of ctx.financialTables()) {
        const formula = ctx.cell(table, 2, 1).cell?.formula;
        const next = propose(formula);
        ctx.report({
          table,
          cell: "B3",
          message: `B3 : ${id}.`,
          fix: { kind: "formula", sheet: table.sheet.name, cell: "B3", formula: next },
        });
      }
    },
  };
}

describe("corrections retirées, avec un message en français", () => {
  const wb = () =>
    f1([
      ["Axe 1 Prévenir", "1.", "Action 1", 100, 100, 0, { f: "=D3+E3+F3" }],
      ["Sous total", null, null, { f: "=SUM(D3)" }, { f: "=SUM(E3)" }, { f: "=SUM(F3)" }, { f: "=SUM(G3)" }],
    ]);

  test("une règle qui signale encore la cellule une fois sa correction écrite", () => {
    const stubborn = ruleOn("tetue", () => "=1+1");
    const analysis = analyze([wb()], undefined, [...allRules, stubborn]);
    const finding = byCell(analysis.findings, "tetue", "B3");
    expect(finding.fix).toBeNull();
    expect(finding.message).toBe(
      "B3 : tetue. La correction proposée pour B3 (feuille « Prévision ») n'est pas appliquée : une fois écrite, la cellule serait encore signalée (règle « tetue ») ; corrigez-la à la main.",
    );
    expect(buildWritePlan(analysis, [finding], { today }).cells).toEqual([]);
  });

  test("des corrections qui tournent en rond", () => {
    const flip = ruleOn("bascule", (formula) => (formula === "=1" ? "=2" : "=1"));
    const analysis = analyze([wb()], undefined, [...allRules, flip]);
    const finding = byCell(analysis.findings, "bascule", "B3");
    expect(finding.fix).toBeNull();
    expect(finding.message).toContain(
      "Corrections incompatibles pour B3 (feuille « Prévision ») : =1 (règle bascule), =2 (règle bascule) ; aucune n'est appliquée, corrigez cette cellule à la main.",
    );
  });
});
