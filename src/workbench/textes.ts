/** Every word the browser workbench shows, in French, in one place (the pane has its own textes.ts). */
export const TEXTES = {
  titre: "VerifPacte — banc d'essai",
  sousTitre: "Le volet du complément, dans le navigateur, sur un classeur .xlsx (sans Excel).",
  commandes: {
    ouvrir: "Ouvrir un classeur…",
    exemples: "Exemples",
    telecharger: "Télécharger le classeur corrigé",
    themeSombre: "Thème sombre",
    barre: "Classeur",
  },
  exemples: {
    recapitulatif: "Récapitulatif 2025 (modèle du Pacte, erreurs de formules)",
    plantees: "Erreurs plantées (une erreur de chaque sorte)",
  },
  depot: "Déposez le classeur .xlsx ici",
  ouverture: (name: string) => `Ouverture de « ${name} »…`,
  telechargement: "Préparation du classeur corrigé…",
  classeur: (name: string) => `Classeur : ${name}`,
  vue: {
    region: "Aperçu du classeur",
    volet: "Volet VerifPacte",
    feuilles: "Feuilles du classeur",
    grille: (sheet: string) => `Cellules de la feuille « ${sheet} »`,
    barreFormule: "Cellule et formule",
    saisie: "Contenu de la cellule sélectionnée (Entrée pour valider)",
    feuilleVide: "Cette feuille est vide.",
    aucunClasseur: "Aucun classeur ouvert : choisissez un fichier .xlsx ou déposez-le sur la page.",
    formule: (formula: string) => `Formule : ${formula}`,
    note: (text: string) => `Note : ${text}`,
    commentaire: (text: string) => `Commentaire : ${text}`,
    corrigee: "Modifiée par VerifPacte",
    constat: (label: string) => `Constat : ${label}`,
    lignesAffichees: (first: number, last: number, total: number) =>
      `Lignes ${first} à ${last} affichées sur ${total} ; l'analyse porte sur toute la feuille.`,
    colonnesAffichees: (shown: number, total: number) => `${shown} colonnes affichées sur ${total}.`,
  },
  legende: {
    titre: "Légende",
    corrigee: "cellule modifiée par VerifPacte",
    erreur: "constat : erreur",
    avertissement: "constat : avertissement",
    information: "constat : information",
    note: "note ou commentaire",
    selection: "cellule sélectionnée",
  },
  erreurs: {
    ouverture: "Impossible d'ouvrir le classeur",
    telechargement: "Impossible de préparer le classeur corrigé",
    saisie: "Saisie refusée",
    fichier: (name: string, reason: string) => `« ${name} » : ${reason}`,
    tropLourd: (megabytes: string, max: string) =>
      `le fichier pèse ${megabytes} Mo, le banc d'essai accepte au plus ${max} Mo. ` +
      "Contrôlez-le dans Excel avec le complément, ou avec la ligne de commande verifpacte.",
    tropDeCellules: (cells: string, max: string) =>
      `le classeur compte ${cells} cellules remplies, le banc d'essai en accepte au plus ${max}. ` +
      "Contrôlez-le dans Excel avec le complément, ou avec la ligne de commande verifpacte.",
    plusieurs: "Déposez un seul classeur à la fois.",
    exemple: "le classeur d'exemple n'a pas pu être chargé.",
    inattendue: (detail: string) => `erreur inattendue (${detail}).`,
    partie: (part: string) =>
      `${part} n'a pas pu être chargé depuis le serveur. ` +
      "Rien n'est perdu : le classeur ouvert et ses corrections sont conservés. Vérifiez la connexion, puis réessayez.",
  },
  /** The parts of the page loaded on demand (parts.ts), as named in the error above. */
  parties: {
    copie: "Le module d'écriture du classeur corrigé",
    synthese: "Le module de la synthèse régionale",
  },
  chargementSynthese: "Chargement de la synthèse régionale…",
  avis: {
    pasVerifPacte: (name: string) =>
      `« ${name} » ne ressemble pas à un classeur VerifPacte : aucun tableau financier ni matrice d'indicateurs n'y est reconnu. ` +
      "Vous pouvez le parcourir, et décrire un tableau à la main dans le volet (« Décrire un tableau » après l'analyse).",
    telecharge: (name: string) => `Classeur corrigé téléchargé : ${name}.`,
    fermer: "Fermer le message",
  },
} as const;
