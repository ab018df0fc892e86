/**
 * The per-analysis cache (amounts read once, totals and row checks worked out once, shared by all
 * rules) never changes a finding: on the sample workbooks and on random tables, the rules give the
 * same findings with one shared cache as each with an uncached context that reads every cell again.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { analyze, recognize, withDefaults } from "../../src/core";
import { createAnalysisCache } from "../../src/core/engine/cache";
import { createRuleContext } from "../../src/core/engine/context";
import { allRules } from "../../src/core/rules";
import { Finding } from "../../src/core/rules/types";
import { Table } from "../../src/core/tables/model";
import { CellSpec } from "../helpers/sheet";
import { financialTable } from "../helpers/ruleTester";
import { readCore } from "../cli/helpers";

const EXAMPLES = join(__dirname, "..", "..", "examples");
const settings = withDefaults({});

/** Every rule over the tables, as analyze runs them: one cache for all, or none at all. */
function findings(tables: readonly Table[], memoize: boolean): Finding[] {
  const sink: Finding[] = [];
  const shared = createAnalysisCache({ memoize });
  for (const rule of allRules)
    rule.check(createRuleContext(rule, tables, settings, sink, memoize ? shared : createAnalysisCache({ memoize })));
  return sink;
}

jest.setTimeout(60_000);

describe("cache d'une analyse : mêmes constats qu'une lecture sans cache", () => {
  test.each(readdirSync(EXAMPLES).filter((f) => f.endsWith(".xlsx")))("%s", async (file) => {
    const { tables } = recognize(await readCore(join(EXAMPLES, file)), settings);
    const cached = findings(tables, true);
    expect(cached).toEqual(findings(tables, false));
  });

  test("la deuxième analyse d'un classeur modifié relit ses cellules", async () => {
    const wb = await readCore(join(EXAMPLES, "prevision-2024-alpes-maritimes.xlsx"));
    const before = analyze([wb]).findings.length;
    const table = analyze([wb]).tables.find((t) => t.kind === "financial");
    if (table?.kind !== "financial") throw new Error("pas de tableau financier");
    const action = table.rows.find((r) => r.kind === "action");
    const amount = table.columns.find((c) => c.key === "etatNotifie");
    if (!action || !amount) throw new Error("ligne d'action ou colonne A absente");
    table.sheet.set(action.row, amount.col, { value: "312.222.40 €" });
    expect(analyze([wb]).findings.length).toBeGreaterThan(before);
  });

  /** A money cell as workbooks hold them: numbers (decimals, float noise, negative), text, blanks, errors. */
  const moneyArb: fc.Arbitrary<CellSpec> = fc.oneof(
    fc.integer({ min: 0, max: 500_000_00 }).map((c) => c / 100),
    fc.integer({ min: -5_000_00, max: 5_000_00 }).map((c) => c / 100),
    fc.double({ min: 0, max: 100_000, noNaN: true }),
    fc.integer({ min: 0, max: 100_000_00 }).map((c) => c / 100 + 1e-9),
    fc.constantFrom("1 234,50 €", "- €", "312.222.40 €", "", "Sans objet", null, { error: "#REF!" }),
  );

  test("propriété : tableaux F3 aléatoires (montants, textes, erreurs, sommes justes ou fausses)", () => {
    const rowArb = fc.tuple(fc.array(moneyArb, { minLength: 5, maxLength: 5 }), moneyArb, moneyArb, fc.boolean());
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 6 }), fc.boolean(), (actions, withFormulas) => {
        const first = 2;
        const last = first + actions.length - 1;
        const rows: [string, ...CellSpec[]][] = actions.map(([parts, budget, realise, formula], i) => {
          const r = first + i;
          const f = formula && withFormulas ? { f: `=E${r}+F${r}+G${r}+H${r}+I${r}`, v: budget as number } : budget;
          return ["action", "Thème 1", "0304-50-19-03", String(i + 1), `Action ${i + 1}`, ...parts, f, realise, 0, 0];
        });
        const sum = (col: string) => ({ f: `=SUM(${col}${first}:${col}${last})` });
        rows.push(["total", "TOTAUX FINANCIERS", null, null, null, ...["E", "F", "G", "H", "I", "J", "K", "L", "M"].map(sum)]);
        const table = financialTable({
          family: "F3",
          columns: [
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
          ],
          rows: rows as never,
        });
        expect(findings([table], true)).toEqual(findings([table], false));
      }),
      { numRuns: 150 },
    );
  });
});
