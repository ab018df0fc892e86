/**
 * The `verifpacte` command: reads the workbooks, runs the core analysis on all of them together,
 * prints the report on stdout, and with --corriger writes a corrected copy. Messages go to stderr.
 * Exit code: 0 no finding of severity error, 1 at least one, 2 bad usage, an unusable file, a
 * workbook the analysis could not finish, or a corrected copy that could not be written.
 */
import { resolve } from "node:path";
import {
  ambiguousNotifiedYears,
  Analysis,
  analyze,
  buildWritePlan,
  controlesSheet,
  controlesTarget,
  correctedResults,
  count,
  escapeControls,
  FindingStatus,
  formatEuros,
  Settings,
  severityCounts,
  toJsonReport,
  toSarif,
  toTextReport,
  withDefaults,
} from "../core";
import type { Workbook } from "../core/grid/model";
import type { FileError as ReportFileError, ReportFiles } from "../core";
import { FormulaLanguage, localizedFinding } from "../core/formula/locale";
import { version } from "../../package.json";
import { CliOptions, parseArgs, USAGE } from "./args";
import { errorMessage, UsageError } from "./errors";
import { collectInputs, InputFile, readInputFile } from "./files";
import { createProgress, Output, showsProgress } from "./progress";
import { sarifUris } from "./sarif-uris";
import { writeCorrectedCopy, WriteSummary } from "./correct";

export interface CliIo {
  stdout: Output;
  stderr: Output;
  /** Directory the paths are relative to (default: the process's). */
  cwd?: string;
}

/** A workbook read from its file: the snapshot only (the copy reads the file again). */
interface Source {
  workbook: Workbook;
  input: InputFile;
}

const EXIT_OK = 0;
const EXIT_ERRORS = 1;
const EXIT_USAGE = 2;

export async function run(argv: string[], io: CliIo): Promise<number> {
  try {
    return await runChecked(argv, io);
  } catch (error) {
    const usage = error instanceof UsageError;
    io.stderr.write(escapeControls(`verifpacte : ${errorMessage(error)}\n${usage ? `\n${USAGE}` : ""}`));
    return EXIT_USAGE;
  }
}

async function runChecked(argv: string[], io: CliIo): Promise<number> {
  const options = parseArgs(argv);
  if (options.aide) return print(io.stdout, USAGE);
  if (options.version) return print(io.stdout, `verifpacte ${version}\n`);
  const inputs = await collectInputs(options.inputs, io.cwd ?? process.cwd());
  if (options.corriger !== null && inputs.files.length > 1) {
    throw new UsageError(`--corriger s'utilise avec un seul fichier, or ${inputs.files.length} classeurs ont été trouvés.`);
  }
  const { loaded, failures } = await readAll(inputs.files, io.stderr);
  const rank = (e: ReportFileError) => inputs.order.indexOf(e.file);
  const fileErrors = [...inputs.problems, ...failures].sort((a, b) => rank(a) - rank(b));
  for (const e of fileErrors) io.stderr.write(escapeControls(`verifpacte : ${e.file} : ${e.message}\n`));
  const analysis = analyze(
    loaded.map((l) => l.workbook),
    settingsOf(options),
  );
  checkNotifiedYear(analysis, options);
  io.stdout.write(report(analysis, options, { fileErrors, order: inputs.order }, io.cwd ?? process.cwd()));
  if (showsProgress(io.stderr, inputs.files.length)) {
    io.stderr.write(
      `${count(loaded.length, "classeur contrôlé", "classeurs contrôlés")} : ${severityCounts(analysis.findings)}.\n`,
    );
  }
  const corrected =
    options.corriger !== null && loaded.length === 1
      ? await correct(analysis, loaded[0], options.corriger, io, options.formules)
      : true;
  return exitCode(analysis, fileErrors.length > 0 || !corrected);
}

function print(stream: Output, text: string): number {
  stream.write(text);
  return EXIT_OK;
}

async function readAll(files: InputFile[], stderr: Output): Promise<{ loaded: Source[]; failures: ReportFileError[] }> {
  const progress = createProgress(stderr, files.length);
  const loaded: Source[] = [];
  const failures: ReportFileError[] = [];
  for (const file of files) {
    progress.step(file.name);
    try {
      loaded.push({ workbook: await readInputFile(file), input: file });
    } catch (error) {
      failures.push({ file: file.name, message: errorMessage(error) });
    }
  }
  progress.done();
  return { loaded, failures };
}

