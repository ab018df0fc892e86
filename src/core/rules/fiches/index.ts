/** Rules of the « fiches » group (see src/core/rules/index.ts): the F7 tables, zones non reconnues, and the agreement between tables. */
import { Rule } from "../types";
import { rapprochementTableaux } from "./rapprochement-tableaux";
import { totalParties } from "./total-parties";

export const fichesRules: Rule[] = [totalParties, rapprochementTableaux];
