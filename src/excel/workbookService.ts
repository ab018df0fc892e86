/**
 * The WorkbookService the task pane uses, over the Excel JavaScript API: real Excel through
 * Excel.run, or the in-memory fake (src/fake-excel) in tests and in the browser workbench.
 * The analysis and its rules are loaded at the first analysis (parts.ts), while the workbook is read.
 */
import type { Analysis } from "../core/engine/analyze";
import { findingKey } from "../core/engine/context";
import { rangeAddress } from "../core/grid/address";
import { localizedFinding } from "../core/formula/locale";
import { formatEuros } from "../core/parse/format";
import { Finding } from "../core/rules/types";
import { DEFAULT_SETTINGS, Settings } from "../core/settings";
import { Prepared, Session, prepare, stampOf, writeChanges } from "./apply";
import { Change, stateText } from "./changes";
import { WorkbookError, frenchMessage, inFrench } from "./errors";
import { EXCEL_WEB_PAYLOAD, MIN_EXCEL_API, WorkbookHost, capabilities } from "./host";
import { queueIdentity } from "./identity";
import { JOURNAL_FIRST_ENTRY } from "./journal";
import { isOwnSheet } from "./names";
import { OwnWrites } from "./ownWrites";
import { loadEngine } from "./parts";
import { queueControlesTarget, rebuildControles } from "./report";
import { ApplyResult, Preview, PreviewItem, Progress, SheetSample, UndoResult, WorkbookService } from "./service";
import { readSettings, writeSettings } from "./settingsSheet";
import { parseStoredSettings } from "./settingsStore";
import { readSnapshot } from "./snapshot";
import { restoreJournal, undoComplete, undoMessage } from "./undo";
import { OfficeScalar, coreValue, shownText } from "./values";
import { watchEdits } from "./watch";

function previewItem(change: Change): PreviewItem {
  const base = { sheet: change.place.sheet, cell: change.place.cell, findings: change.findings };
  switch (change.kind) {
    case "cell": {
      // A formula says what it will compute once every correction is written (the settled plan).
      const result =
        change.expected === undefined ? "" : ` (résultat attendu : ${formatEuros(Math.round(change.expected * 100))})`;
      return { ...base, kind: change.write, before: stateText(change.before), after: `${change.after}${result}` };
    }
    case "column":
      return { ...base, kind: "comment", before: stateText(change.before), after: change.text };
    case "note":
      return { ...base, kind: "note", before: change.before ?? "", after: change.text };
    case "threaded":
      return { ...base, kind: "note", before: "", after: change.text };
  }
}

const COMMENT_MODES = { column: "column", note: "note", threaded: "threaded" } as const;

function applyResult(prepared: Prepared, report: string | null, problem: string | null): ApplyResult {
  const modes = new Set<ApplyResult["commentMode"]>();
  let comments = 0;
  for (const change of prepared.changes) {
    if (change.kind === "cell") continue;
    modes.add(COMMENT_MODES[change.kind]);
    comments++;
  }
  if (prepared.reportOnly.length > 0) modes.add("report");
  const mode = modes.size === 0 ? "none" : modes.size === 1 ? [...modes][0] : "mixed";
  const cells = prepared.changes.filter((c) => c.kind === "cell").length;
  const notices = [prepared.journal.replaced ? JOURNAL_REPLACED : null, problem].filter((n): n is string => n !== null);
  return {
    cells,
    comments,
    commentMode: mode,
    conflicts: prepared.conflicts,
    blocked: null,
    report,
    notice: notices.length > 0 ? notices.join(" ") : null,
  };
}

const REPORT_FAILED = "Les corrections sont écrites, mais la feuille « Contrôles VerifPacte » n'a pas pu être reconstruite :";

const JOURNAL_REPLACED =
  "Le journal de corrections trouvé dans ce classeur n'avait pas été écrit par VerifPacte pour ce classeur : " +
  "il a été remplacé, les corrections qu'il décrivait ne peuvent pas être annulées par VerifPacte.";

