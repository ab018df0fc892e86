/**
 * The seed's 2024 F1 table (seed 000 l.575–591), shortened to two axes, as a test sheet:
 * columns A axe, B fiche, C intitulé, D (A) État, E (B) CD, F (C) autres, G (F) budget.
 * Excel rows: 1 header; 2–4 axe 1; 5 Sous total; 6–7 axe 2; 8 Sous total; 9 TOTAUX FINANCIERS;
 * 10 Total dit contrôle. Totals hold SUM formulas saved without a cached result.
 * `cells` replaces cells by A1 address (null empties one).
 */
import { parseCellAddress } from "../../../../src/core/grid/address";
import { FinancialRowKind, FinancialTable } from "../../../../src/core/tables/model";
import { CellSpec } from "../../../helpers/sheet";
import { financialTable } from "../../../helpers/ruleTester";

const sums = (ranges: string) => ["D", "E", "F", "G"].map((c) => ({ f: `=SUM(${ranges.replace(/#/g, c)})` }));

const SEED_ROWS: [FinancialRowKind, ...CellSpec[]][] = [
  ["action", "Axe Prévenir la pauvreté", "1.", "Parentalité", 67500, 67500, 0, { f: "=D2+E2+F2" }],
  ["action", null, "2.", "Soutien psychologique", 90000, 90000, 0, { f: "=D3+E3+F3" }],
  ["action", null, "3.", "Observatoire", 10000, 10000, 40000, { f: "=D4+E4+F4" }],
  ["sousTotal", null, "Sous total", null, ...sums("#2:#4")],
  ["action", "Axe Lutter contre la grande exclusion", "1.", "Gouvernance", 55000, 55000, 0, { f: "=D6+E6+F6" }],
  ["action", null, "2.", "MDA", 272500, 272500, 0, { f: "=D7+E7+F7" }],
  ["sousTotal", null, "Sous total", null, ...sums("#6:#7")],
  ["total", null, "TOTAUX FINANCIERS", null, ...sums("#5,#8")],
  ["controle", null, "Total dit contrôle", null, ...sums("#2:#4,#6:#7")],
];

export function seedF1(cells: Record<string, CellSpec> = {}, rowCount = SEED_ROWS.length): FinancialTable {
  const rows = SEED_ROWS.slice(0, rowCount).map((r) => [...r] as [FinancialRowKind, ...CellSpec[]]);
  for (const [address, spec] of Object.entries(cells)) {
    const at = parseCellAddress(address);
    if (!at || at.row < 1) throw new Error(`adresse de test invalide : ${address}`);
    rows[at.row - 1][at.col + 1] = spec;
  }
  return financialTable({
    family: "F1",
    columns: ["axe", "fiche", "intitule", "etatNotifie", "cdAffecte", "autres", "budget"],
    rows,
  });
}
