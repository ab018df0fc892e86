/**
 * A hand-written in-memory WorkbookService for the pane's tests: the analysis of the sample
 * workbook (workbook.ts), settings kept in memory, fixes remembered so that a new analysis no
 * longer reports them, a journal for undo, and knobs to make calls fail, block or wait.
 */
import { Analysis } from "../../src/core/engine/analyze";
import { findingKey } from "../../src/core/engine/context";
import { parseCellAddress } from "../../src/core/grid/address";
import { Workbook } from "../../src/core/grid/model";
import { Finding } from "../../src/core/rules/types";
import { DEFAULT_SETTINGS, Settings } from "../../src/core/settings";
import type { ApplyResult, Preview, PreviewItem, Progress, SheetSample, UndoResult, WorkbookService } from "../../src/excel/service";
import { PlanConflict } from "../../src/core/engine/plan";
import { FILE, sampleAnalysis, sampleWorkbook } from "./workbook";

const COMMENT_PREFIX = "[Contrôle 15/03/2026] ";

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export class FakeWorkbookService implements WorkbookService {
  settings: Settings = clone(DEFAULT_SETTINGS);
  /** Keys of the findings whose fix was applied (a new analysis leaves them out). */
  readonly fixed = new Set<string>();
  /** Findings added to every analysis (e.g. two fixes of one cell, for conflicts). */
  extraFindings: Finding[] = [];
  /** Makes the next analyses reject with this error. */
  analyzeError: Error | null = null;
  /** Makes analyze wait until release() is called. */
  holdAnalysis = false;
  /** French reason why nothing can be applied (protected sheet…). */
  blocked: string | null = null;
  /** Transforms each analysis (empty workbook, other tables…). */
  shapeAnalysis: (analysis: Analysis) => Analysis = (analysis) => analysis;
  journal = false;
  readonly workbook: Workbook = sampleWorkbook().workbook;
  private watchers: (() => void)[] = [];
  private waiting: (() => void)[] = [];

  async analyze(progress?: Progress): Promise<Analysis> {
    progress?.("Lecture du classeur", 0.25);
    if (this.holdAnalysis) await new Promise<void>((resolve) => this.waiting.push(resolve));
    if (this.analyzeError) throw this.analyzeError;
    progress?.("Contrôle des tableaux", 0.75);
    const skip = new Set([...this.fixed, ...this.settings.ignores]);
    const analysis = sampleAnalysis(this.settings, skip);
    analysis.findings.push(...this.extraFindings.filter((f) => !skip.has(findingKey(f))));
    return this.shapeAnalysis(analysis);
  }

  /** Lets the held analyses finish. */
  release(): void {
    this.holdAnalysis = false;
    for (const resolve of this.waiting.splice(0)) resolve();
  }

  async preview(fixes: Finding[], commentOnly: Finding[] = []): Promise<Preview> {
    const items = [...fixes.flatMap((f) => this.fixItem(f)), ...commentOnly.map((f) => this.noteItem(f, f.message))];
    return { items, conflicts: conflictsOf(items), blocked: this.blocked };
  }

  async apply(fixes: Finding[], commentOnly: Finding[] = []): Promise<ApplyResult> {
    const { items, conflicts, blocked } = await this.preview(fixes, commentOnly);
    if (blocked) return { cells: 0, comments: 0, commentMode: "none", conflicts, blocked };
    const refused = new Set(conflicts.flatMap((c) => c.findings));
    const applied = items.filter((i) => !i.findings.some((k) => refused.has(k)));
    for (const item of applied) item.findings.forEach((k) => this.fixed.add(k));
    this.journal = this.journal || applied.length > 0;
    const comments = applied.filter((i) => i.kind === "note").length;
    return { cells: applied.length - comments, comments, commentMode: comments > 0 ? "note" : "none", conflicts, blocked: null };
  }

  async ignore(finding: Finding): Promise<void> {
    const key = findingKey(finding);
    if (!this.settings.ignores.includes(key)) this.settings.ignores.push(key);
  }

  async unignore(finding: Finding): Promise<void> {
    const key = findingKey(finding);
    this.settings.ignores = this.settings.ignores.filter((k) => k !== key);
  }

  /** « Feuille!B12 » of each cell selected. */
  readonly selections: string[] = [];
  /** The analyses written as « Contrôles » sheets. */
  readonly reports: Analysis[] = [];

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.selections.push(`${sheet}!${cell}`);
  }

  async writeReport(analysis: Analysis): Promise<void> {
    this.reports.push(analysis);
  }

  async undo(): Promise<UndoResult> {
    const restored = this.fixed.size;
    this.fixed.clear();
    this.journal = false;
    return { restored, message: `${restored} cellules restaurées.` };
  }

  async hasJournal(): Promise<boolean> {
    return this.journal;
  }

  async loadSettings(): Promise<Settings> {
    return clone(this.settings);
  }

  async saveSettings(settings: Settings): Promise<void> {
    this.settings = clone(settings);
  }

  async sheetNames(): Promise<string[]> {
    return this.workbook.sheets.map((s) => s.name);
  }

  async sample(sheet: string, maxRows: number): Promise<SheetSample> {
    const found = this.workbook.sheet(sheet);
    if (!found) throw new Error(`La feuille « ${sheet} » n'existe pas.`);
    const rows = Array.from({ length: Math.min(maxRows, found.rowCount) }, (_, r) =>
      Array.from({ length: found.colCount }, (_, c) => shown(found.shownValue(r, c))),
    );
    return { sheet, rows };
  }

  async watch(onUserEdit: () => void): Promise<() => Promise<void>> {
    this.watchers.push(onUserEdit);
    return async () => {
      this.watchers = this.watchers.filter((w) => w !== onUserEdit);
    };
  }

  /** The user edits a cell (live mode). */
  userEdit(): void {
    for (const watcher of this.watchers) watcher();
  }

  get watching(): number {
    return this.watchers.length;
  }

  private before(sheet: string, cell: string): string {
    const position = parseCellAddress(cell);
    const found = position && this.workbook.sheet(sheet)?.get(position.row, position.col);
    return found ? found.formula ?? shown(found.value) : "";
  }

  private fixItem(finding: Finding): PreviewItem[] {
    const fix = finding.fix;
    if (!fix) return [];
    if (fix.kind === "comment") return [this.noteItem(finding, fix.text)];
    return (fix.kind === "cells" ? fix.fixes : [fix]).map((f) => {
      const after = f.kind === "formula" ? f.formula : String(f.value);
      return { sheet: f.sheet, cell: f.cell, kind: f.kind, before: this.before(f.sheet, f.cell), after, findings: [findingKey(finding)] };
    });
  }

  private noteItem(finding: Finding, text: string): PreviewItem {
    return { sheet: finding.sheet, cell: finding.cell, kind: "note", before: "", after: COMMENT_PREFIX + text, findings: [findingKey(finding)] };
  }
}

function shown(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}

/** Two changes of one cell with different contents. */
function conflictsOf(items: PreviewItem[]): PlanConflict[] {
  const byCell = new Map<string, PreviewItem[]>();
  for (const item of items.filter((i) => i.kind !== "note")) {
    const key = `${item.sheet}!${item.cell}`;
    byCell.set(key, [...(byCell.get(key) ?? []), item]);
  }
  return [...byCell.values()]
    .filter((list) => new Set(list.map((i) => i.after)).size > 1)
    .map((list) => ({
      file: FILE,
      sheet: list[0].sheet,
      cell: list[0].cell,
      message: `Deux corrections différentes pour ${list[0].sheet}!${list[0].cell} : ${list.map((i) => i.after).join(" ou ")}.`,
      findings: list.flatMap((i) => i.findings),
    }));
}
