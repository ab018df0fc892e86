/**
 * SARIF 2.1.0 (OASIS, errata 01) for code-scanning dashboards and SARIF viewers; the choices are
 * documented for users in docs/sarif.md.
 * - A workbook is an artifact (file:// URI, or a relative URI against « %SRCROOT% »).
 * - A cell is a logical location of kind « member » (« 'Tableau financier'!H12 ») whose parent
 *   is its sheet (kind « namespace »). No region: a .xlsx is a binary file (a ZIP archive), its
 *   « lines » mean nothing, and SARIF forbids text regions in binary artifacts.
 * - partialFingerprints « verifpacte/v1 »: stable across runs, distinct within one (fingerprints.ts).
 * - A correction is never a SARIF fix (text replacements would destroy the archive): it is the
 *   result's property « fix », the same object as in the JSON report, with a French description.
 * - Read and analysis failures are tool execution notifications of the single invocation.
 * Texts from the workbooks are escaped for display (escape.ts).
 */
import { quoteSheetName } from "../grid/address";
import { Analysis, tableOf } from "../engine/analyze";
import { allRules } from "../rules";
import { Finding, Rule } from "../rules/types";
import { escapeStrings } from "./escape";
import { FileSection, ReportFiles, fileSections } from "./files";
import { FINGERPRINT_NAME, fingerprints } from "./fingerprints";
import { describeFix } from "./french";
import { JsonFix, JsonTable, jsonFix, jsonTable } from "./json";
import { TOOL_NAME, TOOL_VERSION } from "./product";
import { LEVEL, SarifLevel, SarifRule, sarifRule } from "./sarif-rules";
import { FileLocation, SRCROOT, fileLocation, isAbsoluteUri, normalizedPath } from "./uri";

export const SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
const XLSX_MIME_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface SarifOptions extends ReportFiles {
  /** Rules described in tool.driver.rules (default: every rule). */
  rules?: readonly Rule[];
  /** Absolute URI (ending « / ») of the folder relative workbook paths start from: run.originalUriBaseIds. */
  baseUri?: string;
  /** Absolute URI (ending « / ») of the VerifPacte folder or site: informationUri (README.md) and each rule's helpUri. */
  projectUri?: string;
}

interface SarifArtifactLocation extends FileLocation {
  /** Index in run.artifacts. */
  index?: number;
}

interface SarifLogicalLocation {
  name: string;
  fullyQualifiedName: string;
  kind: "module" | "namespace" | "member";
  parentIndex?: number;
}

interface SarifLocation {
  id?: number;
  message?: { text: string };
  physicalLocation: { artifactLocation: SarifArtifactLocation };
  logicalLocations?: (SarifLogicalLocation & { index: number })[];
}

export interface SarifResultProperties {
  sheet: string;
  cell: string;
  table: JsonTable | null;
  fix: (JsonFix & { description: string }) | null;
}

export interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: SarifLevel;
  message: { text: string };
  locations: SarifLocation[];
  relatedLocations?: SarifLocation[];
  partialFingerprints: Record<string, string>;
  properties: SarifResultProperties;
}

interface SarifNotification {
  level: "error";
  message: { text: string };
  locations: SarifLocation[];
}

export interface SarifRun {
  tool: {
    driver: {
      name: string;
      fullName: string;
      version: string;
      semanticVersion: string;
      informationUri?: string;
      language: string;
      rules: SarifRule[];
    };
  };
  originalUriBaseIds?: Record<string, { uri: string }>;
  artifacts: { location: FileLocation; mimeType: string; roles: ["analysisTarget"] }[];
  logicalLocations: SarifLogicalLocation[];
  invocations: { executionSuccessful: boolean; toolExecutionNotifications: SarifNotification[] }[];
  language: string;
  results: SarifResult[];
  properties: Record<string, string>;
}

export interface SarifLog {
  $schema: string;
  version: "2.1.0";
  runs: SarifRun[];
}

