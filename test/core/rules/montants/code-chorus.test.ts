import { codeChorus } from "../../../../src/core/rules/montants/code-chorus";
import { FinancialTable } from "../../../../src/core/tables/model";
import { CellSpec } from "../../../helpers/sheet";
import { financialTable, runRule, summary } from "../../../helpers/ruleTester";
import { AXE1, AXE3, F2, F4 } from "./tables";

type Row = Parameters<typeof financialTable>[0]["rows"][number];

/** A CALPAE F4 table: one [thème, Chorus cell] per group, each group: an axe row then two action rows. */
function calpae(groups: [string, CellSpec][], extra: Partial<Parameters<typeof financialTable>[0]> = {}): FinancialTable {
  const rows: Row[] = groups.flatMap(([theme, chorus], g): Row[] => [
    ["axe", theme, chorus],
    ["action", null, null, `${g + 1}.1`, `Action ${g + 1}.1`, 1000, 0, 1000, 0, 0, 2000, ""],
    ["action", null, null, `${g + 1}.2`, `Action ${g + 1}.2`, 1000, 0, 1000, 0, 0, 2000, ""],
  ]);
  return financialTable({ family: "F4", year: 2023, columns: F4, rows, ...extra });
}

/** A Pacte F2 table (forecast part): one axe per group, Chorus cell on its first action row. */
function pacte(groups: [string, CellSpec][]): FinancialTable {
  const rows: Row[] = groups.flatMap(([axe, chorus]): Row[] => [
    ["axe", axe, chorus],
    ["action", null, null, "1.", "Action", 1000, 1000],
  ]);
  return financialTable({ family: "F2", year: 2025, columns: F2, rows });
}

const check = (table: FinancialTable) => summary(runRule(codeChorus, table));

