/**
 * What the pane shows once the workbook is analysed: the summary, the findings (their list, filters,
 * cards and previews), the unrecognised regions, and « Tout corriger ». With the rules the findings
 * are named after, it is loaded at the first analysis (parts.ts, chunk « analyse », the chunk of
 * the analysis itself), while the workbook is read.
 */
export { allShown } from "./model/findings";
export { FindingsSection } from "./components/FindingsSection";
export { FixAllDialog } from "./components/FixAllDialog";
export { SummaryBar } from "./components/SummaryBar";
export { UnmappedSection } from "./components/UnmappedSection";
