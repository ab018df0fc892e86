/**
 * The parts of the pane loaded on demand (src/excel/parts.ts), in Excel and in the browser
 * workbench alike: none is on the pane's first screen.
 */
import { ANALYSIS_UNAVAILABLE, loadPart } from "../excel/parts";
import { TEXTES } from "./textes";

/** The results of an analysis (results.ts), at the first analysis: the same chunk as the analysis. */
export const loadResults = () => loadPart(() => import(/* webpackChunkName: "analyse" */ "./results"), ANALYSIS_UNAVAILABLE);

/** The dialogs and drawers (overlays.ts), when the first of them is opened. */
export const loadOverlays = () =>
  loadPart(() => import(/* webpackChunkName: "volet-fenetres" */ "./overlays"), TEXTES.erreurs.fenetre);
