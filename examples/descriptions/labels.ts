/**
 * Labels shared by the sample descriptions, quoted from the sources:
 * - the Pacte contract of the Alpes-Maritimes (shared/seeds/000_…txt, tables l.575–609, matrix l.232–270);
 * - the CALPAE templates (SPEC §1.1 and §3 F3/F4); the CALPAE département, its actions and numbers are fictional.
 */

/** Money cells: numbers shown in euros. */
export const EURO = '#,##0.00 "€"';
/** Counts in indicator matrices. */
export const COUNT = "#,##0";
/** Rates in indicator matrices (0.65 shown 65%). */
export const RATE = "0%";

export const PACTE_REGION = "- Région PACA - Département des Alpes-Maritimes";

export const PACTE_AXES = {
  enfance: "Axe Prévenir la pauvreté et lutter contre les inégalités dès l'enfance",
  droits: "Axe Lutter contre la grande exclusion grâce à l'accès aux droits",
  transition: "Axe Construire une transition écologique solidaire",
} as const;

/** Chorus activity codes of the three piliers (art. 3 of the contract). */
export const PACTE_CHORUS = {
  enfance: "030450232301 - Contractualisation avec les départements pilier 1",
  droits: "030450232501 - Contractualisation avec les départements pilier 3",
  transition: "030450232601 - Contractualisation avec les départements pilier 4",
} as const;

/** Action titles as printed in the financial table (l.582–590). */
export const PACTE_ACTIONS = {
  enfance: [
    "Renforcer l'accompagnement à la parentalité auprès des familles monoparentales en situation de précarité par un soutien ciblé au travers d'une intervention pluridisciplinaire",
    "Apporter un soutien psychologique aux enfants exposés aux violences",
    "Participer, dans le cadre du SDSF, à la création d'un observatoire départemental des services aux familles",
  ],
  droits: [
    "Créer une gouvernance de l'accès aux droits pour garantir une coordination effective des acteurs en charge de l'accueil et de l'instruction",
    "Renforcer l'accueil en proximité de publics vulnérables par le déploiement des MDA sur les territoires",
    "Lutter contre l'illectronisme en accompagnant les actions déployées par la Banque du Numérique",
    "Rapprocher les usagers isolés et en situation de précarité, touchés par le cancer, de l'offre de soin de support et d'accompagnement social proposée par l'Institut Mozart",
  ],
  transition: ["Favoriser la mobilité solidaire"],
} as const;

/** F1 header of the seed (l.580). */
export const F1_HEADER_2024 = [
  "Axes de la contractualisation",
  "Fiche action N°",
  "Intitulé de l'action",
  "A Participation État notifiée pour la convention 2024",
  "B Crédits CD affectés pour la convention 2024",
  "C Participation d'autres financeurs le cas échéant",
  "F Budget global de l'action prévu en 2024 (A+B+C)",
];

/**
 * F2 header of the seed (l.600). The official K header says « (G+I) », which is wrong (SPEC §3 F2):
 * `k` chooses between the header as shipped and the corrected one.
 */
export function f2Header2025(k: "G+I" | "G+J"): string[] {
  return [
    "Axes de la contractualisation",
    "Imputation chorus (code chorus - description longue)",
    "Fiche action N°",
    "Intitulé de l'action\nune ligne par action financée",
    "A Crédits État versés en 2024",
    "B Crédits État 2024 non consommés",
    "C Crédits CD affectés en 2024",
    "D Crédits CD 2024 non consommés",
    "E Participation d'autres financeurs le cas échéant",
    "Montant total réalisé au 31/12/2024",
    "F Montant à reporter en 2025 - Part État",
    "G Montant à reporter en 2025 - Part CD",
    "H Participation État notifiée pour la convention 2025",
    "I Budget total État prévu pour 2025 (F+H)",
    "J Crédits CD affectés pour la convention 2025",
    `K Budget total CD prévu pour 2025 (${k})`,
    "L Participation d'autres financeurs le cas échéant pour 2025",
    "M Budget global de l'action prévu en 2025 (I+K+L)",
  ];
}

export const PACTE_MATRIX_HEADER = [
  "Actions",
  "Indicateurs locaux",
  "Situation au 31 déc. 2023",
  "Cible 2024",
  "Résultat atteint en 2024",
  "Cible 2025",
  "Résultat atteint en 2025",
  "Cible 2026",
  "Résultat atteint en 2026",
  "Cible 2027",
  "Résultat atteint en 2027",
];

// ---------------------------------------------------------------- CALPAE (fictional département)

export const CALPAE_TITLE =
  "TABLEAU FINANCIER RÉCAPITULATIF DE LA CONVENTION D'APPUI À LA LUTTE CONTRE LA PAUVRETÉ ET D'ACCÈS À L'EMPLOI";
