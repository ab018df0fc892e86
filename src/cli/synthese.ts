/**
 * `verifpacte synthese`: reads every workbook of a folder (or the files given), checks each
 * département's workbooks together, and writes the regional synthesis as a new .xlsx workbook
 * (or JSON, or CSV). A progress bar on stderr (terminal, more than a few files); French messages;
 * exit code 0 without error, 1 with an anomaly of severity erreur, 2 for bad usage, an unreadable
 * file, a synthesis that cannot be built or an output that cannot be written.
 */
import { writeFile } from "node:fs/promises";
import { basename, dirname, relative, resolve, sep } from "node:path";
import { synthesize, Synthese, SyntheseError, toSyntheseCsv, toSyntheseJson } from "../core/synthese";
import { toSyntheseText } from "../core/synthese/texte";
import { relativeLinks, syntheseXlsx } from "../xlsx/create/synthese";
import { escapeControls } from "../core/report/escape";
import { errorMessage, UsageError } from "./errors";
import { collectInputs, InputFile, readInputFile } from "./files";
import { createProgress } from "./progress";
import type { CliIo } from "./run";
import { formatOf, parseSyntheseArgs, SYNTHESE_USAGE, SyntheseCliOptions } from "./synthese-args";

const EXIT_OK = 0;
const EXIT_ERRORS = 1;
const EXIT_USAGE = 2;

export async function runSynthese(argv: string[], io: CliIo): Promise<number> {
  try {
    return await runChecked(argv, io);
  } catch (error) {
    const usage = error instanceof UsageError;
    const message = error instanceof SyntheseError ? error.message : errorMessage(error);
    io.stderr.write(`verifpacte synthese : ${message}\n${usage ? `\n${SYNTHESE_USAGE}` : ""}`);
    return EXIT_USAGE;
  }
}

/** The user's --departement keys may be the path as given or the bare file name. */
function departementsOf(options: SyntheseCliOptions, files: readonly InputFile[]): Record<string, string> {
  const out: Record<string, string> = {};
  const used = new Set<string>();
  for (const file of files) {
    const given = options.departements[file.name] ?? options.departements[basename(file.name)];
    if (given !== undefined) {
      out[file.name] = given;
      used.add(options.departements[file.name] !== undefined ? file.name : basename(file.name));
    }
  }
  const unknown = Object.keys(options.departements).filter((k) => !used.has(k));
  if (unknown.length > 0)
    throw new UsageError(`--departement nomme un fichier qui n'est pas lu : ${unknown.map((k) => `« ${k} »`).join(", ")}.`);
  return out;
}

function exitCode(s: Synthese, unusable: boolean): number {
  if (unusable || s.anomalies.some((a) => a.id === "classeur-illisible")) return EXIT_USAGE;
  return [...s.anomalies, ...s.constats].some((x) => x.severity === "error") ? EXIT_ERRORS : EXIT_OK;
}

/** The synthesis in the format asked; the links of the .xlsx are relative to its folder. */
function render(
  s: Synthese,
  options: SyntheseCliOptions,
  output: string | null,
  files: readonly InputFile[],
): Uint8Array | string {
  switch (formatOf(options)) {
    case "json":
      return `${JSON.stringify(toSyntheseJson(s), null, 2)}\n`;
    case "csv":
      return toSyntheseCsv(s);
    case "xlsx": {
      const paths = new Map(files.map((f) => [f.name, f.path]));
      const folder = dirname(output as string);
      const link = relativeLinks((file) => {
        const path = paths.get(file);
        return path === undefined ? null : relative(folder, path).split(sep).join("/");
      });
      return syntheseXlsx(s, { link });
    }
  }
}

async function runChecked(argv: string[], io: CliIo): Promise<number> {
  const options = parseSyntheseArgs(argv);
  if (options.aide) {
    io.stdout.write(SYNTHESE_USAGE);
    return EXIT_OK;
  }
  const cwd = io.cwd ?? process.cwd();
  const inputs = await collectInputs(options.inputs, cwd);
  for (const p of inputs.problems) io.stderr.write(`verifpacte synthese : ${escapeControls(p.file)} : ${p.message}\n`);
  if (inputs.files.length === 0) throw new UsageError("aucun classeur .xlsx à lire.");
  const output = options.sortie === null ? null : resolve(cwd, options.sortie);
  if (output !== null && inputs.files.some((f) => f.path === output)) {
    throw new UsageError(`--sortie désigne un des classeurs lus (« ${options.sortie} ») : choisissez un autre fichier.`);
  }
  const departements = departementsOf(options, inputs.files);
  const progress = createProgress(io.stderr, inputs.files.length * 2);
  let synthese: Synthese;
  try {
    synthese = await synthesize(
      {
        files: inputs.files,
        name: (f) => f.name,
        load: (f) => readInputFile(f),
        progress: (p) => progress.step(`${p.phase === "lecture" ? "lecture" : "contrôle"} ${p.fichier}`),
      },
      { annee: options.annee, enveloppe: options.enveloppe, departements },
    );
  } finally {
    progress.done();
  }
  for (const a of synthese.anomalies)
    if (a.id === "classeur-illisible") io.stderr.write(`verifpacte synthese : ${escapeControls(a.message)}\n`);
  const rendered = render(synthese, options, output, inputs.files);
  if (output === null) {
    io.stdout.write(rendered as string);
    return exitCode(synthese, inputs.problems.length > 0);
  }
  try {
    await writeFile(output, rendered);
  } catch (error) {
    io.stderr.write(
      `verifpacte synthese : « ${options.sortie} » non écrit : ${(error as NodeJS.ErrnoException).code ?? errorMessage(error)}.\n`,
    );
    return EXIT_USAGE;
  }
  io.stdout.write(`${toSyntheseText(synthese)}Synthèse écrite : ${options.sortie}\n`);
  return exitCode(synthese, inputs.problems.length > 0);
}
