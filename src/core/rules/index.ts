/** The rule catalogue (SPEC §5), like ESLint's lib/rules/index.js: every rule, in catalogue order. */
import { creditsRules } from "./credits";
import { fichesRules } from "./fiches";
import { formulesRules } from "./formules";
import { indicateursRules } from "./indicateurs";
import { montantsRules } from "./montants";
import { Rule } from "./types";

export const allRules: readonly Rule[] = [
  ...formulesRules,
  ...montantsRules,
  ...creditsRules,
  ...indicateursRules,
  ...fichesRules,
].sort((a, b) => a.meta.number - b.meta.number);

export function ruleById(id: string): Rule | undefined {
  return allRules.find((r) => r.meta.id === id);
}
