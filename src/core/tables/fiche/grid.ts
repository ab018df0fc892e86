/**
 * Building the money grid of an F7 table line by line: each line's meaning from its label (a
 * funder, « Dont », a total), its cells, the parent of each « Dont » line, and what the lines are
 * (funders, axes, actions), which decides between the families.
 */
import { normalizeText } from "../../parse/text";
import { pacteAxeOf } from "../../referentiel/dispositifs";
import { ACTION_LINE, AXE_LINE } from "../../referentiel/fiches";
import { BudgetFamily } from "../../referentiel/types";
import { BudgetCell, BudgetLine, BudgetMeasure, MoneyGrid } from "../model";
import { lineMeaning } from "./vocab";

export interface LineKindCounts {
  /** Lines that add up (not « Dont », not totals). */
  parts: number;
  /** Lines (parts or totals) whose label names a funder. */
  funder: number;
  /** Part lines naming an axe or a thème. */
  axes: number;
  /** Part lines naming an action (« Fiche 3 », « 2.1 Référents… »). */
  actions: number;
  totals: number;
}

/** Fiche number and title of an action line (« Fiche 3 – Référents », « 2.1 Maraudes »); nulls otherwise. */
export function lineIdentity(label: string): { fiche: string | null; title: string | null } {
  const norm = normalizeText(label);
  const m = ACTION_LINE.exec(norm);
  if (!m) return { fiche: null, title: null };
  const number = (m[1] ?? m[2]).replace(/,/g, ".");
  const title = label
    .replace(/^\s*(?:fiche(?:\s+action)?|action|fa)?\s*(?:n\s*°|no\b\.?|n\b\.?)?\s*\d+(?:[.,]\d+)*\s*[.)\-:–—]*\s*/i, "")
    .trim();
  return { fiche: number, title: title === "" ? null : title };
}

function isAxe(label: string): boolean {
  return AXE_LINE.test(normalizeText(label)) || pacteAxeOf(label) !== undefined;
}

export class GridBuilder {
  private readonly lineList: BudgetLine[] = [];
  private readonly cellList: BudgetCell[] = [];
  private readonly measureList: BudgetMeasure[];

  constructor(measures: readonly BudgetMeasure[] = []) {
    this.measureList = measures.map((m) => ({
      header: m.header,
      year: m.year,
      phase: m.phase,
      funder: m.funder,
      total: m.total,
    }));
    this.cols = measures.map((m) => ("col" in m ? (m as { col: number }).col : -1));
  }

  /** Sheet column of each measure given at construction (headed tables). */
  private readonly cols: number[];

  addMeasure(measure: BudgetMeasure): number {
    this.measureList.push(measure);
    this.cols.push(-1);
    return this.measureList.length - 1;
  }

  /** A line and its amounts, each in the column of its measure (headed tables). */
  addLine(row: number, label: string, amountCols: readonly number[]): number {
    const index = this.line(row, label);
    for (const col of amountCols) {
      const measure = this.cols.indexOf(col);
      if (measure >= 0) this.cellList.push({ line: index, measure, row, col });
    }
    return index;
  }

  /** A line without cells yet. */
  line(row: number, label: string): number {
    const meaning = lineMeaning(normalizeText(label));
    this.lineList.push({ row, label, ...meaning, parent: null, fiche: null, title: null });
    return this.lineList.length - 1;
  }

  addCell(cell: BudgetCell): void {
    this.cellList.push(cell);
  }

  lineCount(): number {
    return this.lineList.length;
  }

  cellCount(): number {
    return this.cellList.length;
  }

  cells(): readonly BudgetCell[] {
    return this.cellList;
  }

  lines(): readonly BudgetLine[] {
    return this.lineList;
  }

  counts(): LineKindCounts {
    const parts = this.lineList.filter((l) => l.kind === "part");
    return {
      parts: parts.length,
      funder: this.lineList.filter((l) => l.funder !== null && l.kind !== "dont").length,
      axes: parts.filter((l) => isAxe(l.label)).length,
      actions: parts.filter((l) => l.funder === null && lineIdentity(l.label).fiche !== null).length,
      totals: this.lineList.filter((l) => l.kind === "total" || l.kind === "sousTotal").length,
    };
  }

  /** The grid: « Dont » lines linked to the line they detail, action lines identified. */
  grid(identity?: (label: string) => { fiche: string | null; title: string | null }): MoneyGrid {
    let parent: number | null = null;
    const lines = this.lineList.map((line, i) => {
      if (line.kind === "part") parent = i;
      else if (line.kind !== "dont") parent = null;
      const id = identity && line.kind === "part" && line.funder === null ? identity(line.label) : { fiche: null, title: null };
      return { ...line, parent: line.kind === "dont" ? parent : null, ...id };
    });
    return { lines, measures: this.measureList, cells: this.cellList };
  }
}

/**
 * The family of a table from what its lines are: axes or thèmes (F10), actions (F11), else the
 * family its layout gives (`base`). Null when the layout gives none.
 */
export function chooseFamily(counts: LineKindCounts, base: BudgetFamily | null): BudgetFamily | null {
  if (counts.parts > 0 && counts.axes * 2 >= counts.parts && counts.axes > 0) return "F10";
  if (counts.parts > 0 && counts.actions * 2 >= counts.parts && counts.actions > 0) return "F11";
  return base;
}
