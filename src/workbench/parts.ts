/**
 * The parts of the workbench the first screen does not need, loaded on demand like the pane's
 * (src/excel/parts.ts): the writer of the corrected copy when « Télécharger le classeur corrigé »
 * is clicked, the regional synthesis when workbooks are given to it. A part that cannot be loaded
 * gives a French message and leaves everything open as it was; asking again retries.
 */
import { loadPart } from "../excel/parts";
import { TEXTES } from "./textes";

/** The writer of the corrected copy (src/workbench/export.ts, src/xlsx/patch). */
export const loadExport = () =>
  loadPart(() => import(/* webpackChunkName: "copie-corrigee" */ "./export"), TEXTES.erreurs.partie(TEXTES.parties.copie));

/** The regional synthesis: its engine (src/core/synthese), its writer (src/xlsx/create) and its view. */
export const loadSynthese = () =>
  loadPart(() => import(/* webpackChunkName: "synthese" */ "./synthese/engine"), TEXTES.erreurs.partie(TEXTES.parties.synthese));
