/**
 * « Erreurs plantées » — one workbook with ONE planted mistake of each kind of the 25 rules, each
 * at a known cell, on otherwise correct tables:
 * - « Pacte 2024 » (F1) and « Pacte 2025 » (F2, with the K header and formulas corrected and every
 *   column totalled): the Alpes-Maritimes tables of prevision-2024 / recapitulatif-2025;
 * - « CALPAE exécution 2022 » (F3) and « CALPAE 2023 » (F4): the pair calpae-execution-2022 /
 *   calpae-prevision-2023; « CALPAE exécution 2023 » (F3 of the last CALPAE year);
 * - « Indicateurs 2024 » (I1) and « Indicateurs CALPAE » (I2, for the semester check).
 * Each planting lists the findings it must give (written to erreurs-plantees.attendu.json); a
 * planting with no finding is a trap: a correct but unusual cell that must give none.
 */
import { plant, Planting } from "../build/changes";
import { totals } from "../build/rows";
import { SheetDescription } from "../build/types";
import { execution2022 } from "./calpae-execution-2022";
import { prevision2023 } from "./calpae-prevision-2023";
import {
  CALPAE_ACTIONS,
  CALPAE_CHORUS,
  CALPAE_INITIATIVE,
  CALPAE_MATRIX_HEADER,
  CALPAE_REGION,
  CALPAE_SOCLE,
  CALPAE_THEMES,
  CALPAE_TITLE,
  COUNT,
  f3Header,
  PACTE_AXES,
  PACTE_MATRIX_HEADER,
  PACTE_REGION,
  rate,
} from "./labels";
import { prevision2024 } from "./prevision-2024-alpes-maritimes";
import { recapitulatif2025Corrige } from "./recapitulatif-2025";

const T = CALPAE_THEMES;
const C = CALPAE_CHORUS;
const F = CALPAE_ACTIONS;

/** F3 of 2023, the last CALPAE year: correct before the plantings (nothing carried into 2024). */
const execution2023: SheetDescription = {
  ...execution2022,
  name: "CALPAE exécution 2023",
  rows: {
    1: [CALPAE_TITLE],
    2: [CALPAE_REGION],
    3: ["Exécution budgétaire 2023"],
    5: f3Header(2023),
    // B and D: the « Montant à reporter en 2023 » of the 2022 execution
    6: [T.ase, C.ase, "1", F["1"], 125000, 10000, 125000, 10000, 0, "=E6+F6+G6+H6+I6", 270000, 30000, 0, 0],
    7: [null, null, "2", F["2"], 65000, 0, 65000, 0, 15000, "=E7+F7+G7+H7+I7", 145000, 0, 0, 0],
    8: [T.accueil, C.accueil, "3", F["3"], 90000, 0, 95000, 0, 0, "=E8+F8+G8+H8+I8", 185000, 45000, 0, 0],
    9: [T.referent, C.referent, "4", F["4"], 155000, 20000, 165000, 20000, 0, "=E9+F9+G9+H9+I9", 360000, 60000, 0, 0],
    10: [T.brsa, C.brsa, "5", F["5"], 320000, 0, 320000, 0, 50000, "=E10+F10+G10+H10+I10", 690000, 120000, 0, 0],
    11: [null, null, "6", F["6"], 70000, 7500, 75000, 7500, 0, "=E11+F11+G11+H11+I11", 160000, 0, 0, 0],
    12: totals([CALPAE_SOCLE, null, null, null], "E", "N", (c) => `=SUM(${c}6:${c}11)`),
    13: [T.initiative, C.initiative, "7", F["7"], 45000, 0, 45000, 0, 0, "=E13+F13+G13+H13+I13", 90000, 0, 0, 0],
    14: [null, null, "8", F["8"], 55000, 0, 60000, 0, 10000, "=E14+F14+G14+H14+I14", 125000, 0, 0, 0],
    15: totals([CALPAE_INITIATIVE, null, null, null], "E", "N", (c) => `=SUM(${c}13:${c}14)`),
    16: totals(["TOTAUX FINANCIERS", null, null, null], "E", "N", (c) => `=${c}12+${c}15`),
    17: totals(["Total dit contrôle", null, null, null], "E", "N", (c) => `=SUM(${c}6:${c}11,${c}13:${c}14)`),
  },
};

