/** Column layouts of the indicator matrices (SPEC §4, verbatim headers) for the rule tests. */
import { IndicatorSpec } from "../../../helpers/ruleTester";

/** I1 (Pacte, seed l.232), two years: A Actions … G Résultat atteint en 2025. */
export const I1_COLUMNS: IndicatorSpec["columns"] = [
  ["action", "Actions"],
  ["indicateur", "Indicateurs locaux"],
  ["situation", "Situation au 31 déc. 2023", 2023],
  ["cible", "Cible 2024", 2024],
  ["resultat", "Résultat atteint en 2024", 2024],
  ["cible", "Cible 2025", 2025],
  ["resultat", "Résultat atteint en 2025", 2025],
];

/** I2 (CALPAE) with the « (Total) » variant: A Mesures … H Résultat attendu en 2022 (objectif fixé). */
export const I2_COLUMNS: IndicatorSpec["columns"] = [
  ["action", "Mesures"],
  ["indicateur", "Indicateurs"],
  ["commentaire", "Commentaires et Eléments de définition"],
  ["situation", "Situation au 31 déc. 2018", 2018],
  ["resultat", "Résultat atteint en 2021 (1/01/21 au 31/12/21)", 2021],
  ["resultatPartiel", "Résultat atteint au 1er semestre 2022 (1/01 au 30/05/22)", 2022, "semestre"],
  ["resultat", "Résultat atteint en 2022 (Total)", 2022],
  ["cible", "Résultat attendu en 2022 (objectif fixé)", 2022],
];

/** I3 (simple) with its justification column: A Nom de la Mesure … E Justification des écarts le cas échéant. */
export const I3_COLUMNS: IndicatorSpec["columns"] = [
  ["action", "Nom de la Mesure"],
  ["indicateur", "Indicateurs"],
  ["situation", "Situation 2018 du Département", 2018],
  ["resultat", "Résultat du Département en 2019", 2019],
  ["justification", "Justification des écarts le cas échéant"],
];

export const ACTION = "Action 2 : Renforcer l'accueil en proximité de publics vulnérables";
