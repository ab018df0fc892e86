/**
 * Verbatim tables of the seed contract (shared/seeds/000_80872441eef263bb.txt), one array per
 * line, cells split on the tabs; <b>/<i> tags and markdown emphasis removed, trailing spaces trimmed.
 * Generated from the seed by a one-off script; do not edit by hand.
 */

/** Lines 575–591: « TABLEAU FINANCIER DU CONTRAT LOCAL DES SOLIDARITÉS », prévisionnel 2024 (F1). */
export const SEED_F1_2024: string[][] = [
  ["TABLEAU FINANCIER DU CONTRAT LOCAL DES SOLIDARITÉS"],
  ["- Région PACA - Département des Alpes-Maritimes"],
  ["Prévisionnel Année 2024"],
  [],
  ["Axes de la contractualisation", "Fiche action N°", "Intitulé de l'action", "A Participation État notifiée pour la convention 2024", "B Crédits CD affectés pour la convention 2024", "C Participation d'autres financeurs le cas échéant", "F Budget global de l'action prévu en 2024 (A+B+C)"],
  ["Axe Prévenir la pauvreté et lutter contre les inégalités dès l'enfance", "1.", "Renforcer l'accompagnement à la parentalité auprès des familles monoparentales en situation de précarité par un soutien ciblé au travers d'une intervention pluridisciplinaire", "67 500,00 €", "67 500,00 €", "0,00 €", "135 000,00 €"],
  ["", "2.", "Apporter un soutien psychologique aux enfants exposés aux violences", "90 000,00 €", "90 000,00 €", "0,00 €", "180 000,00 €"],
  ["", "3.", "Participer, dans le cadre du SDSF, à la création d'un observatoire départemental des services aux familles", "10 000,00 €", "10 000,00 €", "40 000,00 €", "60 000,00 €"],
  ["", "Sous total", "", "167 500,00 €", "167 500,00 €", "40 000,00 €", "375 000,00 €"],
  ["Axe Lutter contre la grande exclusion grâce à l'accès aux droits", "1.", "Créer une gouvernance de l'accès aux droits pour garantir une coordination effective des acteurs en charge de l'accueil et de l'instruction", "55 000,00 €", "55 000,00 €", "0,00 €", "110 000,00 €"],
  ["", "2.", "Renforcer l'accueil en proximité de publics vulnérables par le déploiement des MDA sur les territoires", "272 500,00 €", "272 500,00 €", "0,00 €", "545 000,00 €"],
  ["", "3.", "Lutter contre l'illectronisme en accompagnant les actions déployées par la Banque du Numérique", "25 000,00 €", "25 000,00 €", "0,00 €", "50 000,00 €"],
  ["", "4.", "Rapprocher les usagers isolés et en situation de précarité, touchés par le cancer, de l'offre de soin de support et d'accompagnement social proposée par l'Institut Mozart", "75 000,00 €", "75 000,00 €", "0,00 €", "150 000,00 €"],
  ["", "Sous total", "", "427 500,00 €", "427 500,00 €", "0,00 €", "855 000,00 €"],
  ["Axe Construire une transition écologique solidaire", "1.", "Favoriser la mobilité solidaire", "142 250,00 €", "142 250,00 €", "0,00 €", "284 500,00 €"],
  ["", "Sous total", "", "142 250,00 €", "142 250,00 €", "0,00 €", "284 500,00 €"],
  ["TOTAUX FINANCIERS", "", "", "737 250,00 €", "737 250,00 €", "40 000,00 €", "1 514 500,00 €"],
];

/** Lines 595–609: the 2025 récapitulatif template (F2), left with its placeholders. */
export const SEED_F2_2025: string[][] = [
  ["TABLEAU FINANCIER RÉCAPITULATIF DU CONTRAT LOCAL DES SOLIDARITÉS"],
  ["- Région xxx - Département du xxx"],
  ["Prévisionnel Année 2025"],
  [],
  ["Axes de la contractualisation", "Imputation chorus (code chorus - description longue)", "Fiche action N°", "Intitulé de l'action une ligne par action financée", "A Crédits État versés en 2024", "B Crédits État 2024 non consommés", "C Crédits CD affectés en 2024", "D Crédits CD 2024 non consommés", "E Participation d'autres financeurs le cas échéant", "Montant total réalisé au 31/12/2024", "F Montant à reporter en 2025 - Part État", "G Montant à reporter en 2025 - Part CD", "H Participation État notifiée pour la convention 2025", "I Budget total État prévu pour 2025 (F+H)", "J Crédits CD affectés pour la convention 2025", "K Budget total CD prévu pour 2025 (G+I)", "L Participation d'autres financeurs le cas échéant pour 2025", "M Budget global de l'action prévu en 2025 (I+K+L)"],
  ["Axe Prévenir la pauvreté et lutter contre les inégalités dès l'enfance", "", "1."],
  ["", "", "2."],
  ["", "", "Sous total", "", "0,00 €", "0,00 €", "0,00 €", "0,00 €", "0,00 €", "0,00 €", "0,00 €", "0,00 €"],
  ["Axe Lutter contre la grande exclusion grâce à l'accès aux droits", "", "1."],
  ["", "", "2."],
  ["", "", "Sous total", "", "0,00 €", "0,00 €", "0,00 €", "0,00 €", "0,00 €", "0,00 €", "0,00 €", "0,00 €"],
  ["Axe Construire une transition écologique solidaire", "", "1."],
  ["", "", "2."],
  ["", "", "Sous total", "", "0,00 €", "0,00 €", "0,00 €", "0,00 €", "0,00 €", "0,00 €", "0,00 €", "0,00 €", "0,00 €"],
  ["TOTAUX FINANCIERS", "", "", "", "0,00 €", "0,00 €", "0,00 €", "0,00 €", "0,00 €", "0,00 €", "0,00 €"],
];