/** How the log maps workbooks to SARIF, for a reader who did not open docs/sarif.md. */
const RUN_NOTES: Record<string, string> = {
  emplacements:
    "Chaque cellule est un emplacement logique (kind « member », fullyQualifiedName « 'Feuille'!G8 ») rattaché à sa feuille " +
    "(kind « namespace »), elle-même rattachée à son classeur (kind « module ») ; le classeur est aussi l'artefact. " +
    "Aucune région : un .xlsx est un fichier binaire (archive ZIP).",
  empreintes:
    `partialFingerprints « ${FINGERPRINT_NAME} » : règle, classeur, feuille, tableau et rôle de la cellule (intitulé de la ligne, ` +
    "rôle de la colonne), indépendants de l'adresse et du message ; distinctes dans une exécution.",
  corrections:
    "Une correction n'est jamais un « fix » SARIF : c'est la propriété « fix » du résultat (sheet, cell, puis value, formula " +
    "et expected, ou comment), à appliquer dans Excel, jamais comme un remplacement de texte dans le fichier.",
  caracteres: "Les caractères de contrôle et de direction de texte venus des classeurs sont écrits « \\uXXXX ».",
};

/**
 * run.logicalLocations: one entry per workbook (kind « module », its path as given), per sheet
 * (« namespace », child of its workbook) and per cell (« member », child of its sheet). Like an
 * assembly for a .NET name, the workbook is not part of the fully qualified names: the parents
 * keep the entries of two workbooks with a sheet of the same name apart.
 */
class LogicalLocations {
  readonly entries: SarifLogicalLocation[] = [];
  private readonly index = new Map<string, number>();

  private add(key: string, entry: SarifLogicalLocation): number {
    const known = this.index.get(key);
    if (known !== undefined) return known;
    this.entries.push(entry);
    this.index.set(key, this.entries.length - 1);
    return this.entries.length - 1;
  }

  cell(file: string, sheet: string, cell: string): SarifLogicalLocation & { index: number } {
    const path = normalizedPath(file);
    const workbook = this.add(JSON.stringify([path]), {
      name: path.slice(path.lastIndexOf("/") + 1),
      fullyQualifiedName: path,
      kind: "module",
    });
    const sheetName = quoteSheetName(sheet);
    const sheetEntry: SarifLogicalLocation = {
      name: sheet,
      fullyQualifiedName: sheetName,
      kind: "namespace",
      parentIndex: workbook,
    };
    const parentIndex = this.add(JSON.stringify([path, sheet]), sheetEntry);
    const entry: SarifLogicalLocation = { name: cell, fullyQualifiedName: `${sheetName}!${cell}`, kind: "member", parentIndex };
    const index = this.add(JSON.stringify([path, sheet, cell]), entry);
    return { index, name: entry.name, fullyQualifiedName: entry.fullyQualifiedName, kind: entry.kind };
  }
}

/**
 * run.artifacts: one per distinct URI (« ./a.xlsx » and « a.xlsx » given for a missing file are
 * one artifact: SARIF wants them unique), and the artifact location of each file name.
 */
function artifactTable(files: readonly string[]): {
  artifacts: FileLocation[];
  artifact: (file: string) => SarifArtifactLocation;
} {
  const artifacts: FileLocation[] = [];
  const byUri = new Map<string, number>();
  const byFile = new Map<string, SarifArtifactLocation>();
  for (const file of files) {
    const location = fileLocation(file);
    const key = JSON.stringify([location.uriBaseId, location.uri]);
    if (!byUri.has(key)) byUri.set(key, artifacts.push(location) - 1);
    byFile.set(file, { ...location, index: byUri.get(key) });
  }
  return { artifacts, artifact: (file) => byFile.get(file) ?? fileLocation(file) };
}

