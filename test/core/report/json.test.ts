import { toJsonReport } from "../../../src/core/report/json";
import { finding, sampleAnalysis } from "./sample";

const RULE_ERROR = "La règle « x » (n° 9) s'est arrêtée sur une erreur interne (boum) : ses constats peuvent manquer.";

describe("rapport JSON (contrat version 1)", () => {
  test("golden : clés exactes dans l'ordre, fichiers dans l'ordre donné, fichier illisible inclus", () => {
    const report = toJsonReport(sampleAnalysis(), [{ file: "illisible.xlsx", message: "Fichier illisible : archive corrompue." }], [
      "prevision-2025.xlsx",
      "illisible.xlsx",
      "execution 2024.xlsx",
    ]);
    const expected = {
      version: 1,
      files: [
        {
          file: "prevision-2025.xlsx",
          error: null,
          tables: [
            { sheet: "Tableau financier", range: "A1:E4", family: "F2", dispositif: "pacte", year: 2025 },
            { sheet: "Indicateurs", range: "A1:C2", family: "I1", dispositif: "pacte", year: 2025 },
          ],
          findings: [
            {
              ruleId: "formule-modele-k",
              severity: "error",
              sheet: "Tableau financier",
              cell: "E2",
              message: "K = G+I : le total CD compte les crédits de l'État.",
              related: [],
              fix: { cell: "E2", formula: "=C2+D2" },
            },
            {
              ruleId: "formule-ligne",
              severity: "error",
              sheet: "Tableau financier",
              cell: "E3",
              message: "E3 vaut 700,00 € au lieu de 500,00 €.",
              related: [],
              fix: { cell: "E3", value: 500 },
            },
            {
              ruleId: "report-incoherent",
              severity: "warning",
              sheet: "Tableau financier",
              cell: "C2",
              message: "Le report CD diffère du montant à reporter de 2024.",
              related: [
                { sheet: "Exécution", cell: "C2", file: "execution 2024.xlsx" },
                { sheet: "Tableau financier", cell: "C4" },
              ],
              fix: null,
            },
            {
              ruleId: "indicateur-taux",
              severity: "error",
              sheet: "Indicateurs",
              cell: "C2",
              message: "Taux de 120 % supérieur à 100 %.",
              related: [],
              fix: { cell: "C2", comment: "Taux à vérifier." },
            },
            {
              ruleId: "erreur-excel",
              severity: "info",
              sheet: "Notes",
              cell: "B7",
              message: "Valeur #REF! hors tableau.",
              related: [],
              fix: null,
            },
          ],
          unmapped: [{ sheet: "Notes", row: 4, reason: "colonne « Montant » ambiguë" }],
        },
        { file: "illisible.xlsx", error: "Fichier illisible : archive corrompue.", tables: [], findings: [] },
        {
          file: "execution 2024.xlsx",
          error: RULE_ERROR,
          tables: [{ sheet: "Exécution", range: "A1:C2", family: "F3", dispositif: "calpae", year: 2022 }],
          findings: [],
        },
      ],
    };
    expect(JSON.stringify(report)).toBe(JSON.stringify(expected));
  });

  test("sans ordre donné : les classeurs analysés puis les fichiers illisibles", () => {
    const report = toJsonReport(sampleAnalysis(), [{ file: "a.xlsx", message: "introuvable" }]);
    expect(report.files.map((f) => f.file)).toEqual(["prevision-2025.xlsx", "execution 2024.xlsx", "a.xlsx"]);
    expect(Object.keys(report.files[2])).toEqual(["file", "error", "tables", "findings"]);
  });

  test("une correction sur une autre feuille que le constat porte la clé « sheet » en dernier", () => {
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
    expect(JSON.stringify(fix)).toBe('{"cell":"B9","value":12.5,"sheet":"Récap"}');
  });
});
