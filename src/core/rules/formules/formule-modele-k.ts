/**
 * Rule 2: the F2 template computes « K Budget total CD prévu pour 2025 (G+I) »; K must be G+J
 * (SPEC §3 F2). Checks the header (avertissement) and every K cell whose formula adds G and I.
 */
import { cellAddress } from "../../grid/address";
import { addFormula } from "../../formula/build";
import { column, FinancialTable, TableColumn } from "../../tables/model";
import { CellFix, Fix, RuleContext, Rule } from "../types";
import { cellList, CellReport, reportRepeated } from "../util/repeated";
import { quoteText } from "../../parse/format";
import { cellRef, colAt, columnName, euros, formulaFix, implementsGPlusI, sumCents } from "../util";

interface KColumns {
  k: TableColumn;
  g: TableColumn;
  i: TableColumn;
  j: TableColumn | undefined;
  m: TableColumn | undefined;
}

function kColumns(table: FinancialTable): KColumns | null {
  const k = column(table, "cdTotal");
  const g = column(table, "reportCd");
  const i = column(table, "etatTotal");
  if (table.family !== "F2" || !k || !g || !i) return null;
  return { k, g, i, j: column(table, "cdAffecteConvention"), m: column(table, "budget") };
}

/** Letters as printed (the header when a column has none). */
function names(c: KColumns) {
  return { k: columnName(c.k), g: columnName(c.g), i: columnName(c.i), j: c.j ? columnName(c.j) : "J" };
}

/** Why G+I is wrong: « M compte deux fois les crédits de l'État ». */
function why(c: KColumns): string {
  return `${c.m ? `le budget global (${columnName(c.m)})` : "le budget global"} compte deux fois les crédits de l'État`;
}

function headerSaysGPlusI(c: KColumns): boolean {
  const letters = (c.k.headerFormula ?? "").split("+").map((l) => l.trim().toUpperCase());
  const expected = [c.g.letter ?? "G", c.i.letter ?? "I"];
  return letters.length === 2 && expected.every((l) => letters.includes(l));
}

/** The header text with « G+I » replaced by « G+J »; null when the text cannot be rewritten safely. */
function headerFix(table: FinancialTable, c: KColumns): Fix | null {
  const raw = table.sheet.get(table.headerRow, c.k.col)?.value;
  if (typeof raw !== "string" || !c.j?.letter) return null;
  const [g, i] = [c.g.letter ?? "G", c.i.letter ?? "I"];
  const pattern = new RegExp(`\\b${g}\\s*\\+\\s*${i}\\b|\\b${i}\\s*\\+\\s*${g}\\b`);
  if (!pattern.test(raw)) return null;
  const value = raw.replace(pattern, `${g}+${c.j.letter}`);
  return { kind: "value", sheet: table.sheet.name, cell: cellAddress(table.headerRow, c.k.col), value };
}

function checkHeader(ctx: RuleContext, table: FinancialTable, c: KColumns): void {
  if (!headerSaysGPlusI(c)) return;
  const cell = cellAddress(table.headerRow, c.k.col);
  const n = names(c);
  ctx.report({
    table,
    cell,
    severity: "warning",
    message:
      `${cell} : l'en-tête ${quoteText(c.k.header)} reprend l'erreur du modèle : le budget total CD (${n.k}) ` +
      `doit être ${n.g}+${n.j} (part CD reportée + crédits CD de la convention), pas ${n.g}+${n.i} ; ` +
      `avec ${n.g}+${n.i}, ${why(c)}. Corrigez l'en-tête et vérifiez les formules de la colonne.`,
    fix: headerFix(table, c),
  });
}

function amountsText(ctx: RuleContext, table: FinancialTable, c: KColumns, row: number): string {
  const cents = (col: TableColumn | undefined) => (col ? (ctx.amount(table, row, col.key)?.cents ?? null) : null);
  const [g, i, j] = [cents(c.g), cents(c.i), cents(c.j)];
  const wrong = sumCents([g, i]);
  const right = sumCents([g, j]);
  if (wrong === null || right === null) return "";
  const n = names(c);
  const same =
    wrong === right
      ? ` (le même montant aujourd'hui parce que ${n.i} = ${n.j}, mais faux dès que ${n.i} et ${n.j} diffèrent)`
      : "";
  return ` : ${euros(g as number)} + ${euros(i as number)} = ${euros(wrong)} au lieu de ${n.g}+${n.j} = ${euros(g as number)} + ${euros(j as number)} = ${euros(right)}${same}`;
}

