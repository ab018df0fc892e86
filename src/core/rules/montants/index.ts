/** Rules of the « montants » group (see src/core/rules/index.ts). */
import { Rule } from "../types";

export const montantsRules: Rule[] = [];
