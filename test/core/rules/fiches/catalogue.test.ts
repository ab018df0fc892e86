import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { allRules } from "../../../../src/core/rules";
import { fichesRules } from "../../../../src/core/rules/fiches";

describe("règles « fiches » au catalogue", () => {
  test("règles 26 et 27, après les 25 du catalogue", () => {
    expect(fichesRules.map((r) => [r.meta.number, r.meta.id, r.meta.severity, r.meta.fixable, r.meta.scope])).toEqual([
      [26, "total-parties", "error", true, "financier"],
      [27, "rapprochement-tableaux", "warning", false, "financier"],
    ]);
    expect(allRules.slice(-2)).toEqual(fichesRules);
  });

  test.each(fichesRules.map((r) => [r.meta.id, r.meta.number]))(
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
