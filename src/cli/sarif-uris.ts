/**
 * The absolute URIs a SARIF log needs from the command line's surroundings: the folder relative
 * workbook paths start from (run.originalUriBaseIds) and the VerifPacte folder whose README.md
 * and docs/regles/<id>.md pages the log links to (when they are there, next to the bundle).
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

function folderUri(path: string): string {
  const href = pathToFileURL(path).href;
  return href.endsWith("/") ? href : `${href}/`;
}

/** The VerifPacte folder: the first parent of this module (bundle in dist/, or src/cli/) holding the rule pages. */
function projectFolder(): string | null {
  let folder = __dirname;
  for (let depth = 0; depth < 3; depth++) {
    folder = dirname(folder);
    if (existsSync(join(folder, "README.md")) && existsSync(join(folder, "docs", "regles"))) return folder;
  }
  return null;
}

export function sarifUris(cwd: string): { baseUri: string; projectUri?: string } {
  const project = projectFolder();
  return { baseUri: folderUri(cwd), ...(project ? { projectUri: folderUri(project) } : {}) };
}
