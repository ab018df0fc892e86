/**
 * The CALPAE execution report 2022 of Seine-et-Marne as a finance officer retyped it: headers with
 * line breaks and double spaces, « Etats », « Département », sections, merged thème, a template
 * row, fiches « 7.3 » and « Fiche 12 : … », balances carried or explained. Correct as it stands.
 */
import { CellSpec } from "../helpers/sheet";
import { f3Row, sumRow } from "./helpers";

const NL_HEADER = [
  "Thème de la\ncontractualisation",
  "Imputation chorus\n(code chorus - description longue)",
  "Fiche action\nN°",
  "Intitulé de l'action\n(une ligne par action financée)",
  "A\nCrédits Etats  versés en 2022",
  "B\nCrédits  Etat 2021 (le cas échéant 2020)\nreportés sur 2022 (le cas échéant)",
  "C\nCrédits Département affectés en 2022",
  "D\nCrédits Département 2021 (le cas échéant 2020) reprogrammés sur 2022 (le cas échéant)",
  "E\nParticipation d'autres financeurs le cas échéant",
  "F\nBudget global de l'action prévu en 2022\nA+B+C+D+E",
  "Montant total réalisé\nau 31/12/2022",
  "Dont valorisation de dépenses du CD",
  "Montant à reporter en 2023\n- Part Etat",
  "Montant à reporter en 2023\n- Part  Département",
  "Commentaire",
];

/** Seine-et-Marne's execution report 2022: every total a formula, every balance carried or explained. */
export function seineEtMarne(header: string[] = NL_HEADER): CellSpec[][] {
  const g: CellSpec[][] = [
    [
      "TABLEAU FINANCIER RÉCAPITULATIF DE LA CONVENTION D'APPUI À LA LUTTE CONTRE LA PAUVRETÉ - Région IdF - Département de Seine-et-Marne (77)",
    ],
    ["Exécution budgétaire 2022"],
    [],
    header,
    ["Mesures socle"],
  ];
  const ase = ["Prévenir toute sortie sèche de l'ASE", "0304 50 19 19 01 - accompagnement des jeunes sortant de l'ASE"];
  g.push(
    f3Row(
      6,
      [...ase, "1.", "Accompagnement des jeunes majeurs"],
      { a: 100000, c: 100000, realise: 180000, reportEtat: 10000, reportCd: 10000 },
      "Entrées décalées au 4e trimestre : reliquat reporté sur 2023.",
    ),
  );
  g.push(
    f3Row(
      7,
      [null, null, "2.", "ex-fiche 4 : logement des jeunes sortants"],
      { a: 67500, b: 5000, c: 67500, d: 5000, e: 15000, realise: 145000 },
      "Solde de 15 000 € : part du FSE appelée en 2023 (pas de colonne de report pour les autres financeurs).",
    ),
  );
  g.push([null, null, "3.", "intitulé de l'action n°3"]);
  g.push(sumRow(["", "", "Sous total"], "E", "N", (c) => `=SUM(${c}6:${c}8)`, g));
  const accueil = [
    "Premier accueil social inconditionnel",
    "0304 50 19 19 03 - 1er accueil social inconditionnel (montant CALPAE : 55 000€)",
  ];
  g.push(
    f3Row(10, [...accueil, "7.3", "Accueil inconditionnel en MDS"], { a: 55000, c: 55000, realise: 110000, valorisation: 20000 }),
  );
  g.push(sumRow(["", "", "Sous total"], "E", "N", (c) => `=SUM(${c}10)`, g));
  g.push(sumRow(["Sous-total engagements de mesures socle"], "E", "N", (c) => `=${c}9+${c}11`, g));
  g.push(["Engagements à l'initiative du département"]);
  const initiative = ["Insertion des jeunes", "0304 50 19 19 10 - Initiatives locales"];
  g.push(f3Row(14, [...initiative, null, "Fiche 12 : Épicerie solidaire"], { a: 5000, c: 6000, realise: 11000 }));
  g.push(sumRow(["", "", "Sous total"], "E", "N", (c) => `=SUM(${c}14)`, g));
  g.push(sumRow(["Sous total engagements à l'initiative du département"], "E", "N", (c) => `=${c}15`, g));
  g.push(sumRow(["TOTAUX FINANCIERS"], "E", "N", (c) => `=${c}12+${c}16`, g));
  g.push(sumRow(["Total dit contrôle"], "E", "N", (c) => `=SUM(${c}6:${c}8,${c}10,${c}14)`, g));
  return g;
}

export const MERGES = { "Exécution 2022": { merges: ["A6:A8", "B6:B8", "A17:D17", "A18:D18"] } };
