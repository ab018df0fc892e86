/**
 * What the rules read once per table and share (util/amounts.ts: the cents of the money columns and
 * which cells are not plain amounts; util/cells.ts mayHoldError, the cells rule 7 asks about) says
 * exactly what reading each cell through the RuleContext says, with the analysis cache or without.
 */
import fc from "fast-check";
import { r1c1Shape } from "../../../src/core/formula/r1c1";
import { translateFormula } from "../../../src/core/formula/translate";
import { createAnalysisCache } from "../../../src/core/engine/cache";
import { createRuleContext } from "../../../src/core/engine/context";
import { allRules } from "../../../src/core/rules";
import { RuleContext } from "../../../src/core/rules/types";
import {
  amountRows,
  columnCents,
  coverage,
  mayHoldError,
  nonPlainAmounts,
  numericColumns,
  unusualMoneyCells,
} from "../../../src/core/rules/util";
import { withDefaults } from "../../../src/core/settings";
import { FinancialTable } from "../../../src/core/tables/model";
import { financialTable } from "../../helpers/ruleTester";
import { CellSpec, EURO_FORMAT } from "../../helpers/sheet";
import { seedF1 } from "./formules/fixtures";

const COLUMNS = [
  "axe",
  "chorus",
  "fiche",
  "intitule",
  "etatVerse",
  "etatReporte",
  "cdAffecte",
  "cdReporte",
  "autres",
  "budget",
  "realise",
  "reportEtat",
  "reportCd",
  "commentaire",
] as const;

/** A money cell as workbooks hold them, formulas saved with or without their result included. */
const moneyArb: fc.Arbitrary<CellSpec> = fc.oneof(
  fc.integer({ min: 0, max: 500_000_00 }).map((c) => c / 100),
  fc.integer({ min: -5_000_00, max: 5_000_00 }).map((c) => c / 100),
  fc.double({ min: -100_000, max: 100_000, noNaN: true }),
  fc.integer({ min: 0, max: 100_000_00 }).map((c) => c / 100 + 1e-9),
  fc.constant(30_000_000),
  fc.constantFrom<CellSpec>(
    "1 234,50 €",
    "-12,5",
    "- €",
    "312.222.40 €",
    "",
    "   ",
    "Sans objet",
    "#N/A",
    " #valeur! ",
    null,
    true,
    { error: "#REF!" },
    { v: 45000, fmt: "dd/mm/yyyy" },
    { v: 1234.5, fmt: EURO_FORMAT },
    { f: "=1/0" },
    { f: "=E2+F2" },
    { f: "=E2+F2", v: 12 },
    { f: "=E2*1.0001" },
    { f: '="12"&"3"' },
    { f: "=NA()", v: { error: "#N/A" } },
    { f: "" },
  ),
);

const KINDS = ["action", "action", "action", "empty", "sousTotal", "title", "total", "controle"] as const;

const tableArb = fc.array(fc.tuple(fc.constantFrom(...KINDS), fc.array(moneyArb, { minLength: 9, maxLength: 9 })), {
  minLength: 1,
  maxLength: 8,
});

function tableOf(rows: [(typeof KINDS)[number], CellSpec[]][]): FinancialTable {
  return financialTable({
    family: "F3",
    columns: [...COLUMNS],
    rows: rows.map(([kind, money], i) => [kind, "Thème 1", "0304-50-19-03", String(i + 1), `Action ${i + 1}`, ...money, "Note"]),
  });
}

function contextOf(table: FinancialTable, memoize: boolean): RuleContext {
  return createRuleContext(allRules[0], [table], withDefaults({}), [], createAnalysisCache({ memoize }));
}

