/**
 * Totals as they arrive (SPEC §2, rules 1, 3, 4, 5): a whole sheet of formulas saved without
 * cached results (computed, never read as 0), a SUM range not extended after a row was inserted,
 * a row formula omitting a column, a sous-total left at its old value after a row was deleted,
 * totals typed by hand, and an amount typed as text under a SUM that is right.
 */
import { buildWorkbook, CellSpec } from "../helpers/sheet";
import { findingAt, run, short } from "./helpers";

const HEADER = [
  "Axes de la contractualisation",
  "Fiche action N°",
  "Intitulé de l'action",
  "A Participation État notifiée pour la convention 2024",
  "B Crédits CD affectés pour la convention 2024",
  "C Participation d'autres financeurs le cas échéant",
  "F Budget global de l'action prévu en 2024 (A+B+C)",
];
const ENFANCE = "Axe Prévenir la pauvreté et lutter contre les inégalités dès l'enfance";
const DROITS = "Axe Lutter contre la grande exclusion grâce à l'accès aux droits";

/** An action row whose F is « =D+E+F » saved without its result. */
const action = (
  row: number,
  axe: string | null,
  fiche: string,
  title: string,
  a: CellSpec,
  b: CellSpec,
  c: CellSpec,
): CellSpec[] => [axe, fiche, title, a, b, c, { f: `=D${row}+E${row}+F${row}` }];
/** A total row whose every money cell is a formula saved without its result. */
const total = (label: CellSpec[], formula: (col: string) => string): CellSpec[] => [
  ...label,
  ...["D", "E", "F", "G"].map((c) => ({ f: formula(c) })),
];

/** The Finistère forecast 2024, every computed cell a formula written by another tool (no cached value). */
function finistere(): CellSpec[][] {
  return [
    ["TABLEAU FINANCIER DU CONTRAT LOCAL DES SOLIDARITÉS"],
    ["- Région Bretagne - Département du Finistère (29)"],
    ["Prévisionnel Année 2024"],
    HEADER,
    action(5, ENFANCE, "1.", "Parentalité", 67500, 67500, 0),
    action(6, null, "2.", "Soutien psychologique", 90000, 90000, 0),
    action(7, null, "3.", "Observatoire des services aux familles", 10000, 10000, 40000),
    total(["", "Sous total", ""], (c) => `=SUM(${c}5:${c}7)`),
    action(9, DROITS, "1.", "Gouvernance de l'accès aux droits", 55000, 55000, 0),
    action(10, null, "2.", "Maisons départementales de l'autonomie", 272500, 272500, 0),
    total(["", "Sous total", ""], (c) => `=SUM(${c}9:${c}10)`),
    total(["TOTAUX FINANCIERS", "", ""], (c) => `=${c}8+${c}11`),
  ];
}

describe("une feuille entière de formules enregistrées sans résultat", () => {
  const analysis = run([buildWorkbook("29.xlsx", { F1: finistere() })], { montantNotifie: 49500000 });

  it("calcule chaque formule : aucun constat, et le montant notifié est comparé à la somme calculée", () => {
    expect(short(analysis.findings)).toEqual([]);
  });

  it("compare bien des montants calculés (un autre montant notifié est signalé avec la somme des lignes)", () => {
    const other = run([buildWorkbook("29.xlsx", { F1: finistere() })], { montantNotifie: 50000000 });
    expect(short(other.findings)).toEqual([["montant-notifie", "error", "D12"]]);
    expect(other.findings[0].message).toContain(
      "est de 495\u00a0000,00\u00a0€ alors que le montant notifié est de 500\u00a0000,00\u00a0€",
    );
  });
});

describe("les erreurs de totaux des classeurs modifiés à la main", () => {
  const sheet = finistere();
  // A row inserted in the first axe: the sous-total's ranges stop one row too early.
  sheet.splice(7, 0, action(8, null, "4.", "Ligne insérée : médiation familiale", 5000, 5000, 0));
  sheet[8] = total(["", "Sous total", ""], (c) => `=SUM(${c}5:${c}7)`);
  // Rows below moved down by one: rewrite them at their new places.
  sheet[9] = action(10, DROITS, "1.", "Gouvernance de l'accès aux droits", 55000, 55000, 0);
  sheet[9][6] = { f: "=D10+E10" };
  sheet[10] = action(11, null, "2.", "Maisons départementales de l'autonomie", 272500, 272500, 0);
  // A third action of this axe was deleted; its sous-total was typed and kept the old amounts.
  sheet[11] = ["", "Sous total", "", 427500, 427500, 0, 855000];
  sheet[12] = total(["TOTAUX FINANCIERS", "", ""], (c) => `=${c}9+${c}12`);
  const analysis = run([buildWorkbook("29.xlsx", { F1: sheet })]);

  it("signale la plage trop courte, la formule de ligne incomplète, le sous-total périmé et la valeur tapée", () => {
    expect(short(analysis.findings)).toEqual([
      ["valeur-en-dur", "error", "D9"],
      ["valeur-en-dur", "error", "E9"],
      ["valeur-en-dur", "error", "F9"],
      ["valeur-en-dur", "error", "G9"],
      ["formule-incoherente", "warning", "G10"],
      ["sous-total", "error", "D12"],
      ["sous-total", "error", "E12"],
      ["valeur-en-dur", "warning", "F12"],
      ["sous-total", "error", "G12"],
    ]);
  });

  it("propose la plage étendue avec son résultat calculé", () => {
    expect(findingAt(analysis.findings, "valeur-en-dur", "D9").message).toBe(
      "D9 : le sous-total (colonne A du tableau) a pour formule =SUM(D5:D7), qui omet la ligne 8. " +
        "Formule à mettre : =SUM(D5:D8) (résultat attendu : 172\u00a0500,00\u00a0€).",
    );
    expect(findingAt(analysis.findings, "formule-incoherente", "G10").fix).toMatchObject({ formula: "=D10+E10+F10" });
  });

  it("chiffre l'écart du sous-total resté à l'ancienne valeur", () => {
    expect(findingAt(analysis.findings, "sous-total", "D12").message).toBe(
      "D12 : le sous-total (colonne A du tableau) vaut 427\u00a0500,00\u00a0€ alors que la somme des lignes 10 et 11 vaut 327\u00a0500,00\u00a0€ " +
        "(écart : +100\u00a0000,00\u00a0€). Formule à mettre : =SUM(D10:D11).",
    );
  });
});

describe("un montant saisi comme texte sous une somme juste", () => {
  const sheet = finistere();
  sheet[5][3] = "90\u00a0000";
  sheet[7][3] = { f: "=SUM(D5:D7)", v: 77500 };
  const analysis = run([buildWorkbook("29.xlsx", { F1: sheet })]);

  it("signale le texte, et au sous-total explique l'écart sans proposer la formule qu'il a déjà", () => {
    const st = findingAt(analysis.findings, "sous-total", "D8");
    expect(st.message).toBe(
      "D8 : le sous-total (colonne A du tableau) vaut 77\u00a0500,00\u00a0€ alors que la somme des lignes 5 à 7 vaut 167\u00a0500,00\u00a0€ " +
        "(écart : -90\u00a0000,00\u00a0€). Sa formule =SUM(D5:D7) additionne pourtant les bonnes lignes ; D6 (« 90 000 ») est un montant " +
        "saisi comme du texte, que les sommes d'Excel ignorent : convertissez-le en nombre.",
    );
    expect(st.fix).toBeNull();
    expect(findingAt(analysis.findings, "montant-texte", "D6").fix).toMatchObject({ kind: "value", value: 90000 });
  });
});
