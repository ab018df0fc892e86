import { Analysis } from "../../../src/core/engine/analyze";
import { findingKey } from "../../../src/core/engine/context";
import { buildWritePlan } from "../../../src/core/engine/writePlan";
import { Workbook } from "../../../src/core/grid/model";
import { Finding, Fix } from "../../../src/core/rules/types";
import { Table } from "../../../src/core/tables/model";
import { financialTable, indicatorTable } from "../../helpers/ruleTester";
import { finding } from "../report/sample";

const today = new Date(2026, 2, 5);
const workbook = new Workbook("dep.xlsx");
const execution = financialTable({
  family: "F3",
  workbook,
  sheet: "Exécution",
  columns: ["fiche", "realise", "budget", "reportEtat", "commentaire"],
  rows: [
    ["action", "1", 10, 20, 0, "déjà écrit"],
    ["action", "2", 10, 20, 0],
    ["total", "TOTAUX FINANCIERS", 20, 40, 0],
  ],
});
const prevision = financialTable({
  family: "F1",
  workbook,
  sheet: "Prévision",
  columns: ["fiche", "budget"],
  rows: [["action", "1", 5]],
});
const matrix = indicatorTable({
  workbook,
  sheet: "Indicateurs",
  columns: [
    ["indicateur", "Indicateurs locaux"],
    ["cible", "Cible 2025", 2025],
    ["resultat", "Résultat atteint en 2025", 2025],
    ["justification", "Justification des écarts le cas échéant"],
  ],
  rows: [{ cells: ["Nombre de contrats", 100, 60] }],
});
const analysis: Analysis = {
  workbooks: [workbook],
  tables: [execution, prevision, matrix],
  unmapped: [],
  findings: [],
  errors: [],
};

type FixOnTable = Fix extends infer F ? (F extends Fix ? Omit<F, "sheet"> : never) : never;

function withFix(table: Table, ruleId: string, cell: string, fix: FixOnTable): Finding {
  return finding(table, { ruleId, cell, message: `constat ${ruleId} ${cell}`, fix: { ...fix, sheet: table.sheet.name } as Fix });
}

