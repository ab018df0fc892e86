/** Rules of the « indicateurs » group (see src/core/rules/index.ts). */
import { Rule } from "../types";

export const indicateursRules: Rule[] = [];
