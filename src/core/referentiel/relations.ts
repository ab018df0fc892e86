/**
 * Relations between the columns of a financial table, per family (SPEC §3), as data:
 * - sum relations: a computed column equals the sum of its parts (rules 1, 2, 5, 6);
 * - bounds: a sum of columns may not exceed another (rules 12 and 16).
 * Rules apply a relation only when the table has its target and all its required parts.
 */
import { ColumnKey, FinancialFamily } from "./types";

/**
 * A part of a sum: one column key, or alternatives (the first key the table has is used), for
 * the State column that is « versés » in an execution table and « notifiée » in a forecast.
 */
export type RelationPart = ColumnKey | readonly ColumnKey[];

export interface SumRelation {
  target: ColumnKey;
  /** What the target is, in French, for messages (« le budget global »). */
  label: string;
  /** Parts the table must have for the relation to apply. */
  parts: readonly RelationPart[];
  /** Parts added when the table has the column (a template may leave them out). */
  optional: readonly RelationPart[];
}

const STATE: RelationPart = ["etatVerse", "etatNotifie"];

const BUDGET_F3_F4: SumRelation = {
  target: "budget",
  label: "le budget global",
  parts: [STATE, "cdAffecte"],
  optional: ["etatReporte", "cdReporte", "autres"],
};

export const SUM_RELATIONS: Record<FinancialFamily, readonly SumRelation[]> = {
  // F = A+B+C
  F1: [{ target: "budget", label: "le budget global", parts: ["etatNotifie", "cdAffecte"], optional: ["autres"] }],
  // I = F+H, K = G+J, M = I+K+L
  F2: [
    { target: "etatTotal", label: "le budget total État", parts: ["reportEtat", "etatNotifie"], optional: [] },
    { target: "cdTotal", label: "le budget total CD", parts: ["reportCd", "cdAffecteConvention"], optional: [] },
    { target: "budget", label: "le budget global", parts: ["etatTotal", "cdTotal"], optional: ["autresPrevus"] },
  ],
  // F = A+B+C+D+E
  F3: [BUDGET_F3_F4],
  F4: [BUDGET_F3_F4],
  // Budget global = Participation Etat + Participation CD (+ autres)
  F5: [{ target: "budget", label: "le budget global", parts: ["etat", "cd"], optional: ["autres"] }],
  // Montant total = CD + Etat + FSE
  F6: [{ target: "budget", label: "le montant total", parts: ["cd", "etat"], optional: ["fse"] }],
};

/** Rule that owns a bound: 12 report-superieur or 16 realise-superieur. */
export type BoundRuleId = "report-superieur" | "realise-superieur";

/** Σ left ≤ Σ right − Σ minus, on each action row (and on totals). */
export interface BoundRelation {
  rule: BoundRuleId;
  left: readonly ColumnKey[];
  right: readonly ColumnKey[];
  minus: readonly ColumnKey[];
}

export const BOUND_RELATIONS: Record<FinancialFamily, readonly BoundRelation[]> = {
  F1: [],
  // F ≤ B, G ≤ D, réalisé ≤ A+C+E
  F2: [
    { rule: "report-superieur", left: ["reportEtat"], right: ["etatNonConsomme"], minus: [] },
    { rule: "report-superieur", left: ["reportCd"], right: ["cdNonConsomme"], minus: [] },
    { rule: "realise-superieur", left: ["realise"], right: ["etatVerse", "cdAffecte", "autres"], minus: [] },
  ],
  // réalisé ≤ F, valorisation ≤ réalisé, reports ≤ F − réalisé, report État ≤ A+B, report CD ≤ C+D
  F3: [
    { rule: "realise-superieur", left: ["realise"], right: ["budget"], minus: [] },
    { rule: "realise-superieur", left: ["valorisation"], right: ["realise"], minus: [] },
    { rule: "report-superieur", left: ["reportEtat", "reportCd"], right: ["budget"], minus: ["realise"] },
    { rule: "report-superieur", left: ["reportEtat"], right: ["etatVerse", "etatReporte"], minus: [] },
    { rule: "report-superieur", left: ["reportCd"], right: ["cdAffecte", "cdReporte"], minus: [] },
  ],
  // dont valorisation ≤ C
  F4: [{ rule: "realise-superieur", left: ["valorisation"], right: ["cdAffecte"], minus: [] }],
  F5: [],
  F6: [],
};

/** The bounds of a family owned by one rule. */
export function boundRelations(family: FinancialFamily, rule: BoundRuleId): BoundRelation[] {
  return BOUND_RELATIONS[family].filter((b) => b.rule === rule);
}
