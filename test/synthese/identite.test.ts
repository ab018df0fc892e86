/**
 * The département of a workbook, read from its titles (SPEC §2: « TABLEAU FINANCIER RÉCAPITULATIF …
 * - Région IdF - Département de Seine-et-Marne (77) », « Région xxx - Département du xxx »), from
 * its file name, or given by the user.
 */
import { DEPARTEMENTS, TERRITOIRES, territoireByCode } from "../../src/core/referentiel/departements";
import { fileNameIdentity, parameterIdentity, titleClue } from "../../src/core/synthese/identite";
import { Identite } from "../../src/core/synthese";

function named(line: string): Identite {
  const clue = titleClue(line);
  if (!clue || clue.kind !== "nom") throw new Error(`pas de département lu dans « ${line} » : ${JSON.stringify(clue)}`);
  return clue.identite;
}

describe("référentiel des départements", () => {
  test("101 départements, codes uniques, plus la Métropole de Lyon et les contrats de PACA (seed 003)", () => {
    expect(DEPARTEMENTS).toHaveLength(101);
    expect(new Set(TERRITOIRES.map((t) => t.code.toUpperCase())).size).toBe(TERRITOIRES.length);
    expect(territoireByCode("6")?.nom).toBe("Alpes-Maritimes");
    expect(territoireByCode("2a")?.nom).toBe("Corse-du-Sud");
    expect(territoireByCode("69M")?.nom).toBe("Métropole de Lyon");
    expect(
      TERRITOIRES.filter((t) => t.kind !== "departement" && t.region === "Provence-Alpes-Côte d'Azur").map((t) => t.code),
    ).toEqual(["AMP", "NCA", "TPM", "VdM"]);
  });
});

describe("département lu dans un titre", () => {
  test.each([
    ["TABLEAU FINANCIER RÉCAPITULATIF DE LA CALPAE - Région IdF - Département de Seine-et-Marne (77)", "77", "Seine-et-Marne"],
    ["- Région PACA - Département des Alpes-Maritimes", "06", "Alpes-Maritimes"],
    ["Département de la Réunion", "974", "La Réunion"],
    ["Département de La Réunion (974)", "974", "La Réunion"],
    ["CONSEIL DÉPARTEMENTAL DU NORD – exécution 2022", "59", "Nord"],
    ["Département d'Ille-et-Vilaine", "35", "Ille-et-Vilaine"],
    ["département de l’Ain", "01", "Ain"],
    ["Département de la Haute-Savoie", "74", "Haute-Savoie"],
    ["Contrat local des solidarités - Métropole de Lyon", "69M", "Métropole de Lyon"],
    ["Département du  Var\n", "83", "Var"],
  ])("« %s » → %s", (line, code, nom) => {
    const identite = named(line);
    expect(identite).toMatchObject({ code, nom, connu: true, source: "titre" });
  });

  test("un territoire hors du référentiel est repris tel qu'écrit, avec son code", () => {
    expect(named("- Région Hautes-Terres - Département de Val-d'Argent (99)")).toMatchObject({
      key: "99",
      code: "99",
      nom: "Val-d'Argent",
      deNom: "de Val-d'Argent",
      connu: false,
    });
    expect(named("Département des Hautes Brumes").key).toBe("nom:hautes brumes");
  });

  test.each(["- Région xxx - Département du xxx", "Département de XXXX", "Département du ...", "Département de …"])(
    "le titre du modèle « %s » n'est pas un nom",
    (line) => expect(titleClue(line)).toEqual({ kind: "modele", line: line.replace(/\s+/g, " ").trim() }),
  );

  test("un nom et un code qui se contredisent : le nom est gardé, la contradiction dite", () => {
    const clue = titleClue("Département du Var (84)");
    expect(clue).toMatchObject({ kind: "contradiction", identite: { code: "83" }, other: "le code 84 est celui de Vaucluse" });
  });

  test.each(["Prévisionnel Année 2024", "Crédits CD affectés en 2024", "Observatoire départemental des familles", "Département"])(
    "« %s » ne nomme aucun département",
    (line) => expect(titleClue(line)).toBeNull(),
  );
});

describe("département lu dans le nom du fichier", () => {
  test.each([
    ["dossier/calpae-execution-2022-77.xlsx", "77"],
    ["execution_seine-et-marne_2022.xlsx", "77"],
    ["CLS 2025 - Haute-Savoie.xlsx", "74"],
    ["prevision-2024-alpes-maritimes.xlsx", "06"],
    ["cd2a-cls.xlsx", "2A"],
    ["D974 Prévisionnel.xlsx", "974"],
  ])("%s → %s", (file, code) => expect(fileNameIdentity(file)?.code).toBe(code));

  test.each(["cls 2025.xlsx", "tableau financier.xlsx", "77-vs-78.xlsx"])("%s : rien, ou deux départements → aucun", (file) => {
    expect(fileNameIdentity(file)).toBeNull();
  });

  test("un code connu par le titre d'un autre classeur du lot", () => {
    const known = new Map<string, Identite>([["97", named("Département de la Côte-des-Lilas (97)")]]);
    expect(fileNameIdentity("cls-2025-97.xlsx")).toBeNull();
    expect(fileNameIdentity("cls-2025-97.xlsx", known)).toMatchObject({ code: "97", nom: "Côte-des-Lilas", source: "fichier" });
    expect(fileNameIdentity("cote-des-lilas-2025.xlsx", known)?.code).toBe("97");
  });
});

test("département donné en paramètre", () => {
  expect(parameterIdentity("77")).toMatchObject({ code: "77", nom: "Seine-et-Marne", source: "parametre" });
  expect(parameterIdentity("seine et marne").code).toBe("77");
  expect(parameterIdentity("99 Val-d'Argent")).toMatchObject({ code: "99", nom: "Val-d'Argent", connu: false });
});
