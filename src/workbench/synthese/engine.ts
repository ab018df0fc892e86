/**
 * The regional synthesis as the workbench loads it on demand (parts.ts, chunk « synthese »), the
 * first time workbooks are given to it: the engine (src/core/synthese), the writer of its .xlsx
 * (src/xlsx/create) and its view. Nothing of the first screen imports this file.
 */
export { avecEnveloppe, synthesize } from "../../core/synthese";
export { relativeLinks, syntheseXlsx } from "../../xlsx/create/synthese";
export { SyntheseView } from "./SyntheseView";
