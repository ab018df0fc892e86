/**
 * The fidelity corpus (issue 7): workbooks laid out as other départements lay them out, each
 * described in readable form (examples/build/types.ts) with a clean twin. The anomalous
 * workbooks must give exactly the expected findings; the clean twin no error at all.
 */
import { SheetDescription, Severity, WorkbookDescription } from "../../../examples/build/types";

/** The correction a finding must offer: none, one value, one formula, one comment, or several cells at once. */
export type CorpusFix = null | "valeur" | "formule" | "commentaire" | { cellules: number };

export interface CorpusFinding {
  /** File name (inside the case's folder). */
  file: string;
  sheet: string;
  cell: string;
  ruleId: string;
  severity: Severity;
  fix: CorpusFix;
  /** What it is about, in French. */
  why: string;
}

/**
 * A sheet of the corpus, with where the metamorphic tests may cut it: Excel rows before which a
 * page break and a repeated title and header can be inserted (never inside a merged area).
 */
export interface CorpusSheet extends SheetDescription {
  sautsDePage?: number[];
}

export interface CorpusWorkbook extends WorkbookDescription {
  sheets: CorpusSheet[];
}

export interface CorpusCase {
  /** Folder name: « 01-ex-fiche ». */
  id: string;
  /** What the case shows, in French. */
  title: string;
  /** Points of issue 7 it covers (1–8). */
  points: number[];
  /** The workbooks analysed together, with the mistakes. */
  anomalies: CorpusWorkbook[];
  /** The same workbooks, right. */
  sain: CorpusWorkbook[];
  /** Exactly what the anomalous workbooks give. */
  attendu: CorpusFinding[];
  /** Exactly what the clean twin gives (never an error): information and warnings that are right. */
  attenduSain: CorpusFinding[];
}
