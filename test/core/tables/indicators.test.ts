/** Indicator tables (SPEC §4): the seed's Pacte matrix (I1), CALPAE matrices (I2), simple tables (I3). */
import { indicatorKind } from "../../../src/core/tables/indicator";
import { IndicatorTable } from "../../../src/core/tables/model";
import { normalizeText } from "../../../src/core/parse/text";
import { onlyIndicator, recognizeSheet } from "./helpers";
import { SEED_I1 } from "./seed";

function roles(t: IndicatorTable): string[] {
  return t.columns.map((c) => `${c.role}${c.year ?? ""}${c.period === "annee" ? "" : `/${c.period}`}@${c.col}`);
}

function row(t: IndicatorTable, sheetRow: number) {
  const r = t.rows.find((x) => x.row === sheetRow - 1);
  if (!r) throw new Error(`pas de ligne ${sheetRow}`);
  return r;
}

describe("I1: the seed's Pacte matrix (l.232–270), header repeated at each page break", () => {
  const table = onlyIndicator(recognizeSheet(SEED_I1));

  it("is one I1 table of the Pacte, over its four page-break repeats", () => {
    expect(table.family).toBe("I1");
    expect(table.dispositif).toBe("pacte");
    expect(table.year).toBeNull();
    expect(table.detection).toBe("Pacte des solidarités d'après les années des en-têtes (jusqu'à 2027) ; année non déterminée.");
    expect(table.repeatedHeaderRows).toEqual([12, 20, 33]);
    expect(table.range).toEqual({ r1: 0, c1: 0, r2: 38, c2: 10 });
  });

  it("reads baseline, targets and results with their years", () => {
    expect(roles(table)).toEqual([
      "action@0",
      "indicateur@1",
      "situation2023@2",
      "cible2024@3",
      "resultat2024@4",
      "cible2025@5",
      "resultat2025@6",
      "cible2026@7",
      "resultat2026@8",
      "cible2027@9",
      "resultat2027@10",
    ]);
  });

  it("reads axe rows, and fills the action down from « Action N : … »", () => {
    expect(table.rows.filter((r) => r.kind === "axe").map((r) => r.label)).toEqual([
      "Axe Prévenir la pauvreté et lutter contre les inégalités dès l'enfance",
      "Axe Lutter contre la grande exclusion grâce à l'accès aux droits",
      "Axe Construire une transition écologique solidaire",
    ]);
    expect(row(table, 6)).toMatchObject({
      kind: "indicator",
      action: expect.stringMatching(/^Action 1 : Renforcer l'accompagnement à la parentalité/),
      label: "Nombre de familles ayant basculé vers une mesure de protection de l'enfance",
    });
    expect(row(table, 14).action).toMatch(/^Action 3 : Participer, dans le cadre du SDSF/);
    expect(row(table, 13).kind).toBe("header");
    expect(table.rows.filter((r) => r.kind === "indicator")).toHaveLength(29);
  });

  it("tells the indicator kinds from the labels, and the inline « X dont Y »", () => {
    expect(row(table, 3)).toMatchObject({ indicatorKind: "count", inlineDont: true, parentRow: null });
    expect(row(table, 11).indicatorKind).toBe("qualitative"); // Etat de la situation en sortie de dispositif
    expect(row(table, 22).indicatorKind).toBe("qualitative"); // Notoriété … via une enquête
    expect(row(table, 38).indicatorKind).toBe("rate"); // Taux de réussite
    expect(row(table, 39).indicatorKind).toBe("rate"); // … : taux de prescription …
    expect(row(table, 18).indicatorKind).toBe("other"); // Fréquentation du site Soliguide
  });
});

describe("I2: CALPAE matrix", () => {
  const table = onlyIndicator(
    recognizeSheet(
      [
        [
          "Mesures",
          "Indicateurs",
          "Commentaires et Eléments de définition",
          "Situation au 31 déc.. 2018",
          "Résultat atteint en 2019",
          "Résultat atteint en 2020 et situation au 31 déc. 2020 pour la mesure mobilité",
          "Résultat atteint en 2021 (1/01/21 au 31/12/21)",
          "Résultat atteint au 1er semestre 2022 (1/01 au 30/05/22)",
          "Résultat attendu en 2022 (objectif fixé)",
          "Résultat atteint sur le 1er trimestre 2023 (conventions en année glissante)",
        ],
        ["Mesures socle"],
        ["Mesure 1 : Prévention des sorties sèches de l'ASE", "Nombre de jeunes accompagnés", "", 10, 12, 15, 20, 8, 25, 4],
        ["", "Dont nombre de jeunes de 12 - 15 ans", "", 2, 3, 4, 5, 1, 6, 1],
        ["", "dont jeunes en logement autonome", "", 1, 1, 2, 2, 1, 3, 0],
        ["", "Délai moyen d'accès au logement", "en jours", 30, 28, 25, 22, 21, 20, 19],
        ["Mesure 2 : Premier accueil", "Part des personnes reçues sous 8 jours", "", "45 %", "50 %", "nc", "", "", "60 %", ""],
        ["", "Nombre moyen de personnes suivies par conseiller", "", 80, 75, 70, 70, 70, 60, 60],
        ["", "Dont bénéficiaires du RSA", "", 40, 40, 40, 40, 40, 40, 40],
      ],
      { merges: ["A3:A6"] },
    ),
  );

  it("is I2, with targets (« attendu / objectif fixé ») and part-year results", () => {
    expect(table.family).toBe("I2");
    expect(table.dispositif).toBe("calpae");
    expect(roles(table)).toEqual([
      "action@0",
      "indicateur@1",
      "commentaire@2",
      "situation2018@3",
      "resultat2019@4",
      "resultat2020@5",
      "resultat2021@6",
      "resultatPartiel2022/semestre@7",
      "cible2022@8",
      "resultatPartiel2023/trimestre@9",
    ]);
  });

  it("links « Dont … » rows to the nearest indicator of the same action", () => {
    expect(row(table, 4)).toMatchObject({ parentRow: 2, indicatorKind: "count" });
    expect(row(table, 5)).toMatchObject({ parentRow: 2, indicatorKind: "count" });
    expect(row(table, 9)).toMatchObject({ parentRow: 7, indicatorKind: "average" });
    expect(row(table, 6)).toMatchObject({
      parentRow: null,
      indicatorKind: "delay",
      action: "Mesure 1 : Prévention des sorties sèches de l'ASE",
    });
    expect(row(table, 7)).toMatchObject({ indicatorKind: "rate", action: "Mesure 2 : Premier accueil" });
    expect(row(table, 2)).toMatchObject({ kind: "axe", label: "Mesures socle", action: null });
  });
});

describe("I3: simple tables", () => {
  it("reads « Nom de la Mesure | Indicateurs | Situation 2018 du Département | Résultat du Département en 2019 | Justification »", () => {
    const table = onlyIndicator(
      recognizeSheet([
        [
          "Nom de la Mesure",
          "Indicateurs",
          "Situation 2018 du Département",
          "Résultat du Département en 2019",
          "Justification des écarts le cas échéant",
        ],
        ["Maraudes mixtes", "Nombre de maraudes", 12, 20, ""],
      ]),
    );
    expect(table.family).toBe("I3");
    expect(roles(table)).toEqual(["action@0", "indicateur@1", "situation2018@2", "resultat2019@3", "justification@4"]);
    expect([table.dispositif, table.year]).toEqual(["calpae", null]);
  });

  it("reads « Indicateur | 2018 | 2019 | … » with years as numbers, the first year as baseline", () => {
    const table = onlyIndicator(
      recognizeSheet([
        ["Indicateur", 2018, 2019, 2020, 2021, 2022],
        ["Nombre de référents formés", 3, 5, 8, 9, 10],
        ["Taux de contrats d'engagement signés", "40 %", "45 %", "50 %", "55 %", "60 %"],
      ]),
    );
    expect(table.family).toBe("I3");
    expect(roles(table)).toEqual([
      "indicateur@0",
      "situation2018@1",
      "resultat2019@2",
      "resultat2020@3",
      "resultat2021@4",
      "resultat2022@5",
    ]);
    expect(table.rows.map((r) => [r.action, r.indicatorKind])).toEqual([
      [null, "count"],
      [null, "rate"],
    ]);
  });
});

describe("indicatorKind", () => {
  const kind = (label: string, parent: Parameters<typeof indicatorKind>[1] = null) => indicatorKind(normalizeText(label), parent);

  it("reads the kind from the label, « dont » rows from their own words or their parent", () => {
    expect(kind("Pourcentage de bénéficiaires orientés")).toBe("rate");
    expect(kind("Part de jeunes en emploi")).toBe("rate");
    expect(kind("Participation aux ateliers")).toBe("other");
    expect(kind("Durée moyenne d'accompagnement")).toBe("delay");
    expect(kind("Nombre de situations par conseiller")).toBe("average");
    expect(kind("Enquête de satisfaction auprès des patients")).toBe("qualitative");
    expect(kind("Dont familles monoparentales", "count")).toBe("count");
    expect(kind("Dont taux de sortie positive", "count")).toBe("rate");
  });
});
