/** Inputs → the list of workbooks to read: folders are searched (recursively) for .xlsx files. */
import { readdir, readFile, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Workbook } from "../core/grid/model";
import { readXlsx } from "../xlsx";
import { FileError } from "./errors";
import { nodeInflater } from "./inflate";

export interface InputFile {
  /** Name shown to the user and used in the reports: the path as given (joined for folder content). */
  name: string;
  /** Absolute path. */
  path: string;
}

export interface InputProblem {
  file: string;
  message: string;
}

export interface Inputs {
  files: InputFile[];
  problems: InputProblem[];
  /** Names of the files and of the unusable inputs, in the order given. */
  order: string[];
}

const LOCK_PREFIX = "~$";

function isWorkbookName(name: string): boolean {
  return name.toLowerCase().endsWith(".xlsx") && !name.startsWith(LOCK_PREFIX);
}

/** Every .xlsx under a folder, as paths relative to it, sorted; Excel's « ~$ » lock files are skipped. */
async function workbooksUnder(folder: string, relative = ""): Promise<string[]> {
  const entries = await readdir(join(folder, relative), { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries) {
    const path = relative ? join(relative, entry.name) : entry.name;
    if (entry.isDirectory()) found.push(...(await workbooksUnder(folder, path)));
    else if (entry.isFile() && isWorkbookName(entry.name)) found.push(path);
  }
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function accessMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "fichier ou dossier introuvable.";
  if (code === "EACCES" || code === "EPERM") return "accès refusé.";
  return `lecture impossible (${code ?? String(error)}).`;
}

function files(list: InputFile[]): Inputs {
  return { files: list, problems: [], order: list.map((f) => f.name) };
}

function problem(file: string, message: string): Inputs {
  return { files: [], problems: [{ file, message }], order: [file] };
}

async function expand(input: string, cwd: string): Promise<Inputs> {
  const path = resolve(cwd, input);
  try {
    if (!(await stat(path)).isDirectory()) return files([{ name: input, path }]);
    const found = await workbooksUnder(path);
    if (found.length === 0) return problem(input, "aucun fichier .xlsx dans ce dossier.");
    return files(found.map((f) => ({ name: join(input, f), path: join(path, f) })));
  } catch (error) {
    return problem(input, accessMessage(error));
  }
}

/**
 * Reads one workbook into the core's snapshot; throws a FileError or an XlsxError (French
 * message, a limit named) when it cannot. Only the snapshot is kept, not the file's bytes.
 */
export async function readInputFile(file: InputFile): Promise<Workbook> {
  const bytes = await readFile(file.path).catch((error: unknown) => {
    throw new FileError(accessMessage(error));
  });
  return readXlsx(bytes, file.name, { inflater: nodeInflater }).workbook;
}

/** Expands every input in order; the same file given twice is read once. */
export async function collectInputs(inputs: readonly string[], cwd: string): Promise<Inputs> {
  const result: Inputs = { files: [], problems: [], order: [] };
  const seen = new Set<string>();
  for (const input of inputs) {
    const expanded = await expand(input, cwd);
    result.problems.push(...expanded.problems);
    if (expanded.problems.length > 0) result.order.push(input);
    for (const file of expanded.files) {
      if (seen.has(file.path)) continue;
      seen.add(file.path);
      result.files.push(file);
      result.order.push(file.name);
    }
  }
  return result;
}
