import { Rule } from "../../../src/core/rules/types";
import { toSarif } from "../../../src/core/report/sarif";
import { sampleAnalysis } from "./sample";

const rule = (id: string, number: number, severity: Rule["meta"]["severity"]): Rule => ({
  meta: { id, number, severity, fixable: true, scope: "financier", title: `Titre ${id}`, description: `Description ${id}.` },
  check: () => undefined,
});

const RULES = [rule("formule-ligne", 1, "error"), rule("formule-modele-k", 2, "error"), rule("erreur-excel", 7, "info")];

describe("rapport SARIF 2.1.0", () => {
  const log = toSarif(sampleAnalysis(), { rules: RULES });
  const run = log.runs[0];

  test("en-tête et outil", () => {
    expect(log.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
    expect(log.version).toBe("2.1.0");
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver.name).toBe("VerifPacte");
    expect(typeof run.tool.driver.informationUri).toBe("string");
    expect(run.tool.driver.rules[2]).toEqual({
      id: "erreur-excel",
      name: "erreur-excel",
      shortDescription: { text: "Titre erreur-excel" },
      fullDescription: { text: "Description erreur-excel." },
      helpUri: "docs/regles/erreur-excel.md",
      defaultConfiguration: { level: "note" },
    });
  });

  test("chaque résultat a les propriétés requises", () => {
    expect(run.results).toHaveLength(5);
    for (const result of run.results) {
      expect(typeof result.ruleId).toBe("string");
      expect(["error", "warning", "note"]).toContain(result.level);
      expect(result.message.text.length).toBeGreaterThan(0);
      const [where] = result.locations;
      expect(where.physicalLocation.artifactLocation.uri).toBe("prevision-2025.xlsx");
      expect(where.physicalLocation.region?.startLine).toBeGreaterThan(0);
      expect(where.logicalLocations?.[0].fullyQualifiedName).toMatch(/!/);
    }
  });

  test("cellule en lieu logique et en région (ligne, colonne)", () => {
    const result = run.results[0];
    expect(result.ruleId).toBe("formule-modele-k");
    expect(result.ruleIndex).toBe(1);
    expect(result.locations[0].physicalLocation.region).toEqual({ startLine: 2, startColumn: 5 });
    expect(result.locations[0].logicalLocations).toEqual([{ name: "E2", fullyQualifiedName: "'Tableau financier'!E2" }]);
    expect(run.results[4].level).toBe("note");
    expect(run.results[2].ruleIndex).toBeUndefined();
  });

  test("corrections : description et remplacement dans le classeur", () => {
    expect(run.results[0].fixes).toEqual([
      {
        description: { text: "Correction proposée en 'Tableau financier'!E2 : =C2+D2 (résultat attendu : 1\u00a0100,00\u00a0€)" },
        artifactChanges: [
          {
            artifactLocation: { uri: "prevision-2025.xlsx" },
            replacements: [{ deletedRegion: { startLine: 2, startColumn: 5 }, insertedContent: { text: "=C2+D2" } }],
          },
        ],
      },
    ]);
    expect(run.results[2].fixes).toBeUndefined();
  });

  test("cellules liées dans un autre classeur, URI encodée", () => {
    expect(run.results[2].relatedLocations?.[0]).toEqual({
      id: 0,
      physicalLocation: { artifactLocation: { uri: "execution%202024.xlsx" }, region: { startLine: 2, startColumn: 3 } },
      logicalLocations: [{ name: "C2", fullyQualifiedName: "'Exécution'!C2" }],
    });
  });

  test("les erreurs d'analyse sont des notifications d'exécution", () => {
    expect(run.artifacts.map((a) => a.location.uri)).toEqual(["prevision-2025.xlsx", "execution%202024.xlsx"]);
    const [invocation] = run.invocations;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications).toHaveLength(1);
    expect(invocation.toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri).toBe("execution%202024.xlsx");
  });
});
