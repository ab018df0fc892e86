/**
 * The « Contrôles VerifPacte » sheet (SPEC §6), rebuilt after every « Appliquer » and on request:
 * the core's rows (core/report/controles.ts decides which sheet is VerifPacte's: the id stored in
 * the document settings, else the report's name and title; a user's « Contrôles » is never
 * touched), a link from each finding to its cell, severities in colour and bold, the status of
 * each finding — « corrigé » when the journal holds a change for it, « ignoré » when the user
 * ignored it — and the value each corrected cell shows now, read where its repère says it is.
 * The sheet is rebuilt by clearing it (deleting a sheet wipes the user's undo stack); its
 * creation is journaled, so that « Annuler » removes it.
 */
import { Analysis } from "../core/engine/analyze";
import type { FormulaLanguage } from "../core/formula/locale";
import { findingKey } from "../core/engine/context";
import { Range, rangeAddress } from "../core/grid/address";
import { CellValue } from "../core/grid/model";
import {
  ControlesSheet,
  FindingStatus,
  SheetCandidate,
  controlesSheet,
  controlesTarget,
  isControlesName,
  resultsByFinding,
} from "../core/report/controles";
import { Severity } from "../core/rules/types";
import { Settings } from "../core/settings";
import { WHOLE_SHEET } from "./addresses";
import { Session, Stamp } from "./apply";
import { syncChunks } from "./batches";
import { byteBudget } from "./blocks";
import { WorkbookError } from "./errors";
import { queueIdentityWrite } from "./identity";
import { JournalEntry, journalRow } from "./journal";
import { JournalState, openJournal, queueJournalRows, queueJournalState } from "./journalSheet";
import { JOURNAL_SHEET } from "./names";
import { Structure, findSheet, queueStructure, sheetById } from "./structure";
import { readJournal, trustedEntries } from "./undo";
import { OfficeScalar, coreValue, textEntry } from "./values";

const SEVERITY_COLOR: Record<Severity, string> = { error: "#C00000", warning: "#B45F06", info: "#1F6FB2" };
const LINK_COLOR = "#0563C1";
/** Width in points of the message and correction columns (the others are autofitted). */
const TEXT_COLUMN_POINTS = 360;
const TEXT_COLUMNS = [4, 5];

/** Every sheet, with the first cell of those that may be the report (controlesTarget). */
function candidates(structure: Structure): () => SheetCandidate[] {
  const ownId = structure.identity?.controlesSheet ?? null;
  const reads = structure.sheets.map((s) =>
    s.id === ownId || isControlesName(s.name) ? s.worksheet.getRange("A1").load("values") : null,
  );
  return () => structure.sheets.map((s, i) => ({ name: s.name, title: reads[i]?.values[0][0] ?? null, owned: s.id === ownId }));
}

/** Queues the reads telling where the report goes; the reader gives its name and whether it exists. */
export function queueControlesTarget(structure: Structure): () => { name: string; existing: boolean } {
  const read = candidates(structure);
  return () => controlesTarget(read());
}

function statuses(entries: JournalEntry[], settings: Settings): Map<string, FindingStatus> {
  const out = new Map<string, FindingStatus>();
  for (const entry of entries) for (const key of entry.findings) out.set(key, "corrigé");
  for (const key of settings.ignores) out.set(key, "ignoré");
  return out;
}

/** The value each corrected cell shows now, read at its repère, by finding key (as many syncs as the request budget needs). */
async function currentResults(
  session: Session,
  entries: JournalEntry[],
  wanted: ReadonlySet<string>,
): Promise<Map<string, CellValue>> {
  const shown = entries.filter((e) => e.kind === "cellule" && e.findings.some((k) => wanted.has(k)));
  const reads = await syncChunks(
    session.context,
    shown,
    (e) => e.marker.length * 2 + 160,
    byteBudget(session.limits),
    (e) => {
      const range = session.context.workbook.names
        .getItemOrNullObject(e.marker)
        .getRangeOrNullObject()
        .load("values, valueTypes");
      return () => ({ e, range });
    },
  );
  // Each finding shows its own cell's value (a finding correcting several cells: the one its row names).
  return resultsByFinding(
    reads
      .filter(({ range }) => !range.isNullObject)
      .map(({ e, range }) => ({
        sheet: e.sheet,
        cell: e.cell,
        findings: e.findings,
        value: coreValue(range.values[0][0] as OfficeScalar, range.valueTypes[0][0]),
      })),
  );
}

