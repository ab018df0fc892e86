/**
 * The command line as users run it: the esbuild bundle (scripts/build-cli.mjs, run by
 * npm install) carries the version of package.json and writes a valid SARIF log with links to
 * the local documentation.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { SarifLog } from "../../../src/core";
import { version } from "../../../package.json";
import { sarifValidator, schemaErrors } from "./validateurs";

jest.setTimeout(120_000);

const ROOT = join(__dirname, "..", "..", "..");

test("le paquet construit porte la version de package.json et écrit un SARIF valide", () => {
  execFileSync(process.execPath, ["scripts/build-cli.mjs"], { cwd: ROOT });
  const out = execFileSync(process.execPath, ["bin/verifpacte.cjs", "--format", "sarif", "examples/indicateurs-2024.xlsx"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  const log = JSON.parse(out) as SarifLog;
  expect(schemaErrors(sarifValidator(), log)).toEqual([]);
  const { driver } = log.runs[0].tool;
  expect([driver.version, driver.semanticVersion]).toEqual([version, version]);
  expect(driver.informationUri).toMatch(/^file:\/\/\/.*\/README\.md$/);
});