export const CALPAE_REGION = "- Région Centre-Val de Loire - Département de Val-d'Argent (99)";

export const CALPAE_THEMES = {
  ase: "Prévenir toute « sortie sèche » pour les jeunes sortant de l'ASE",
  accueil:
    "Refonder et revaloriser le travail social au service de toutes les familles : premier accueil social inconditionnel de proximité",
  referent: "Refonder et revaloriser le travail social au service de toutes les familles : référent de parcours",
  brsa: "Insertion des allocataires du RSA : orientation et garantie d'activité",
  initiative: "Engagements à l'initiative du département",
} as const;

/** Chorus codes and long descriptions as printed in the CALPAE templates (SPEC §1.1). */
export const CALPAE_CHORUS = {
  ase: "0304 50 19 19 01 - accompagnement des jeunes sortant de l'ASE",
  accueil: "0304 50 19 19 03 - 1er accueil social inconditionnel",
  referent: "0304 50 19 19 04 - Référents de parcours",
  brsa: "0304 50 19 19 07 - Garantie d'activité et insertion des BRSA",
  initiative: "0304 50 19 19 10 - Initiatives locales",
} as const;

/** Fiche number → title of the fictional CALPAE actions. */
export const CALPAE_ACTIONS: Record<string, string> = {
  "1": "Accompagnement vers l'autonomie des jeunes majeurs sortant de l'ASE (contrats jeunes majeurs)",
  "2": "Accès au logement des jeunes sortant de l'ASE (colocations solidaires)",
  "3": "Premier accueil social inconditionnel dans les maisons départementales des solidarités",
  "4": "Formation et outillage des référents de parcours",
  "5": "Garantie d'activité départementale : accompagnement global des allocataires du RSA",
  "6": "Orientation des nouveaux allocataires du RSA en moins d'un mois",
  "7": "Épicerie sociale itinérante en zone rurale",
  "8": "Plateforme départementale de mobilité solidaire",
};

export const CALPAE_SOCLE = "Sous-total engagements de mesures socle";
export const CALPAE_INITIATIVE = "Sous total engagements à l'initiative du département";

/** F3 header (SPEC §3) for the execution of year `n`. */
export function f3Header(n: number): string[] {
  return [
    "Thème de la contractualisation",
    "Imputation chorus (code chorus - description longue)",
    "Fiche action N°",
    "Intitulé de l'action (une ligne par action financée)",
    `A Crédits Etats versés en ${n}`,
    `B Crédits Etat ${n - 1} (le cas échéant ${n - 2}) reportés sur ${n} (le cas échéant)`,
    `C Crédits CD affectés en ${n}`,
    `D Crédits CD ${n - 1} (le cas échéant ${n - 2}) reprogrammés sur ${n} (le cas échéant)`,
    "E Participation d'autres financeurs le cas échéant",
    `F Budget global de l'action prévu en ${n} A+B+C+D+E`,
    `Montant total réalisé au 31/12/${n}`,
    "Dont valorisation de dépenses du CD",
    `Montant à reporter en ${n + 1} - Part Etat`,
    `Montant à reporter en ${n + 1} - Part CD`,
    "Commentaire",
  ];
}

/** F4 header (SPEC §3) of the 2023 convention. */
export const F4_HEADER_2023 = [
  "Thème de la contractualisation",
  "Imputation chorus (code chorus - description longue)",
  "Fiche action N°",
  "Intitulé de l'action",
  "A Participation État notifiée pour la convention 2023 (nouveaux crédits Etat 2023)",
  "B Crédits Etat 2022 reportés sur 2023 (le cas échéant)",
  "C Crédits CD affectés pour la convention 2023",
  "Dont valorisation CD",
  "D Crédits CD 2022 reportés sur 2023 (le cas échéant)",
  "E Participation d'autres financeurs le cas échéant",
  "F Budget global de l'action prévu en 2023 (A+B+C+D+E)",
  "Commentaire",
];

export const CALPAE_MATRIX_HEADER = [
  "Mesures",
  "Indicateurs",
  "Commentaires et Eléments de définition",
  "Situation au 31 déc. 2018",
  "Résultat atteint en 2019",
  "Résultat atteint en 2020 et situation au 31 déc. 2020 pour la mesure mobilité",
  "Résultat atteint en 2021 (1/01/21 au 31/12/21)",
  "Résultat atteint au 1er semestre 2022 (1/01 au 30/05/22)",
  "Résultat attendu en 2022 (objectif fixé)",
  "Résultat atteint en 2022 (Total)",
];

/** A rate cell: 0.65 shown « 65% ». */
export function rate(value: number): { valeur: number; format: string } {
  return { valeur: value, format: RATE };
}
