/** Dispositif and year detection (SPEC §1): clues, their order, the French explanation, overrides. */
import {
  CALPAE,
  chorusDigits,
  dispositifOfChorus,
  dispositifOfYear,
  PACTE,
  PACTE_AXES,
  pacteAxeOf,
} from "../../../src/core/referentiel/dispositifs";
import { withDefaults } from "../../../src/core/settings";
import { detect, DetectionInput } from "../../../src/core/tables";
import { onlyFinancial, recognizeSheet } from "./helpers";
import { SEED_F1_2024 } from "./seed";

const none: DetectionInput = { family: "F1", titles: [], columns: [], axeLabels: [], chorus: [] };
const run = (input: Partial<DetectionInput>, settings = {}) => detect({ ...none, ...input }, withDefaults(settings));

describe("the dispositifs as data", () => {
  it("holds the years, the budget line and the Pacte axes of the contract", () => {
    expect([CALPAE.firstYear, CALPAE.lastYear, CALPAE.programme, CALPAE.chorusPrefixes]).toEqual([
      2019,
      2023,
      "304",
      ["0304501919"],
    ]);
    expect([PACTE.firstYear, PACTE.lastYear]).toEqual([2024, 2027]);
    expect(PACTE_AXES.filter((a) => a.inContract).map((a) => [a.pilier, a.chorus])).toEqual([
      [1, "030450232301"],
      [3, "030450232501"],
      [4, "030450232601"],
    ]);
  });

  it("tells the dispositif of a year, a Chorus code, an axe label", () => {
    expect([2019, 2023, 2024, 2027].map(dispositifOfYear)).toEqual(["calpae", "calpae", "pacte", "pacte"]);
    expect(dispositifOfChorus("0304 50 19 19 03 - 1er accueil social inconditionnel")).toBe("calpae");
    expect(dispositifOfChorus("30450232501")).toBe("pacte");
    expect(chorusDigits("30450232501")).toBe("030450232501");
    expect(dispositifOfChorus("0304 50 17 19 01")).toBeNull();
    expect(pacteAxeOf("Axe Lutter contre la grande exclusion grâce à l'accès aux droits")?.pilier).toBe(3);
    expect(pacteAxeOf("Prévention spécialisée")).toBeUndefined();
  });
});

describe("detect", () => {
  it("takes year N from the family's own columns: F2's forecast year, not its N−1 columns", () => {
    const d = run({
      family: "F2",
      columns: [
        { key: "etatVerse", header: "A Crédits État versés en 2024", year: 2024 },
        { key: "etatNotifie", header: "H Participation État notifiée pour la convention 2025", year: 2025 },
      ],
    });
    expect(d).toEqual({
      dispositif: "pacte",
      year: 2025,
      detection:
        "Pacte des solidarités d'après l'année 2025 ; année 2025 lue dans l'en-tête « H Participation État notifiée pour la convention 2025 ».",
    });
  });

  it("takes F3's execution year", () => {
    const d = run({
      family: "F3",
      columns: [
        { key: "etatVerse", header: "A Crédits Etats versés en 2023", year: 2023 },
        { key: "reportEtat", header: "Montant à reporter en 2024 - Part Etat", year: 2024 },
      ],
    });
    expect([d.dispositif, d.year]).toEqual(["calpae", 2023]);
  });

  it("reads the year in a title when the headers have none", () => {
    const d = run({ titles: ["TABLEAU FINANCIER", "Exécution budgétaire 2022"] });
    expect(d.year).toBe(2022);
    expect(d.detection).toBe("CALPAE d'après l'année 2022 ; année 2022 lue dans le titre « Exécution budgétaire 2022 ».");
  });

  it("falls back on the title's words, the axe labels, then the Chorus codes", () => {
    expect(run({ titles: ["TABLEAU FINANCIER DU CONTRAT LOCAL DES SOLIDARITÉS"] }).detection).toBe(
      "Pacte des solidarités d'après le titre « TABLEAU FINANCIER DU CONTRAT LOCAL DES SOLIDARITÉS » ; année non déterminée.",
    );
    expect(run({ axeLabels: ["Sous-total engagements de mesures socle"] }).dispositif).toBe("calpae");
    expect(run({ axeLabels: ["Axe Construire une transition écologique solidaire"] }).dispositif).toBe("pacte");
    expect(run({ chorus: ["0304 50 19 19 10 - Initiatives locales"] }).detection).toBe(
      "CALPAE d'après le code Chorus « 0304 50 19 19 10 - Initiatives locales » ; année non déterminée.",
    );
  });

  it("warns when a clue disagrees", () => {
    const d = run({
      columns: [{ key: "etatNotifie", header: "A Participation État notifiée pour la convention 2024", year: 2024 }],
      chorus: ["030450191903"],
    });
    expect(d.dispositif).toBe("pacte");
    expect(d.detection).toContain("(attention : le code Chorus « 030450191903 » indique plutôt CALPAE)");
  });

  it("says when nothing was found", () => {
    expect(run({})).toEqual({
      dispositif: null,
      year: null,
      detection: "dispositif non déterminé (ni année, ni titre, ni axe, ni code Chorus reconnus) ; année non déterminée.",
    });
  });

  it("lets the parameters decide", () => {
    const columns = [{ key: "etatNotifie", header: "A Participation État notifiée pour la convention 2024", year: 2024 }];
    expect(run({ columns }, { dispositif: "calpae", annee: 2023 })).toEqual({
      dispositif: "calpae",
      year: 2023,
      detection: "CALPAE imposé par les paramètres ; année 2023 imposée par les paramètres.",
    });
    expect(run({ columns }, { annee: 2022 }).dispositif).toBe("calpae");
  });
});

describe("overrides through recognize()", () => {
  it("applies settings.dispositif and settings.annee to the recognised tables", () => {
    const table = onlyFinancial(recognizeSheet(SEED_F1_2024, {}, { dispositif: "calpae", annee: 2023 }));
    expect([table.family, table.dispositif, table.year]).toEqual(["F1", "calpae", 2023]);
    expect(table.detection).toBe("CALPAE imposé par les paramètres ; année 2023 imposée par les paramètres.");
  });
});