/** A few indicators of the Pacte matrix, correct before the plantings (results within 20 % of targets). */
const indicateurs2024: SheetDescription = {
  name: "Indicateurs 2024",
  rows: {
    1: ["MATRICE DES INDICATEURS DU CONTRAT LOCAL DES SOLIDARITÉS"],
    2: [PACTE_REGION],
    3: ["Bilan de l'année 2024"],
    5: PACTE_MATRIX_HEADER,
    //  action, indicateur, situation au 31 déc. 2023, cible 2024, résultat 2024, cible 2025
    6: [PACTE_AXES.enfance],
    7: [
      "Action 1 : Renforcer l'accompagnement à la parentalité auprès des familles monoparentales en situation de précarité par un soutien ciblé au travers d'une intervention pluridisciplinaire",
      "Nombre de monoparents ayant retrouvé un emploi ou une formation",
      30,
      45,
      40,
      55,
    ],
    8: [null, "Dont monoparents ayant retrouvé un emploi", 12, 40, 36, 45],
    9: [null, "Nombre de monoparents ayant bénéficié d'une place « AVIP »", 8, 15, 14, 20],
    10: [
      "Action 2 : Apporter un soutien psychologique aux enfants exposés aux violences",
      "Nombre d'orientations vers les associations et professionnels concernés",
      60,
      80,
      75,
      90,
    ],
    11: [PACTE_AXES.droits],
    12: [
      "Action 1 : Créer une gouvernance de l'accès aux droits pour garantir une coordination effective des acteurs en charge de l'accueil et de l'instruction",
      "Nombre d'acteurs recensés sur Soliguide",
      320,
      400,
      380,
      450,
    ],
    13: [null, "Fréquentation du site Soliguide", 8500, 12000, 11200, 15000],
    14: [PACTE_AXES.transition],
    15: [
      "Action 1 : Favoriser la mobilité solidaire",
      "Taux de réussite à la formation au permis intensif",
      rate(0.62),
      rate(0.7),
      rate(0.66),
      rate(0.75),
    ],
    16: [
      null,
      "Mobilisation de la plateforme de mobilité numérique : taux de prescription par action via la plateforme Parcoursmob",
      rate(0.2),
      rate(0.3),
      rate(0.28),
      rate(0.35),
    ],
  },
  formats: { "C:K": COUNT },
  merges: ["A7:A9", "A12:A13", "A15:A16"],
  widths: { A: 48, B: 56, C: 14, D: 14, E: 14, F: 14, G: 14, H: 14, I: 14, J: 14, K: 14 },
  headerRows: [5],
  boldRows: [1, 2, 3, 6, 11, 14],
};

/** A CALPAE matrix (I2) with a first-semester column, correct before the plantings. */
const indicateursCalpae: SheetDescription = {
  name: "Indicateurs CALPAE",
  rows: {
    1: ["MATRICE DES INDICATEURS DE LA CONVENTION D'APPUI À LA LUTTE CONTRE LA PAUVRETÉ ET D'ACCÈS À L'EMPLOI"],
    2: [CALPAE_REGION],
    3: ["Bilan de l'année 2022"],
    5: CALPAE_MATRIX_HEADER,
    //  mesure, indicateur, définition, 2018, 2019, 2020, 2021, 1er semestre 2022, objectif 2022, total 2022
    6: [
      T.ase,
      "Nombre de jeunes accompagnés à leur sortie de l'ASE",
      "Jeunes majeurs ayant signé un contrat d'accompagnement dans l'année",
      40,
      65,
      80,
      95,
      70,
      150,
      150,
    ],
    7: [null, "Nombre de contrats jeunes majeurs signés", "Contrats signés dans l'année", 25, 35, 40, 48, 30, 60, 58],
    8: [
      T.accueil,
      "Nombre de lieux de premier accueil social inconditionnel labellisés",
      "Lieux labellisés au 31 décembre",
      5,
      8,
      12,
      15,
      16,
      18,
      17,
    ],
    9: [
      T.referent,
      "Nombre de personnes accompagnées par un référent de parcours",
      "Personnes accompagnées dans l'année",
      0,
      150,
      420,
      600,
      380,
      750,
      720,
    ],
  },
  formats: { "D:J": COUNT },
  merges: ["A6:A7"],
  widths: { A: 40, B: 48, C: 40, D: 12, E: 12, F: 18, G: 16, H: 18, I: 16, J: 16 },
  headerRows: [5],
  boldRows: [1, 2, 3],
};

