/** Rules of the « indicateurs » group (see src/core/rules/index.ts): the indicator matrices (SPEC §4). */
import { Rule } from "../types";
import { indicateurCibleManquante } from "./indicateur-cible-manquante";
import { indicateurDont } from "./indicateur-dont";
import { indicateurEcartCible } from "./indicateur-ecart-cible";
import { indicateurPeriode } from "./indicateur-periode";
import { indicateurPlusieursNombres } from "./indicateur-plusieurs-nombres";
import { indicateurTaux } from "./indicateur-taux";
import { indicateurTexte } from "./indicateur-texte";

export const indicateursRules: Rule[] = [
  indicateurTexte,
  indicateurPlusieursNombres,
  indicateurDont,
  indicateurTaux,
  indicateurCibleManquante,
  indicateurEcartCible,
  indicateurPeriode,
];
