/** Tables mapped by hand (settings.mappings), and the regions that look financial but are not mapped. */
import { TableMapping } from "../../../src/core/settings";
import { keys, kinds, onlyFinancial, onlyIndicator, recognizeSheet } from "./helpers";

const ODD_HEADER = [
  ["Budget 2024 du département"],
  ["N", "Quoi", "Montant 1", "Montant 2", "Somme"],
  ["1", "Référents de parcours", 100, 100, 200],
  ["2", "Maraudes", 50, 50, 100],
  ["", "Total", 150, 150, 300],
];

describe("a table the vocabulary cannot map", () => {
  it("is an unmapped region whose reason names what was found and what is missing", () => {
    const r = recognizeSheet([
      [
        "Axes",
        "Fiche action N°",
        "Intitulé de l'action",
        "A Participation État notifiée pour la convention 2024",
        "Montant divers",
      ],
      ["Axe 1", "1.", "Action", 10, 10],
    ]);
    expect(r.tables).toEqual([]);
    expect(r.unmapped).toHaveLength(1);
    expect(r.unmapped[0].headerRow).toBe(0);
    expect(r.unmapped[0].reason).toBe(
      "La ligne 1 ressemble à un en-tête de tableau financier mais aucun modèle ne correspond : colonnes reconnues : " +
        "axe / thème (colonne A), n° de fiche action (colonne B), intitulé de l'action (colonne C), participation État notifiée (colonne D) ; " +
        "non reconnues : « Montant divers » (colonne E) ; " +
        "il manque, pour un F4 (prévisionnel avec reports (CALPAE)) : crédits État reportés ou crédits CD reportés ; " +
        "pour un F1 (tableau prévisionnel (CLS)) : crédits CD affectés, budget global. " +
        "Associez les colonnes à la main si ce tableau doit être contrôlé.",
    );
  });

  it("lists the texts read when no column is recognised", () => {
    const r = recognizeSheet(ODD_HEADER);
    expect(r.tables).toEqual([]);
    expect(r.unmapped.map((u) => u.headerRow)).toEqual([1]);
    expect(r.unmapped[0].reason).toContain(
      "colonnes reconnues : aucune (textes lus : « N », « Quoi », « Montant 1 », « Montant 2 », « Somme »)",
    );
  });

  it("reports a financial title with no header under it", () => {
    const r = recognizeSheet([["TABLEAU FINANCIER RÉCAPITULATIF"], ["Prévisionnel Année 2025"], [], ["à compléter"]]);
    expect(r.unmapped).toEqual([
      expect.objectContaining({
        headerRow: null,
        reason: expect.stringMatching(/^Le titre « TABLEAU FINANCIER RÉCAPITULATIF » \(ligne 1\) annonce un tableau financier/),
      }),
    ]);
  });

  it("says nothing about text that is not a header", () => {
    const r = recognizeSheet([["Le montant du budget est fixé par avenant."], ["Notes", "", "Rien à signaler"]]);
    expect(r).toEqual({ tables: [], unmapped: [] });
  });
});

describe("user mappings", () => {
  const mapping: TableMapping = {
    sheet: "Feuil1",
    headerRow: 1,
    family: "F1",
    columns: { 0: "fiche", 1: "intitule", 2: "etatNotifie", 3: "cdAffecte", 4: "budget" },
  };

  it("make a table where the vocabulary fails", () => {
    const r = recognizeSheet(ODD_HEADER, {}, { mappings: [mapping] });
    expect(r.unmapped).toEqual([]);
    const table = onlyFinancial(r);
    expect(table.family).toBe("F1");
    expect(keys(table)).toEqual(["fiche@0", "intitule@1", "etatNotifie@2", "cdAffecte@3", "budget@4"]);
    expect(table.columns[2].header).toBe("Montant 1");
    expect(kinds(table)).toEqual(["3:action", "4:action", "5:total"]);
    expect(table.titles).toEqual(["Budget 2024 du département"]);
    expect(table.year).toBe(2024);
  });

  it("map indicator tables by role", () => {
    const table = onlyIndicator(
      recognizeSheet(
        [
          ["Quoi", "Départ", "Visé 2025", "Obtenu 2025"],
          ["Nombre de visites", 10, 20, 18],
        ],
        {},
        {
          mappings: [
            {
              sheet: "Feuil1",
              headerRow: 0,
              family: "I1",
              columns: { 0: "indicateur", 1: "situation", 2: "cible", 3: "resultat" },
            },
          ],
        },
      ),
    );
    expect(table.columns.map((c) => [c.role, c.year])).toEqual([
      ["indicateur", null],
      ["situation", null],
      ["cible", 2025],
      ["resultat", 2025],
    ]);
    expect(table.rows).toEqual([
      expect.objectContaining({ kind: "indicator", label: "Nombre de visites", indicatorKind: "count" }),
    ]);
  });

  it("that cannot be used give a reason, never an exception", () => {
    const settings = {
      mappings: [
        { ...mapping, headerRow: 99 },
        { ...mapping, columns: { 0: "fiche", 1: "nimporte" } },
        { ...mapping, family: "F9" as never },
        { ...mapping, sheet: "Absente" },
      ],
    };
    const r = recognizeSheet(ODD_HEADER, {}, settings);
    expect(r.tables).toEqual([]);
    expect(r.unmapped.map((u) => u.reason)).toEqual([
      "La correspondance manuelle de la feuille « Feuil1 », ligne 100 est inutilisable : cette ligne n'existe pas dans la feuille.",
      "La correspondance manuelle de la feuille « Feuil1 », ligne 2 est inutilisable : aucune colonne de montant n'y est associée (A → fiche, B → nimporte).",
      "La correspondance manuelle de la feuille « Feuil1 », ligne 2 est inutilisable : la famille « F9 » n'existe pas (F1 à F6, I1 à I3).",
      expect.stringContaining("ligne 2 ressemble à un en-tête de tableau financier"),
    ]);
  });
});
