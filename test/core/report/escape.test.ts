import fc from "fast-check";
import { escapeControls, escapeStrings } from "../../../src/core/report/escape";
import { toJsonReport } from "../../../src/core/report/json";
import { toSarif } from "../../../src/core/report/sarif";
import { toTextReport } from "../../../src/core/report/text";
import { finding, sampleAnalysis } from "./sample";
import { jsonReportValidator, sarifValidator, schemaErrors } from "./validateurs";

const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

describe("échappement des caractères de contrôle", () => {
  test.each([
    ["séquence ESC d'un terminal", "\u001B[2J", "\\u001B[2J"],
    ["BEL et retour arrière", "a\u0007b\u0008c", "a\\u0007b\\u0008c"],
    ["C1 U+009B (ESC [ en un caractère)", "\u009B31m", "\\u009B31m"],
    ["DEL", "\u007F", "\\u007F"],
    ["inversions du sens du texte", "abc\u202Edef\u202A\u202C", "abc\\u202Edef\\u202A\\u202C"],
    ["isolats bidi", "\u2066\u2067\u2068\u2069", "\\u2066\\u2067\\u2068\\u2069"],
    ["CR LF devient LF, CR seul échappé", "ligne 1\r\nligne 2\rfin", "ligne 1\nligne 2\\u000Dfin"],
    ["tabulation et saut de ligne gardés", "tabulation\tet\nsaut de ligne", "tabulation\tet\nsaut de ligne"],
    ["texte français ordinaire intact", "Crédits État 2024 : 67 500,00 € – « ok »", "Crédits État 2024 : 67 500,00 € – « ok »"],
    ["NUL", "\u0000", "\\u0000"],
  ])("%s", (_what, raw, shown) => {
    expect(escapeControls(raw)).toBe(shown);
  });

  test("escapeStrings : toutes les valeurs texte, à toute profondeur, jamais les clés ni les nombres", () => {
    expect(escapeStrings({ a: "\u001B", b: [1, "\u202E", null, { c: "x\u0007" }], d: true })).toEqual({
      a: "\\u001B",
      b: [1, "\\u202E", null, { c: "x\\u0007" }],
      d: true,
    });
  });

  test("propriété : quels que soient les textes d'un classeur, aucun des trois rapports n'en laisse passer un brut, et JSON et SARIF restent conformes", () => {
    const text = fc.string({ unit: "binary", minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(text, text, text, text, (file, sheet, message, comment) => {
        const analysis = sampleAnalysis();
        const table = analysis.tables[0];
        analysis.findings.push(
          finding(null, {
            ruleId: "erreur-excel",
            file,
            sheet,
            cell: "A1",
            message,
            related: [{ file, sheet, cell: "B2" }],
            fix: { kind: "comment", sheet, cell: "C3", text: comment },
          }),
          finding(table, {
            ruleId: "formule-ligne",
            cell: "E2",
            message,
            fix: { kind: "value", sheet: table.sheet.name, cell: "E2", value: comment },
          }),
        );
        const fileErrors = [{ file: `${file}.xlsx`, message }];
        expect(toTextReport(analysis, { fileErrors, color: true }).replace(/\x1b\[[0-9;]*m/g, "")).not.toMatch(UNSAFE);
        const json = toJsonReport(analysis, { fileErrors });
        const sarif = toSarif(analysis, { fileErrors });
        expect(JSON.stringify(json)).not.toMatch(UNSAFE);
        expect(JSON.stringify(sarif)).not.toMatch(UNSAFE);
        expect(schemaErrors(jsonReportValidator(), json)).toEqual([]);
        expect(schemaErrors(sarifValidator(), sarif)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
