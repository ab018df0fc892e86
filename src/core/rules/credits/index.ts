/** Rules of the « credits » group (see src/core/rules/index.ts). */
import { Rule } from "../types";

export const creditsRules: Rule[] = [];