describe("code-chorus (règle 17)", () => {
  test("valide : codes connus, avec ou sans espaces, « Initiatives locales » partagé, nombre au format 000000000000", () => {
    const table = calpae([
      ["1er accueil social", "0304 50 19 19 03 - 1er accueil social inconditionnel"],
      ["Référents de parcours", "030450191904"],
      ["Initiative : mobilité", "0304 50 19 19 10 - Initiatives locales"],
      ["Initiative : numérique", "0304 50 19 19 10 - Initiatives locales"],
      ["Maraudes", { v: 30450191905, fmt: "000000000000" }],
    ]);
    expect(check(table)).toEqual([]);
    expect(
      check(
        pacte([
          [AXE1, "0304 50 23 23 01"],
          [AXE3, "030450232501 - Contractualisation avec les départements pilier 3"],
        ]),
      ),
    ).toEqual([]);
  });

  test("une paire manque : corrigé quand un seul code de la CALPAE y correspond", () => {
    expect(
      check(calpae([["1er accueil social", "0304 50 19 03 - 1er accueil social inconditionnel (montant CALPAE : 2 000€)"]])),
    ).toEqual([
      {
        cell: "B2",
        severity: "error",
        message:
          "B2 : code Chorus « 0304 50 19 03 » mal formé : 10 chiffres au lieu de 12. Correction : " +
          "« 0304 50 19 19 03 - 1er accueil social inconditionnel (montant CALPAE : 2 000€) » (seul code connu de la CALPAE qui y correspond).",
        fix: {
          kind: "value",
          sheet: "Feuille1",
          cell: "B2",
          value: "0304 50 19 19 03 - 1er accueil social inconditionnel (montant CALPAE : 2 000€)",
        },
      },
    ]);
  });

  test("un chiffre de trop, lettres à la place de chiffres : corrigés par le référentiel", () => {
    const findings = check(
      calpae([
        ["Accueil", "0304 50 19 19 033"],
        ["Référents", "0304 5O 19 19 O4 Référents de parcours"],
      ]),
    );
    expect(findings.map((f) => [f.message, f.fix && "value" in f.fix ? f.fix.value : null])).toEqual([
      [
        "B2 : code Chorus « 0304 50 19 19 033 » mal formé : 13 chiffres au lieu de 12. Correction : " +
          "« 0304 50 19 19 03 - 1er accueil social inconditionnel » (seul code connu de la CALPAE qui y correspond).",
        "0304 50 19 19 03 - 1er accueil social inconditionnel",
      ],
      [
        "B5 : code Chorus « 0304 5O 19 19 O4 » mal formé : lettre « O » parmi les chiffres ; 10 chiffres au lieu de 12. " +
          "Correction : « 0304 50 19 19 04 Référents de parcours » (seul code connu de la CALPAE qui y correspond).",
        "0304 50 19 19 04 Référents de parcours",
      ],
    ]);
  });

  test("Pacte : le pilier de l'axe départage les codes possibles", () => {
    expect(check(pacte([[AXE1, "0304 50 23 01"]]))).toEqual([
      {
        cell: "B2",
        severity: "error",
        message:
          "B2 : code Chorus « 0304 50 23 01 » mal formé : 10 chiffres au lieu de 12. Correction : " +
          "« 0304 50 23 23 01 - Contractualisation avec les départements pilier 1 » (seul code connu du Pacte des solidarités qui y correspond).",
        fix: {
          kind: "value",
          sheet: "Feuille1",
          cell: "B2",
          value: "0304 50 23 23 01 - Contractualisation avec les départements pilier 1",
        },
      },
    ]);
  });

  test("ambigu ou sans correspondance : erreur sans correction", () => {
    const table = calpae(
      [
        ["Accueil", "0304 50 19 01"],
        ["Autre", "1234 56 78 90"],
        ["Référents", "0304 50 19 04"],
      ],
      { year: undefined },
    );
    const unknownDispositif = { ...table, dispositif: null };
    expect(check(unknownDispositif).map((f) => [f.message, f.fix])).toEqual([
      [
        "B2 : code Chorus « 0304 50 19 01 » mal formé : 10 chiffres au lieu de 12. " +
          "Vérifiez le code : plusieurs codes possibles (0304 50 17 19 01 et 0304 50 19 19 01).",
        null,
      ],
      [
        "B5 : code Chorus « 1234 56 78 90 » mal formé : 10 chiffres au lieu de 12. Vérifiez le code : aucun code connu n'y correspond.",
        null,
      ],
      [
        "B8 : code Chorus « 0304 50 19 04 » mal formé : 10 chiffres au lieu de 12. " +
          "Correction : « 0304 50 19 19 04 - Référents de parcours » (seul code connu du référentiel qui y correspond).",
        { kind: "value", sheet: "Feuille1", cell: "B8", value: "0304 50 19 19 04 - Référents de parcours" },
      ],
    ]);
  });

  test("zéro initial perdu, séparateurs inhabituels : réécrits avec la description", () => {
    const findings = check(
      calpae([
        ["Accueil", 30450191903],
        ["Référents", "0304.50.19.19.04 - Référents de parcours"],
      ]),
    );
    expect(findings.map((f) => [f.cell, f.message, f.fix && "value" in f.fix ? f.fix.value : null])).toEqual([
      [
        "B2",
        "B2 : code Chorus « 30450191903 » mal formé : le zéro initial a été perdu (code saisi comme un nombre). " +
          "Correction : « 0304 50 19 19 03 - 1er accueil social inconditionnel ».",
        "0304 50 19 19 03 - 1er accueil social inconditionnel",
      ],
      [
        "B5",
        "B5 : code Chorus « 0304.50.19.19.04 » mal formé : séparateurs inhabituels. Correction : « 0304 50 19 19 04 - Référents de parcours ».",
        "0304 50 19 19 04 - Référents de parcours",
      ],
    ]);
  });

  test("deux codes dans une cellule : erreur sans correction", () => {
    expect(check(calpae([["Accueil", "0304 50 19 19 03 / 0304 50 19 19 04"]]))).toEqual([
      {
        cell: "B2",
        severity: "error",
        message:
          "B2 : code Chorus « 0304 50 19 19 03 » mal formé : plusieurs codes dans la cellule (« 0304 50 19 19 03 » et « 0304 50 19 19 04 »). " +
          "Vérifiez le code : une seule imputation par cellule, une ligne de thème par code.",
        fix: null,
      },
    ]);
  });

  test("code bien formé mais inconnu : avertissement", () => {
    expect(check(calpae([["Accueil", "0304 50 19 19 08 - Mobilité"]]))).toEqual([
      {
        cell: "B2",
        severity: "warning",
        message:
          "B2 : code Chorus 0304 50 19 19 08 absent du référentiel des codes connus : vérifiez-le auprès des services de l'État.",
        fix: null,
      },
    ]);
  });

  test("code d'un autre dispositif ou d'un autre pilier : erreur", () => {
    expect(
      check(
        pacte([
          [AXE1, "0304 50 23 25 01"],
          [AXE3, "0304 50 19 19 03 - 1er accueil social inconditionnel"],
        ]),
      ),
    ).toEqual([
      {
        cell: "B2",
        severity: "error",
        message: `B2 : le code Chorus 0304 50 23 25 01 (pilier 3) ne correspond pas à l'axe « ${AXE1} » (pilier 1) : code attendu 0304 50 23 23 01.`,
        fix: null,
      },
      {
        cell: "B4",
        severity: "error",
        message:
          "B4 : le code Chorus 0304 50 19 19 03 relève de la CALPAE, alors que ce tableau relève du Pacte des solidarités : vérifiez l'imputation.",
        fix: null,
      },
    ]);
    expect(check(calpae([["Protection de l'enfance", "0304 50 17 19 01"]])).map((f) => f.message)).toEqual([
      "B2 : le code Chorus 0304 50 17 19 01 relève de la contractualisation de la protection de l'enfance, " +
        "alors que ce tableau relève de la CALPAE : vérifiez l'imputation.",
    ]);
  });

  test("thème sans code : erreur ; pour le Pacte, l'axe donne le code", () => {
    expect(
      check(
        calpae([
          ["Accueil", "0304 50 19 19 03"],
          ["Référents de parcours", null],
        ]),
      ),
    ).toEqual([
      {
        cell: "B5",
        severity: "error",
        message:
          "B5 : pas de code Chorus pour le thème « Référents de parcours » (les lignes 6 et 7) : indiquez l'imputation (code à 12 chiffres et description).",
        fix: null,
      },
    ]);
    expect(check(pacte([[AXE3, "à compléter"]]))).toEqual([
      {
        cell: "B2",
        severity: "error",
        message:
          `B2 : pas de code Chorus pour l'axe « ${AXE3} » (la ligne 3) : indiquez l'imputation (code à 12 chiffres et description). ` +
          "Correction : « 0304 50 23 25 01 - Contractualisation avec les départements pilier 3 » (code du pilier 3).",
        fix: {
          kind: "value",
          sheet: "Feuille1",
          cell: "B2",
          value: "0304 50 23 25 01 - Contractualisation avec les départements pilier 3",
        },
      },
    ]);
  });

  test("un code pour deux thèmes : avertissement sur le second, aussi par cellule fusionnée", () => {
    expect(
      check(
        calpae([
          ["Accueil", "0304 50 19 19 03"],
          ["Accueil de proximité", "030450191903"],
        ]),
      ),
    ).toEqual([
      {
        cell: "B5",
        severity: "warning",
        message:
          "B5 : le code Chorus 0304 50 19 19 03 sert aussi au thème « Accueil » (B2) : chaque thème a normalement son propre code.",
        fix: null,
      },
    ]);
    const merged = financialTable({
      family: "F4",
      year: 2023,
      columns: F4,
      sheetOptions: { merges: ["B2:B3"] },
      rows: [
        ["action", "Accueil", "0304 50 19 19 03", "1", "Accueil", 1000, 0, 1000, 0, 0, 2000, ""],
        ["action", "Référents", null, "2", "Référents", 1000, 0, 1000, 0, 0, 2000, ""],
      ],
    });
    expect(check(merged).map((f) => f.message)).toEqual([
      "B2 : le code Chorus 0304 50 19 19 03 sert aussi au thème « Accueil » : chaque thème a normalement son propre code.",
    ]);
  });

  test("un code pour deux thèmes dont les montants concordent avec la cellule Chorus : rien (issue 7)", () => {
    const table = (a: number) =>
      financialTable({
        family: "F4",
        year: 2023,
        columns: F4,
        rows: [
          ["action", "Accueil", "0304 50 19 19 03 (montant CALPAE : 3 000€)", "1", "Accueil", 1000, 0, 1000, 0, 0, 2000, ""],
          ["action", "Accueil numérique", "0304 50 19 19 03", "2", "Permanences numériques", a, 0, 2000, 0, 0, 2000 + a, ""],
        ],
      });
    expect(check(table(2000))).toEqual([]);
    expect(check(table(2500)).map((f) => [f.cell, f.severity])).toEqual([["B3", "warning"]]);
  });

  test("tableau sans colonne Chorus : rien", () => {
    const table = financialTable({
      family: "F1",
      columns: ["axe", "fiche", "intitule", "etatNotifie", "cdAffecte"],
      rows: [["action", AXE1, "1.", "Action", 1000, 1000]],
    });
    expect(check(table)).toEqual([]);
  });
});
