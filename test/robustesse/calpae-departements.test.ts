/**
 * CALPAE tables laid out the way other départements lay them out (SPEC §2, §3 F3/F4): long titles
 * with the région and the département, placeholders left in, headers retyped (line breaks, double
 * spaces, « Etats », « Département », no letters, letters that skip), thème and Chorus cells
 * merged over their rows, section sous-totaux, fiches « 7.3 » and « Fiche 12 : … », template
 * rows, balances explained in Commentaire. A correct table gives no finding at all; each planted
 * mistake gives its finding at its cell.
 */
import { buildWorkbook, CellSpec } from "../helpers/sheet";
import { f3Header, f4Header, financial, findingAt, run, short, sumRow } from "./helpers";
import { MERGES, seineEtMarne } from "./seine-et-marne";

describe("exécution CALPAE 2022 de la Seine-et-Marne (en-têtes retapés, fusions, sections)", () => {
  const analysis = run([buildWorkbook("77 - exécution 2022.xlsx", { "Exécution 2022": seineEtMarne() }, MERGES)]);
  const [table] = financial(analysis.tables);

  it("est reconnue comme un F3 CALPAE 2022 malgré les retours à la ligne, les doubles espaces, « Etats » et « Département »", () => {
    expect(analysis.tables).toHaveLength(1);
    expect([table.family, table.dispositif, table.year]).toEqual(["F3", "calpae", 2022]);
    expect(table.columns.map((c) => `${c.key}:${c.letter ?? ""}`)).toEqual([
      "axe:",
      "chorus:",
      "fiche:",
      "intitule:",
      "etatVerse:A",
      "etatReporte:B",
      "cdAffecte:C",
      "cdReporte:D",
      "autres:E",
      "budget:F",
      "realise:",
      "valorisation:",
      "reportEtat:",
      "reportCd:",
      "commentaire:",
    ]);
    expect(table.titles[0]).toContain("Département de Seine-et-Marne (77)");
  });

  it("lit les sections, les groupes par thème fusionné, la ligne modèle vide et les fiches « 7.3 » et « Fiche 12 : … »", () => {
    expect(table.rows.map((r) => `${r.row + 1}:${r.kind}`)).toEqual([
      "5:title",
      "6:action",
      "7:action",
      "8:empty",
      "9:sousTotal",
      "10:action",
      "11:sousTotal",
      "12:sousTotalSection",
      "13:title",
      "14:action",
      "15:sousTotal",
      "16:sousTotalSection",
      "17:total",
      "18:controle",
    ]);
    expect(table.groups.map((g) => [g.axe, g.section])).toEqual([
      ["Prévenir toute sortie sèche de l'ASE", "socle"],
      ["Premier accueil social inconditionnel", "socle"],
      ["Insertion des jeunes", "initiative"],
    ]);
    expect(table.rows.filter((r) => r.kind === "action").map((r) => r.fiche)).toEqual(["1", "2", "7.3", "12"]);
  });

  it("ne donne aucun constat : tout est juste, chaque solde est reporté ou expliqué", () => {
    expect(short(analysis.findings)).toEqual([]);
  });

  it("reste sans constat avec les en-têtes verbatim du modèle", () => {
    const verbatim = run([buildWorkbook("77.xlsx", { "Exécution 2022": seineEtMarne(f3Header(2022)) }, MERGES)]);
    expect(short(verbatim.findings)).toEqual([]);
  });
});

describe("la même exécution avec les erreurs qu'on trouve dans les classeurs reçus", () => {
  const sheet = seineEtMarne();
  // Thème sans code Chorus; sous-total tapé à la main après suppression d'une ligne; solde non expliqué.
  sheet[13][1] = "";
  sheet[10][10] = 120000;
  sheet[6][14] = null;
  const analysis = run([buildWorkbook("77 - exécution 2022.xlsx", { "Exécution 2022": sheet }, MERGES)]);

  it("signale chaque erreur à sa cellule, et rien d'autre", () => {
    expect(short(analysis.findings)).toEqual([
      ["solde-non-justifie", "warning", "K7"],
      ["sous-total", "error", "K11"],
      ["code-chorus", "error", "B14"],
    ]);
  });

  it("explique en français, avec les montants et les cellules", () => {
    expect(findingAt(analysis.findings, "sous-total", "K11").message).toBe(
      "K11 : le sous-total (colonne « Montant total réalisé au 31/12/2022 ») vaut 120\u00a0000,00\u00a0€ alors que la somme de la ligne 10 " +
        "vaut 110\u00a0000,00\u00a0€ (écart : +10\u00a0000,00\u00a0€). Formule à mettre : =SUM(K10).",
    );
    expect(findingAt(analysis.findings, "code-chorus", "B14").message).toBe(
      "B14 : pas de code Chorus pour le thème « Insertion des jeunes » (la ligne 14) : indiquez l'imputation (code à 12 chiffres et description).",
    );
    expect(findingAt(analysis.findings, "solde-non-justifie", "K7").message).toContain(
      "solde non consommé de 15\u00a0000,00\u00a0€",
    );
  });
});

