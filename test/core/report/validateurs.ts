/**
 * The two schemas the reports are checked against, compiled once:
 * - the official OASIS SARIF 2.1.0 schema (errata 01, JSON Schema draft-04: ajv-draft-04), with
 *   the « uri » and « uri-reference » formats enforced by ajv-formats (see test/schemas/README.md);
 * - the JSON report's published schema docs/rapport.schema.json (JSON Schema 2020-12).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ErrorObject, ValidateFunction } from "ajv";
import Ajv2020 from "ajv/dist/2020";
import AjvDraft04 from "ajv-draft-04";
import addFormats from "ajv-formats";

const ROOT = join(__dirname, "..", "..", "..");

function readJson(path: string): object {
  return JSON.parse(readFileSync(join(ROOT, path), "utf8")) as object;
}

let sarif: ValidateFunction | null = null;
let json: ValidateFunction | null = null;

export const SARIF_SCHEMA_PATH = "test/schemas/sarif-schema-2.1.0.json";
export const JSON_SCHEMA_PATH = "docs/rapport.schema.json";

export function sarifValidator(): ValidateFunction {
  if (!sarif) {
    const ajv = new AjvDraft04({ allErrors: true, strict: false });
    addFormats(ajv);
    sarif = ajv.compile(readJson(SARIF_SCHEMA_PATH));
  }
  return sarif;
}

export function jsonReportValidator(): ValidateFunction {
  if (!json) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    addFormats(ajv);
    json = ajv.compile(readJson(JSON_SCHEMA_PATH));
  }
  return json;
}

/** The schema errors of a document, one readable line each (empty when valid). */
export function schemaErrors(validate: ValidateFunction, document: unknown): string[] {
  validate(document);
  return (validate.errors ?? []).map(
    (e: ErrorObject) => `${e.instancePath || "/"} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`,
  );
}