export function createWorkbookService(host: WorkbookHost): WorkbookService {
  const caps = capabilities(host);
  const limits = host.limits ?? EXCEL_WEB_PAYLOAD;
  const own = new OwnWrites();
  const today = () => host.today?.() ?? new Date();
  const formulas = host.formulas ?? "en";
  const localized = (f: Finding): Finding => localizedFinding(f, formulas);
  let last: { analysis: Analysis; settings: Settings } | null = null;

  const run = <T>(work: (session: Session) => Promise<T>): Promise<T> =>
    inFrench(() => {
      if (!host.isSetSupported("ExcelApi", MIN_EXCEL_API)) {
        throw new WorkbookError("VerifPacte demande Excel 2016 ou plus récent (ExcelApi 1.4) : mettez Excel à jour.");
      }
      return host.run((context) => work({ context, caps, limits, own }));
    });

  const analysisNow = async (): Promise<Analysis> => last?.analysis ?? service.analyze();

  /**
   * The plan checked against the workbook; with `write`, applied (journaled) and followed by the
   * « Contrôles VerifPacte » sheet, rebuilt from the analysis the fixes come from.
   */
  const prepared = async (fixes: Finding[], commentOnly: Finding[] | undefined, write: boolean) => {
    const analysis = await analysisNow();
    const { buildWritePlan } = await loadEngine();
    const plan = buildWritePlan(analysis, fixes.map(localized), { today: today(), commentOnly: commentOnly?.map(localized) });
    return run(async (session) => {
      const creates = (target: { name: string; existing: boolean } | undefined) =>
        write && target && !target.existing ? [target.name] : [];
      const ready = await prepare(session, plan, queueControlesTarget, creates);
      if (!write || ready.blocked !== null || ready.changes.length === 0) return { ready, report: null, problem: null };
      const stamp = stampOf(today());
      const written = await writeChanges(session, ready, stamp);
      const settings = last?.settings ?? DEFAULT_SETTINGS;
      try {
        const report = await rebuildControles(session, analysis, settings, today(), stamp, written, formulas);
        return { ready, report: report.name, problem: null };
      } catch (error) {
        // The corrections are written and journaled: the report sheet's failure is said, not thrown.
        return { ready, report: null, problem: `${REPORT_FAILED} ${frenchMessage(error)}` };
      }
    });
  };

  const updateSettings = async (change: (s: Settings) => Settings) => {
    const next = change(await service.loadSettings());
    await service.saveSettings(next);
  };

  const service: WorkbookService = {
    async analyze(progress?: Progress) {
      return (await service.analyzeWorkbook(progress)).analysis;
    },

    async analyzeWorkbook(progress?: Progress) {
      const report: Progress = progress ?? (() => undefined);
      // Fetched while the workbook is read; a failure is said once the reading is done.
      const engine = loadEngine();
      engine.catch(() => undefined);
      const snapshot = await run((session) => readSnapshot(session.context, caps, limits, report));
      const stored = parseStoredSettings(snapshot.settingsTexts);
      const { analyze } = await engine;
      report("Analyse des tableaux", 0.7);
      const analysis = analyze([snapshot.workbook], stored.settings);
      if (stored.error) analysis.errors.push({ file: snapshot.workbook.name, message: stored.error });
      last = { analysis, settings: stored.settings };
      report("Analyse terminée", 1);
      return { analysis, settings: stored.settings, hasJournal: snapshot.hasJournal };
    },

    async preview(fixes, commentOnly): Promise<Preview> {
      const { ready } = await prepared(fixes, commentOnly, false);
      return { items: ready.changes.map(previewItem), conflicts: ready.conflicts, blocked: ready.blocked };
    },

    async apply(fixes, commentOnly): Promise<ApplyResult> {
      const { ready, report, problem } = await prepared(fixes, commentOnly, true);
      if (ready.blocked !== null) {
        return {
          cells: 0,
          comments: 0,
          commentMode: "none",
          conflicts: ready.conflicts,
          blocked: ready.blocked,
          report: null,
          notice: null,
        };
      }
      return applyResult(ready, report, problem);
    },

    ignore: (finding) => updateSettings((s) => ({ ...s, ignores: [...new Set([...s.ignores, findingKey(finding)])] })),

    unignore: (finding) => updateSettings((s) => ({ ...s, ignores: s.ignores.filter((k) => k !== findingKey(finding)) })),

    selectCell: (sheet, cell) =>
      run(async ({ context }) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        worksheet.activate();
        worksheet.getRange(cell).select();
        await context.sync();
      }),

    async writeReport(analysis) {
      const settings = last?.settings ?? (await service.loadSettings());
      await run((session) => rebuildControles(session, analysis, settings, today(), stampOf(today()), undefined, formulas));
    },

    async undo(): Promise<UndoResult> {
      const restoration = await run(restoreJournal);
      return {
        restored: restoration.decisions?.cells ?? 0,
        message: undoMessage(restoration),
        complete: undoComplete(restoration),
      };
    },

    /** A journal VerifPacte can use (its own, by the document settings) holds at least one change. */
    hasJournal: () =>
      run(async ({ context }) => {
        const readIdentity = queueIdentity(context);
        await context.sync();
        const identity = readIdentity();
        if (!identity) return false;
        const sheet = context.workbook.worksheets.getItemOrNullObject(identity.journalSheet);
        const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex, rowCount");
        await context.sync();
        return !sheet.isNullObject && !used.isNullObject && used.rowIndex + used.rowCount > JOURNAL_FIRST_ENTRY;
      }),

    async loadSettings() {
      const stored = await run(readSettings);
      if (stored.error) throw new WorkbookError(stored.error);
      return stored.settings;
    },

    async saveSettings(settings) {
      await run((session) => writeSettings(session, settings));
      if (last) last = { ...last, settings };
    },

    sheetNames: () =>
      run(async ({ context }) => {
        const sheets = context.workbook.worksheets.load("items/name, items/visibility");
        await context.sync();
        return sheets.items.filter((s) => !isOwnSheet(s.name) && s.visibility !== "VeryHidden").map((s) => s.name);
      }),

    sample: (sheet, maxRows) => run(({ context }) => readSample(context, sheet, maxRows)),

    watch: (onUserEdit) => inFrench(() => watchEdits(host, caps, own, onUserEdit)),
  };
  return service;
}

/** The first rows of a sheet from A1, as shown text (rows and columns as in the sheet). */
async function readSample(context: Excel.RequestContext, sheet: string, maxRows: number): Promise<SheetSample> {
  const used = context.workbook.worksheets
    .getItem(sheet)
    .getUsedRangeOrNullObject(true)
    .load("rowIndex, rowCount, columnIndex, columnCount");
  await context.sync();
  const rows = Math.min(Math.max(0, Math.floor(maxRows)), used.isNullObject ? 0 : used.rowIndex + used.rowCount);
  if (rows === 0) return { sheet, rows: [] };
  const range = { r1: 0, c1: 0, r2: rows - 1, c2: used.columnIndex + used.columnCount - 1 };
  const cells = context.workbook.worksheets.getItem(sheet).getRange(rangeAddress(range)).load("values, valueTypes");
  await context.sync();
  return {
    sheet,
    rows: cells.values.map((row, i) => row.map((v, j) => shownText(coreValue(v as OfficeScalar, cells.valueTypes[i][j])))),
  };
}
