/**
 * I1 — the indicator matrix of the Alpes-Maritimes contract (seed 000, l.232–270): actions and
 * indicator labels verbatim, one table (the seed repeats the header after each page break), with
 * plausible figures: baseline, Cible 2024, Résultat atteint en 2024, Cible 2025; later years empty.
 * Shows: « nc » markers (no baseline yet), one « X dont Y » label filled « 430 dont 185 », one
 * « Dont … » row added under its parent (row 12), rates with a % format, qualitative indicators
 * answered in words. Every 2024 result is within 20 % of its target.
 */
import { COUNT, PACTE_AXES, PACTE_MATRIX_HEADER, PACTE_REGION, rate } from "./labels";
import { SheetDescription, WorkbookDescription } from "../build/types";

export const matrice2024: SheetDescription = {
  name: "Indicateurs",
  rows: {
    1: ["MATRICE DES INDICATEURS DU CONTRAT LOCAL DES SOLIDARITÉS"],
    2: [PACTE_REGION],
    3: ["Bilan de l'année 2024"],
    5: PACTE_MATRIX_HEADER,
    //  action, indicateur, situation au 31 déc. 2023, cible 2024, résultat 2024, cible 2025
    6: [PACTE_AXES.enfance],
    7: [
      "Action 1 : Renforcer l'accompagnement à la parentalité auprès des familles monoparentales en situation de précarité par un soutien ciblé au travers d'une intervention pluridisciplinaire",
      "Nombre de situations accompagnées par les CESF dont familles monoparentales",
      "380 dont 150",
      "450 dont 200",
      "430 dont 185",
      "480 dont 220",
    ],
    8: [null, "Nombre de monoparents ayant retrouvé un emploi ou une formation", 30, 45, 40, 55],
    9: [null, "Nombre de monoparents ayant bénéficié d'une place « AVIP »", 8, 15, 14, 20],
    10: [null, "Nombre de familles ayant basculé vers une mesure de protection de l'enfance", 14, 12, 11, 10],
    11: [
      "Action 2 : Apporter un soutien psychologique aux enfants exposés aux violences",
      "Nombre de situations suivies, âge des enfants",
      60,
      80,
      74,
      90,
    ],
    12: [null, "Dont enfants de moins de 6 ans", 15, 20, 19, 25],
    13: [null, "Nombre et type d'actions réalisées", 12, 24, 22, 30],
    14: [null, "Nombre d'orientations vers les associations et professionnels concernés", 60, 80, 75, 90],
    15: [null, "Nombre de partenariats mis en place et nombre d'orientations vers ces partenaires", 4, 8, 7, 10],
    16: [
      null,
      "Etat de la situation en sortie de dispositif",
      null,
      "Bilan qualitatif à la sortie de chaque enfant",
      "Amélioration constatée pour la majorité des enfants suivis",
      "Bilan qualitatif à la sortie de chaque enfant",
    ],
    17: [
      "Action 3 : Participer, dans le cadre du SDSF, à la création d'un observatoire départemental des services aux familles",
      "Nombre de réunions de l'observatoire",
      0,
      3,
      3,
      4,
    ],
    18: [null, "Nombre de publications diffusées par l'observatoire", 0, 1, 1, 2],
    19: [PACTE_AXES.droits],
    20: [
      "Action 1 : Créer une gouvernance de l'accès aux droits pour garantir une coordination effective des acteurs en charge de l'accueil et de l'instruction",
      "Nombre d'acteurs recensés sur Soliguide",
      320,
      400,
      380,
      450,
    ],
    21: [null, "Fréquentation du site Soliguide", 8500, 12000, 11200, 15000],
    22: [
      null,
      "Niveau de couverture territoriale des points d'accès aux droits par type d'offres de services",
      "nc",
      rate(0.6),
      rate(0.55),
      rate(0.7),
    ],
    23: [
      "Action 2 : Renforcer l'accueil en proximité de publics vulnérables par le déploiement des MDA sur les territoires",
      "Notoriété de la MDA via une enquête auprès des publics cibles",
      "nc",
      rate(0.3),
      rate(0.27),
      rate(0.4),
    ],
    24: [null, "Fréquentation des points d'accueil créés", 0, 2500, 2300, 4000],
    25: [null, "Nombre de visites à domicile", 150, 300, 280, 400],
    26: [null, "Nombre de situations détectées pour ouverture de droit", 200, 350, 330, 450],
    27: [null, "Nombre de situations traitées pour maintien de droit", 180, 300, 290, 380],
    28: [null, "Nombre d'interventions permettant de garantir l'effectivité du droit", 400, 600, 560, 750],
    29: [
      "Action 3 : Lutter contre l'illectronisme en accompagnant les actions déployées par la Banque du Numérique",
      "Nombre d'acteurs recensés",
      25,
      40,
      38,
      50,
    ],
    30: [null, "Nombre de connexions sur la plateforme de la banque du numérique", 1200, 3000, 2750, 4000],
    31: [null, "Nombre de bénéficiaires pour accès à la formation ou l'accompagnement", 150, 300, 270, 400],
    32: [null, "Nombre de bénéficiaires pour lesquels un matériel a été remis", 40, 120, 110, 160],
    33: [null, "Couverture départementale", rate(0.45), rate(0.6), rate(0.58), rate(0.75)],
    34: [
      "Action 4 : Rapprocher les usagers isolés et en situation de précarité touchés par le cancer de l'offre de soin de support et d'accompagnement social proposée par l'Institut Mozart",
      "Nombre de personnes touchées par le cancer ayant bénéficié de soins de support dans les vallées",
      0,
      120,
      104,
      150,
    ],
    35: [
      null,
      "Enquête de satisfaction auprès des patients et de leurs proches à l'issue de leur parcours personnalisé",
      null,
      "Enquête en fin de parcours",
      "Retours très positifs des patients et de leurs proches",
      "Enquête en fin de parcours",
    ],
    36: [PACTE_AXES.transition],
    37: [
      "Action 1 : Favoriser la mobilité solidaire",
      "Taux de réussite à la formation au permis intensif",
      rate(0.62),
      rate(0.7),
      rate(0.66),
      rate(0.75),
    ],
    38: [
      null,
      "Mobilisation de la plateforme de mobilité numérique : taux de prescription par action via la plateforme Parcoursmob",
      rate(0.2),
      rate(0.3),
      rate(0.28),
      rate(0.35),
    ],
  },
  formats: { "C:K": COUNT },
  merges: ["A7:A10", "A11:A16", "A17:A18", "A20:A22", "A23:A28", "A29:A33", "A34:A35", "A37:A38"],
  widths: { A: 48, B: 56, C: 14, D: 14, E: 14, F: 14, G: 14, H: 14, I: 14, J: 14, K: 14 },
  headerRows: [5],
  boldRows: [1, 2, 3, 6, 19, 36],
};

export const indicateursWorkbook: WorkbookDescription = {
  file: "indicateurs-2024.xlsx",
  sheets: [matrice2024],
};
