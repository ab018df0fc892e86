/**
 * Every word the task pane shows, in French, in one place (no i18n layer: the product is French
 * only). Texts with numbers are functions, plurals through the core's count().
 */
import { count } from "../core/report/french";
import type { Severity } from "../core/rules/types";

export const SEVERITY_TEXT: Record<Severity, { one: string; many: string; badge: string; filter: string }> = {
  error: { one: "erreur", many: "erreurs", badge: "Erreur", filter: "Erreurs" },
  warning: { one: "avertissement", many: "avertissements", badge: "Avertissement", filter: "Avertissements" },
  info: { one: "information", many: "informations", badge: "Information", filter: "Informations" },
};

export const TEXTES = {
  titre: "VerifPacte",
  sousTitre: "Contrôle des tableaux financiers et des matrices d'indicateurs",
  commandes: {
    analyser: "Analyser",
    analyserInfo: "Analyser le classeur : repérer les tableaux et lister les constats",
    analyseEnCours: "Analyse…",
    toutCorriger: "Tout corriger",
    feuilleControles: "Créer la feuille Contrôles",
    annulerCorrections: "Annuler les corrections VerifPacte",
    parametres: "Paramètres",
    modeDirect: "Mode en direct (nouvelle analyse après chaque modification)",
    guide: "Guide d'utilisation",
    plus: "Plus de commandes",
    barre: "Commandes",
  },
  accueil: {
    titre: "Bienvenue",
    texte:
      "Lancez l'analyse : VerifPacte repère les tableaux financiers et les matrices d'indicateurs du classeur, " +
      "puis liste les erreurs, avec une correction proposée quand c'est possible.",
  },
  progression: {
    libelle: "Progression de l'analyse",
    demarrage: "Démarrage de l'analyse…",
  },
  resume: {
    titre: "Résumé",
    filtrer: "Filtrer",
    filtrerActifs: (n: number) => `Filtrer (${n})`,
    filtresActifs: (n: number) => count(n, "filtre actif", "filtres actifs"),
    affiches: (shown: number, all: number) => `${shown} constats affichés sur ${all}`,
  },
  vide: {
    aucunTableau: "Aucun tableau reconnu dans ce classeur.",
    aucunTableauAide:
      "Si le classeur contient un tableau financier ou une matrice d'indicateurs, décrivez-le à la main : " +
      "choisissez la feuille, la ligne d'en-tête, puis le rôle de chaque colonne.",
    aucunConstat: "Aucun constat : les tableaux reconnus sont cohérents.",
    aucunResultatFiltre: "Aucun constat ne correspond aux filtres.",
  },
  erreurs: {
    analyse: "L'analyse a échoué",
    action: "L'opération a échoué",
    reessayer: "Réessayer",
    classeur: "Problème rencontré pendant l'analyse",
    inconnue: "erreur inconnue",
    fenetre:
      "Cette fenêtre du volet n'a pas pu être chargée depuis le serveur. Rien n'est perdu : vérifiez la connexion, puis réessayez.",
  },
  /** While a dialog or a drawer is loaded, the first time one is opened (parts.ts). */
  chargementFenetre: "Ouverture de la fenêtre…",
  constats: {
    titre: "Constats",
    horsTableau: "Hors tableau",
    ignore: "ignoré",
    selectionner: (sheet: string, cell: string) => `Sélectionner la cellule ${cell} de la feuille « ${sheet} »`,
    correctionProposee: "Correction proposée :",
    corriger: "Corriger",
    commenter: "Ajouter un commentaire",
    ignorer: "Ignorer",
    neplusIgnorer: "Ne plus ignorer",
    enSavoirPlus: "En savoir plus",
    enSavoirPlusSur: (title: string) => `En savoir plus sur la règle « ${title} »`,
    appliquer: "Appliquer",
    annuler: "Annuler",
    chargementApercu: "Calcul des modifications…",
    ignoreAncien: (title: string) =>
      `Constat ignoré lors d'une session précédente (règle « ${title} ») : rétablissez-le pour en voir le détail.`,
    liste: (sheet: string) => `Constats de la feuille « ${sheet} »`,
    tableau: (sheet: string, table: string) => `« ${sheet} » — ${table}`,
    cellules: (n: number) => count(n, "cellule", "cellules"),
    groupe: (n: number, cells: string) => `${count(n, "cellule", "cellules")} : ${cells}`,
    deMeme: (n: number) => `De même pour ${count(n, "autre cellule", "autres cellules")}.`,
    correctionGroupe: "Correction proposée, la même sur chaque ligne ; par exemple :",
    corrigerN: (n: number) => `Corriger les ${n}`,
    commenterN: (n: number) => `Commenter les ${n}`,
    ignorerN: (n: number) => `Ignorer les ${n}`,
    voirCellules: (n: number) => `Voir les ${n} cellules`,
    masquerCellules: "Masquer les cellules",
    cellulesDuGroupe: (title: string) => `Cellules du constat « ${title} »`,
    autresCellules: "Autres cellules concernées :",
    selectionnerAutre: (sheet: string, cell: string) => `Sélectionner la cellule ${cell} de la feuille « ${sheet} »`,
    modifications: "Modifications",
  },
  filtres: {
    titre: "Filtres",
    effacer: "Effacer la recherche",
    gravite: "Gravité",
    regle: "Règle",
    toutesRegles: "Toutes les règles",
    recherche: "Rechercher",
    recherchePlaceholder: "texte, cellule, feuille…",
    afficherIgnores: "Afficher les constats ignorés",
  },
  apercu: {
    avant: "Avant",
    apres: "Après",
    vide: "(vide)",
    aucun: "Aucune modification à appliquer.",
    conflits: "Conflits : ces modifications ne seront pas appliquées",
    conflit: "conflit",
    bloque: "Rien ne peut être appliqué",
    types: { value: "valeur", formula: "formule", comment: "commentaire", note: "note" },
  },
  toutCorriger: {
    titre: "Tout corriger",
    intro: (n: number, groups: number) =>
      `${count(n, "modification sera appliquée", "modifications seront appliquées")}` +
      `${groups < n ? `, en ${count(groups, "groupe", "groupes")}` : ""}. Vérifiez l'ancien et le nouveau contenu de chaque cellule.`,
    liste: "Modifications à appliquer",
    groupe: (title: string, n: number, cells: string) => `${title} — ${count(n, "modification", "modifications")} (${cells})`,
    confirmer: "Appliquer les modifications",
    fermer: "Fermer",
  },
  resultats: {
    applique: (cells: number, comments: number) =>
      `${count(cells, "cellule corrigée", "cellules corrigées")}, ${count(comments, "commentaire ajouté", "commentaires ajoutés")}`,
    conflitsNonAppliques: (n: number) => `${count(n, "conflit non appliqué", "conflits non appliqués")}.`,
    commentairesRapport:
      "Cette version d'Excel n'accepte ni notes ni commentaires : les commentaires figurent seulement dans la feuille « Contrôles VerifPacte ».",
    corrections: "Corrections appliquées",
    rapport: "La feuille « Contrôles VerifPacte » a été mise à jour.",
    rapportApres: (sheet: string) => `La feuille « ${sheet} » liste les constats et les valeurs obtenues.`,
    parametres: "Paramètres enregistrés dans le classeur.",
    correspondance: (sheet: string, row: number) =>
      `Correspondance enregistrée : le tableau de la feuille « ${sheet} » (en-tête ligne ${row}) sera contrôlé.`,
    annulation: "Annulation des corrections",
    fermer: "Fermer le message",
  },
  annulation: {
    titre: "Annuler les corrections VerifPacte",
    texte:
      "Les cellules corrigées par VerifPacte retrouveront leur contenu d'origine (valeur, formule et format) et ses commentaires " +
      "seront retirés, d'après le journal conservé dans le classeur. Ce que vous avez modifié depuis est gardé et vous sera indiqué.",
    confirmer: "Restaurer le classeur",
    annuler: "Garder les corrections",
  },
  nonReconnus: {
    titre: "Tableaux non reconnus",
    position: (sheet: string, row: number | null) =>
      row === null ? `Feuille « ${sheet} »` : `Feuille « ${sheet} », ligne ${row + 1}`,
    decrire: "Décrire ce tableau",
    decrireAutre: "Décrire un tableau",
  },
  description: {
    titre: "Décrire un tableau",
    feuille: "Feuille",
    chargement: "Lecture des premières lignes…",
    etapeLigne: "Cliquez sur la ligne d'en-tête du tableau.",
    ligne: (row: number) => `Ligne ${row}`,
    apercuFeuille: (sheet: string) => `Premières lignes de la feuille « ${sheet} »`,
    famille: "Type de tableau",
    etapeColonnes: "Indiquez le rôle de chaque colonne.",
    colonne: (letter: string, header: string) => (header ? `Colonne ${letter} : « ${header} »` : `Colonne ${letter}`),
    ignorerColonne: "— Ne pas utiliser —",
    enregistrer: "Enregistrer et analyser",
    annuler: "Annuler",
    feuilleVide: "Cette feuille est vide.",
    aucuneLigne: "Choisissez d'abord la ligne d'en-tête.",
    manqueMontant: "Associez au moins une colonne de montant (crédits, budget, participation…).",
    manqueIndicateur: "Associez au moins une colonne au rôle « Indicateur ».",
  },
  parametres: {
    titre: "Paramètres du contrôle",
    intro: "Ces paramètres sont enregistrés dans le classeur et s'appliquent à la prochaine analyse.",
    fermer: "Fermer les paramètres",
    chargement: "Lecture des paramètres…",
    dispositif: "Dispositif",
    dispositifAuto: "Détection automatique",
    annee: "Année",
    anneeAide: "Laisser vide pour la détection automatique.",
    departement: "Département",
    montantNotifie: "Montant notifié de l'année (part État)",
    montantAide: "Par exemple : 1 012 485 €",
    montantsParPilier: "Montants notifiés par pilier ou par code Chorus",
    pilierCle: "Pilier (1, 3 ou 4) ou code Chorus",
    pilierMontant: "Montant",
    ajouterMontant: "Ajouter un montant",
    supprimerMontant: (key: string) => (key ? `Supprimer le montant de « ${key} »` : "Supprimer ce montant"),
    seuilCofinancement: "Seuil de cofinancement (%)",
    seuilCofinancementAide: "Part minimale du Département dans État + Département, pour chaque action (Pacte).",
    seuilEcart: "Seuil d'écart des indicateurs (%)",
    seuilEcartAide: "Écart entre résultat et cible au-delà duquel une justification est demandée.",
    marqueurs: "Marqueurs acceptés dans les indicateurs",
    marqueursAide: "Un par ligne, en plus de nc, NR, ND, Sans objet, Non contractualisé…",
    enregistrer: "Enregistrer",
    annuler: "Annuler",
    formulaireInvalide: "Corrigez les champs signalés avant d'enregistrer.",
  },
  validation: {
    annee: "Année invalide : saisissez une année sur quatre chiffres, par exemple 2025.",
    montantVide: "Saisissez un montant.",
    montantIllisible: (reason: string) => `Montant illisible : ${reason}.`,
    pasUnMontant: (text: string) => `« ${text} » n'est pas un montant.`,
    montantErreur: "Une valeur d'erreur Excel n'est pas un montant.",
    montantNegatif: "Le montant ne peut pas être négatif.",
    pourcentage: "Saisissez un pourcentage entre 0 et 100, par exemple 50 ou 12,5.",
    cleVide: "Indiquez le pilier (1, 3 ou 4) ou le code Chorus sur 12 chiffres.",
    cleInvalide: (text: string) => `« ${text} » n'est ni un pilier du Pacte (1, 3 ou 4) ni un code Chorus sur 12 chiffres.`,
    cleEnDouble: (key: string) => `« ${key} » figure deux fois dans la liste.`,
  },
  dispositifs: { calpae: "CALPAE", pacte: "Pacte" },
  tables: {
    financier: "Tableau financier",
    indicateurs: "Matrice d'indicateurs",
    dispositifInconnu: "dispositif non reconnu",
  },
  resumeAnalyse: (errors: number, warnings: number, infos: number) =>
    `Analyse terminée : ${count(errors, "erreur", "erreurs")}, ${count(warnings, "avertissement", "avertissements")}, ` +
    `${count(infos, "information", "informations")}.`,
  tablesReconnues: (n: number) => count(n, "table reconnue", "tables reconnues"),
  zonesNonReconnues: (n: number) => count(n, "zone non reconnue", "zones non reconnues"),
  compte: (n: number, severity: Severity) => count(n, SEVERITY_TEXT[severity].one, SEVERITY_TEXT[severity].many),
  horsExcel:
    "VerifPacte fonctionne dans Excel : ouvrez un classeur, puis cliquez sur « VerifPacte » dans l'onglet Accueil. " +
    "Pour essayer sans Excel, ouvrez le banc d'essai (workbench.html) dans un navigateur.",
  excelTropAncien:
    "Cette version d'Excel est trop ancienne pour VerifPacte : il faut Excel 2016 ou plus récent " +
    "(ensemble d'API ExcelApi 1.4), Excel pour Mac ou Excel sur le web. Mettez Excel à jour " +
    "(Fichier > Compte > Options de mise à jour), ou demandez-le à votre service informatique.",
  aide: {
    titre: "Aide",
    fermer: "Fermer l'aide",
    retour: "Page précédente",
    navigateur: "Ouvrir dans le navigateur",
    chargement: "Chargement de la page d'aide…",
    echec: "La page d'aide n'a pas pu être chargée.",
    contenu: "Contenu de la page d'aide",
  },
} as const;

/** A French message for anything thrown by the service (office-js errors carry a message too). */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === "string" && error) return error;
  return TEXTES.erreurs.inconnue;
}
