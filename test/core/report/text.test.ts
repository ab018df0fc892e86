import { toTextReport } from "../../../src/core/report/text";
import { sampleAnalysis } from "./sample";

const GOLDEN = `Classeur « prevision-2025.xlsx »
  Feuille « Tableau financier », table F2 (A1:E4), Pacte des solidarités 2025
    E2  erreur  [formule-modele-k]  K = G+I : le total CD compte les crédits de l'État.
      → correction proposée : =C2+D2 (résultat attendu : 1\u00a0100,00\u00a0€)
    E3  erreur  [formule-ligne]  E3 vaut 700,00 € au lieu de 500,00 €.
      → correction proposée : 500,00\u00a0€
    C2  avertissement  [report-incoherent]  Le report CD diffère du montant à reporter de 2024.
      voir aussi : « execution 2024.xlsx » 'Exécution'!C2, 'Tableau financier'!C4
  Feuille « Indicateurs », table I1 (A1:C2), Pacte des solidarités 2025
    C2  erreur  [indicateur-taux]  Taux de 120 % supérieur à 100 %.
      → correction proposée : commentaire « Taux à vérifier. »
  Feuille « Notes », hors table
    B7  information  [erreur-excel]  Valeur #REF! hors tableau.
  Zones non reconnues :
    Feuille « Notes », ligne 4 : colonne « Montant » ambiguë
  Bilan : 3 erreurs, 1 avertissement, 1 information ; 2 tables reconnues, 1 zone non reconnue

Classeur « execution 2024.xlsx »
  Erreur : La règle « x » (n° 9) s'est arrêtée sur une erreur interne (boum) : ses constats peuvent manquer.
  Feuille « Exécution », table F3 (A1:C2), CALPAE 2022
    aucune anomalie
  Bilan : 0 erreur, 0 avertissement, 0 information ; 1 table reconnue

Classeur « perdu.xlsx »
  Erreur : Fichier introuvable.
  Bilan : 0 erreur, 0 avertissement, 0 information ; 0 table reconnue

Bilan général (3 classeurs) : 3 erreurs, 1 avertissement, 1 information ; 3 tables reconnues, 1 zone non reconnue
`;

describe("rapport texte", () => {
  test("golden : groupé par classeur, feuille et table, pluriels français", () => {
    const text = toTextReport(sampleAnalysis(), { fileErrors: [{ file: "perdu.xlsx", message: "Fichier introuvable." }] });
    expect(text).toBe(GOLDEN);
  });

  test("couleurs ANSI seulement sur demande", () => {
    expect(toTextReport(sampleAnalysis())).not.toContain("\x1b[");
    const colored = toTextReport(sampleAnalysis(), { color: true });
    expect(colored).toContain("\x1b[31merreur\x1b[0m");
    expect(colored).toContain("\x1b[33mavertissement\x1b[0m");
    expect(colored).toContain("\x1b[36minformation\x1b[0m");
  });

  test("le dispositif non détecté est dit en clair", () => {
    const analysis = sampleAnalysis();
    analysis.tables[0].dispositif = null;
    analysis.tables[0].year = null;
    expect(toTextReport(analysis)).toContain("table F2 (A1:E4), dispositif non reconnu\n");
  });
});