/** Lines 232–270: the indicator matrix (I1), with its header repeated at each page break. */
export const SEED_I1: string[][] = [
  ["Actions", "Indicateurs locaux", "Situation au 31 déc. 2023", "Cible 2024", "Résultat atteint en 2024", "Cible 2025", "Résultat atteint en 2025", "Cible 2026", "Résultat atteint en 2026", "Cible 2027", "Résultat atteint en 2027"],
  ["Axe Prévenir la pauvreté et lutter contre les inégalités dès l'enfance"],
  ["Action 1 : Renforcer l'accompagnement à la parentalité auprès des familles monoparentales en situation de précarité par un soutien ciblé au travers d'une intervention pluridisciplinaire", "Nombre de situations accompagnées par les CESF dont familles monoparentales"],
  ["", "Nombre de monoparents ayant retrouvé un emploi ou une formation"],
  ["", "Nombre de monoparents ayant bénéficié d'une place « AVIP »"],
  ["", "Nombre de familles ayant basculé vers une mesure de protection de l'enfance"],
  ["Action 2 : Apporter un soutien psychologique aux enfants exposés aux violences", "Nombre de situations suivies, âge des enfants"],
  ["", "Nombre et type d'actions réalisées"],
  ["", "Nombre d'orientations vers les associations et professionnels concernés"],
  ["", "Nombre de partenariats mis en place et nombre d'orientations vers ces partenaires"],
  ["", "Etat de la situation en sortie de dispositif"],
  [],
  ["Actions", "Indicateurs locaux", "Situation au 31 déc. 2023", "Cible 2024", "Résultat atteint en 2024", "Cible 2025", "Résultat atteint en 2025", "Cible 2026", "Résultat atteint en 2026", "Cible 2027", "Résultat atteint en 2027"],
  ["Action 3 : Participer, dans le cadre du SDSF, à la création d'un observatoire départemental des services aux familles", "Nombre de réunions de l'observatoire"],
  ["", "Nombre de publications diffusées par l'observatoire"],
  ["Axe Lutter contre la grande exclusion grâce à l'accès aux droits"],
  ["Action 1 : Créer une gouvernance de l'accès aux droits pour garantir une coordination effective des acteurs en charge de l'accueil et de l'instruction", "Nombre d'acteurs recensés sur Soliguide"],
  ["", "Fréquentation du site Soliguide"],
  ["", "Niveau de couverture territoriale des points d'accès aux droits par type d'offres de services"],
  [],
  ["Actions", "Indicateurs locaux", "Situation au 31 déc. 2023", "Cible 2024", "Résultat atteint en 2024", "Cible 2025", "Résultat atteint en 2025", "Cible 2026", "Résultat atteint en 2026", "Cible 2027", "Résultat atteint en 2027"],
  ["Action 2 : Renforcer l'accueil en proximité de publics vulnérables par le déploiement des MDA sur les territoires", "Notoriété de la MDA via une enquête auprès des publics cibles"],
  ["", "Fréquentation des points d'accueil créés"],
  ["", "Nombre de visites à domicile"],
  ["", "Nombre de situations détectées pour ouverture de droit"],
  ["", "Nombre de situations traitées pour maintien de droit"],
  ["", "Nombre d'interventions permettant de garantir l'effectivité du droit"],
  ["Action 3 : Lutter contre l'illectronisme en accompagnant les actions déployées par la Banque du Numérique", "Nombre d'acteurs recensés"],
  ["", "Nombre de connexions sur la plateforme de la banque du numérique"],
  ["", "Nombre de bénéficiaires pour accès à la formation ou l'accompagnement"],
  ["", "Nombre de bénéficiaires pour lesquels un matériel a été remis"],
  ["", "Couverture départementale"],
  [],
  ["Actions", "Indicateurs locaux", "Situation au 31 déc. 2023", "Cible 2024", "Résultat atteint en 2024", "Cible 2025", "Résultat atteint en 2025", "Cible 2026", "Résultat atteint en 2026", "Cible 2027", "Résultat atteint en 2027"],
  ["Action 4 : Rapprocher les usagers isolés et en situation de précarité touchés par le cancer de l'offre de soin de support et d'accompagnement social proposée par l'Institut Mozart", "Nombre de personnes touchées par le cancer ayant bénéficié de soins de support dans les vallées"],
  ["", "Enquête de satisfaction auprès des patients et de leurs proches à l'issue de leur parcours personnalisé"],
  ["Axe Construire une transition écologique solidaire"],
  ["Action 1 : Favoriser la mobilité solidaire", "Taux de réussite à la formation au permis intensif"],
  ["", "Mobilisation de la plateforme de mobilité numérique : taux de prescription par action via la plateforme Parcoursmob"],
];
