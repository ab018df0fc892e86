/**
 * src/xlsx: the .xlsx format, and only it. A fast bounded reader (bytes → the core's Workbook
 * snapshot) and a surgical patcher (the original package with only the touched parts changed).
 * Pure: no file system; the CLI and the browser workbench use it.
 */
export { readXlsx } from "./read";
export type { ReadOptions, XlsxRead } from "./read";
export type { SheetLayout } from "./read/sheet";
export { XlsxError, XlsxLimitError } from "./errors";
export { LIMITS } from "./limits";
export type { XlsxLimits } from "./limits";
export type { Inflater } from "./zip/read";
export { InflateOverflow } from "./zip/read";
export { XlsxPackage, PROTECTED_REASON } from "./patch/package";
export type {
  CellContent,
  CellEdit,
  PackageEdits,
  PatchResult,
  Refusal,
  Scalar,
  SheetEdits,
  StyleChange,
  WholeSheet,
} from "./patch/edits";
export { emptyEdits } from "./patch/edits";