describe("plan d'écriture : cellules", () => {
  test("deux corrections identiques sur une cellule fusionnent leurs constats ; le résultat attendu est celui du classeur corrigé", () => {
    const a = withFix(execution, "formule-ligne", "C2", { kind: "formula", cell: "C2", formula: "=SUM(A2:B2)", expected: 20 });
    const b = withFix(execution, "valeur-en-dur", "C2", { kind: "formula", cell: "$C$2", formula: " = sum(A2:B2) " });
    const plan = buildWritePlan(analysis, [a, b], { today });
    expect(plan.conflicts).toEqual([]);
    // A2 holds the fiche number « 1 » as text, which SUM leaves out: 10, not the 20 announced.
    expect(plan.cells).toEqual([
      {
        file: "dep.xlsx",
        sheet: "Exécution",
        cell: "C2",
        kind: "formula",
        formula: "=SUM(A2:B2)",
        expected: 10,
        findings: [findingKey(a), findingKey(b)],
      },
    ]);
    expect(plan.corrected.value("dep.xlsx", "Exécution", "C2")).toBe(10);
  });

  test("deux contenus différents : la formule d'abord, gardée quand les règles n'y trouvent plus rien", () => {
    const a = withFix(execution, "formule-ligne", "C3", { kind: "formula", cell: "C3", formula: "=A3+B3" });
    const b = withFix(execution, "sous-total", "C3", { kind: "value", cell: "C3", value: 12.5 });
    const c = withFix(execution, "montant-texte", "B3", { kind: "value", cell: "B3", value: 10 });
    const plan = buildWritePlan(analysis, [a, b, c], { today });
    expect(plan.cells.map((w) => [w.cell, w.kind, w.value ?? w.formula, w.expected])).toEqual([
      ["C3", "formula", "=A3+B3", 12],
      ["B3", "value", 10, undefined],
    ]);
    expect(plan.cells[0].findings).toEqual([findingKey(a), findingKey(b)]);
    expect(plan.conflicts).toEqual([]);
  });

  test("deux nombres différents pour une cellule, sans formule : conflit, aucun n'est écrit", () => {
    const a = withFix(execution, "report-incoherent", "D3", { kind: "value", cell: "D3", value: 5 });
    const b = withFix(execution, "montant-texte", "D3", { kind: "value", cell: "D3", value: 6 });
    const plan = buildWritePlan(analysis, [a, b], { today });
    expect(plan.cells).toEqual([]);
    expect(plan.conflicts).toEqual([
      {
        file: "dep.xlsx",
        sheet: "Exécution",
        cell: "D3",
        message:
          "Corrections incompatibles pour D3 (feuille « Exécution ») : 6 (règle montant-texte), 5 (règle report-incoherent) ; aucune n'est appliquée, corrigez cette cellule à la main.",
        findings: [findingKey(a), findingKey(b)],
      },
    ]);
  });

  test("hors de tout tableau reconnu, le résultat attendu est aussi celui du classeur corrigé", () => {
    const wb = new Workbook("libre.xlsx");
    wb.addSheet("Libre").set(0, 0, { value: 2 });
    const fix: Finding = {
      ruleId: "essai",
      severity: "warning",
      file: "libre.xlsx",
      sheet: "Libre",
      cell: "B1",
      message: "B1",
      related: [],
      fix: { kind: "formula", sheet: "Libre", cell: "B1", formula: "=A1*3" },
      tableId: null,
    };
    const plan = buildWritePlan({ workbooks: [wb], tables: [], unmapped: [], findings: [fix], errors: [] }, [fix], { today });
    expect(plan.cells.map((w) => [w.cell, w.expected])).toEqual([["B1", 6]]);
  });

  test("une formule qui donnerait une erreur une fois tout écrit est retirée, en français", () => {
    const a = withFix(execution, "formule-ligne", "C3", { kind: "formula", cell: "C3", formula: "=B3/D3" });
    const plan = buildWritePlan(analysis, [a], { today });
    expect(plan.cells).toEqual([]);
    expect(plan.conflicts).toEqual([
      {
        file: "dep.xlsx",
        sheet: "Exécution",
        cell: "C3",
        message:
          "La correction proposée pour C3 (feuille « Exécution ») n'est pas appliquée : une fois les corrections faites, la formule =B3/D3 donnerait #DIV/0!.",
        findings: [findingKey(a)],
      },
    ]);
  });

  test("une formule et un nombre égal à son résultat attendu s'accordent : la formule l'emporte", () => {
    const a = withFix(execution, "valeur-en-dur", "C4", { kind: "formula", cell: "C4", formula: "=SUM(C2:C3)", expected: 40 });
    const b = withFix(execution, "montant-texte", "C4", { kind: "value", cell: "C4", value: 40 });
    const plan = buildWritePlan(analysis, [a, b], { today });
    expect(plan.cells).toEqual([
      {
        file: "dep.xlsx",
        sheet: "Exécution",
        cell: "C4",
        kind: "formula",
        formula: "=SUM(C2:C3)",
        expected: 40,
        findings: [findingKey(a), findingKey(b)],
      },
    ]);
  });

  test("un total écrit dans une cellule sans format prend le format de sa colonne ; une cellule formatée garde le sien", () => {
    const wb = new Workbook("fmt.xlsx");
    const t = financialTable({
      family: "F1",
      workbook: wb,
      columns: ["fiche", "etatNotifie", "cdAffecte"],
      rows: [
        ["action", "1", { v: 10, fmt: '#,##0.00 "€"' }, { v: 5, fmt: "0.00" }],
        ["action", "2", { v: 20, fmt: '#,##0.00 "€"' }, { v: 5, fmt: "0.00" }],
        ["total", "TOTAUX FINANCIERS", null, { v: 1, fmt: "#,##0" }],
      ],
    });
    const empty = withFix(t, "total-colonne-manquante", "B4", {
      kind: "formula",
      cell: "B4",
      formula: "=SUM(B2:B3)",
      expected: 30,
    });
    const formatted = withFix(t, "sous-total", "C4", { kind: "formula", cell: "C4", formula: "=SUM(C2:C3)", expected: 10 });
    const plan = buildWritePlan({ ...analysis, workbooks: [wb], tables: [t] }, [empty, formatted], { today });
    expect(plan.cells.map((w) => [w.cell, w.numFmt])).toEqual([
      ["B4", '#,##0.00 "€"'],
      ["C4", undefined],
    ]);
  });

  test("garde anti-formule : un texte commençant par = + - @ est refusé, un nombre négatif est accepté", () => {
    const texts = ['=HYPERLINK("http://x")', "+33 1 23", " -12", "@SUM(A1)"];
    const unsafe = texts.map((value, i) =>
      withFix(execution, `regle-${i}`, `A${i + 2}`, { kind: "value", cell: `A${i + 2}`, value }),
    );
    const negative = withFix(execution, "montant-texte", "D2", { kind: "value", cell: "D2", value: -12 });
    const noEquals = withFix(execution, "formule-ligne", "C2", { kind: "formula", cell: "C2", formula: "A2+B2" });
    const plan = buildWritePlan(analysis, [...unsafe, negative, noEquals], { today });
    expect(plan.cells.map((w) => [w.cell, w.value])).toEqual([["D2", -12]]);
    expect(plan.conflicts.map((c) => c.message)).toEqual([
      'La correction proposée pour A2 (feuille « Exécution ») n\'est pas appliquée : le texte « =HYPERLINK("http://x") » commence par « = » et serait lu comme une formule.',
      "La correction proposée pour A3 (feuille « Exécution ») n'est pas appliquée : le texte « +33 1 23 » commence par « + » et serait lu comme une formule.",
      "La correction proposée pour A4 (feuille « Exécution ») n'est pas appliquée : le texte «  -12 » commence par « - » et serait lu comme une formule.",
      "La correction proposée pour A5 (feuille « Exécution ») n'est pas appliquée : le texte « @SUM(A1) » commence par « @ » et serait lu comme une formule.",
      "La correction proposée pour C2 (feuille « Exécution ») n'est pas appliquée : la formule « A2+B2 » ne commence pas par « = ».",
    ]);
  });
});