const SHEETS: SheetDescription[] = [
  { ...prevision2024, name: "Pacte 2024" },
  { ...recapitulatif2025Corrige, name: "Pacte 2025" },
  { ...execution2022, name: "CALPAE exécution 2022" },
  { ...prevision2023, name: "CALPAE 2023" },
  execution2023,
  indicateurs2024,
  indicateursCalpae,
];

const PLANTINGS: Planting[] = [
  // ------------------------------------------------------------------ Pacte 2024 (F1)
  {
    sheet: "Pacte 2024",
    cells: {
      G6: "=D6+E6",
      G7: "=D7+E7",
      G8: "=D8+E8",
      G10: "=D10+E10",
      G11: "=D11+E11",
      G12: "=D12+E12",
      G13: "=D13+E13",
      G15: "=D15+E15",
    },
    findings: [
      {
        ruleId: "formule-ligne",
        cell: "G8",
        severity: "error",
        fix: { formula: "=D8+E8+F8" },
        why: "La colonne F (budget global) est calculée =A+B sur toutes les lignes : la formule oublie C (autres financeurs). Seule la fiche 3 de l'axe enfance a d'autres financeurs (40 000 €) : G8 affiche 20 000 € au lieu de 60 000 €. Les formules de la colonne ayant toutes la même forme, formule-incoherente ne doit rien signaler ; le sous-total G9 (SOMME de G6:G8) reste égal à ses lignes.",
      },
    ],
  },
  {
    sheet: "Pacte 2024",
    cells: { D6: "67 500,00 €", D9: "=D6+D7+D8" },
    findings: [
      {
        ruleId: "montant-texte",
        cell: "D6",
        severity: "warning",
        fix: { value: 67500 },
        why: "Montant collé depuis un document texte : « 67 500,00 € » est un texte et non un nombre. Le sous-total D9 est écrit =D6+D7+D8 (l'addition convertit ce texte, alors que SOMME l'ignorerait) : totaux et budget restent justes, seule la saisie est signalée.",
      },
    ],
  },
  {
    sheet: "Pacte 2024",
    cells: { G17: null },
    findings: [
      {
        ruleId: "total-colonne-manquante",
        cell: "G17",
        severity: "error",
        fix: { formula: "=SUM(G9,G14,G16)" },
        why: "La cellule TOTAUX FINANCIERS de la colonne F (budget global) est restée vide (seul ce constat est attendu : une cellule de total vide relève de total-colonne-manquante, pas de sous-total).",
      },
    ],
  },
  {
    sheet: "Pacte 2024",
    cells: { E14: 427500 },
    findings: [
      {
        ruleId: "valeur-en-dur",
        cell: "E14",
        severity: "warning",
        fix: { formula: "=SUM(E10:E13)" },
        why: "Sous-total de la colonne B (crédits CD) de l'axe accès aux droits tapé à la main : la valeur est juste aujourd'hui (427 500 €) mais ne suivra plus les lignes si elles changent.",
      },
    ],
  },
  // ------------------------------------------------------------------ Pacte 2025 (F2)
  {
    sheet: "Pacte 2025",
    cells: { P6: "=L6+N6" },
    findings: [
      {
        ruleId: "formule-modele-k",
        cell: "P6",
        severity: "warning",
        fix: { formula: "=L6+O6" },
        why: "K (budget total CD 2025) reprend la formule du modèle officiel G+I (=L6+N6) au lieu de G+J. Sur cette ligne F = 0 et J = H, donc la valeur est juste par hasard : seule la formule trahit l'erreur (avertissement : le montant n'est pas faux aujourd'hui ; il le devient dès que I et J diffèrent). formule-ligne (valeur juste) et formule-incoherente (qui laisse K = G+I à cette règle) ne doivent rien signaler.",
      },
    ],
  },
  {
    sheet: "Pacte 2025",
    cells: { K7: 18000 },
    findings: [
      {
        ruleId: "report-superieur",
        cell: "K7",
        severity: "error",
        fix: null,
        why: "F (montant à reporter en 2025, part État) = 18 000 € alors que B (crédits État 2024 non consommés) = 15 000 € : on reporte plus que ce qui n'a pas été consommé.",
      },
    ],
  },
  {
    sheet: "Pacte 2025",
    cells: { J10: 118000 },
    findings: [
      {
        ruleId: "realise-superieur",
        cell: "J10",
        severity: "error",
        fix: null,
        why: "Montant total réalisé au 31/12/2024 = 118 000 € pour un budget 2024 de 110 000 € (A + C + E).",
      },
    ],
  },
  {
    sheet: "Pacte 2025",
    cells: { J11: 505000.004 },
    findings: [
      {
        ruleId: "montant-negatif-decimales",
        cell: "J11",
        severity: "warning",
        fix: { value: 505000 },
        why: "Montant réalisé saisi avec trois décimales (505 000,004 €), à arrondir au centime. Le sous-total J14 et le TOTAUX J17, qui l'additionnent par formule, en héritent : seule la cellule saisie est attendue.",
      },
    ],
  },
  {
    sheet: "Pacte 2025",
    cells: { O12: 15000 },
    findings: [
      {
        ruleId: "cofinancement",
        cell: "O12",
        severity: "warning",
        fix: null,
        why: "Fiche 3 de l'axe accès aux droits : J (crédits CD 2025) = 15 000 € pour H (État 2025) = 35 000 €, soit 30 % de part CD (33 % avec les reports : K = 20 000 € pour I = 40 000 €), sous les 50 % du contrat. Sur l'ensemble du tableau la part CD reste au-dessus de 50 %.",
      },
    ],
  },
  // ------------------------------------------------------------------ CALPAE exécution 2022 (F3)
  {
    sheet: "CALPAE exécution 2022",
    cells: { B10: "0304 50 19 07 - Garantie d'activité et insertion des BRSA" },
    findings: [
      {
        ruleId: "code-chorus",
        cell: "B10",
        severity: "error",
        fix: { value: "0304 50 19 19 07 - Garantie d'activité et insertion des BRSA" },
        why: "Code Chorus à 10 chiffres : il manque une paire. Le libellé « Garantie d'activité et insertion des BRSA » désigne sans ambiguïté le code 0304 50 19 19 07.",
      },
    ],
  },
  {
    sheet: "CALPAE exécution 2022",
    cells: { H12: "=SUM(H6:H10)" },
    findings: [
      {
        ruleId: "valeur-en-dur",
        cell: "H12",
        severity: "error",
        fix: { formula: "=SUM(H6:H11)" },
        why: "La fiche 6 (ligne 11) a été insérée en fin de section et la SOMME de la colonne D (crédits CD reprogrammés) n'a pas été étendue. Comme la fiche 6 n'a rien en D, le montant reste juste : seul le périmètre de la formule est faux (pas de constat sous-total).",
      },
    ],
  },
  {
    sheet: "CALPAE exécution 2022",
    cells: { J9: "=SUM(E9:I9)" },
    findings: [
      {
        ruleId: "formule-incoherente",
        cell: "J9",
        severity: "warning",
        fix: { formula: "=E9+F9+G9+H9+I9" },
        why: "Le budget global de la fiche 4 est calculé =SOMME(E9:I9) alors que toutes les autres lignes ont =E+F+G+H+I : même résultat, forme différente.",
      },
    ],
  },
  {
    sheet: "CALPAE exécution 2022",
    cells: { L10: "312.222.40 €" },
    findings: [
      {
        ruleId: "montant-texte",
        cell: "L10",
        severity: "error",
        fix: null,
        why: "Valorisation illisible « 312.222.40 € » (deux points) : aucune correction automatique. La SOMME du sous-total l'ignore, comme Excel.",
      },
    ],
  },
  {
    sheet: "CALPAE exécution 2022",
    cells: { K8: 160000 },
    findings: [
      {
        ruleId: "solde-non-justifie",
        cell: "K8",
        severity: "warning",
        fix: { comment: true },
        why: "Fiche 3 : 175 000 € de budget, 160 000 € réalisés, rien à reporter et aucun commentaire : 15 000 € non consommés sans explication. Les soldes des fiches 5 et 8 sont, eux, expliqués dans « Commentaire ».",
      },
    ],
  },
  // piège : formule enregistrée sans résultat (fichier écrit par un autre outil qu'Excel) ; le
  // moteur doit la calculer (135 000 €), pas la lire comme 0 ou vide : aucun constat attendu
  {
    sheet: "CALPAE exécution 2022",
    cells: { J7: { formule: "=E7+F7+G7+H7+I7", sansResultat: true } },
    findings: [],
  },
  // ------------------------------------------------------------------ CALPAE 2023 (F4)
  {
    sheet: "CALPAE 2023",
    cells: { B9: "0304 50 19 19 04 - Référents de parcours (montant CALPAE : 150 000€)" },
    findings: [
      {
        ruleId: "montant-notifie",
        cell: "B9",
        severity: "error",
        fix: null,
        why: "La cellule Chorus annonce 150 000 € pour le code 04 alors que la colonne A des lignes de ce code totalise 155 000 €.",
      },
    ],
  },
  {
    sheet: "CALPAE 2023",
    cells: { F9: 25000 },
    findings: [
      {
        ruleId: "report-incoherent",
        cell: "F9",
        severity: "error",
        fix: { value: 20000 },
        why: "Fiche 4 : 25 000 € de crédits État 2022 reportés sur 2023, alors que l'exécution 2022 indique 20 000 € à reporter (feuille « CALPAE exécution 2022 », M9).",
      },
      {
        ruleId: "report-incoherent",
        cell: "F16",
        severity: "error",
        fix: null,
        why: "Conséquence au total : 42 500 € reportés en 2023 contre 37 500 € à reporter selon l'exécution 2022 (M16).",
      },
    ],
  },
  {
    sheet: "CALPAE 2023",
    cells: { G12: 835000 },
    findings: [
      {
        ruleId: "sous-total",
        cell: "G12",
        severity: "error",
        fix: { formula: "=SUM(G6:G11)" },
        why: "Sous-total des mesures socle de la colonne C saisi à la main (835 000 €) : les lignes font 845 000 € (la hausse de la fiche 4 n'a pas été reportée). Une valeur fausse relève de sous-total seul (valeur-en-dur ne signale que les valeurs saisies justes) ; le TOTAUX, somme des sous-totaux, reste cohérent avec eux.",
      },
    ],
  },
  {
    sheet: "CALPAE 2023",
    cells: { K16: "=K12+#REF!" },
    findings: [
      {
        ruleId: "erreur-excel",
        cell: "K16",
        severity: "error",
        fix: null,
        why: "TOTAUX du budget global en #REF! : la ligne du sous-total d'initiative avait été supprimée puis recréée. La valeur n'étant pas un nombre, sous-total ne peut pas la comparer.",
      },
    ],
  },
  {
    sheet: "CALPAE 2023",
    cells: { J13: -5000 },
    findings: [
      {
        ruleId: "montant-negatif-decimales",
        cell: "J13",
        severity: "error",
        fix: null,
        why: "Participation d'autres financeurs négative (-5 000 €) sur la fiche 7 ; le budget et les totaux la suivent par formule et restent positifs.",
      },
    ],
  },
  // ------------------------------------------------------------------ CALPAE exécution 2023 (F3, dernière année)
  {
    sheet: "CALPAE exécution 2023",
    cells: {
      K9: 345000,
      M9: 15000,
      O9: "Report sollicité sur 2024 : dernière session de formation des référents reportée à janvier 2024.",
    },
    findings: [
      {
        ruleId: "report-apres-fin",
        cell: "M9",
        severity: "error",
        fix: null,
        why: "15 000 € de crédits État reportés en 2024, après la fin de la CALPAE (2023) : la convention interdit tout report au-delà de sa durée, même expliqué. Le TOTAUX M16 vaut donc aussi 15 000 € (constat attendu sur la ligne d'action).",
      },
    ],
  },
  {
    sheet: "CALPAE exécution 2023",
    cells: { C14: "7" },
    findings: [
      {
        ruleId: "fiche-action",
        cell: "C14",
        severity: "warning",
        fix: null,
        why: "Deux fiches n° 7 dans les engagements à l'initiative du département (la seconde est la fiche 8). Aucune des deux n'a de report 2022, le rapprochement avec 2022 n'en souffre pas.",
      },
    ],
  },
  // ------------------------------------------------------------------ Indicateurs 2024 (I1)
  {
    sheet: "Indicateurs 2024",
    cells: { E9: "NR" },
    findings: [
      {
        ruleId: "indicateur-texte",
        cell: "E9",
        severity: "info",
        fix: { comment: true },
        why: "Résultat 2024 « NR » (non renseigné) : marqueur connu, à justifier.",
      },
    ],
  },
  {
    sheet: "Indicateurs 2024",
    cells: { E13: "1 234 5 678" },
    findings: [
      {
        ruleId: "indicateur-plusieurs-nombres",
        cell: "E13",
        severity: "error",
        fix: null,
        why: "« 1 234 5 678 » : deux nombres collés dans la même cellule, impossible de savoir lequel est le résultat.",
      },
    ],
  },
  {
    sheet: "Indicateurs 2024",
    cells: { E8: 45 },
    findings: [
      {
        ruleId: "indicateur-dont",
        cell: "E8",
        severity: "error",
        fix: null,
        why: "« Dont monoparents ayant retrouvé un emploi » = 45 alors que l'indicateur parent (emploi ou formation) vaut 40 en 2024.",
      },
    ],
  },
  {
    sheet: "Indicateurs 2024",
    cells: { F15: rate(1.4) },
    findings: [
      {
        ruleId: "indicateur-taux",
        cell: "F15",
        severity: "error",
        fix: null,
        why: "Cible 2025 d'un taux de réussite à 140 %.",
      },
    ],
  },
  {
    sheet: "Indicateurs 2024",
    cells: { D10: null },
    findings: [
      {
        ruleId: "indicateur-cible-manquante",
        cell: "D10",
        severity: "warning",
        fix: null,
        why: "Résultat 2024 renseigné (75) sans cible 2024.",
      },
    ],
  },
  {
    sheet: "Indicateurs 2024",
    cells: { E12: 200 },
    findings: [
      {
        ruleId: "indicateur-ecart-cible",
        cell: "E12",
        severity: "warning",
        fix: { comment: true },
        why: "200 acteurs recensés pour une cible de 400 (−50 %), sans justification.",
      },
    ],
  },
  // ------------------------------------------------------------------ Indicateurs CALPAE (I2)
  {
    sheet: "Indicateurs CALPAE",
    cells: { H6: 160 },
    findings: [
      {
        ruleId: "indicateur-periode",
        cell: "H6",
        severity: "error",
        fix: null,
        why: "160 jeunes accompagnés au 1er semestre 2022 pour 150 sur toute l'année 2022.",
      },
    ],
  },
];

export const erreursWorkbook = plant("erreurs-plantees.xlsx", SHEETS, PLANTINGS);
