/** The engine: rules over recognised tables → findings; selected fixes → a write plan. */
export { analyze, tableOf } from "./analyze";
export type { Analysis, AnalysisError, AnalyzeOptions } from "./analyze";
export { amountCents, createAnalysisCache } from "./cache";
export type { AnalysisCache } from "./cache";
export { createRuleContext, findingKey } from "./context";
export type { CellWrite, CommentWrite, PlanConflict, WritePlan } from "./plan";
export { buildWritePlan } from "./writePlan";
export type { CheckedPlan, WritePlanOptions } from "./writePlan";
export { correctedWorkbooks } from "./corrected";
export type { Corrected } from "./corrected";
export { INDUCED_PREFIX } from "./settlement";
export { controlPrefix, localDateFr, startsLikeFormula } from "./text";
