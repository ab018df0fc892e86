/**
 * Indicator matrices as départements fill them (SPEC §2, §4): the CALPAE matrix (I2) with its
 * semester column and « 31 déc.. 2018 », the Pacte matrix (I1), and the simple tables (I3);
 * mentions (nc, NR, ND, Sans Objet, Non contractualisé, (action non démarrée), cyberattaque),
 * units, dates, fused numbers, Excel errors, « dont » rows, rates written three ways.
 */
import { IndicatorTable } from "../../src/core/tables/model";
import { buildWorkbook } from "../helpers/sheet";
import { findingAt, run, short } from "./helpers";

const CALPAE_HEADER = [
  "Mesures",
  "Indicateurs",
  "Commentaires et Eléments de définition",
  "Situation au 31 déc.. 2018",
  "Résultat atteint en 2019",
  "Résultat atteint en 2020 et situation au 31 déc. 2020 pour la mesure mobilité",
  "Résultat atteint en 2021 (1/01/21 au 31/12/21)",
  "Résultat atteint au 1er semestre 2022 (1/01 au 30/05/22)",
  "Résultat attendu en 2022 (objectif fixé)",
  "Résultat atteint en 2022 (Total)",
];

const matrix = buildWorkbook("77 - indicateurs.xlsx", {
  "Matrice CALPAE": [
    ["MATRICE DES INDICATEURS - Département de Seine-et-Marne (77)"],
    CALPAE_HEADER,
    ["Prévenir toute sortie sèche de l'ASE", "Nombre de jeunes accompagnés", "", 120, 150, "nc", 210, 130, 200, 190],
    ["", "Dont jeunes en logement autonome", "", 30, 40, "NR", 250, 20, 50, 60],
    ["", "Taux de jeunes ayant un projet", "", "45 %", 0.5, "Sans Objet", { v: 0.6, fmt: "0%" }, "60%", "70 %", "65%"],
    [
      "Premier accueil",
      "Délai moyen d'attente",
      "",
      "32,7 jours",
      12,
      "(action non démarrée)",
      "Données en cours de compilation (cyberattaque)",
      12,
      10,
      11,
    ],
    [
      "",
      "Nombre de personnes accueillies",
      "",
      "5265 (au 31/10/2022)",
      "1234 5\u00a0678",
      300,
      { error: "#VALUE!" },
      600,
      1000,
      500,
    ],
    ["Référents", "Nombre moyen de personnes par référent", "", "35 par portefeuille", "Non contractualisé", 40, 38, 39, 40, 38],
    ["", "Enquête de satisfaction des usagers", "", "", "Bonne", "Très satisfaisant", "", "", "", ""],
  ],
});

