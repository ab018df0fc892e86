/** One header cell: printed letter, year, header formula, and the key its vocabulary gives. */
import { ColumnKey } from "../../../src/core/referentiel/types";
import { extractYear, parseHeader } from "../../../src/core/tables/headerCell";
import { TEMPLATE_HEADERS } from "../../helpers/ruleTester";

describe("parseHeader: the key of every verbatim template header (SPEC §3)", () => {
  /** Keys a header cannot give alone: they depend on the column's place (F2) or on the family (F5). */
  const BY_CONTEXT: Partial<Record<ColumnKey, ColumnKey>> = {
    cdAffecteConvention: "cdAffecte",
    autresPrevus: "autres",
  };
  const cases = Object.entries(TEMPLATE_HEADERS).flatMap(([family, headers]) =>
    Object.entries(headers).map(([key, header]) => [family, header as string, key as ColumnKey] as const),
  );

  it.each(cases)("%s « %s » → %s", (family, header, key) => {
    const expected = family === "F5" && key === "intitule" ? "fiche" : (BY_CONTEXT[key] ?? key);
    expect(parseHeader(header).key).toBe(expected);
  });
});

describe("parseHeader: letter, formula, spelling", () => {
  it.each([
    ["A Participation État notifiée pour la convention 2024", "A", null],
    ["F Budget global de l'action prévu en 2024 (A+B+C)", "F", "A+B+C"],
    ["F Budget global de l'action prévu en 2022 A+B+C+D+E", "F", "A+B+C+D+E"],
    ["K Budget total CD prévu pour 2025 (G+I)", "K", "G+I"],
    ["(B) Crédits CD affectés", "B", null],
    ["C - Participation d'autres financeurs", "C", null],
    ["Montant total réalisé au 31/12/2024", null, null],
    ["Action", null, null],
    ["À reporter en 2025 - Part État", null, null],
  ])("« %s » → letter %s, formula %s", (header, letter, formula) => {
    expect(parseHeader(header)).toMatchObject({ letter, formula });
  });

  it("folds accents, Etats, Département, line breaks and double spaces", () => {
    expect(parseHeader("B  Crédits  Etats\n2021 reportés sur 2022").key).toBe("etatReporte");
    expect(parseHeader("Crédits du Conseil départemental affectés en 2024").key).toBe("cdAffecte");
    expect(parseHeader("Participation Département").key).toBe("cd");
    expect(parseHeader("A Crédits Etats versés en 2022").text).toBe("A Crédits Etats versés en 2022");
    expect(parseHeader("Montant\u00a0total").key).toBe("budget");
  });

  it("tells indicator roles, and money vocabulary", () => {
    expect(parseHeader("Résultat attendu en 2022 (objectif fixé)").role).toBe("cible");
    expect(parseHeader("Résultat atteint au 1er semestre 2022 (1/01 au 30/05/22)").role).toBe("resultatPartiel");
    expect(parseHeader("Nombre d'indicateurs suivis").role).toBeNull();
    expect(parseHeader("2019")).toMatchObject({ bareYear: true, year: 2019 });
    expect(parseHeader("Montant divers").money).toBe(true);
    expect(parseHeader("Observations").money).toBe(false);
  });
});

describe("extractYear", () => {
  it.each([
    ["Crédits CD affectés en 2022", 2022],
    ["A Participation État notifiée pour la convention 2023 (nouveaux crédits Etat 2023)", 2023],
    ["Montant total réalisé au 31/12/2024", 2024],
    ["Cible 2025", 2025],
    ["Situation au 31 déc.. 2020", 2020],
    ["B Crédits Etat 2021 (le cas échéant 2020) reportés sur 2022 (le cas échéant)", 2022],
    ["Montant exécuté 2022 (si action antérieure à 2023)", 2022],
    ["Résultat atteint en 2021 (1/01/21 au 31/12/21)", 2021],
    ["(2024)", 2024],
    ["Intitulé de l'action", null],
    ["Montant 12345", null],
  ])("« %s » → %s", (text, year) => {
    expect(extractYear(text)).toBe(year);
  });
});