function queueRows(session: Session, sheet: Excel.Worksheet, report: ControlesSheet): void {
  const width = report.rows[0]?.length ?? 1;
  const all: Range = { r1: 0, c1: 0, r2: report.rows.length - 1, c2: width - 1 };
  sheet.getRange(rangeAddress(all)).values = report.rows.map((row) => row.map((text) => (text === "" ? "" : textEntry(text))));
  session.own.record(all);
  const header = sheet.getRange(rangeAddress({ r1: report.headerRow, c1: 0, r2: report.headerRow, c2: width - 1 }));
  header.format.font.bold = true;
  for (const { row, severity } of report.findingRows) {
    const cell = sheet.getRange(rangeAddress({ r1: row, c1: 0, r2: row, c2: 0 }));
    cell.format.font.bold = true;
    cell.format.font.color = SEVERITY_COLOR[severity];
  }
  const links = session.caps.workbookInfo ? report.links : [];
  for (const link of links) {
    const cell = sheet.getRange(rangeAddress({ r1: link.row, c1: link.col, r2: link.row, c2: link.col }));
    cell.hyperlink = { documentReference: link.target, textToDisplay: report.rows[link.row][link.col] };
    cell.format.font.color = LINK_COLOR;
    session.own.record({ r1: link.row, c1: link.col, r2: link.row, c2: link.col });
  }
  // Widths from the table (header and findings), not from the long title lines above it.
  sheet.getRange(rangeAddress({ ...all, r1: report.headerRow })).format.autofitColumns();
  for (const col of TEXT_COLUMNS) {
    const column = sheet.getRange(rangeAddress({ ...all, c1: col, c2: col }));
    column.format.columnWidth = TEXT_COLUMN_POINTS;
    column.format.wrapText = true;
  }
}

export interface ControlesResult {
  name: string;
  /** Findings listed. */
  rows: number;
}

/**
 * Sheets, settings; the journal (statuses), where the report goes; the corrected cells' values;
 * the rebuilt sheet — and, when it is created, its journal row and id in the settings.
 * Hyperlinks need ExcelApi 1.7.
 */
export async function rebuildControles(
  session: Session,
  analysis: Analysis,
  settings: Settings,
  today: Date,
  stamp: Stamp,
  written?: JournalEntry[],
  formulas: FormulaLanguage = "en",
): Promise<ControlesResult> {
  // Asked for, the report is shown; rebuilt after « Appliquer », the user stays on the corrected sheet.
  const show = written === undefined;
  const { context, caps } = session;
  const readStructure = queueStructure(context, caps, false);
  await context.sync();
  const structure = readStructure();
  const own = sheetById(structure, structure.identity?.journalSheet);
  const named = own ?? findSheet(structure, JOURNAL_SHEET);
  const keys = new Set(analysis.findings.map(findingKey));
  const extras = () => {
    const readTarget = queueControlesTarget(structure);
    const readState = queueJournalState(structure);
    return () => ({ target: readTarget(), journalState: readState() });
  };
  let rows: unknown[][] = [];
  let read: { target: { name: string; existing: boolean }; journalState: JournalState };
  if (named) ({ rows, extra: read } = await readJournal(session, named, extras));
  else {
    const reader = extras();
    await context.sync();
    read = reader();
  }
  const { target, journalState } = read;
  const entries = trustedEntries(structure, own, rows)?.entries ?? [];
  const file = analysis.workbooks[0]?.name ?? "";
  // Right after « Appliquer », the cells just written are the ones whose values the report shows.
  const results = await currentResults(session, written ?? entries, keys);
  const report = controlesSheet(analysis, file, {
    today,
    statuses: statuses(entries, settings),
    results,
    name: target.name,
    formulas,
  });
  if (!target.existing && structure.structureProtected) {
    throw new WorkbookError(
      `La structure du classeur est protégée : la feuille « ${target.name} » ne peut pas être créée. ` +
        "Ôtez la protection du classeur (onglet Révision > Protéger le classeur), puis recommencez.",
    );
  }
  if (target.existing) {
    const sheet = (findSheet(structure, target.name) as { worksheet: Excel.Worksheet }).worksheet;
    writeReport(session, sheet, report, show);
    await context.sync();
  } else {
    await createReport(session, structure, journalState, report, stamp, show);
  }
  return { name: report.name, rows: report.findingRows.length };
}

function writeReport(session: Session, sheet: Excel.Worksheet, report: ControlesSheet, show: boolean): void {
  sheet.getRange().clear();
  session.own.record(WHOLE_SHEET);
  queueRows(session, sheet, report);
  if (show) sheet.activate();
}

/** A new report sheet: created and written, then its creation journaled and its id stored. */
async function createReport(
  session: Session,
  structure: Structure,
  state: JournalState,
  report: ControlesSheet,
  stamp: Stamp,
  show: boolean,
): Promise<void> {
  const { context } = session;
  const journal = await openJournal(session, structure, state);
  const sheet = context.workbook.worksheets.add(report.name);
  writeReport(session, sheet, report, show);
  sheet.load("id");
  await context.sync();
  const entry: JournalEntry = {
    ...stamp,
    kind: "feuille",
    sheetId: sheet.id,
    sheet: report.name,
    cell: "",
    marker: "",
    found: { type: "absente" },
    foundFormat: "",
    written: { type: "vide" },
    writtenFormat: "",
    appended: "",
    findings: [],
  };
  queueJournalRows(session, journal.worksheet, state.nextRow, [journalRow(entry)]);
  queueIdentityWrite(context, { ...journal.identity, controlesSheet: sheet.id });
  await context.sync();
}
