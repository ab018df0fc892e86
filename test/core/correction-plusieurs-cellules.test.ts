/**
 * A finding that corrects several cells (issue 7: repetitive warnings of one rule in one table
 * grouped into one finding, with one combined fix): every consumer applies or shows each cell —
 * the write plan, the JSON and SARIF reports, the text report, the « Contrôles » sheet.
 */
import { Analysis } from "../../src/core/engine/analyze";
import { findingKey } from "../../src/core/engine/context";
import { buildWritePlan } from "../../src/core/engine/writePlan";
import { Workbook } from "../../src/core/grid/model";
import { controlesSheet } from "../../src/core/report/controles";
import { describeFix } from "../../src/core/report/french";
import { toJsonReport } from "../../src/core/report/json";
import { toSarif } from "../../src/core/report/sarif";
import { toTextReport } from "../../src/core/report/text";
import { Finding } from "../../src/core/rules/types";
import { cellFixes } from "../../src/core/rules/util/fixes";
import { financialTable } from "../helpers/ruleTester";
import { finding } from "./report/sample";
import { jsonReportValidator, sarifValidator, schemaErrors } from "./report/validateurs";

const workbook = new Workbook("colle.xlsx");
const table = financialTable({
  family: "F1",
  workbook,
  sheet: "Prévision",
  columns: ["fiche", "etatNotifie", "cdAffecte", "budget"],
  rows: [
    ["action", "1", "10 000,00 €", "12 000,00 €", 22000],
    ["action", "2", "5 000,00 €", "6 000,00 €", 11000],
  ],
});
const grouped: Finding = finding(table, {
  ruleId: "montant-texte",
  severity: "warning",
  cell: "B2",
  message: "B2 : 4 montants du tableau sont saisis comme du texte (B2, C2, B3 et C3).",
  related: ["C2", "B3", "C3"].map((cell) => ({ sheet: "Prévision", cell })),
  fix: {
    kind: "cells",
    sheet: "Prévision",
    cell: "B2",
    fixes: [
      { kind: "value", sheet: "Prévision", cell: "B2", value: 10000 },
      { kind: "value", sheet: "Prévision", cell: "C2", value: 12000 },
      { kind: "value", sheet: "Prévision", cell: "B3", value: 5000 },
      { kind: "formula", sheet: "Prévision", cell: "C3", formula: "=6000", expected: 6000 },
    ],
  },
});
const analysis: Analysis = { workbooks: [workbook], tables: [table], unmapped: [], findings: [grouped], errors: [] };

describe("une correction de plusieurs cellules", () => {
  test("cellFixes : chaque cellule, dans l'ordre ; aucune pour un commentaire", () => {
    expect(cellFixes(grouped.fix).map((f) => f.cell)).toEqual(["B2", "C2", "B3", "C3"]);
    expect(cellFixes({ kind: "comment", sheet: "Prévision", cell: "B2", text: "…" })).toEqual([]);
    expect(cellFixes(null)).toEqual([]);
  });

  test("le plan d'écriture reçoit chaque cellule comme une correction, rattachée au constat", () => {
    const plan = buildWritePlan(analysis, [grouped], { today: new Date(2026, 2, 5) });
    expect(plan.conflicts).toEqual([]);
    expect(plan.cells.map((c) => [c.cell, c.kind, c.value ?? c.formula, c.findings])).toEqual([
      ["B2", "value", 10000, [findingKey(grouped)]],
      ["C2", "value", 12000, [findingKey(grouped)]],
      ["B3", "value", 5000, [findingKey(grouped)]],
      ["C3", "formula", "=6000", [findingKey(grouped)]],
    ]);
  });

  test("et garde ses refus cellule par cellule (un texte qui serait lu comme une formule)", () => {
    const unsafe: Finding = {
      ...grouped,
      fix: {
        kind: "cells",
        sheet: "Prévision",
        cell: "B2",
        fixes: [
          { kind: "value", sheet: "Prévision", cell: "B2", value: "=1+1" },
          { kind: "value", sheet: "Prévision", cell: "C2", value: 12000 },
        ],
      },
    };
    const plan = buildWritePlan(analysis, [unsafe], { today: new Date(2026, 2, 5) });
    expect(plan.cells.map((c) => c.cell)).toEqual(["C2"]);
    expect(plan.conflicts.map((c) => c.cell)).toEqual(["B2"]);
  });

  test("en français : les cellules et leurs valeurs, les premières seulement quand elles sont nombreuses", () => {
    expect(describeFix(grouped.fix!, table)).toBe(
      "4 cellules : B2 → 10\u00a0000,00\u00a0€ ; C2 → 12\u00a0000,00\u00a0€ ; B3 → 5\u00a0000,00\u00a0€ ; C3 → =6000 (résultat attendu : 6\u00a0000,00\u00a0€)",
    );
    const many = {
      kind: "cells" as const,
      sheet: "Prévision",
      cell: "B2",
      fixes: Array.from({ length: 7 }, (_, i) => ({ kind: "value" as const, sheet: "Prévision", cell: `B${i + 2}`, value: i })),
    };
    expect(describeFix(many, table)).toBe(
      "7 cellules : B2 → 0,00\u00a0€ ; B3 → 1,00\u00a0€ ; B4 → 2,00\u00a0€ ; B5 → 3,00\u00a0€ ; B6 → 4,00\u00a0€ ; et 2 autres",
    );
  });

  const cellsFix = {
    sheet: "Prévision",
    cell: "B2",
    fixes: [
      { sheet: "Prévision", cell: "B2", value: 10000 },
      { sheet: "Prévision", cell: "C2", value: 12000 },
      { sheet: "Prévision", cell: "B3", value: 5000 },
      { sheet: "Prévision", cell: "C3", formula: "=6000", expected: 6000 },
    ],
  };

  test("JSON : « fixes » donne chaque cellule, conforme au schéma publié", () => {
    const report = toJsonReport(analysis);
    expect(report.files[0].findings[0].fix).toEqual(cellsFix);
    expect(schemaErrors(jsonReportValidator(), report)).toEqual([]);
  });

  test("SARIF : la même correction dans les propriétés du résultat, avec sa description ; conforme au schéma OASIS", () => {
    const sarif = toSarif(analysis);
    expect(sarif.runs[0].results[0].properties.fix).toEqual({
      ...cellsFix,
      description: expect.stringContaining("4 cellules : B2 → 10\u00a0000,00\u00a0€"),
    });
    expect(schemaErrors(sarifValidator(), sarif)).toEqual([]);
  });

  test("texte et feuille « Contrôles »", () => {
    expect(toTextReport(analysis)).toContain("→ correction proposée : 4 cellules : B2 → 10\u00a0000,00\u00a0€");
    const sheet = controlesSheet(analysis, "colle.xlsx", { today: new Date(2026, 2, 5) });
    const row = sheet.rows[sheet.findingRows[0].row];
    expect(row[5]).toMatch(/^corrections 4 cellules : B2 → 10\u00a0000,00\u00a0€/);
    expect(row[6]).toBe("à corriger");
  });
});
