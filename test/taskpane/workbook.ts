/**
 * A realistic small workbook for the pane's tests: a Pacte prévisionnel table (F1) with a wrong
 * row formula and hard-coded sous-totaux, and an indicator matrix with text and a rate above 100 %;
 * the findings are those of real rules (runRule), as the service would give them.
 */
import { Analysis } from "../../src/core/engine/analyze";
import { findingKey } from "../../src/core/engine/context";
import { parseCellAddress } from "../../src/core/grid/address";
import { Workbook } from "../../src/core/grid/model";
import { ruleById } from "../../src/core/rules";
import { Finding, Rule } from "../../src/core/rules/types";
import { Settings } from "../../src/core/settings";
import { Table, UnmappedRegion } from "../../src/core/tables/model";
import { financialTable, indicatorTable, runRule } from "../helpers/ruleTester";

export const FILE = "contrat-2024.xlsx";
export const FINANCIAL_SHEET = "Prévisionnel 2024";
export const INDICATOR_SHEET = "Indicateurs";
export const OTHER_SHEET = "Annexe";

export function sampleWorkbook(): { workbook: Workbook; tables: Table[]; unmapped: UnmappedRegion[] } {
  const workbook = new Workbook(FILE);
  const prevision = financialTable({
    family: "F1",
    year: 2024,
    workbook,
    sheet: FINANCIAL_SHEET,
    titles: ["Prévisionnel Année 2024"],
    columns: ["axe", "fiche", "intitule", "etatNotifie", "cdAffecte", "autres", "budget"],
    rows: [
      [
        "action",
        "Axe Prévenir la pauvreté et lutter contre les inégalités dès l'enfance",
        "1.",
        "Accueil",
        100000,
        100000,
        0,
        { f: "=D3+E3+F3", v: 200000 },
      ],
      ["action", null, "2.", "Référents de parcours", 50000, 40000, 10000, 90000],
      ["sousTotal", "Sous total", null, null, { f: "=SUM(D3:D4)", v: 150000 }, { f: "=SUM(E3:E4)", v: 140000 }, 10000, 290000],
      [
        "total",
        "TOTAUX FINANCIERS",
        null,
        null,
        { f: "=D5", v: 150000 },
        { f: "=E5", v: 140000 },
        { f: "=F5", v: 10000 },
        { f: "=G5", v: 290000 },
      ],
    ],
  });
  const matrix = indicatorTable({
    workbook,
    sheet: INDICATOR_SHEET,
    year: 2024,
    columns: [
      ["action", "Actions"],
      ["indicateur", "Indicateurs locaux"],
      ["situation", "Situation au 31 déc. 2023", 2023],
      ["cible", "Cible 2024", 2024],
      ["resultat", "Résultat atteint en 2024", 2024],
    ],
    rows: [
      { cells: ["Action 1 : Accueil", "Taux de premier accueil", "45 %", "60 %", "130 %"], indicatorKind: "rate" },
      { cells: [null, "Nombre de personnes accueillies", "nc", 1200, "Données en cours"], indicatorKind: "count" },
    ],
  });
  const annexe = workbook.addSheet(OTHER_SHEET);
  const header = ["Action", "Montant prévu", "Financeur"];
  header.forEach((text, col) => annexe.set(1, col, { value: text }));
  annexe.set(0, 0, { value: "Annexe financière" });
  annexe.set(2, 0, { value: "Accueil" });
  annexe.set(2, 1, { value: 1500 });
  const unmapped: UnmappedRegion[] = [
    {
      workbook,
      sheet: annexe,
      headerRow: 1,
      reason: "La ligne 2 ressemble à un en-tête de tableau financier mais aucun modèle ne correspond.",
    },
  ];
  return { workbook, tables: [prevision, matrix], unmapped };
}

/** Sheet order, then row, then column, as the core's analysis sorts them. */
function sortFindings(findings: Finding[], workbook: Workbook): Finding[] {
  const rank = (f: Finding): number[] => {
    const position = parseCellAddress(f.cell);
    return [workbook.sheets.findIndex((s) => s.name === f.sheet), position?.row ?? 0, position?.col ?? 0];
  };
  return findings
    .map((f) => ({ f, r: rank(f) }))
    .sort((a, b) => a.r[0] - b.r[0] || a.r[1] - b.r[1] || a.r[2] - b.r[2])
    .map(({ f }) => f);
}

/** The rules run on the sample (a fixed list, so that rules added later do not change these tests). */
export const SAMPLE_RULES = ["formule-ligne", "valeur-en-dur", "indicateur-texte", "indicateur-taux", "indicateur-ecart-cible"];

function sampleRules(): Rule[] {
  return SAMPLE_RULES.map((id) => {
    const rule = ruleById(id);
    if (!rule) throw new Error(`règle introuvable : ${id}`);
    return rule;
  });
}

/** The analysis of the sample workbook; findings whose key is in `skip` are left out. */
export function sampleAnalysis(settings: Settings, skip: ReadonlySet<string> = new Set()): Analysis {
  const { workbook, tables, unmapped } = sampleWorkbook();
  const findings = sampleRules()
    .flatMap((rule) => runRule(rule, tables, settings))
    .filter((f) => !skip.has(findingKey(f)));
  return { workbooks: [workbook], tables, unmapped, findings: sortFindings(findings, workbook), errors: [] };
}
