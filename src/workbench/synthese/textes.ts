/** Every word of the workbench's « Synthèse » view, in French. */
export const TEXTES_SYNTHESE = {
  bouton: "Synthèse de plusieurs classeurs…",
  boutonAide: "Choisir tous les classeurs de la région (un ou plusieurs par département)",
  depot: "Déposez plusieurs classeurs : synthèse régionale",
  region: "Synthèse régionale",
  titre: (annee: number) => `Synthèse régionale – campagne ${annee} (prévisionnel ${annee}, exécution ${annee - 1})`,
  resume: (departements: number, classeurs: number) =>
    `${departements} département${departements > 1 ? "s" : ""}, ${classeurs} classeur${classeurs > 1 ? "s" : ""} lu${classeurs > 1 ? "s" : ""}. ` +
    "Montants recalculés à partir des lignes d'action des tableaux contrôlés.",
  progression: (phase: "lecture" | "controle", fait: number, total: number, fichier: string) =>
    `${phase === "lecture" ? "Lecture" : "Contrôle"} ${fait}/${total} : ${fichier}`,
  preparation: (n: number) => `Synthèse de ${n} classeurs…`,
  telecharger: "Télécharger la synthèse (.xlsx)",
  fermer: "Fermer la synthèse",
  telecharge: (name: string) => `Synthèse téléchargée : ${name}.`,
  enveloppe: "Enveloppe régionale des crédits État (€)",
  enveloppeAide: "Comparée à la somme des participations de l'État notifiées aux départements.",
  enveloppeIllisible: (text: string) => `« ${text} » n'est pas un montant lisible : écrivez par exemple 11 105 834.`,
  tableau: (annee: number) => `Synthèse ${annee}, un département par ligne`,
  tableauDefilement: "Tableau de synthèse (faire défiler horizontalement)",
  sousSeuil: "sous le seuil",
  aVerifier: "à vérifier",
  anomalies: "Contrôles régionaux",
  aucuneAnomalie: "Aucune anomalie régionale.",
  constats: (n: number) =>
    `${n} constat${n > 1 ? "s" : ""} dans les classeurs : la feuille « Anomalies » de la synthèse téléchargée les liste un par un, avec le lien vers chaque fichier.`,
  gravite: { error: "erreur", warning: "avertissement", info: "information" },
  graphiques: "Graphiques",
  consommation: {
    titre: (annee: number) => `Taux de consommation des crédits ${annee} par département`,
    seuil: (seuil: string) => `seuil ${seuil}`,
    description: (annee: number, seuil: string, valeurs: string) =>
      `Réalisé rapporté au budget disponible ${annee} ; seuil de sous-consommation ${seuil}. ${valeurs}`,
    aucun: "Aucune exécution pour cette campagne : pas de taux de consommation.",
  },
  financement: {
    titre: (annee: number) => `Financements prévus pour ${annee} : État, Département, autres financeurs`,
    description: (annee: number, valeurs: string) => `Barres empilées, en euros, du prévisionnel ${annee}. ${valeurs}`,
    etat: "État",
    cd: "Département (CD)",
    autres: "Autres financeurs",
    legende: "Légende",
    aucun: "Aucun prévisionnel pour cette campagne.",
  },
  erreurs: {
    titre: "Synthèse impossible",
    tropLourd: (megabytes: string, max: string) =>
      `le fichier pèse ${megabytes} Mo, le banc d'essai accepte au plus ${max} Mo par classeur.`,
    pasXlsx: "ce n'est pas un classeur .xlsx.",
    telechargement: "Impossible de préparer la synthèse",
  },
} as const;
