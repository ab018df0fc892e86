/**
 * A fixture of the fiche tables (issue 8): a case of the fidelity corpus (test/robustesse/corpus,
 * same readable descriptions, same clean twin) that also says which tables and zones must be read.
 */
import { CorpusCase } from "../robustesse/corpus/types";

export interface FicheCase extends CorpusCase {
  /** Every table read, in order: « F7 Fiches actions!A5:F13 » (family, sheet, range). */
  tables: string[];
  /** Zones non reconnues: « Feuille!A3:D9 ». */
  zones?: string[];
}
