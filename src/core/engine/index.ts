/** The engine: rules over recognised tables → findings; selected fixes → a write plan. */
export { analyze, tableOf } from "./analyze";
export type { Analysis, AnalysisError } from "./analyze";
export { amountCents, createAnalysisCache } from "./cache";
export type { AnalysisCache } from "./cache";
export { createRuleContext, findingKey } from "./context";
export type { CellWrite, CommentWrite, PlanConflict, WritePlan } from "./plan";
export { buildWritePlan } from "./writePlan";
export type { WritePlanOptions } from "./writePlan";
export { controlPrefix, localDateFr, startsLikeFormula } from "./text";
