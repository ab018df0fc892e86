/** Rules of the « formules » group (see src/core/rules/index.ts). */
import { Rule } from "../types";
import { erreurExcel } from "./erreur-excel";
import { formuleIncoherente } from "./formule-incoherente";
import { formuleLigne } from "./formule-ligne";
import { formuleModeleK } from "./formule-modele-k";
import { sousTotal } from "./sous-total";
import { totalColonneManquante } from "./total-colonne-manquante";
import { valeurEnDur } from "./valeur-en-dur";

export const formulesRules: Rule[] = [
  formuleLigne,
  formuleModeleK,
  sousTotal,
  totalColonneManquante,
  valeurEnDur,
  formuleIncoherente,
  erreurExcel,
];
