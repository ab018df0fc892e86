/** The fidelity corpus of issue 7, in the order of its folders under test/robustesse/classeurs/. */
import { exFiche } from "./cas/01-ex-fiche";
import { memeNumero } from "./cas/02-meme-numero";
import { totauxHorsColonnes } from "./cas/03-totaux-hors-colonnes";
import { chorusPartage } from "./cas/04-chorus-partage";
import { blocsUneColonne } from "./cas/05-blocs-une-colonne";
import { blocColleTexte } from "./cas/06-bloc-colle-texte";
import { indicateursNotes } from "./cas/07-indicateurs-notes";
import { stocksFlux } from "./cas/08-stocks-flux";
import { marqueurs } from "./cas/09-marqueurs";
import { miniTableaux } from "./cas/10-mini-tableaux";
import { demandesDeJustification } from "./cas/11-demandes-de-justification";
import { cofinancementTexte } from "./cas/12-cofinancement-texte";
import { CorpusCase } from "./types";

export const CORPUS: readonly CorpusCase[] = [
  exFiche,
  memeNumero,
  totauxHorsColonnes,
  chorusPartage,
  blocsUneColonne,
  blocColleTexte,
  indicateursNotes,
  stocksFlux,
  marqueurs,
  miniTableaux,
  demandesDeJustification,
  cofinancementTexte,
];
