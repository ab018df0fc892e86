import { parseFormula } from "../../../src/core/formula/parse";
import { formulaLanguageOf, invariantFormula, localizeFormula, localizeText } from "../../../src/core/formula/locale";
import { sumFormula } from "../../../src/core/formula/build";

describe("langue des formules d'après la langue d'Excel", () => {
  test.each<[string | undefined | null, string]>([
    ["fr-FR", "fr"],
    ["fr-CA", "fr"],
    ["FR-be", "fr"],
    ["fr", "fr"],
    ["en-US", "en"],
    ["de-DE", "en"],
    ["fry-NL", "en"],
    ["", "en"],
    [undefined, "en"],
    [null, "en"],
  ])("%p → %p", (display, language) => {
    expect(formulaLanguageOf(display)).toBe(language);
  });
});

/** [invariant (English), French]: each pair is checked in both directions. */
const PAIRS: [string, string][] = [
  ["=SUM(G9,G14,G16)", "=SOMME(G9;G14;G16)"],
  ["=SUM(D6:D8,D10)", "=SOMME(D6:D8;D10)"],
  ["=D8+E8+F8", "=D8+E8+F8"],
  ["=L7+O7", "=L7+O7"],
  ["=0", "=0"],
  ["=ROUND(A1*1.5,2)", "=ARRONDI(A1*1,5;2)"],
  ["=IF(AND(A1>0,B1<=0.25),TRUE,FALSE)", "=SI(ET(A1>0;B1<=0,25);VRAI;FAUX)"],
  ["=IFERROR(A1/B1,#N/A)", "=SIERREUR(A1/B1;#N/A)"],
  ['=IF(ISERROR(A1),"a, b; c.",#VALUE!)', '=SI(ESTERREUR(A1);"a, b; c.";#VALEUR!)'],
  [
    "=SUMIF('Prévisionnel 2025'!A:A,\"Axe, 1\",'Prévisionnel 2025'!D:D)",
    "=SOMME.SI('Prévisionnel 2025'!A:A;\"Axe, 1\";'Prévisionnel 2025'!D:D)",
  ],
  ["=SUBTOTAL(9,$D$5:$D$12)", "=SOUS.TOTAL(9;$D$5:$D$12)"],
  // Text inside "…" is left as it is (criteria included).
  ['=COUNTIFS(A1:A9,">1.5",B1:B9,"<>")', '=NB.SI.ENS(A1:A9;">1.5";B1:B9;"<>")'],
  ["=AVERAGE(Feuil1!B2:B9)*1E-3", "=MOYENNE(Feuil1!B2:B9)*1E-3"],
  ["=VLOOKUP(A2,Codes!$A$1:$B$99,2,FALSE)", "=RECHERCHEV(A2;Codes!$A$1:$B$99;2;FAUX)"],
  ["=SUM((A1:A3,C1:C3))", "=SOMME((A1:A3;C1:C3))"],
  ["=#REF!+1", "=#REF!+1"],
  ["=SUM(A1:A3)/#DIV/0!", "=SOMME(A1:A3)/#DIV/0!"],
  ["=MyName+Taux.Cible", "=MyName+Taux.Cible"],
];

describe("formules : anglais (invariant) ↔ français", () => {
  test.each(PAIRS)("%s ↔ %s", (english, french) => {
    expect(localizeFormula(english, "fr")).toBe(french);
    expect(invariantFormula(french, "fr")).toBe(english);
  });

  test("en anglais, rien ne change", () => {
    for (const [english] of PAIRS) {
      expect(localizeFormula(english, "en")).toBe(english);
      expect(invariantFormula(english, "en")).toBe(english);
    }
  });

  test("les fonctions écrites par les règles sont traduites, et l'aller-retour donne une formule que le cœur lit", () => {
    const written = [sumFormula(4, [4, 5, 6, 8]), "=SUM(E5:E6,F9)", "=ROUND(SUM(D5:D9),2)", "=IF(A1,MIN(B1,C1),MAX(B1,C1))"];
    for (const formula of written) {
      const french = localizeFormula(formula, "fr");
      expect(french).not.toMatch(/\b(SUM|ROUND|IF|MIN|MAX)\(.*,/);
      const back = invariantFormula(french, "fr");
      expect(back).toBe(formula);
      expect(parseFormula(back).ok).toBe(true);
    }
  });

  test("la casse des noms de fonction est libre à la saisie, le préfixe _xlfn. disparaît à l'affichage", () => {
    expect(invariantFormula("=somme(a1;a2)", "fr")).toBe("=SUM(a1,a2)");
    expect(localizeFormula("=_xlfn.XLOOKUP(A1,B:B,C:C)", "fr")).toBe("=RECHERCHEX(A1;B:B;C:C)");
  });

  test("une feuille nommée comme un booléen reste une feuille", () => {
    expect(localizeFormula("=TRUE!A1+FALSE:B2", "fr")).toBe("=TRUE!A1+FALSE:B2");
  });

  test("une fonction absente de la table garde son nom ; une constante matricielle laisse la formule telle quelle", () => {
    expect(localizeFormula("=WEIRDFUNC(A1,B1)", "fr")).toBe("=WEIRDFUNC(A1;B1)");
    expect(localizeFormula("=SUM({1,2;3,4})", "fr")).toBe("=SUM({1,2;3,4})");
  });

  test("un texte qui n'est pas une formule n'est pas touché", () => {
    expect(localizeFormula("1 234,56 €", "fr")).toBe("1 234,56 €");
    expect(invariantFormula("Sous total", "fr")).toBe("Sous total");
  });
});

describe("formules citées dans un message", () => {
  test.each<[string, string]>([
    [
      "G8 : le budget global (F) vaut 20 000,00 € alors que A+B+C = 60 000,00 €. Formule à mettre : =D8+E8+F8.",
      "G8 : le budget global (F) vaut 20 000,00 € alors que A+B+C = 60 000,00 €. Formule à mettre : =D8+E8+F8.",
    ],
    ["Formule à mettre : =SUM(G9,G14,G16).", "Formule à mettre : =SOMME(G9;G14;G16)."],
    ["la formule =SUM(D6:D8) omet D9 (=SUM(D6:D9) attendu).", "la formule =SOMME(D6:D8) omet D9 (=SOMME(D6:D9) attendu)."],
    ["=SUM(E5:E6,F9) (résultat attendu : 1 234,50 €)", "=SOMME(E5:E6;F9) (résultat attendu : 1 234,50 €)"],
    ["« =ROUND(A1,2) », puis =IF(A1>0.5,1,0);", "« =ARRONDI(A1;2) », puis =SI(A1>0,5;1;0);"],
    ["K = G+J, soit 1,5 ; M = I+K+L", "K = G+J, soit 1,5 ; M = I+K+L"],
    ["a == b, x=y", "a == b, x=y"],
  ])("%s", (message, french) => {
    expect(localizeText(message, "fr")).toBe(french);
    expect(localizeText(message, "en")).toBe(message);
  });
});
