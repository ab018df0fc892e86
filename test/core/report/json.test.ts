import { toJsonReport } from "../../../src/core/report/json";
import { TOOL_VERSION } from "../../../src/core/report/product";
import { finding, sampleAnalysis } from "./sample";
import { jsonReportValidator, schemaErrors } from "./validateurs";

const RULE_ERROR = "La règle « x » (n° 9) s'est arrêtée sur une erreur interne (boum) : ses constats peuvent manquer.";

describe("rapport JSON (contrat version 2)", () => {
  const report = toJsonReport(sampleAnalysis(), {
    fileErrors: [{ file: "illisible.xlsx", message: "Fichier illisible : archive corrompue." }],
    order: ["prevision-2025.xlsx", "illisible.xlsx", "execution 2024.xlsx"],
  });
  const prints = report.files[0].findings.map((f) => f.fingerprint);

  test("conforme au schéma publié docs/rapport.schema.json", () => {
    expect(schemaErrors(jsonReportValidator(), report)).toEqual([]);
  });

  test("golden : toutes les clés, toujours, dans l'ordre ; fichiers dans l'ordre donné, fichier illisible inclus", () => {
    const detection = "table construite pour le test";
    const expected = {
      version: 2,
      tool: { name: "VerifPacte", version: TOOL_VERSION },
      files: [
        {
          file: "prevision-2025.xlsx",
          errors: [],
          tables: [
            { sheet: "Tableau financier", range: "A1:E4", family: "F2", dispositif: "pacte", year: 2025, detection },
            { sheet: "Indicateurs", range: "A1:C2", family: "I1", dispositif: "pacte", year: 2025, detection },
          ],
          findings: [
            {
              fingerprint: prints[0],
              ruleId: "formule-modele-k",
              severity: "error",
              sheet: "Tableau financier",
              cell: "E2",
              table: 0,
              message: "K = G+I : le total CD compte les crédits de l'État.",
              related: [],
              fix: { sheet: "Tableau financier", cell: "E2", formula: "=C2+D2", expected: 1100 },
            },
            {
              fingerprint: prints[1],
              ruleId: "formule-ligne",
              severity: "error",
              sheet: "Tableau financier",
              cell: "E3",
              table: 0,
              message: "E3 vaut 700,00 € au lieu de 500,00 €.",
              related: [],
              fix: { sheet: "Tableau financier", cell: "E3", value: 500 },
            },
            {
              fingerprint: prints[2],
              ruleId: "report-incoherent",
              severity: "warning",
              sheet: "Tableau financier",
              cell: "C2",
              table: 0,
              message: "Le report CD diffère du montant à reporter de 2024.",
              related: [
                { file: "execution 2024.xlsx", sheet: "Exécution", cell: "C2" },
                { file: "prevision-2025.xlsx", sheet: "Tableau financier", cell: "C4" },
              ],
              fix: null,
            },
            {
              fingerprint: prints[3],
              ruleId: "indicateur-taux",
              severity: "error",
              sheet: "Indicateurs",
              cell: "C2",
              table: 1,
              message: "Taux de 120 % supérieur à 100 %.",
              related: [],
              fix: { sheet: "Indicateurs", cell: "C2", comment: "Taux à vérifier." },
            },
            {
              fingerprint: prints[4],
              ruleId: "erreur-excel",
              severity: "info",
              sheet: "Notes",
              cell: "B7",
              table: null,
              message: "Valeur #REF! hors tableau.",
              related: [],
              fix: null,
            },
          ],
          unmapped: [{ sheet: "Notes", row: 4, reason: "colonne « Montant » ambiguë" }],
        },
        { file: "illisible.xlsx", errors: ["Fichier illisible : archive corrompue."], tables: [], findings: [], unmapped: [] },
        {
          file: "execution 2024.xlsx",
          errors: [RULE_ERROR],
          tables: [{ sheet: "Exécution", range: "A1:C2", family: "F3", dispositif: "calpae", year: 2022, detection }],
          findings: [],
          unmapped: [],
        },
      ],
    };
    expect(JSON.stringify(report)).toBe(JSON.stringify(expected));
    for (const p of prints) expect(p).toMatch(/^[0-9a-f]{16}:1$/);
    expect(new Set(prints).size).toBe(prints.length);
  });

  test("sans ordre donné : les classeurs analysés puis les fichiers illisibles", () => {
    const unordered = toJsonReport(sampleAnalysis(), { fileErrors: [{ file: "a.xlsx", message: "introuvable" }] });
    expect(unordered.files.map((f) => f.file)).toEqual(["prevision-2025.xlsx", "execution 2024.xlsx", "a.xlsx"]);
    expect(Object.keys(unordered.files[2])).toEqual(["file", "errors", "tables", "findings", "unmapped"]);
  });

  test("une correction sur une autre feuille que son constat dit sa feuille, comme toutes les corrections", () => {
    const analysis = sampleAnalysis();
    analysis.findings = [
      finding(analysis.tables[0], {
        ruleId: "report-incoherent",
        cell: "C2",
        message: "m",
        fix: { kind: "value", sheet: "Récap", cell: "B9", value: 12.5 },
      }),
    ];
    const fix = toJsonReport(analysis).files[0].findings[0].fix;
    expect(JSON.stringify(fix)).toBe('{"sheet":"Récap","cell":"B9","value":12.5}');
  });

  test("une formule sans résultat annoncé : « expected » vaut null", () => {
    const analysis = sampleAnalysis();
    analysis.findings = [
      finding(analysis.tables[0], {
        ruleId: "sous-total",
        cell: "E4",
        message: "m",
        fix: { kind: "formula", sheet: "Tableau financier", cell: "E4", formula: "=SUM(E2:E3)" },
      }),
    ];
    expect(toJsonReport(analysis).files[0].findings[0].fix).toEqual({
      sheet: "Tableau financier",
      cell: "E4",
      formula: "=SUM(E2:E3)",
      expected: null,
    });
  });
});