describe("un F3 sans lettres, « Département » et « Observations », un thème par ligne", () => {
  const header = [
    "Thématique",
    "Code Chorus",
    "N° fiche",
    "Intitulé de l'action",
    "Crédits Etat versés en 2021",
    "Crédits  Etat 2020 reportés sur 2021",
    "Crédits du Département affectés en 2021",
    "Crédits du Département 2020 reprogrammés sur 2021",
    "Autres financements",
    "Budget global de l'action prévu en 2021",
    "Montant total réalisé au 31/12/2021",
    "Montant à reporter en 2022\nPart Etat",
    "Montant à reporter en 2022\nPart Département",
    "Observations",
  ];
  const row = (
    r: number,
    theme: string,
    code: string,
    fiche: string,
    a: number,
    c: number,
    real: number,
    report: number,
    obs: string,
  ): CellSpec[] => [
    theme,
    code,
    fiche,
    theme,
    a,
    0,
    c,
    0,
    0,
    { f: `=E${r}+F${r}+G${r}+H${r}+I${r}`, v: a + c },
    real,
    report,
    report,
    obs,
  ];
  const g: CellSpec[][] = [["Exécution budgétaire 2021 - Département du Nord (59)"], header];
  g.push(row(3, "Maraudes mixtes", "030450191905", "1", 40000, 40000, 80000, 0, ""));
  g.push(row(4, "Référents de parcours", "0304501919 04", "2", 50000, 50000, 90000, 5000, "Report accordé"));
  g.push(sumRow(["TOTAL"], "E", "M", (c) => `=SUM(${c}3:${c}4)`, g));
  const analysis = run([buildWorkbook("59.xlsx", { Bilan: g })]);

  it("est un F3 2021 dont les messages nomment les colonnes par leur en-tête", () => {
    const [table] = financial(analysis.tables);
    expect([table.family, table.year]).toEqual(["F3", 2021]);
    expect(table.columns.every((c) => c.letter === null)).toBe(true);
    expect(short(analysis.findings)).toEqual([["code-chorus", "error", "B4"]]);
    expect(analysis.findings[0].fix).toMatchObject({ kind: "value", value: "0304 50 19 19 04 - Référents de parcours" });
  });
});

describe("un prévisionnel recopié de l'année précédente, le titre mis à jour mais pas les en-têtes", () => {
  const analysis = run([
    buildWorkbook("32.xlsx", {
      "Prév 2023": [
        ["TABLEAU FINANCIER RÉCAPITULATIF - Région Occitanie - Département du Gers (32)"],
        ["Prévisionnel Année 2023"],
        f4Header(2022),
        ["Maraudes mixtes", "030450191905", "1", "Maraudes", 10000, 0, 10000, 0, 0, 0, { f: "=E4+F4+G4+I4+J4", v: 20000 }],
      ],
    }),
  ]);

  it("garde l'année des en-têtes et signale que le titre en indique une autre", () => {
    const [table] = financial(analysis.tables);
    expect(table.year).toBe(2022);
    expect(table.detection).toBe(
      "CALPAE d'après l'année 2022 ; année 2022 lue dans l'en-tête « A Participation État notifiée pour la convention 2022 " +
        "(nouveaux crédits Etat 2022) » (attention : le titre « Prévisionnel Année 2023 » indique 2023).",
    );
  });
});

describe("un Total dit contrôle additionné à la main", () => {
  const sheet = seineEtMarne();
  sheet[17] = ["Total dit contrôle", null, null, null, 227500, 5000, 228500, 5000, 15000, 481000, 446000, 20000, 10000, 10000];
  const analysis = run([buildWorkbook("77.xlsx", { "Exécution 2022": sheet }, MERGES)]);

  it("est accepté quand il est juste (c'est un total de vérification), et vérifié colonne par colonne", () => {
    expect(short(analysis.findings)).toEqual([]);
    sheet[17][10] = 445000;
    const wrong = run([buildWorkbook("77.xlsx", { "Exécution 2022": sheet }, MERGES)]);
    expect(short(wrong.findings)).toEqual([["sous-total", "error", "K18"]]);
  });
});

