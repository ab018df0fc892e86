/**
 * Rule 5: where the template expects a formula (totals, computed columns), a value typed in is
 * an avertissement (not in the Total dit contrôle, an independent check meant to be added up
 * apart; not in a table that never had a formula, pasted from a convention or a report); a total's SUM formula that leaves out rows of its group, counts rows twice or
 * adds rows from elsewhere is an erreur (SPEC §2, §5).
 * Precedence on one cell: blank total → rule 4; bad SUM range → here; wrong value → rule 1 or 3;
 * right value typed in → here (several in one table: one finding putting every formula back). A cell never gets two of rules 1, 3, 4 and 5.
 */
import { joinFr } from "../../parse/format";
import { FinancialRow, FinancialTable, TableColumn } from "../../tables/model";
import { AmountCell, CellFix, Fix, Rule, RuleContext } from "../types";
import { cellList, CellReport, reportRepeated } from "../util/repeated";
import {
  actionRows,
  colAt,
  hasLiveFormula,
  checkRow,
  checkTotal,
  columnName,
  Coverage,
  euros,
  formulaFix,
  numericColumns,
  relationFormula,
  relationText,
  relationKinds,
  rowList,
  tableHasFormulas,
  tableRelations,
  totalCellName,
  totalFormula,
  totalRowsOf,
} from "../util";

function typedIn(amount: AmountCell, what: string, formula: string): string {
  return (
    `${amount.address} : ${what} est saisi en dur (${euros(amount.cents as number)}) là où le modèle attend une formule : ` +
    `il ne suivra pas les montants qu'il additionne. Formule à mettre : ${formula}.`
  );
}

/** A right value typed where a formula is expected, with the formula to put instead. */
type TypedIn = CellReport<{ formula: string }>;

function typedInReport(amount: AmountCell, what: string, formula: string, fix: Fix): TypedIn {
  return {
    row: amount.row,
    col: amount.col,
    address: amount.address,
    message: typedIn(amount, what, formula),
    fix: fix as CellFix,
    data: { formula },
  };
}

/** Several right values typed in one table: one finding, one correction putting every formula back. */
function typedInSummary(items: readonly TypedIn[]): string {
  return (
    `${items.length} cellules où le modèle attend une formule sont saisies en dur (${cellList(items)}) : elles ne suivront pas ` +
    `les montants qu'elles additionnent. Correction : leurs formules (${items[0].address} : ${items[0].data.formula}, …).`
  );
}

function computedColumns(ctx: RuleContext, table: FinancialTable, out: TypedIn[]): void {
  for (const rel of tableRelations(table)) {
    // A computed column typed on every row (an annex typed from the convention) was never a formula column: nothing typed over one.
    if (!actionRows(table).some(({ row }) => hasLiveFormula(table.sheet.get(row, colAt(table, row, rel.target))))) continue;
    const kindAt = relationKinds(ctx, table, rel);
    for (const { row } of actionRows(table)) {
      if (kindAt(row) !== "typedIn") continue;
      const check = checkRow(ctx, table, rel, row);
      if (check.kind !== "typedIn") continue;
      const formula = relationFormula(table, rel, row);
      const what = `${rel.relation.label} (${columnName(rel.target)} = ${relationText(rel)})`;
      out.push(typedInReport(check.target, what, formula, formulaFix(table, row, check.target.col, formula, check.sum)));
    }
  }
}

function coverageText(c: Coverage): string {
  const faults: string[] = [];
  if (c.missing.length > 0) faults.push(`omet ${rowList(c.missing)}`);
  if (c.double.length > 0) faults.push(`compte deux fois ${rowList(c.double)} (directement et par un sous-total)`);
  if (c.extra.length > 0) faults.push(`ajoute ${rowList(c.extra)}, hors de ce qu'il totalise`);
  return joinFr(faults);
}

function checkTotalCell(ctx: RuleContext, table: FinancialTable, total: FinancialRow, column: TableColumn, out: TypedIn[]): void {
  const check = checkTotal(ctx, table, total, column);
  // The Total dit contrôle is an independent check, often added up by hand: typed, it is what it is for.
  if (check.kind === "typedIn" && total.kind !== "controle") {
    const { amount, expected } = check;
    const formula = totalFormula(table, total, column);
    out.push(
      typedInReport(amount, totalCellName(total, column), formula, formulaFix(table, total.row, amount.col, formula, expected)),
    );
    return;
  }
  if (check.kind !== "range") return;
  const { amount, expected } = check;
  const formula = totalFormula(table, total, column);
  const result = expected === null ? "" : ` (résultat attendu : ${euros(expected)})`;
  ctx.report({
    table,
    cell: amount.address,
    severity: "error",
    message:
      `${amount.address} : ${totalCellName(total, column)} a pour formule ${amount.cell?.formula}, qui ${coverageText(check.coverage)}. ` +
      `Formule à mettre : ${formula}${result}.`,
    fix: formulaFix(table, total.row, amount.col, formula, expected),
  });
}

export const valeurEnDur: Rule = {
  meta: {
    id: "valeur-en-dur",
    number: 5,
    severity: "warning",
    fixable: true,
    scope: "financier",
    title: "Valeur saisie en dur ou formule de total incomplète",
    description:
      "Un total ou une colonne calculée doit contenir une formule, et la formule d'un total doit additionner exactement les lignes de son groupe.",
  },
  check(ctx) {
    for (const table of ctx.financialTables()) {
      // A table that never had a formula (pasted): nothing was « typed over » a formula.
      if (!ctx.memo(table, "hasFormulas", () => tableHasFormulas(table))) continue;
      const typed: TypedIn[] = [];
      computedColumns(ctx, table, typed);
      for (const total of totalRowsOf(table)) {
        for (const column of numericColumns(table)) checkTotalCell(ctx, table, total, column, typed);
      }
      reportRepeated(ctx, table, typed, typedInSummary);
    }
  },
};
