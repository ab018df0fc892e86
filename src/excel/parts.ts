/**
 * The parts of the pages loaded on demand (webpack chunks, dynamic `import()`), in Excel and in the
 * browser workbench alike: what the first screen does not need is fetched when it is first used.
 * The chunk names (webpackChunkName) are the ones the build's size report and the bench use to say
 * when each file is loaded (scripts/page-weight.cjs). A part that cannot be loaded (network cut,
 * server gone) gives a WorkbookError with a French message; asking again retries (webpack asks the
 * server again for a chunk that failed).
 */
import { WorkbookError } from "./errors";

export async function loadPart<T>(load: () => Promise<T>, message: string): Promise<T> {
  try {
    return await load();
  } catch (error) {
    // webpack's own message (« Loading chunk … failed ») is English: the console keeps it.
    console.error(error);
    throw new WorkbookError(message);
  }
}

export const ANALYSIS_UNAVAILABLE =
  "Le module d'analyse n'a pas pu être chargé depuis le serveur. Rien n'est perdu : vérifiez la connexion, puis relancez l'analyse.";

/** The analysis and its rules (engine.ts), at the first analysis. */
export const loadEngine = () => loadPart(() => import(/* webpackChunkName: "analyse" */ "./engine"), ANALYSIS_UNAVAILABLE);
