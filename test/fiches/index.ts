/** The fiche fixtures of issue 8, in the order of their folders under test/fiches/classeurs/. */
import { budgetParAnnee } from "./cas/01-budget-par-annee";
import { FicheCase } from "./types";

export const FICHES: readonly FicheCase[] = [budgetParAnnee];
