import { montantNotifie } from "../../../../src/core/rules/montants/montant-notifie";
import { CellSpec } from "../../../helpers/sheet";
import { financialTable, runRule, summary } from "../../../helpers/ruleTester";
import { AXE1, AXE3, AXE4, F1, F2, F4 } from "./tables";

type Row = Parameters<typeof financialTable>[0]["rows"][number];

/** The 2024 table of the seed (l.575–591), State amounts in column D; `pilier3` replaces 272 500 €. */
function seedF1(year: number, pilier3: CellSpec = 272500) {
  const rows: Row[] = [
    ["action", AXE1, "1.", "Parentalité", 67500, 67500, 0, 135000],
    ["action", null, "2.", "Soutien psychologique", 90000, 90000, 0, 180000],
    ["action", null, "3.", "Observatoire", 10000, 10000, 40000, 60000],
    ["sousTotal", null, "Sous total", null, 167500, 167500, 40000, 375000],
    ["action", AXE3, "1.", "Gouvernance", 55000, 55000, 0, 110000],
    ["action", null, "2.", "Maisons de l'accès aux droits", pilier3, 272500, 0, 545000],
    ["action", null, "3.", "Illectronisme", 25000, 25000, 0, 50000],
    ["action", null, "4.", "Institut Mozart", 75000, 75000, 0, 150000],
    ["sousTotal", null, "Sous total", null, 427500, 427500, 0, 855000],
    ["action", AXE4, "1.", "Mobilité solidaire", 142250, 142250, 0, 284500],
    ["sousTotal", null, "Sous total", null, 142250, 142250, 0, 284500],
    ["total", "TOTAUX FINANCIERS", null, null, 737250, 737250, 40000, 1514500],
  ];
  return financialTable({ family: "F1", dispositif: "pacte", year, columns: F1, rows });
}

const PILIERS = { "1": 16750000, "3": 42750000, "4": 14225000 };