describe("matrice CALPAE (I2) remplie par un département", () => {
  const analysis = run([matrix]);
  const table = analysis.tables[0] as IndicatorTable;

  it("lit les colonnes : situation 2018 malgré « déc.. », résultats par année, semestre, objectif", () => {
    expect([table.family, table.dispositif]).toEqual(["I2", "calpae"]);
    expect(table.columns.map((c) => `${c.role}:${c.year ?? ""}${c.period === "annee" ? "" : `:${c.period}`}`)).toEqual([
      "action:",
      "indicateur:",
      "commentaire:",
      "situation:2018",
      "resultat:2019",
      "resultat:2020",
      "resultat:2021",
      "resultatPartiel:2022:semestre",
      "cible:2022",
      "resultat:2022",
    ]);
    expect(table.rows.map((r) => r.indicatorKind)).toEqual([
      "count",
      "count",
      "rate",
      "delay",
      "count",
      "average",
      "qualitative",
    ]);
  });

  it("signale chaque valeur à sa cellule, avec la bonne gravité, et laisse l'indicateur qualitatif tranquille", () => {
    expect(short(analysis.findings)).toEqual([
      ["indicateur-texte", "info", "F3"],
      ["indicateur-texte", "info", "F4"],
      ["indicateur-dont", "error", "G4"],
      ["indicateur-taux", "info", "E5"],
      ["indicateur-texte", "info", "F5"],
      ["indicateur-texte", "info", "D6"],
      ["indicateur-texte", "info", "F6"],
      ["indicateur-texte", "info", "G6"],
      ["indicateur-texte", "info", "D7"],
      ["indicateur-plusieurs-nombres", "error", "E7"],
      ["erreur-excel", "error", "G7"],
      ["indicateur-periode", "error", "H7"],
      ["indicateur-ecart-cible", "warning", "J7"],
      ["indicateur-texte", "info", "D8"],
      ["indicateur-texte", "info", "E8"],
    ]);
  });

  it("écrit les erreurs Excel comme un Excel français les montre", () => {
    expect(findingAt(analysis.findings, "erreur-excel", "G7").message).toBe(
      "G7 contient l'erreur Excel #VALEUR! (un calcul porte sur du texte, par exemple un montant saisi comme texte), " +
        "saisie comme valeur : remplacez-la par la bonne valeur.",
    );
  });

  it("explique la mention de cyberattaque et les nombres accolés", () => {
    expect(findingAt(analysis.findings, "indicateur-texte", "G6").message).toContain(
      "mention « Données en cours de compilation »",
    );
    expect(findingAt(analysis.findings, "indicateur-plusieurs-nombres", "E7").message).toContain(
      "nombres accolés (1\u00a0234 et 5\u00a0678)",
    );
  });
});

describe("tableau simple (I3) « Indicateur | 2018 | 2019 … » avec des lignes « dont »", () => {
  const analysis = run([
    buildWorkbook("23.xlsx", {
      Années: [
        ["Indicateur", 2018, 2019, 2020, 2021, 2022],
        ["Nombre de jeunes accompagnés", 100, 120, "ND", 150, 160],
        ["dont jeunes filles", 40, 130, 50, 60, 70],
        ["dont jeunes garçons", 60, 10, 60, 100, 90],
        ["Nombre de places AVIP", "12 places", 15, { error: "#DIV/0!" }, 20, "20 (au 31/10/2022)"],
      ],
    }),
  ]);

  it("rattache les « dont » à leur parent : une part trop grande est une erreur, une somme trop grande un avertissement", () => {
    expect(short(analysis.findings)).toEqual([
      ["indicateur-texte", "info", "D2"],
      ["indicateur-dont", "warning", "E2"],
      ["indicateur-dont", "error", "C3"],
      ["indicateur-texte", "info", "B5"],
      ["erreur-excel", "error", "D5"],
      ["indicateur-texte", "info", "F5"],
    ]);
  });
});

describe("matrice du Pacte avec une colonne de commentaires, « Objectif » et « Réalisé »", () => {
  const analysis = run([
    buildWorkbook("34.xlsx", {
      Indicateurs: [
        ["ANNEXE 3 - Indicateurs du contrat local des solidarités - Département de l'Hérault (34)"],
        [
          "Fiche action",
          "Intitulé de l'indicateur",
          "Valeur de référence (2023)",
          "Objectif 2024",
          "Réalisé 2024",
          "Objectif 2025",
          "Réalisé 2025",
          "Commentaires",
        ],
        ["Fiche 1 : Parentalité", "Nombre de familles accompagnées", 100, 150, 140, 200, "", ""],
        ["", "Délai moyen de traitement (jours)", 30, 20, 25, 15, "", "Recrutement tardif d'un agent"],
      ],
    }),
  ]);

  it("est une matrice du Pacte (I1), pas la matrice CALPAE, et l'écart expliqué en commentaire n'est pas signalé", () => {
    const table = analysis.tables[0] as IndicatorTable;
    expect([table.family, table.dispositif]).toEqual(["I1", "pacte"]);
    expect(table.columns.map((c) => c.role)).toEqual([
      "action",
      "indicateur",
      "situation",
      "cible",
      "resultat",
      "cible",
      "resultat",
      "commentaire",
    ]);
    expect(short(analysis.findings)).toEqual([]);
  });
});
