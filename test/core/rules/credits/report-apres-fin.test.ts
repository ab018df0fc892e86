import { reportApresFin } from "../../../../src/core/rules/credits/report-apres-fin";
import { ColumnKey } from "../../../../src/core/referentiel/types";
import { financialTable, runRule, summary } from "../../../helpers/ruleTester";
import { F2_COLUMNS, F4_COLUMNS } from "./tables";

const THEME = "Accompagnement des jeunes";
const CALPAE_CLAUSE =
  "La convention prévoit : « Le Département veille à ce qu'il n'y ait aucun report des crédits au-delà de la durée " +
  "d'exécution de la présente convention ».";
const PACTE_CLAUSE =
  "Le contrat prévoit (article 5) : « Le Département veille à ce qu'il n'y ait aucun report des crédits au-delà de la " +
  "durée d'exécution du présent contrat ».";
const ADVICE =
  "Pas de correction automatique : ce montant ne peut pas être reporté ; le solde non consommé est à traiter avec les services de l'État.";

/** F3 columns with the carry-forward headers of the given year. */
function f3Columns(reportYear: number | null): (ColumnKey | [ColumnKey, string])[] {
  const into = reportYear === null ? "" : ` en ${reportYear}`;
  return [
    "axe",
    "fiche",
    "intitule",
    "etatVerse",
    "cdAffecte",
    "budget",
    "realise",
    ["reportEtat", `Montant à reporter${into} - Part Etat`],
    ["reportCd", `Montant à reporter${into} - Part CD`],
  ];
}

describe("report-apres-fin (règle 14)", () => {
  test("CALPAE : reports de 2022 sur 2023 admis, montants nuls ou vides sans constat", () => {
    const valid = financialTable({
      family: "F3",
      year: 2022,
      columns: f3Columns(2023),
      rows: [["action", THEME, "1", "Accueil", 1000, 1000, 2000, 1500, 300, 200]],
    });
    const empty = financialTable({
      family: "F3",
      year: 2023,
      columns: f3Columns(2024),
      rows: [["action", THEME, "1", "Accueil", 1000, 1000, 2000, 2000, 0, null]],
    });
    expect(runRule(reportApresFin, [valid, empty])).toEqual([]);
  });

  test("CALPAE : exécution 2023 avec des montants à reporter en 2024", () => {
    const table = financialTable({
      family: "F3",
      year: 2023,
      columns: f3Columns(2024),
      rows: [
        ["action", THEME, "1", "Accueil", 1000, 1000, 2000, 1500, 300, 0],
        ["total", "TOTAUX FINANCIERS", null, null, 1000, 1000, 2000, 1500, 300, 0],
      ],
    });
    expect(summary(runRule(reportApresFin, table))).toEqual([
      {
        cell: "H2",
        severity: "error",
        message:
          "H2 : « Montant à reporter en 2024 - Part Etat » = 300,00\u00a0€ à reporter en 2024, après la fin de la CALPAE " +
          `(dernière année 2023). ${CALPAE_CLAUSE} ${ADVICE}`,
        fix: null,
      },
    ]);
  });

  test("sans année dans l'en-tête : l'année du tableau + 1", () => {
    const table = financialTable({
      family: "F3",
      year: 2023,
      columns: f3Columns(null),
      rows: [["action", THEME, "1", "Accueil", 1000, 1000, 2000, 1500, 0, "250\u00a0€"]],
    });
    expect(runRule(reportApresFin, table).map((f) => f.message)).toEqual([
      "I2 : « Montant à reporter - Part CD » = 250,00\u00a0€ à reporter en 2024, après la fin de la CALPAE (dernière année 2023). " +
        `${CALPAE_CLAUSE} ${ADVICE}`,
    ]);
  });

  test("CALPAE : prévisionnel 2024 avec des crédits reportés sur 2024", () => {
    const table = financialTable({
      family: "F4",
      year: 2024,
      columns: F4_COLUMNS.map((key): ColumnKey | [ColumnKey, string] => {
        if (key === "etatReporte") return [key, "B Crédits Etat 2023 reportés sur 2024 (le cas échéant)"];
        return key === "cdReporte" ? [key, "D Crédits CD 2023 reportés sur 2024 (le cas échéant)"] : key;
      }),
      rows: [["action", THEME, "1", "Accueil", 0, 400, 0, 0, 100, 0, 500, null]],
    });
    const end = `après la fin de la CALPAE (dernière année 2023). ${CALPAE_CLAUSE} ${ADVICE}`;
    expect(runRule(reportApresFin, table).map((f) => f.message)).toEqual([
      `E2 : B = 400,00\u00a0€ reportés sur 2024, ${end}`,
      `H2 : D = 100,00\u00a0€ reportés sur 2024, ${end}`,
    ]);
  });

  test("Pacte : reports en 2027 admis, en 2028 interdits", () => {
    const f2 = (year: number) =>
      financialTable({
        family: "F2",
        year,
        columns: F2_COLUMNS.map((key): ColumnKey | [ColumnKey, string] =>
          key === "reportEtat" ? [key, `F Montant à reporter en ${year} - Part État`] : key,
        ),
        rows: [["action", "Axe 1", "1", "Accueil", 1000, 200, 1000, 0, 0, 1800, 200, 0]],
      });
    expect(runRule(reportApresFin, f2(2027))).toEqual([]);
    expect(runRule(reportApresFin, f2(2028)).map((f) => f.message)).toEqual([
      "J2 : F = 200,00\u00a0€ à reporter en 2028, après la fin du Pacte des solidarités (dernière année 2027). " +
        `${PACTE_CLAUSE} ${ADVICE}`,
    ]);
  });

  test("dispositif et année inconnus : aucun dispositif ne va au-delà de 2027", () => {
    const base = financialTable({
      family: "F3",
      columns: f3Columns(2028),
      rows: [["action", THEME, "1", "Accueil", 1000, 1000, 2000, 1500, 300, 0]],
    });
    const unknown = { ...base, dispositif: null };
    const start = "H2 : « Montant à reporter en 2028 - Part Etat » = 300,00\u00a0€ à reporter en 2028, après la fin";
    expect(runRule(reportApresFin, unknown).map((f) => f.message)).toEqual([
      `${start} du Pacte des solidarités (dernière année 2027). ${PACTE_CLAUSE} ${ADVICE}`,
    ]);
    expect(runRule(reportApresFin, { ...unknown, year: 2023 }).map((f) => f.message)).toEqual([
      `${start} de la CALPAE (dernière année 2023). ${CALPAE_CLAUSE} ${ADVICE}`,
    ]);
    expect(runRule(reportApresFin, { ...unknown, year: 2023 }, { dispositif: "pacte" }).map((f) => f.message)).toEqual([
      `${start} du Pacte des solidarités (dernière année 2027). ${PACTE_CLAUSE} ${ADVICE}`,
    ]);
  });
});