describe("montant-notifie (règle 10)", () => {
  test("sans paramètres ni montant dans les cellules Chorus : rien", () => {
    expect(runRule(montantNotifie, seedF1(2024, 200000))).toEqual([]);
  });

  test("valide : total et piliers égaux aux montants notifiés (art. 2.2 et 3 du contrat)", () => {
    expect(runRule(montantNotifie, seedF1(2024), { montantNotifie: 73725000, montantsParPilier: PILIERS })).toEqual([]);
  });

  test("total de l'année différent du montant notifié : erreur sur TOTAUX FINANCIERS", () => {
    const findings = runRule(montantNotifie, seedF1(2024, 265000), { montantNotifie: 73725000 });
    expect(summary(findings)).toEqual([
      {
        cell: "D13",
        severity: "error",
        message:
          "D13 : la participation de l'État pour 2024 (colonne A du tableau, somme des lignes d'action) est de 729\u00a0750,00\u00a0€ " +
          "alors que le montant notifié est de 737\u00a0250,00\u00a0€ (écart : -7\u00a0500,00\u00a0€).",
        fix: null,
      },
    ]);
  });

  test("par pilier : erreur sur le sous-total du pilier, pilier sans aucune ligne", () => {
    const findings = runRule(montantNotifie, seedF1(2024, 265000), {
      montantsParPilier: { ...PILIERS, "4": 10000000, "2": 100 },
    });
    expect(summary(findings).map((f) => f.message)).toEqual([
      "D13 : aucune ligne d'action n'est imputée au pilier 2 alors que le montant notifié est de 1,00\u00a0€ (écart : -1,00\u00a0€).",
      "D10 : la participation de l'État du pilier 3 (colonne A du tableau, les lignes 6 à 9) est de 420\u00a0000,00\u00a0€ " +
        "alors que le montant notifié est de 427\u00a0500,00\u00a0€ (écart : -7\u00a0500,00\u00a0€).",
      "D12 : la participation de l'État du pilier 4 (colonne A du tableau, la ligne 11) est de 142\u00a0250,00\u00a0€ " +
        "alors que le montant notifié est de 100\u00a0000,00\u00a0€ (écart : +42\u00a0250,00\u00a0€).",
    ]);
  });

  test("par code Chorus du Pacte, sans colonne Chorus : l'axe donne le code", () => {
    const findings = runRule(montantNotifie, seedF1(2024), { montantsParPilier: { "0304 50 23 23 01": 16000000 } });
    expect(findings.map((f) => f.message)).toEqual([
      "D5 : la participation de l'État du code Chorus 0304 50 23 23 01 (colonne A du tableau, les lignes 2 à 4) est de 167\u00a0500,00\u00a0€ " +
        "alors que le montant notifié est de 160\u00a0000,00\u00a0€ (écart : +7\u00a0500,00\u00a0€).",
    ]);
  });

  describe("tableaux de plusieurs années (2024 et récapitulatif 2025)", () => {
    const t2025 = () =>
      financialTable({
        family: "F2",
        year: 2025,
        columns: F2,
        rows: [
          ["action", AXE1, "0304 50 23 23 01", "1.", "Parentalité", 1000000, 1000000],
          ["total", "TOTAUX FINANCIERS", null, null, null, 1000000, 1000000],
        ],
      });
    const NOT_2025 =
      "E3 : la participation de l'État pour 2025 (colonne H du tableau, somme des lignes d'action) est de 1\u00a0000\u00a0000,00\u00a0€ " +
      "alors que le montant notifié est de 1\u00a0012\u00a0485,00\u00a0€ (écart : -12\u00a0485,00\u00a0€).";
    const NOT_2024 =
      "D13 : la participation de l'État pour 2024 (colonne A du tableau, somme des lignes d'action) est de 737\u00a0250,00\u00a0€ " +
      "alors que le montant notifié est de 700\u00a0000,00\u00a0€ (écart : +37\u00a0250,00\u00a0€).";
    const AMBIGUOUS =
      "D13 : le montant notifié de 737\u00a0250,00\u00a0€ est donné sans année alors que les tableaux portent sur 2024 et 2025 : il n'est comparé à aucun. " +
      "Indiquez l'année à laquelle il se rapporte (en ligne de commande : --notifie 2024=MONTANT, une fois par année).";
    test.each<[string, Record<string, unknown>, string[]]>([
      [
        "un montant par année : chaque tableau au sien",
        { montantsNotifiesParAnnee: { "2024": 73725000, "2025": 101248500 } },
        [NOT_2025],
      ],
      ["montant de 2024 faux, 2025 non donné", { montantsNotifiesParAnnee: { "2024": 70000000 } }, [NOT_2024]],
      // w01 + w03 of the blind review: the 2024 amount was compared with the 2025 table (false error)
      ["un montant sans année : comparé à aucun, une information demande l'année", { montantNotifie: 73725000 }, [AMBIGUOUS]],
      [
        "sans année, mais l'autre année a le sien : il est celui de l'année restante",
        { montantNotifie: 101248500, montantsNotifiesParAnnee: { "2024": 73725000 } },
        [NOT_2025],
      ],
    ])("%s", (_name, settings, messages) => {
      expect(runRule(montantNotifie, [seedF1(2024), t2025()], settings).map((f) => f.message)).toEqual(messages);
    });

    test("un seul tableau : le montant sans année est le sien", () => {
      expect(runRule(montantNotifie, [t2025()], { montantNotifie: 101248500 }).map((f) => f.message)).toEqual([NOT_2025]);
    });
  });

  describe("montant écrit dans la cellule Chorus (CALPAE, F4)", () => {
    const calpae = (chorus: string, a: CellSpec) =>
      financialTable({
        family: "F4",
        year: 2023,
        columns: F4,
        sheetOptions: { merges: ["B2:B3"] },
        rows: [
          ["action", "1er accueil social", chorus, "1", "Accueil", a, 0, 500000, 0, 0, 1000000, ""],
          ["action", null, null, "2", "Accueil de proximité", 291055, 0, 291055, 0, 0, 582110, ""],
          ["total", "TOTAUX FINANCIERS", null, null, null, 791055, 0, 791055, 0, 0, 1582110, ""],
        ],
      });

    test("égal à la somme de la colonne A des lignes sous le code : rien", () => {
      const chorus = "0304 50 19 19 03 - 1er accueil social inconditionnel (montant CALPAE : 791\u00a0055€ …)";
      expect(runRule(montantNotifie, calpae(chorus, 500000))).toEqual([]);
    });

    test("différent : erreur sur la cellule Chorus", () => {
      const chorus = "0304 50 19 19 03 - 1er accueil social inconditionnel (montant CALPAE : 791\u00a0055€ …)";
      const findings = runRule(montantNotifie, calpae(chorus, 400000));
      expect(summary(findings)).toEqual([
        {
          cell: "B2",
          severity: "error",
          message:
            "B2 : la cellule Chorus indique 791\u00a0055,00\u00a0€ alors que la participation de l'État (colonne A du tableau) des lignes 2 et 3 " +
            "est de 691\u00a0055,00\u00a0€ (écart : -100\u00a0000,00\u00a0€).",
          fix: null,
        },
      ]);
      expect(findings[0].related).toEqual([
        { sheet: "Feuille1", cell: "E2" },
        { sheet: "Feuille1", cell: "E3" },
      ]);
    });

    test("un code en tête de deux groupes : le montant de la cellule est celui de toutes les lignes du code (issue 7)", () => {
      const shared = (a: number) =>
        financialTable({
          family: "F4",
          year: 2023,
          columns: F4,
          sheetOptions: { merges: ["B2:B3"] },
          rows: [
            [
              "action",
              "1er accueil social",
              "0304 50 19 19 03 - 1er accueil social inconditionnel (montant CALPAE : 55 000€)",
              "3",
              "Accueil",
              20000,
              0,
              20000,
              0,
              0,
              40000,
              "",
            ],
            ["action", null, null, "4", "Accueil de jour", 15000, 0, 15000, 0, 0, 30000, ""],
            [
              "action",
              "Référents",
              "0304 50 19 19 04 - Référents de parcours",
              "5",
              "Référents",
              60000,
              0,
              60000,
              0,
              0,
              120000,
              "",
            ],
            [
              "action",
              "Accueil numérique",
              "0304 50 19 19 03 - 1er accueil social inconditionnel",
              "6",
              "Permanences numériques",
              a,
              0,
              25000,
              0,
              0,
              25000 + a,
              "",
            ],
          ],
        });
      expect(runRule(montantNotifie, shared(20000))).toEqual([]);
      const findings = runRule(montantNotifie, shared(25000));
      expect(summary(findings)).toEqual([
        {
          cell: "B2",
          severity: "error",
          message:
            "B2 : la cellule Chorus indique 55\u00a0000,00\u00a0€ alors que la participation de l'État (colonne A du tableau) des lignes 2, 3 et 5 " +
            "est de 60\u00a0000,00\u00a0€ (écart : +5\u00a0000,00\u00a0€). Le montant d'une cellule Chorus est celui de tout le code : " +
            "la ligne 5 (B5) est aussi imputée sur ce code.",
          fix: null,
        },
      ]);
      expect(findings[0].related.map((r) => r.cell)).toEqual(["E2", "E3", "E5"]);
    });

    test("montant illisible dans la cellule Chorus : avertissement", () => {
      const findings = runRule(montantNotifie, calpae("0304 50 19 19 03 (montant CALPAE : 79 10 55€)", 500000));
      expect(summary(findings)).toEqual([
        {
          cell: "B2",
          severity: "warning",
          message:
            "B2 : montant illisible dans la cellule Chorus, « 79 10 55€ » : groupes de chiffres qui ne sont pas des milliers, " +
            "montant illisible : il ne peut pas être comparé à la participation de l'État.",
          fix: null,
        },
      ]);
    });

    test("par code Chorus de la CALPAE (paramètres) : lu dans la cellule Chorus", () => {
      const chorus = "0304 50 19 19 03 - 1er accueil social inconditionnel";
      const settings = { montantsParPilier: { "030450191903": 79105500, "030450191904": 100, "1": 5 } };
      expect(runRule(montantNotifie, calpae(chorus, 400000), settings).map((f) => f.message)).toEqual([
        "E3 : la participation de l'État du code Chorus 0304 50 19 19 03 (colonne A du tableau, les lignes 2 et 3) est de 691\u00a0055,00\u00a0€ " +
          "alors que le montant notifié est de 791\u00a0055,00\u00a0€ (écart : -100\u00a0000,00\u00a0€).",
        "E4 : aucune ligne d'action n'est imputée au code Chorus 0304 50 19 19 04 alors que le montant notifié est de 1,00\u00a0€ (écart : -1,00\u00a0€).",
      ]);
    });
  });
});
