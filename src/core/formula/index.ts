/** Excel formulas: parse, references, R1C1 shape, translation, evaluation, fix builders. */
export type { BinaryOp, Node, ParseResult, Ref } from "./ast";
export { MAX_COL, MAX_ROW, refContains, references, walk } from "./ast";
export { parseFormula, formulaReferences } from "./parse";
export { formatReference, parseReference } from "./refText";
export { r1c1Shape } from "./r1c1";
export { shiftReference, translateFormula } from "./translate";
export type { CellLookup } from "./evalTypes";
export { evaluate } from "./evaluate";
export { addFormula, rowRuns, sumFormula, sumRanges } from "./build";
export { RESTORABLE_FUNCTIONS, unsafeFormulaReason } from "./safety";