describe("un F3 dont les lettres sont imprimées sur une ligne sous l'en-tête, répétée après un saut de page", () => {
  const header = [
    "Thème de la contractualisation",
    "Fiche action N°",
    "Intitulé de l'action",
    "Crédits Etats versés en 2022",
    "Crédits Etat 2021 reportés sur 2022",
    "Crédits CD affectés en 2022",
    "Crédits CD 2021 reprogrammés sur 2022",
    "Participation d'autres financeurs",
    "Budget global de l'action prévu en 2022",
    "Montant total réalisé au 31/12/2022",
    "Montant à reporter en 2023 - Part Etat",
    "Montant à reporter en 2023 - Part CD",
    "Commentaire",
  ];
  const letters = ["", "", "", "A", "B", "C", "D", "E", "F = A+B+C+D+E"];
  const action = (row: number, theme: string, fiche: number, a: number, c: number): CellSpec[] => [
    theme,
    fiche,
    theme,
    a,
    0,
    c,
    0,
    0,
    { f: `=D${row}+E${row}+F${row}+G${row}+H${row}`, v: a + c },
    a + c,
    0,
    0,
  ];
  const g: CellSpec[][] = [["Exécution budgétaire 2022"], header, letters];
  g.push(
    action(4, "Maraudes", 1, 10000, 10000),
    action(5, "Référents", 7.3, 5000, 5000),
    [],
    header,
    letters,
    action(9, "Logement", 3, 1000, 1000),
  );
  g.push(sumRow(["TOTAUX FINANCIERS"], "D", "L", (c) => `=SUM(${c}4:${c}9)`, g));
  const analysis = run([buildWorkbook("lettres.xlsx", { S: g })]);
  const [table] = financial(analysis.tables);

  it("prend les lettres et la formule de la ligne de lettres, qui n'est pas une ligne d'action", () => {
    expect(table.columns.filter((c) => c.letter !== null).map((c) => `${c.letter}:${c.key}`)).toEqual([
      "A:etatVerse",
      "B:etatReporte",
      "C:cdAffecte",
      "D:cdReporte",
      "E:autres",
      "F:budget",
    ]);
    expect(table.columns.find((c) => c.key === "budget")?.headerFormula).toBe("A+B+C+D+E");
    expect(table.rows.map((r) => `${r.row + 1}:${r.kind}`)).toEqual([
      "4:action",
      "5:action",
      "7:header",
      "8:header",
      "9:action",
      "10:total",
    ]);
  });

  it("ne donne aucun constat (pas de « A » ou « B » pris pour des montants)", () => {
    expect(short(analysis.findings)).toEqual([]);
  });
});

describe("des intitulés de colonnes reformulés par les départements", () => {
  const header = [
    "Thème",
    "N° fiche",
    "Intitulé",
    "A Crédits Etat notifiés et versés en 2022",
    "B Crédits Etat 2021 reportés sur 2022",
    "C Crédits départementaux affectés en 2022",
    "D Crédits départementaux 2021 reprogrammés",
    "E Autres financements (FSE, CAF…)",
    "F Budget global de l'action prévu en 2022 (A+B+C+D+E)",
    "Montant réalisé (dépenses mandatées) au 31/12/2022",
    "Reliquat à reporter en 2023 (État)",
    "Reliquat à reporter en 2023 (Département)",
    "Observations / justification des écarts",
  ];
  const analysis = run([
    buildWorkbook("reformule.xlsx", {
      S: [
        ["Exécution budgétaire 2022"],
        header,
        [
          "Maraudes",
          "1",
          "Maraudes mixtes",
          10000,
          0,
          10000,
          0,
          5000,
          { f: "=D3+E3+F3+G3+H3", v: 25000 },
          20000,
          0,
          0,
          "FSE appelé en 2023",
        ],
      ],
    }),
  ]);

  it("sont lus comme les colonnes du F3 : « notifiés et versés » est versé, « départementaux » est le CD, « Autres financements (FSE…) » les autres financeurs", () => {
    const [table] = financial(analysis.tables);
    expect(table.family).toBe("F3");
    expect(table.columns.map((c) => c.key)).toEqual([
      "axe",
      "fiche",
      "intitule",
      "etatVerse",
      "etatReporte",
      "cdAffecte",
      "cdReporte",
      "autres",
      "budget",
      "realise",
      "reportEtat",
      "reportCd",
      "commentaire",
    ]);
    expect(short(analysis.findings)).toEqual([]);
  });
});
