/**
 * The machine outputs of every example workbook, produced by the command line in process, against
 * their schemas: the official OASIS SARIF 2.1.0 schema (0 errors) and the published JSON contract
 * docs/rapport.schema.json. Both are closed: the validators must really refuse what is wrong.
 */
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { JsonReport, SarifLog, TOOL_VERSION } from "../../../src/core";
import { run } from "../../../src/cli/run";
import { captureIo, makeTmpDir } from "../../cli/helpers";
import { jsonReportValidator, sarifValidator, schemaErrors } from "./validateurs";
import { version } from "../../../package.json";

jest.setTimeout(120_000);

const ROOT = join(__dirname, "..", "..", "..");
const EXAMPLES = readdirSync(join(ROOT, "examples"))
  .filter((name) => name.endsWith(".xlsx"))
  .map((name) => `examples/${name}`);

async function cli(format: "json" | "sarif", inputs: string[], cwd = ROOT): Promise<unknown> {
  const io = captureIo(cwd);
  await run(["--format", format, ...inputs], io.io);
  return JSON.parse(io.out()) as unknown;
}

function minimalLog(informationUri: string): object {
  return {
    version: "2.1.0",
    runs: [{ tool: { driver: { name: "VerifPacte", informationUri } }, results: [] }],
  };
}

describe("les validateurs font respecter les schémas", () => {
  test("SARIF : une URI relative est refusée là où le schéma officiel exige une URI absolue", () => {
    expect(schemaErrors(sarifValidator(), minimalLog("https://example.org/verifpacte/"))).toEqual([]);
    expect(schemaErrors(sarifValidator(), minimalLog("docs/regles/README.md"))).toEqual([
      expect.stringMatching(/^\/runs\/0\/tool\/driver\/informationUri must match format "uri"/),
    ]);
    expect(schemaErrors(sarifValidator(), { version: "2.1.0", runs: [{ tool: { driver: {} } }] })).not.toEqual([]);
  });

  test("JSON : une clé non documentée ou une correction à deux formes est refusée", () => {
    const report = { version: 2, tool: { name: "VerifPacte", version: "0.1.0" }, files: [] };
    expect(schemaErrors(jsonReportValidator(), report)).toEqual([]);
    expect(schemaErrors(jsonReportValidator(), { ...report, extra: 1 })).not.toEqual([]);
    const file = { file: "a.xlsx", errors: [], tables: [], unmapped: [] };
    const finding = {
      fingerprint: "0123456789abcdef:1",
      ruleId: "sous-total",
      severity: "error",
      sheet: "F",
      cell: "B2",
      table: null,
      message: "m",
      related: [],
      fix: { sheet: "F", cell: "B2", value: 1 },
    };
    const withFinding = (f: object) => ({ ...report, files: [{ ...file, findings: [f] }] });
    expect(schemaErrors(jsonReportValidator(), withFinding(finding))).toEqual([]);
    expect(schemaErrors(jsonReportValidator(), withFinding({ ...finding, fix: { ...finding.fix, formula: "=1" } }))).not.toEqual(
      [],
    );
    expect(schemaErrors(jsonReportValidator(), withFinding({ ...finding, severity: "erreur" }))).not.toEqual([]);
  });
});

