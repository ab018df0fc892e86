/**
 * The « Contrôles » sheet (SPEC §6), rebuilt by clearing it (created once, never deleted: deleting
 * a sheet wipes the user's undo stack): the core's rows, a link from each finding to its cell,
 * severities in colour and bold (the text says it too), the status of each finding — « corrigé »
 * when the journal holds a change for it, « ignoré » when the user ignored it.
 */
import { Analysis } from "../core/engine/analyze";
import type { FormulaLanguage } from "../core/formula/locale";
import { Range, rangeAddress } from "../core/grid/address";
import { ControlesSheet, FindingStatus, controlesSheet } from "../core/report/controles";
import { Severity } from "../core/rules/types";
import { Settings } from "../core/settings";
import { WHOLE_SHEET } from "./addresses";
import { Session } from "./apply";
import { WorkbookError } from "./errors";
import { parseJournalRow } from "./journal";
import { JOURNAL_SHEET } from "./names";
import { Structure, findSheet, queueStructure } from "./structure";
import { readJournal } from "./undo";
import { textEntry } from "./values";

const SEVERITY_COLOR: Record<Severity, string> = { error: "#C00000", warning: "#B45F06", info: "#1F6FB2" };
const LINK_COLOR = "#0563C1";
/** Width in points of the message and correction columns (the others are autofitted). */
const TEXT_COLUMN_POINTS = 360;
const TEXT_COLUMNS = [4, 5];

function statuses(journalRows: unknown[][], settings: Settings): Map<string, FindingStatus> {
  const out = new Map<string, FindingStatus>();
  for (const row of journalRows) for (const key of parseJournalRow(row)?.findings ?? []) out.set(key, "corrigé");
  for (const key of settings.ignores) out.set(key, "ignoré");
  return out;
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
  sheet.getRange(rangeAddress(all)).format.autofitColumns();
  for (const col of TEXT_COLUMNS) {
    const column = sheet.getRange(rangeAddress({ ...all, c1: col, c2: col }));
    column.format.columnWidth = TEXT_COLUMN_POINTS;
    column.format.wrapText = true;
  }
}

function controlesWorksheet(session: Session, structure: Structure, name: string): Excel.Worksheet {
  const existing = findSheet(structure, name);
  if (existing) return existing.worksheet;
  if (structure.structureProtected) {
    throw new WorkbookError(
      `La structure du classeur est protégée : la feuille « ${name} » ne peut pas être créée. ` +
        "Ôtez la protection du classeur (onglet Révision > Protéger le classeur), puis recommencez.",
    );
  }
  return session.context.workbook.worksheets.add(name);
}

/** Sheets; the journal (statuses), when there is one; the rebuilt sheet. Hyperlinks need ExcelApi 1.7. */
export async function rebuildControles(
  session: Session,
  analysis: Analysis,
  settings: Settings,
  today: Date,
  formulas: FormulaLanguage = "en",
): Promise<number> {
  const { context, caps } = session;
  const readStructure = queueStructure(context, caps, false);
  await context.sync();
  const structure = readStructure();
  const journal = findSheet(structure, JOURNAL_SHEET);
  const journalRows = journal ? (await readJournal(session, journal, () => () => undefined)).rows : [];
  const file = analysis.workbooks[0]?.name ?? "";
  const report = controlesSheet(analysis, file, { today, statuses: statuses(journalRows, settings), formulas });
  const sheet = controlesWorksheet(session, structure, report.name);
  sheet.getRange().clear();
  session.own.record(WHOLE_SHEET);
  queueRows(session, sheet, report);
  sheet.activate();
  await context.sync();
  return report.findingRows.length;
}