/** G+I and G+J give the same amount on the row today (F = 0 … I = J): the formula is wrong, the amount is not. */
function sameAmount(ctx: RuleContext, table: FinancialTable, c: KColumns, row: number): boolean {
  const cents = (col: TableColumn | undefined) => (col ? (ctx.amount(table, row, col.key)?.cents ?? null) : null);
  const [wrong, right] = [sumCents([cents(c.g), cents(c.i)]), sumCents([cents(c.g), cents(c.j)])];
  return c.j !== undefined && wrong !== null && wrong === right;
}

function checkCell(ctx: RuleContext, table: FinancialTable, c: KColumns, row: number, same: CellReport<null>[]): void {
  const at = (col: TableColumn) => colAt(table, row, col);
  const cell = cellAddress(row, at(c.k));
  const formula = table.sheet.get(row, at(c.k))?.formula as string;
  const expected = c.j
    ? sumCents([ctx.amount(table, row, c.g.key)?.cents ?? null, ctx.amount(table, row, c.j.key)?.cents ?? null])
    : null;
  const right = c.j
    ? addFormula([
        { row, col: at(c.g) },
        { row, col: at(c.j) },
      ])
    : null;
  const n = names(c);
  const report = {
    table,
    cell,
    message:
      `${cell} : la formule ${formula} calcule le budget total CD (${n.k}) comme ${n.g}+${n.i}` +
      `${amountsText(ctx, table, c, row)}. ${n.k} doit être ${n.g}+${n.j}, sinon ${why(c)}` +
      `${right ? `. Formule à mettre : ${right}.` : "."}`,
    related: [cellRef(table, row, at(c.g)), cellRef(table, row, at(c.i))],
    fix: right ? formulaFix(table, row, at(c.k), right, expected) : null,
  };
  if (!sameAmount(ctx, table, c, row)) ctx.report(report);
  else
    same.push({
      row,
      col: at(c.k),
      address: cell,
      message: report.message,
      related: report.related,
      fix: report.fix as CellFix | null,
      data: null,
    });
}

/** The rows where the template's formula gives the right amount today: one warning, one correction of them all. */
function sameSummary(c: KColumns): (items: readonly CellReport<null>[]) => string {
  const n = names(c);
  return (items) =>
    `${items.length} formules du modèle calculent le budget total CD (${n.k}) comme ${n.g}+${n.i} (${cellList(items)}) : ` +
    `le montant est le même aujourd'hui parce que ${n.i} = ${n.j} sur ces lignes, mais il sera faux dès qu'ils différeront. ` +
    `Correction : ${n.g}+${n.j} sur chacune (${items[0].address} : ${items[0].fix && "formula" in items[0].fix ? items[0].fix.formula : "…"}, …).`;
}

export const formuleModeleK: Rule = {
  meta: {
    id: "formule-modele-k",
    number: 2,
    severity: "error",
    fixable: true,
    scope: "financier",
    title: "Erreur du modèle : K = G+I au lieu de G+J",
    description:
      "Dans le récapitulatif prévisionnel, le budget total CD (K) doit être G+J ; l'en-tête et les formules du modèle officiel disent G+I, ce qui compte deux fois les crédits de l'État dans M.",
  },
  check(ctx) {
    for (const table of ctx.financialTables()) {
      const c = kColumns(table);
      if (!c) continue;
      checkHeader(ctx, table, c);
      const same: CellReport<null>[] = [];
      for (const { row } of table.rows) if (implementsGPlusI(table, row)) checkCell(ctx, table, c, row, same);
      reportRepeated(ctx, table, same, sameSummary(c), "warning", 2);
    }
  },
};
