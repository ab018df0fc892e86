/** Rules of the « credits » group (see src/core/rules/index.ts): carry-forwards, balances, réalisé. */
import { Rule } from "../types";
import { realiseSuperieur } from "./realise-superieur";
import { reportApresFin } from "./report-apres-fin";
import { reportIncoherent } from "./report-incoherent";
import { reportSuperieur } from "./report-superieur";
import { soldeNonJustifie } from "./solde-non-justifie";

export const creditsRules: Rule[] = [reportSuperieur, reportIncoherent, reportApresFin, soldeNonJustifie, realiseSuperieur];
