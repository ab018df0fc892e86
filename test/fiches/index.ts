/** The fiche fixtures of issue 8, in the order of their folders under test/fiches/classeurs/. */
import { budgetParAnnee } from "./cas/01-budget-par-annee";
import { lignesLibelleMontant } from "./cas/02-lignes-libelle-montant";
import { etatDepartement } from "./cas/03-etat-departement";
import { montantsParAxe } from "./cas/04-montants-par-axe";
import { annexesConvention } from "./cas/05-annexes-convention";
import { rapprochement } from "./cas/06-rapprochement";
import { conventionComplete } from "./cas/07-convention-complete";
import { fichesEmpilees } from "./cas/08-fiches-empilees";
import { FicheCase } from "./types";

export const FICHES: readonly FicheCase[] = [
  budgetParAnnee,
  lignesLibelleMontant,
  etatDepartement,
  montantsParAxe,
  annexesConvention,
  rapprochement,
  conventionComplete,
  fichesEmpilees,
];
