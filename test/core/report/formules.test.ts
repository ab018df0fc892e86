/** The text report and the « Contrôles » sheet write formulas as the user's Excel does; JSON and SARIF keep them invariant. */
import { Analysis } from "../../../src/core/engine/analyze";
import { controlesSheet } from "../../../src/core/report/controles";
import { toJsonReport } from "../../../src/core/report/json";
import { toSarif } from "../../../src/core/report/sarif";
import { toTextReport } from "../../../src/core/report/text";
import { sampleAnalysis } from "./sample";

/** The sample with a SUM fix quoted in its message. */
function withSum(): Analysis {
  const analysis = sampleAnalysis();
  const first = analysis.findings[0];
  analysis.findings[0] = {
    ...first,
    message: "E2 : total saisi en dur. Formule à mettre : =SUM(C2,D2).",
    fix: { kind: "formula", sheet: first.sheet, cell: first.cell, formula: "=SUM(C2,D2)", expected: 1100 },
  };
  return analysis;
}

describe("formules dans la langue d'Excel", () => {
  test("rapport texte : anglais par défaut dans le cœur, français sur demande", () => {
    const analysis = withSum();
    const english = toTextReport(analysis);
    expect(english).toContain("Formule à mettre : =SUM(C2,D2).");
    const french = toTextReport(analysis, { formulas: "fr" });
    expect(french).toContain("Formule à mettre : =SOMME(C2;D2).");
    expect(french).toContain("→ correction proposée : =SOMME(C2;D2) (résultat attendu : 1\u00a0100,00\u00a0€)");
    expect(french).not.toContain("SUM(");
  });

  test("feuille Contrôles : message et correction en français", () => {
    const sheet = controlesSheet(withSum(), "prevision-2025.xlsx", { today: new Date(2026, 2, 5), formulas: "fr" });
    const row = sheet.rows[sheet.findingRows[0].row];
    expect(row[4]).toBe("E2 : total saisi en dur. Formule à mettre : =SOMME(C2;D2).");
    expect(row[5]).toBe("formule =SOMME(C2;D2) (résultat attendu : 1\u00a0100,00\u00a0€)");
  });

  test("JSON et SARIF gardent la formule invariante (anglaise)", () => {
    const analysis = withSum();
    const json = JSON.stringify(toJsonReport(analysis));
    const sarif = JSON.stringify(toSarif(analysis));
    for (const text of [json, sarif]) {
      expect(text).toContain("=SUM(C2,D2)");
      expect(text).not.toContain("SOMME");
    }
  });
});
