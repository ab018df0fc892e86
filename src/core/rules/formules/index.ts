/** Rules of the « formules » group (see src/core/rules/index.ts). */
import { Rule } from "../types";

export const formulesRules: Rule[] = [];
