/**
 * Reading the workbook into the core's snapshot in a constant number of syncs: (1) the sheets,
 * notes and comments; (2) the used ranges, merged areas, note and comment cells, the settings and
 * the size of the journal (so that « Analyser » needs nothing more);
 * (3) values, formulas, value types and number formats of every used range, in row blocks packed
 * into one sync — more only when the workbook is larger than Excel's payload limits allow.
 */
import { Range, rangeAddress } from "../core/grid/address";
import { Sheet, SheetState, Workbook } from "../core/grid/model";
import { parseQualified, splitAreas } from "./addresses";
import { RANGE_PROPERTIES, ReadBlock, cellBudget, packBlocks, rowBlocks, splitRows } from "./blocks";
import { syncGroups } from "./batches";
import { Capabilities, PayloadLimits } from "./host";
import { isControlesSheet } from "../core/report/controles";
import { JOURNAL_FIRST_ENTRY } from "./journal";
import { SETTINGS_SHEET, isBookkeepingSheet } from "./names";
import { Annotations, SheetInfo, findSheet, queueLocations, queueStructure, sheetById } from "./structure";
import { columnTexts } from "./settingsStore";
import { OfficeScalar, coreCell } from "./values";

/** Name of the workbook when Excel cannot give it (before ExcelApi 1.7). */
export const DEFAULT_WORKBOOK_NAME = "Classeur";

export type Progress = (step: string, fraction: number) => void;

export interface Snapshot {
  workbook: Workbook;
  /** Column A of the settings sheet (JSON split in cells), empty when there is none. */
  settingsTexts: string[];
  /** The journal sheet holds at least one change (below its header row): « Annuler » has work to do. */
  hasJournal: boolean;
}

const STATES: Record<string, SheetState> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

function usedRangeOf(range: Excel.Range): Range {
  return {
    r1: range.rowIndex,
    c1: range.columnIndex,
    r2: range.rowIndex + range.rowCount - 1,
    c2: range.columnIndex + range.columnCount - 1,
  };
}

function addMerges(sheet: Sheet, areas: Excel.RangeAreas | undefined): void {
  if (!areas || areas.isNullObject) return;
  for (const text of splitAreas(areas.address)) {
    const area = parseQualified(text);
    if (area) sheet.addMerge(area.range);
  }
}

function addAnnotations(workbook: Workbook, annotations: Annotations): void {
  for (const { sheet, cell, content } of [...annotations.threads.values(), ...annotations.notes.values()]) {
    workbook.sheet(sheet)?.notes.set(cell, content);
  }
}

export async function readSnapshot(
  context: Excel.RequestContext,
  caps: Capabilities,
  limits: PayloadLimits,
  progress: Progress,
): Promise<Snapshot> {
  const readStructure = queueStructure(context, caps);
  await context.sync();
  const structure = readStructure();
  progress("Lecture des feuilles", 0.1);
  const ownIds = [structure.identity?.journalSheet, structure.identity?.controlesSheet];
  const userSheets = structure.sheets.filter((s) => !isBookkeepingSheet(s.name) && !ownIds.includes(s.id));
  const readLocations = queueLocations(structure);
  const used = userSheets.map((s) =>
    s.worksheet.getUsedRangeOrNullObject(true).load("rowIndex, columnIndex, rowCount, columnCount"),
  );
  const merges = caps.mergedAreas
    ? userSheets.map((s) => s.worksheet.getUsedRange(false).getMergedAreasOrNullObject().load("address"))
    : [];
  const settingsRange = findSheet(structure, SETTINGS_SHEET)?.worksheet.getUsedRangeOrNullObject(true).load("values");
  // Only VerifPacte's own journal (by the id kept in the document settings) can be undone.
  const journalRange = sheetById(structure, structure.identity?.journalSheet)
    ?.worksheet.getUsedRangeOrNullObject(true)
    .load("rowIndex, rowCount");
  await context.sync();
  const workbook = new Workbook(structure.name ?? DEFAULT_WORKBOOK_NAME);
  userSheets.forEach((info, i) => {
    const sheet = workbook.addSheet(info.name);
    sheet.state = STATES[info.visibility] ?? "visible";
    sheet.protected = info.protected;
    addMerges(sheet, merges[i]);
  });
  addAnnotations(workbook, readLocations());
  const filled = userSheets.map((info, i) => ({ info, used: used[i] })).filter((s) => !s.used.isNullObject);
  await readCells(context, workbook, filled, limits, progress);
  // The report under its name and title (made by the command line, or before the settings were kept).
  for (const sheet of [...workbook.sheets]) {
    if (isControlesSheet({ name: sheet.name, title: sheet.value(0, 0) }))
      workbook.sheets.splice(workbook.sheets.indexOf(sheet), 1);
  }
  return {
    workbook,
    settingsTexts: settingsRange && !settingsRange.isNullObject ? columnTexts(settingsRange.values) : [],
    hasJournal:
      journalRange !== undefined &&
      !journalRange.isNullObject &&
      journalRange.rowIndex + journalRange.rowCount > JOURNAL_FIRST_ENTRY,
  };
}

/** Sync 3 (more for a workbook larger than the limits): the used ranges' cells, in row blocks. */
async function readCells(
  context: Excel.RequestContext,
  workbook: Workbook,
  sheets: { info: SheetInfo; used: Excel.Range }[],
  limits: PayloadLimits,
  progress: Progress,
): Promise<void> {
  const budget = cellBudget(limits);
  const blocks = sheets.flatMap((s) => rowBlocks(s.info.name, usedRangeOf(s.used), budget));
  if (blocks.length === 0) return;
  const worksheets = new Map<string, Excel.Worksheet>(sheets.map((s) => [s.info.name, s.info.worksheet]));
  const total = blocks.reduce((n, b) => n + (b.range.r2 - b.range.r1 + 1), 0);
  let rows = 0;
  const queue = (block: ReadBlock) => {
    const range = (worksheets.get(block.sheet) as Excel.Worksheet).getRange(rangeAddress(block.range)).load(RANGE_PROPERTIES);
    return () => {
      fillBlock(workbook, block, range);
      rows += block.range.r2 - block.range.r1 + 1;
      progress("Lecture des cellules", 0.1 + (0.5 * rows) / total);
    };
  };
  await syncGroups(context, { groups: packBlocks(blocks, budget), queue, split: splitRows, extras: () => () => undefined });
}

function fillBlock(workbook: Workbook, block: ReadBlock, range: Excel.Range): void {
  const sheet = workbook.sheet(block.sheet) as Sheet;
  const { values, formulas, valueTypes, numberFormat } = range;
  for (let i = 0; i < values.length; i++) {
    for (let j = 0; j < values[i].length; j++) {
      const cell = coreCell(
        values[i][j] as OfficeScalar,
        formulas[i][j] as OfficeScalar,
        valueTypes[i][j],
        numberFormat[i][j] as string,
      );
      if (cell) sheet.set(block.range.r1 + i, block.range.c1 + j, cell);
    }
  }
}