/** An absolute URI ending « / », or null (SARIF requires absolute URIs there). */
function absoluteFolder(uri: string | undefined): string | null {
  return uri !== undefined && isAbsoluteUri(uri) && uri.endsWith("/") ? uri : null;
}

export function toSarif(analysis: Analysis, options: SarifOptions = {}): SarifLog {
  const rules = options.rules ?? allRules;
  const sections = fileSections(analysis, options);
  const { artifacts, artifact } = artifactTable(sections.map((s) => s.file));
  const logical = new LogicalLocations();
  const prints = fingerprints(analysis);
  const results = sections.flatMap((s) =>
    s.findings.map((f) => sarifResult(s, f, { rules, logical, artifact, fingerprint: prints.get(f) ?? "" })),
  );
  const notifications = sections.flatMap((s) =>
    s.errors.map((text): SarifNotification => ({
      level: "error",
      message: { text },
      locations: [{ physicalLocation: { artifactLocation: artifact(s.file) } }],
    })),
  );
  const baseUri = absoluteFolder(options.baseUri);
  const projectUri = absoluteFolder(options.projectUri);
  const run: SarifRun = {
    tool: {
      driver: {
        name: TOOL_NAME,
        fullName: `${TOOL_NAME} ${TOOL_VERSION}`,
        version: TOOL_VERSION,
        semanticVersion: TOOL_VERSION,
        ...(projectUri ? { informationUri: `${projectUri}README.md` } : {}),
        language: "fr-FR",
        rules: rules.map((rule) => sarifRule(rule, projectUri)),
      },
    },
    ...(baseUri ? { originalUriBaseIds: { [SRCROOT]: { uri: baseUri } } } : {}),
    artifacts: artifacts.map((location) => ({ location, mimeType: XLSX_MIME_TYPE, roles: ["analysisTarget"] })),
    logicalLocations: logical.entries,
    invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
    language: "fr-FR",
    results,
    properties: RUN_NOTES,
  };
  return escapeStrings({ $schema: SARIF_SCHEMA, version: "2.1.0", runs: [run] });
}

interface ResultContext {
  rules: readonly Rule[];
  logical: LogicalLocations;
  artifact: (file: string) => SarifArtifactLocation;
  fingerprint: string;
}

function location(ctx: ResultContext, file: string, sheet: string, cell: string): SarifLocation {
  return {
    physicalLocation: { artifactLocation: ctx.artifact(file) },
    logicalLocations: [ctx.logical.cell(file, sheet, cell)],
  };
}

function relatedMessage(finding: Finding, file: string, sheet: string, cell: string): string {
  const where = file === finding.file ? "" : ` du classeur « ${file} »`;
  return `Cellule liée${where} : ${quoteSheetName(sheet)}!${cell}`;
}

function sarifResult(section: FileSection, finding: Finding, ctx: ResultContext): SarifResult {
  const ruleIndex = ctx.rules.findIndex((r) => r.meta.id === finding.ruleId);
  const table = tableOf(section.tables, finding);
  const where = location(ctx, finding.file, finding.sheet, finding.cell);
  const related = finding.related.map((r, id): SarifLocation => {
    const file = r.file ?? finding.file;
    return { id, message: { text: relatedMessage(finding, file, r.sheet, r.cell) }, ...location(ctx, file, r.sheet, r.cell) };
  });
  return {
    ruleId: finding.ruleId,
    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [where],
    ...(related.length > 0 ? { relatedLocations: related } : {}),
    partialFingerprints: { [FINGERPRINT_NAME]: ctx.fingerprint },
    properties: {
      sheet: finding.sheet,
      cell: finding.cell,
      table: table ? jsonTable(table) : null,
      fix: finding.fix && {
        ...jsonFix(finding.fix),
        description: `Correction proposée en ${quoteSheetName(finding.fix.sheet)}!${finding.fix.cell} : ${describeFix(finding.fix, table)}`,
      },
    },
  };
}
