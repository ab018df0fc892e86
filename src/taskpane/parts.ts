/**
 * The parts of the pane loaded on demand (webpack chunks, dynamic `import()`), in Excel and in the
 * browser workbench alike. The chunk names (webpackChunkName) are the ones the build's size report
 * and the bench use to say when each file is loaded (scripts/page-weight.cjs).
 */

/** The dialogs and drawers (overlays.ts), when the first of them is opened. */
export const loadOverlays = () => import(/* webpackChunkName: "volet-fenetres" */ "./overlays");
