import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { creditsRules } from "../../../../src/core/rules/credits";

describe("règles « crédits » au catalogue", () => {
  test("règles 12 à 16, dans l'ordre du catalogue", () => {
    expect(creditsRules.map((r) => [r.meta.number, r.meta.id, r.meta.severity, r.meta.fixable])).toEqual([
      [12, "report-superieur", "error", false],
      [13, "report-incoherent", "error", true],
      [14, "report-apres-fin", "error", false],
      [15, "solde-non-justifie", "warning", true],
      [16, "realise-superieur", "error", false],
    ]);
  });

  test.each(creditsRules.map((r) => [r.meta.id, r.meta.number]))(
    "page de documentation docs/regles/%s.md (règle %i)",
    (id, number) => {
      const page = join(__dirname, "../../../../docs/regles", `${id}.md`);
      expect(existsSync(page)).toBe(true);
      const text = readFileSync(page, "utf8");
      expect(text.startsWith(`# ${id} — `)).toBe(true);
      expect(text).toContain(`Règle n° ${number} ·`);
      for (const section of ["## Ce que la règle vérifie", "## Pourquoi", "## Exemple", "## Correction"])
        expect(text).toContain(section);
    },
  );
});
