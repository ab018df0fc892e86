/** A small hand-built analysis (two workbooks, three tables) shared by the report tests. */
import { Analysis } from "../../../src/core/engine/analyze";
import { Workbook } from "../../../src/core/grid/model";
import { Finding } from "../../../src/core/rules/types";
import { Table } from "../../../src/core/tables/model";
import { financialTable, indicatorTable } from "../../helpers/ruleTester";

export function finding(table: Table | null, f: Partial<Finding> & Pick<Finding, "ruleId" | "cell" | "message">): Finding {
  return {
    severity: "error",
    file: table?.workbook.name ?? "prevision-2025.xlsx",
    sheet: table?.sheet.name ?? "Tableau financier",
    related: [],
    fix: null,
    tableId: table?.id ?? null,
    ...f,
  };
}

export function sampleAnalysis(): Analysis {
  const prevision = new Workbook("prevision-2025.xlsx");
  const execution = new Workbook("execution 2024.xlsx");
  const recap = financialTable({
    family: "F2",
    year: 2025,
    workbook: prevision,
    sheet: "Tableau financier",
    columns: ["fiche", "intitule", "reportCd", "cdAffecteConvention", "cdTotal"],
    rows: [
      ["action", "1", "Accueil", 100, 1000, { f: "=C2+D2", v: 1100 }],
      ["action", "2", "Référents", 0, 500, 700],
      ["total", "TOTAUX FINANCIERS", null, 100, 1500, 1800],
    ],
  });
  const matrix = indicatorTable({
    workbook: prevision,
    sheet: "Indicateurs",
    year: 2025,
    columns: [
      ["action", "Actions"],
      ["indicateur", "Indicateurs locaux"],
      ["cible", "Cible 2025", 2025],
    ],
    rows: [{ cells: ["Action 1 : Accueil", "Taux de contact", "120 %"], indicatorKind: "rate" }],
  });
  const executionTable = financialTable({
    family: "F3",
    dispositif: "calpae",
    year: 2022,
    workbook: execution,
    sheet: "Exécution",
    columns: ["fiche", "intitule", "reportCd"],
    rows: [["action", "1", "Accueil", 100]],
  });
  const findings: Finding[] = [
    finding(recap, {
      ruleId: "formule-modele-k",
      cell: "E2",
      message: "K = G+I : le total CD compte les crédits de l'État.",
      fix: { kind: "formula", sheet: "Tableau financier", cell: "E2", formula: "=C2+D2", expected: 1100 },
    }),
    finding(recap, {
      ruleId: "formule-ligne",
      cell: "E3",
      message: "E3 vaut 700,00 € au lieu de 500,00 €.",
      fix: { kind: "value", sheet: "Tableau financier", cell: "E3", value: 500 },
    }),
    finding(recap, {
      ruleId: "report-incoherent",
      severity: "warning",
      cell: "C2",
      message: "Le report CD diffère du montant à reporter de 2024.",
      related: [
        { file: "execution 2024.xlsx", sheet: "Exécution", cell: "C2" },
        { file: "prevision-2025.xlsx", sheet: "Tableau financier", cell: "C4" },
      ],
    }),
    finding(matrix, {
      ruleId: "indicateur-taux",
      cell: "C2",
      message: "Taux de 120 % supérieur à 100 %.",
      fix: { kind: "comment", sheet: "Indicateurs", cell: "C2", text: "Taux à vérifier." },
    }),
    finding(null, {
      ruleId: "erreur-excel",
      severity: "info",
      sheet: "Notes",
      cell: "B7",
      message: "Valeur #REF! hors tableau.",
    }),
  ];
  const notes = prevision.addSheet("Notes");
  return {
    workbooks: [prevision, execution],
    tables: [recap, matrix, executionTable],
    unmapped: [{ workbook: prevision, sheet: notes, headerRow: 3, reason: "colonne « Montant » ambiguë" }],
    findings,
    errors: [
      {
        file: "execution 2024.xlsx",
        message: "La règle « x » (n° 9) s'est arrêtée sur une erreur interne (boum) : ses constats peuvent manquer.",
      },
    ],
  };
}
