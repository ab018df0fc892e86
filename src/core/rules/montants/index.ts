/** Rules of the « montants » group (see src/core/rules/index.ts). */
import { Rule } from "../types";
import { codeChorus } from "./code-chorus";
import { cofinancement } from "./cofinancement";
import { ficheAction } from "./fiche-action";
import { montantNegatifDecimales } from "./montant-negatif-decimales";
import { montantNotifie } from "./montant-notifie";
import { montantTexte } from "./montant-texte";

export const montantsRules: Rule[] = [
  montantTexte,
  montantNegatifDecimales,
  montantNotifie,
  cofinancement,
  codeChorus,
  ficheAction,
];
