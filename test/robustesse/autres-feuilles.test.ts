/**
 * A département's workbook holds other sheets beside the contract's tables: the budget of
 * another programme, a pivot-table summary, a list of contacts, an empty sheet, a calendar. No
 * false table and no noise there; but a sheet that speaks of the contract's credits and cannot be
 * mapped gets an « unmapped » entry whose French reason helps to map it by hand.
 */
import { buildWorkbook, CellSpec } from "../helpers/sheet";
import { run } from "./helpers";
import { seineEtMarne, MERGES } from "./seine-et-marne";

const date = (y: number, m: number, d: number): CellSpec => ({ v: new Date(Date.UTC(y, m - 1, d)), fmt: "dd/mm/yyyy" });

const OTHERS: Record<string, CellSpec[][]> = {
  "Budget PDI": [
    ["Budget du Programme départemental d'insertion 2023"],
    ["Chapitre", "Article", "Libellé", "BP 2023", "DM 2023", "Total voté", "Réalisé 2023"],
    ["017", "6568", "Subventions aux associations", 1200000, 50000, 1250000, 1100000],
    ["017", "65661", "Contrats aidés", 300000, 0, 300000, 280000],
    ["Total", "", "", 1500000, 50000, 1550000, 1380000],
  ],
  TCD: [
    ["Étiquettes de lignes", "Somme de Montant", "Nombre de Dossier"],
    ["Nice", 120000, 12],
    ["Cannes", 80000, 8],
    ["Total général", 200000, 20],
  ],
  Contacts: [
    ["Nom", "Prénom", "Service", "Téléphone", "Courriel"],
    ["DUPONT", "Marie", "Direction de l'insertion", "01 64 00 00 00", "m.dupont@departement77.fr"],
  ],
  Vide: [],
  Calendrier: [
    ["Étape", "Date"],
    ["Dialogue de gestion", date(2023, 3, 31)],
    ["Comité de pilotage", date(2023, 6, 30)],
  ],
};

describe("un classeur avec d'autres feuilles que les tableaux du contrat", () => {
  const wb = buildWorkbook("77 - classeur complet.xlsx", { "Exécution 2022": seineEtMarne(), ...OTHERS }, MERGES);
  const analysis = run([wb]);

  it("ne reconnaît que le tableau du contrat, sans zone « non reconnue » ni constat ailleurs", () => {
    expect(analysis.tables.map((t) => t.sheet.name)).toEqual(["Exécution 2022"]);
    expect(analysis.unmapped).toEqual([]);
    expect(analysis.findings).toEqual([]);
  });
});

describe("une feuille qui parle des crédits du contrat mais qu'aucun modèle ne décrit", () => {
  const analysis = run([
    buildWorkbook("suivi.xlsx", {
      "Suivi crédits": [
        ["Suivi des crédits de la convention 2023"],
        ["Action", "Crédits État 2023", "Crédits Département 2023", "Dépenses mandatées", "Reste à mandater"],
        ["Référents", 150000, 150000, 200000, 100000],
      ],
    }),
  ]);

  it("donne une zone non reconnue qui nomme les colonnes lues et celles qui manquent", () => {
    expect(analysis.tables).toEqual([]);
    expect(analysis.unmapped.map((u) => [u.sheet.name, u.headerRow])).toEqual([["Suivi crédits", 1]]);
    expect(analysis.unmapped[0].reason).toBe(
      "La ligne 2 ressemble à un en-tête de tableau financier mais aucun modèle ne correspond : colonnes reconnues : " +
        "intitulé de l'action (colonne A) ; non reconnues : « Crédits État 2023 » (colonne B), « Crédits Département 2023 » (colonne C), " +
        "« Dépenses mandatées » (colonne D), « Reste à mandater » (colonne E) ; il manque, pour un F5 (budget d'une fiche action) : " +
        "budget global, montant réalisé ; pour un F4 (prévisionnel avec reports (CALPAE)) : participation État notifiée, " +
        "crédits État reportés ou crédits CD reportés. Associez les colonnes à la main si ce tableau doit être contrôlé.",
    );
  });
});
