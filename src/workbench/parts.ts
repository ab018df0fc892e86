/**
 * The parts of the workbench the first screen does not need, loaded on demand (webpack chunks,
 * dynamic `import()`): the writer of the corrected copy when « Télécharger le classeur corrigé »
 * is clicked, the regional synthesis when workbooks are given to it. The names below are the
 * chunks' names (webpackChunkName), which the build's size report and the bench use to say when
 * each file is loaded (scripts/page-weight.cjs). A part that cannot be loaded (network cut, server
 * gone) gives a French WorkbenchError and leaves everything open as it was; asking again retries.
 */
import { WorkbenchError } from "./open";
import { TEXTES } from "./textes";

/** The writer of the corrected copy (src/workbench/export.ts, src/xlsx/patch). */
export const loadExport = () => loadPart(TEXTES.parties.copie, () => import(/* webpackChunkName: "copie-corrigee" */ "./export"));

/** The regional synthesis: its engine (src/core/synthese), its writer (src/xlsx/create) and its view. */
export const loadSynthese = () =>
  loadPart(TEXTES.parties.synthese, () => import(/* webpackChunkName: "synthese" */ "./synthese/engine"));

export async function loadPart<T>(part: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    // webpack's own message (« Loading chunk … failed ») is English: the console keeps it.
    console.error(error);
    throw new WorkbenchError(TEXTES.erreurs.partie(part));
  }
}
