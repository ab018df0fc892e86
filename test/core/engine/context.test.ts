import { createRuleContext, findingKey } from "../../../src/core/engine/context";
import { Rule } from "../../../src/core/rules/types";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { financialTable } from "../../helpers/ruleTester";

const noop: Rule = {
  meta: { id: "essai", number: 0, severity: "info", fixable: false, scope: "financier", title: "essai", description: "essai" },
  check: () => undefined,
};

describe("contexte des règles", () => {
  const table = financialTable({
    family: "F1",
    columns: ["fiche", "etatNotifie", "cdAffecte"],
    rows: [
      ["action", "1", "67 500,00 €", { f: "=B2", v: null }],
      ["action", "2", null, "- €"],
      ["action", "3", "312.222.40 €", { error: "#REF!" }],
      // after a page break, the repeated part is shifted one column to the right
      ["action", "4", null, 10, 20],
    ],
  });
  table.segments = [{ fromRow: 4, toRow: 4, cols: [1, 2, 3] }];
  const ctx = createRuleContext(noop, [table], DEFAULT_SETTINGS, []);

  test("montants lus en centimes : texte, formule sans résultat en cache, vide et « - € » valent 0", () => {
    expect(ctx.amount(table, 1, "etatNotifie")).toMatchObject({ address: "B2", cents: 6_750_000 });
    // =B2 without a cached result is computed: it gives the text of B2, read as an amount
    expect(ctx.amount(table, 1, "cdAffecte")).toMatchObject({ address: "C2", value: "67 500,00 €", cents: 6_750_000 });
    expect(ctx.amount(table, 2, "etatNotifie")?.cents).toBe(0);
    expect(ctx.amount(table, 2, "cdAffecte")?.cents).toBe(0);
  });

  test("illisible et erreur Excel : null ; colonne absente : undefined", () => {
    expect(ctx.amount(table, 3, "etatNotifie")?.cents).toBeNull();
    expect(ctx.amount(table, 3, "cdAffecte")?.parsed).toEqual({ kind: "error", code: "#REF!" });
    expect(ctx.amount(table, 3, "budget")).toBeUndefined();
  });

  test("partie décalée après un saut de page : la colonne lue est la vraie", () => {
    expect(ctx.amount(table, 4, "etatNotifie")).toMatchObject({ address: "C5", cents: 1000 });
    expect(ctx.amount(table, 4, "cdAffecte")).toMatchObject({ address: "D5", cents: 2000 });
  });

  test("clé d'un constat", () => {
    expect(findingKey({ ruleId: "r", file: "f.xlsx", sheet: "S", cell: "A1" })).toBe("r|f.xlsx|S|A1");
  });
});