describe("les exemples, contrôlés ensemble", () => {
  let sarif: SarifLog;
  let json: JsonReport;
  beforeAll(async () => {
    sarif = (await cli("sarif", EXAMPLES)) as SarifLog;
    json = (await cli("json", EXAMPLES)) as JsonReport;
  });

  test("il y a des constats de toutes les formes à valider", () => {
    const findings = json.files.flatMap((f) => f.findings);
    expect(findings.length).toBeGreaterThan(30);
    expect(findings.some((f) => f.fix && "formula" in f.fix)).toBe(true);
    expect(findings.some((f) => f.fix && "value" in f.fix)).toBe(true);
    expect(findings.some((f) => f.fix && "comment" in f.fix)).toBe(true);
    expect(findings.some((f) => f.related.length > 0)).toBe(true);
  });

  test("SARIF : 0 erreur selon le schéma officiel OASIS 2.1.0 (errata 01)", () => {
    expect(schemaErrors(sarifValidator(), sarif)).toEqual([]);
  });

  test("JSON : conforme au schéma publié docs/rapport.schema.json", () => {
    expect(schemaErrors(jsonReportValidator(), json)).toEqual([]);
  });

  test("version de l'outil lue dans package.json", () => {
    expect(TOOL_VERSION).toBe(version);
    expect(sarif.runs[0].tool.driver.version).toBe(version);
    expect(sarif.runs[0].tool.driver.semanticVersion).toBe(version);
    expect(json.tool).toEqual({ name: "VerifPacte", version });
  });

  test("SARIF et JSON disent la même chose : empreintes, corrections, tableaux", () => {
    const findings = json.files.flatMap((f) => f.findings.map((finding) => ({ file: f, finding })));
    const results = sarif.runs[0].results;
    expect(results.map((r) => r.partialFingerprints["verifpacte/v1"])).toEqual(findings.map((f) => f.finding.fingerprint));
    results.forEach((result, i) => {
      const { file, finding } = findings[i];
      expect(result.ruleId).toBe(finding.ruleId);
      const fix = result.properties.fix;
      if (fix === null) expect(finding.fix).toBeNull();
      else {
        const { description, ...rest } = fix;
        expect(rest).toEqual(finding.fix);
        expect(description).toMatch(/^Correction proposée en /);
      }
      expect(result.properties.table).toEqual(finding.table === null ? null : file.tables[finding.table]);
    });
  });
});

describe.each([
  ["le corpus de fidélité (classeurs d'autres départements)", "test/robustesse/classeurs", 20],
  ["les exemples de la synthèse régionale", "examples/region", 5],
])("%s, en un seul lot", (_what, folder, atLeast) => {
  test("SARIF et JSON conformes, empreintes toutes distinctes", async () => {
    const sarif = (await cli("sarif", [folder])) as SarifLog;
    expect(sarif.runs[0].artifacts.length).toBeGreaterThanOrEqual(atLeast);
    expect(schemaErrors(sarifValidator(), sarif)).toEqual([]);
    const json = (await cli("json", [folder])) as JsonReport;
    expect(schemaErrors(jsonReportValidator(), json)).toEqual([]);
    const prints = json.files.flatMap((f) => f.findings.map((x) => x.fingerprint));
    expect(new Set(prints).size).toBe(prints.length);
  });
});

describe("chaque exemple seul, et des fichiers illisibles", () => {
  const tmp = makeTmpDir();
  afterAll(tmp.cleanup);

  test.each(EXAMPLES)("%s : SARIF et JSON conformes", async (example) => {
    expect(schemaErrors(sarifValidator(), await cli("sarif", [example]))).toEqual([]);
    expect(schemaErrors(jsonReportValidator(), await cli("json", [example]))).toEqual([]);
  });

  test("fichier absent, fichier texte : erreurs dans les deux formats, conformes", async () => {
    writeFileSync(join(tmp.dir, "notes.xlsx"), "ceci n'est pas un classeur");
    const inputs = ["absent.xlsx", "notes.xlsx"];
    const json = (await cli("json", inputs, tmp.dir)) as JsonReport;
    expect(schemaErrors(jsonReportValidator(), json)).toEqual([]);
    expect(json.files.map((f) => f.errors.length)).toEqual([1, 1]);
    const sarif = (await cli("sarif", inputs, tmp.dir)) as SarifLog;
    expect(schemaErrors(sarifValidator(), sarif)).toEqual([]);
    const [invocation] = sarif.runs[0].invocations;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications.map((n) => n.locations[0].physicalLocation.artifactLocation.uri)).toEqual(
      inputs,
    );
  });
});