function settingsOf(options: CliOptions): Partial<Settings> {
  return {
    dispositif: options.dispositif,
    annee: options.annee,
    montantNotifie: options.notifie,
    montantsNotifiesParAnnee: options.notifieParAnnee,
  };
}

/** A --notifie without a year while the tables are of several years: which year it is cannot be guessed. */
function checkNotifiedYear(analysis: Analysis, options: CliOptions): void {
  const years = ambiguousNotifiedYears(analysis.tables, withDefaults(settingsOf(options)));
  if (!years || options.notifie === null) return;
  const list = `${years.slice(0, -1).join(", ")} et ${years[years.length - 1]}`;
  throw new UsageError(
    `--notifie ${formatEuros(options.notifie)} est donné sans année alors que les tableaux contrôlés portent sur ${list} : ` +
      `précisez l'année de chaque montant notifié, par exemple --notifie ${years[0]}=${options.notifie / 100}.`,
  );
}

function report(analysis: Analysis, options: CliOptions, files: ReportFiles, cwd: string): string {
  switch (options.format) {
    case "json":
      return `${JSON.stringify(toJsonReport(analysis, files), null, 2)}\n`;
    case "sarif":
      return `${JSON.stringify(toSarif(analysis, { ...files, ...sarifUris(cwd) }), null, 2)}\n`;
    case "text":
      return toTextReport(analysis, { ...files, color: options.couleur, formulas: options.formules });
  }
}

function exitCode(analysis: Analysis, unusable: boolean): number {
  if (unusable || analysis.errors.length > 0) return EXIT_USAGE;
  return analysis.findings.some((f) => f.severity === "error") ? EXIT_ERRORS : EXIT_OK;
}

/** --corriger: every finding with a fix (comments too) goes into the copy; false when it failed. */
async function correct(
  analysis: Analysis,
  source: Source,
  output: string,
  io: CliIo,
  formulas: FormulaLanguage,
): Promise<boolean> {
  const today = new Date();
  const file = source.workbook.name;
  const fixable = analysis.findings.filter((f) => f.fix !== null).map((f) => localizedFinding(f, formulas));
  const plan = buildWritePlan(analysis, fixable, { today });
  const statuses = (summary: WriteSummary) =>
    new Map<string, FindingStatus>([
      ...[...summary.protectedFindings].map((k): [string, FindingStatus] => [k, "feuille protégée"]),
      ...[...summary.resolved].map((k): [string, FindingStatus] => [k, "corrigé"]),
    ]);
  // « Valeur obtenue »: what each written cell computes in the copy (the plan's corrected view).
  const results = (summary: WriteSummary) =>
    correctedResults(
      plan.cells.filter((w) => w.findings.some((k) => summary.resolved.has(k))),
      (w) => plan.corrected.value(w.file, w.sheet, w.cell),
    );
  try {
    const summary = await writeCorrectedCopy(
      { input: source.input.path, output: resolve(io.cwd ?? process.cwd(), output), workbook: source.workbook, file },
      plan,
      (written, sheets) =>
        controlesSheet(analysis, file, {
          today,
          statuses: statuses(written),
          results: results(written),
          name: controlesTarget(sheets).name,
          formulas,
        }),
    );
    io.stderr.write(
      escapeControls(
        correctionLines(
          output,
          summary,
          plan.conflicts.map((c) => c.message),
        ),
      ),
    );
    return true;
  } catch (error) {
    io.stderr.write(escapeControls(`verifpacte : copie corrigée non écrite : ${errorMessage(error)}\n`));
    return false;
  }
}

function correctionLines(output: string, summary: WriteSummary, conflicts: string[]): string {
  const cells = count(summary.cells, "cellule corrigée", "cellules corrigées");
  const comments = count(summary.comments, "commentaire ajouté", "commentaires ajoutés");
  const controles = summary.controlesWritten ? `, feuille « ${summary.report} » écrite` : "";
  const lines = [`Copie corrigée écrite : ${output} (${cells}, ${comments}${controles}).`];
  for (const message of [...conflicts, ...summary.warnings]) lines.push(`  attention : ${message}`);
  return `${lines.join("\n")}\n`;
}
