import { Rule } from "../../../src/core/rules/types";
import { SarifLog, toSarif } from "../../../src/core/report/sarif";
import { sampleAnalysis } from "./sample";
import { sarifValidator, schemaErrors } from "./validateurs";

const rule = (id: string, number: number, severity: Rule["meta"]["severity"], fixable = true): Rule => ({
  meta: { id, number, severity, fixable, scope: "financier", title: `Titre ${id}`, description: `Description ${id}.` },
  check: () => undefined,
});

const RULES = [rule("formule-ligne", 1, "error"), rule("formule-modele-k", 2, "error"), rule("erreur-excel", 7, "info", false)];

describe("rapport SARIF 2.1.0", () => {
  const log: SarifLog = toSarif(sampleAnalysis(), {
    rules: RULES,
    fileErrors: [{ file: "C:\\Données\\perdu #2.xlsx", message: "Fichier introuvable." }],
  });
  const run = log.runs[0];

  test("conforme au schéma officiel OASIS (errata 01)", () => {
    expect(log.$schema).toBe("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json");
    expect(log.version).toBe("2.1.0");
    expect(schemaErrors(sarifValidator(), log)).toEqual([]);
  });

  test("outil : nom, version du package, messages en français, pas d'informationUri sans adresse absolue", () => {
    const { driver } = run.tool;
    expect(driver.name).toBe("VerifPacte");
    expect(driver.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(driver.semanticVersion).toBe(driver.version);
    expect(driver.language).toBe("fr-FR");
    expect(run.language).toBe("fr-FR");
    expect(driver.informationUri).toBeUndefined();
    expect(toSarif(sampleAnalysis(), { rules: RULES, projectUri: "docs/" }).runs[0].tool.driver.informationUri).toBeUndefined();
  });

  test("règles : descriptions, aide en texte et en markdown, niveau par défaut ; helpUri seulement absolue", () => {
    expect(run.tool.driver.rules[2]).toEqual({
      id: "erreur-excel",
      name: "ErreurExcel",
      shortDescription: { text: "Titre erreur-excel" },
      fullDescription: { text: "Description erreur-excel." },
      help: {
        text:
          "Règle n° 7 — Titre erreur-excel. Description erreur-excel. Gravité par défaut : information ; correction proposée : non ; " +
          "s'applique aux tableaux financiers. Documentation : docs/regles/erreur-excel.md (dépôt VerifPacte).",
        markdown:
          "**Règle n° 7 — Titre erreur-excel**\n\nDescription erreur-excel.\n\n- Gravité par défaut : information\n- Correction proposée : non\n" +
          "- S'applique aux tableaux financiers\n\nDocumentation : `docs/regles/erreur-excel.md` (dépôt VerifPacte).",
      },
      defaultConfiguration: { level: "note" },
      properties: {
        number: 7,
        scope: "financier",
        fixable: false,
        documentation: "docs/regles/erreur-excel.md",
        tags: ["financier"],
      },
    });
    const linked = toSarif(sampleAnalysis(), { rules: RULES, projectUri: "https://exemple.fr/verifpacte/" }).runs[0].tool.driver;
    expect(linked.informationUri).toBe("https://exemple.fr/verifpacte/README.md");
    expect(linked.rules[0].helpUri).toBe("https://exemple.fr/verifpacte/docs/regles/formule-ligne.md");
    expect(linked.rules[0].help.markdown).toContain(
      "[docs/regles/formule-ligne.md](https://exemple.fr/verifpacte/docs/regles/formule-ligne.md)",
    );
  });

  test("cellule : emplacement logique « member » rattaché à sa feuille et à son classeur, classeur en artefact, aucune région", () => {
    const result = run.results[0];
    expect(result.ruleId).toBe("formule-modele-k");
    expect(result.ruleIndex).toBe(1);
    expect(result.locations).toEqual([
      {
        physicalLocation: { artifactLocation: { uri: "prevision-2025.xlsx", uriBaseId: "%SRCROOT%", index: 0 } },
        logicalLocations: [{ index: 2, name: "E2", fullyQualifiedName: "'Tableau financier'!E2", kind: "member" }],
      },
    ]);
    expect(run.logicalLocations.slice(0, 3)).toEqual([
      { name: "prevision-2025.xlsx", fullyQualifiedName: "prevision-2025.xlsx", kind: "module" },
      { name: "Tableau financier", fullyQualifiedName: "'Tableau financier'", kind: "namespace", parentIndex: 0 },
      { name: "E2", fullyQualifiedName: "'Tableau financier'!E2", kind: "member", parentIndex: 1 },
    ]);
    expect(JSON.stringify(log)).not.toMatch(/"region"|"startLine"|"fixes"/);
    expect(run.results[4].level).toBe("note");
    expect(run.results[2].ruleIndex).toBeUndefined();
  });

  test("chaque résultat a une empreinte, toutes distinctes", () => {
    const prints = run.results.map((r) => r.partialFingerprints["verifpacte/v1"]);
    expect(prints).toHaveLength(5);
    for (const p of prints) expect(p).toMatch(/^[0-9a-f]{16}:1$/);
    expect(new Set(prints).size).toBe(5);
  });

  test("correction : un objet documenté dans les propriétés, jamais un remplacement dans le fichier", () => {
    expect(run.results[0].properties.fix).toEqual({
      sheet: "Tableau financier",
      cell: "E2",
      formula: "=C2+D2",
      expected: 1100,
      description: "Correction proposée en 'Tableau financier'!E2 : =C2+D2 (résultat attendu : 1\u00a0100,00\u00a0€)",
    });
    expect(run.results[3].properties.fix).toEqual({
      sheet: "Indicateurs",
      cell: "C2",
      comment: "Taux à vérifier.",
      description: "Correction proposée en Indicateurs!C2 : commentaire « Taux à vérifier. »",
    });
    expect(run.results[2].properties.fix).toBeNull();
    expect(run.results[0].properties.table).toMatchObject({ sheet: "Tableau financier", range: "A1:E4", family: "F2" });
    expect(run.results[4].properties.table).toBeNull();
  });

  test("cellules liées : un message chacune, l'autre classeur nommé, URI encodée", () => {
    expect(run.results[2].relatedLocations).toEqual([
      {
        id: 0,
        message: { text: "Cellule liée du classeur « execution 2024.xlsx » : 'Exécution'!C2" },
        physicalLocation: { artifactLocation: { uri: "execution%202024.xlsx", uriBaseId: "%SRCROOT%", index: 1 } },
        logicalLocations: [{ index: 7, name: "C2", fullyQualifiedName: "'Exécution'!C2", kind: "member" }],
      },
      {
        id: 1,
        message: { text: "Cellule liée : 'Tableau financier'!C4" },
        physicalLocation: { artifactLocation: { uri: "prevision-2025.xlsx", uriBaseId: "%SRCROOT%", index: 0 } },
        logicalLocations: [{ index: 8, name: "C4", fullyQualifiedName: "'Tableau financier'!C4", kind: "member" }],
      },
    ]);
  });

  test("les erreurs de lecture et d'analyse sont des notifications d'exécution ; chemin Windows en URI file", () => {
    expect(run.artifacts.map((a) => a.location)).toEqual([
      { uri: "prevision-2025.xlsx", uriBaseId: "%SRCROOT%" },
      { uri: "execution%202024.xlsx", uriBaseId: "%SRCROOT%" },
      { uri: "file:///C:/Donn%C3%A9es/perdu%20%232.xlsx" },
    ]);
    const [invocation] = run.invocations;
    expect(invocation.executionSuccessful).toBe(false);
    expect(
      invocation.toolExecutionNotifications.map((n) => [n.message.text, n.locations[0].physicalLocation.artifactLocation.index]),
    ).toEqual([
      ["La règle « x » (n° 9) s'est arrêtée sur une erreur interne (boum) : ses constats peuvent manquer.", 1],
      ["Fichier introuvable.", 2],
    ]);
  });

  test("dossier de départ des chemins relatifs : originalUriBaseIds, seulement s'il est absolu", () => {
    const withBase = toSarif(sampleAnalysis(), { rules: RULES, baseUri: "file:///home/agent/dreets/" }).runs[0];
    expect(withBase.originalUriBaseIds).toEqual({ "%SRCROOT%": { uri: "file:///home/agent/dreets/" } });
    expect(toSarif(sampleAnalysis(), { rules: RULES, baseUri: "dreets/" }).runs[0].originalUriBaseIds).toBeUndefined();
    expect(run.originalUriBaseIds).toBeUndefined();
  });

  test("deux noms d'un même fichier (« ./absent.xlsx », « absent.xlsx ») : un seul artefact, journal toujours valide", () => {
    const fileErrors = [
      { file: "./absent.xlsx", message: "fichier ou dossier introuvable." },
      { file: "absent.xlsx", message: "fichier ou dossier introuvable." },
    ];
    const log = toSarif(sampleAnalysis(), { rules: RULES, fileErrors });
    expect(schemaErrors(sarifValidator(), log)).toEqual([]);
    const [twice] = log.runs;
    expect(twice.artifacts.map((a) => a.location.uri)).toEqual(["prevision-2025.xlsx", "execution%202024.xlsx", "absent.xlsx"]);
    expect(
      twice.invocations[0].toolExecutionNotifications.map((n) => n.locations[0].physicalLocation.artifactLocation.index),
    ).toEqual([1, 2, 2]);
  });
});