describe("lectures partagées par les règles : les mêmes que cellule par cellule", () => {
  test.each([true, false])("montants des colonnes, montants non ordinaires (cache : %s)", (memoize) => {
    fc.assert(
      fc.property(tableArb, (rows) => {
        const table = tableOf(rows);
        const ctx = contextOf(table, memoize);
        const direct = contextOf(table, memoize);
        const first = table.range.r1;
        const columns = numericColumns(table);
        for (const column of columns) {
          const cents = columnCents(ctx, table, column);
          for (const row of table.rows) {
            expect(cents[row.row - first]).toBe(direct.cents(table, row.row, column.key) ?? NaN);
          }
          const nonPlain = table.rows.filter((r) => direct.plainCents(table, r.row, column.key) === null);
          expect(nonPlainAmounts(ctx, table, table.rows, column).map((a) => a.address)).toEqual(
            nonPlain.map((r) => direct.amount(table, r.row, column.key)?.address),
          );
        }
        const unusual = amountRows(table).flatMap((row) =>
          columns.flatMap((column) => {
            const plain = direct.plainCents(table, row.row, column.key);
            return plain === null || plain === undefined || plain < 0 ? [{ row: row.row, col: column.col }] : [];
          }),
        );
        const found = unusualMoneyCells(ctx, table);
        expect(found.map((m) => ({ row: m.row.row, col: m.column.col }))).toEqual(unusual);
        for (const m of found) expect(m.amount.cents).toBe(direct.cents(table, m.row.row, m.column.key));
      }),
      { numRuns: 200 },
    );
  });

  test("une cellule que la règle 7 passe ne contient pas d'erreur Excel", () => {
    fc.assert(
      fc.property(tableArb, (rows) => {
        const table = tableOf(rows);
        const ctx = contextOf(table, true);
        const { r1, c1, r2, c2 } = table.range;
        for (let r = r1; r <= r2; r++) {
          for (let c = c1; c <= c2; c++) {
            if (!mayHoldError(table.sheet.get(r, c))) expect(ctx.errorCode(table, r, c)).toBeNull();
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

/**
 * util/totals.ts keeps what a total's SUM covers by total row and R1C1 shape across the analysis
 * and the rules run again on the corrected sheets, for formulas whose references do not fix their
 * column: such a coverage is the same in every column. A `$` before a column makes it depend on
 * the column (those are kept per analysis only, as before).
 */
describe("couverture d'une formule de total : la même dans chaque colonne sans « $ » de colonne", () => {
  const table = seedF1();
  const columns = numericColumns(table);
  const totals = table.rows.filter((r) => r.level > 0);
  /** A reference of the first money column (D), rows as written, from 1 to 12, `$` before the row or not. */
  const ref = fc
    .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 3 }), fc.boolean())
    .map(([row, length, abs]) => {
      const cell = (r: number) => `D${abs ? "$" : ""}${r}`;
      return length === 0 ? cell(row) : `${cell(row)}:${cell(row + length)}`;
    });
  const formula = fc
    .tuple(fc.array(ref, { minLength: 1, maxLength: 3 }), fc.array(ref, { maxLength: 2 }))
    .map(([inSum, added]) => [`=SUM(${inSum.join(",")})`, ...added].join("+"));

  test("propriété : recopiée d'une colonne à l'autre, une formule couvre les mêmes lignes", () => {
    fc.assert(
      fc.property(fc.constantFrom(...totals), formula, (total, text) => {
        const first = columns[0];
        const copies = columns.map((c) => translateFormula(text, total.row, first.col, total.row, c.col));
        const shapes = copies.map((f, i) => r1c1Shape(f, total.row, columns[i].col));
        expect(new Set(shapes).size).toBe(1);
        const covered = copies.map((f, i) => coverage(table, total, columns[i], f));
        for (const c of covered) expect(c).toEqual(covered[0]);
      }),
      { numRuns: 300 },
    );
  });

  test("avec « $ » devant la colonne, la même forme ne couvre pas les mêmes lignes dans chaque colonne", () => {
    const total = totals.find((r) => r.kind === "sousTotal")!;
    const text = "=SUM($D$2:$D$4)";
    const [d, e] = columns;
    expect(r1c1Shape(text, total.row, d.col)).toBe(r1c1Shape(text, total.row, e.col));
    expect(coverage(table, total, d, text)).toEqual({ missing: [], double: [], extra: [] });
    expect(coverage(table, total, e, text)).toBeNull();
  });
});