describe("plan d'écriture : commentaires", () => {
  test("dans la colonne Commentaire de la même ligne, préfixés, réunis pour une même cellule", () => {
    const balance = withFix(execution, "solde-non-justifie", "D2", { kind: "comment", cell: "D2", text: "Solde à justifier." });
    const noFix = finding(execution, { ruleId: "realise-superieur", cell: "B2", message: "Réalisé supérieur au budget." });
    const plan = buildWritePlan(analysis, [balance], { today, commentOnly: [noFix, balance] });
    expect(plan.cells).toEqual([]);
    expect(plan.comments).toEqual([
      {
        file: "dep.xlsx",
        sheet: "Exécution",
        cell: "E2",
        mode: "column",
        aboutCell: "D2",
        text: "[Contrôle 05/03/2026] D2 : Solde à justifier.\nB2 : Réalisé supérieur au budget.",
        findings: [findingKey(balance), findingKey(noFix)],
      },
    ]);
  });

  test("un message qui commence déjà par sa cellule n'est pas préfixé une seconde fois", () => {
    const unreadable = finding(execution, { ruleId: "montant-texte", cell: "B3", message: "B3 : montant illisible." });
    const plan = buildWritePlan(analysis, [], { today, commentOnly: [unreadable] });
    expect(plan.comments.map((c) => c.text)).toEqual(["[Contrôle 05/03/2026] B3 : montant illisible."]);
  });

  test("sans colonne de commentaire : une note sur la cellule du constat", () => {
    const noFix = finding(prevision, {
      ruleId: "fiche-action",
      severity: "warning",
      cell: "B2",
      message: "Fiche sans intitulé.",
    });
    const plan = buildWritePlan(analysis, [], { today, commentOnly: [noFix] });
    expect(plan.comments).toEqual([
      {
        file: "dep.xlsx",
        sheet: "Prévision",
        cell: "B2",
        mode: "note",
        aboutCell: "B2",
        text: "[Contrôle 05/03/2026] Fiche sans intitulé.",
        findings: [findingKey(noFix)],
      },
    ]);
  });

  test("matrice d'indicateurs : colonne « Justification des écarts » de la même ligne", () => {
    const gap = finding(matrix, { ruleId: "indicateur-ecart-cible", cell: "C2", message: "Résultat 60 loin de la cible 100." });
    const plan = buildWritePlan(analysis, [gap], { today, commentOnly: [gap] });
    expect(plan.comments.map((c) => [c.cell, c.mode, c.text])).toEqual([
      ["D2", "column", "[Contrôle 05/03/2026] C2 : Résultat 60 loin de la cible 100."],
    ]);
  });

  test("constat hors table ou sur la ligne d'en-tête : une note", () => {
    const header = finding(execution, { ruleId: "formule-modele-k", cell: "C1", message: "En-tête faux." });
    const outside = finding(null, { ruleId: "erreur-excel", file: "dep.xlsx", sheet: "Notes", cell: "A9", message: "#REF!" });
    const plan = buildWritePlan(analysis, [], { today, commentOnly: [header, outside] });
    expect(plan.comments.map((c) => [c.sheet, c.cell, c.mode])).toEqual([
      ["Exécution", "C1", "note"],
      ["Notes", "A9", "note"],
    ]);
  });
});
