import { findingKey } from "../../../src/core/engine/context";
import {
  CONTROLES_HEADER,
  controlesSheet,
  controlesTarget,
  correctedResults,
  FindingStatus,
  isControlesSheet,
} from "../../../src/core/report/controles";
import { finding, sampleAnalysis } from "./sample";

const today = new Date(2026, 2, 5);

describe("feuille « Contrôles »", () => {
  test("titre, date, bilans, en-tête et une ligne par constat avec son statut", () => {
    const analysis = sampleAnalysis();
    const statuses = new Map<string, FindingStatus>([[findingKey(analysis.findings[0]), "corrigé"]]);
    const results = new Map([[findingKey(analysis.findings[0]), 1100]]);
    const sheet = controlesSheet(analysis, "prevision-2025.xlsx", { today, statuses, results });
    expect(sheet.name).toBe("Contrôles VerifPacte");
    expect(sheet.rows.map((r) => r[0]).slice(0, 4)).toEqual([
      "Contrôles VerifPacte — prevision-2025.xlsx",
      "Contrôle du 05/03/2026",
      "3 erreurs, 1 avertissement, 1 information ; 2 tables reconnues, 1 zone non reconnue",
      "Statuts : 1 à corriger, 3 à justifier, 1 corrigé",
    ]);
    expect(sheet.headerRow).toBe(5);
    expect(sheet.rows[5]).toEqual([...CONTROLES_HEADER]);
    expect(sheet.rows.slice(6)).toEqual([
      [
        "erreur",
        "Tableau financier",
        "E2",
        "formule-modele-k",
        "K = G+I : le total CD compte les crédits de l'État.",
        "formule =C2+D2 (résultat attendu : 1\u00a0100,00\u00a0€)",
        "corrigé",
        "1\u00a0100,00\u00a0€",
      ],
      [
        "erreur",
        "Tableau financier",
        "E3",
        "formule-ligne",
        "E3 vaut 700,00 € au lieu de 500,00 €.",
        "valeur 500,00\u00a0€",
        "à corriger",
        "",
      ],
      [
        "avertissement",
        "Tableau financier",
        "C2",
        "report-incoherent",
        "Le report CD diffère du montant à reporter de 2024.",
        "",
        "à justifier",
        "",
      ],
      [
        "erreur",
        "Indicateurs",
        "C2",
        "indicateur-taux",
        "Taux de 120 % supérieur à 100 %.",
        "commentaire « Taux à vérifier. »",
        "à justifier",
        "",
      ],
      ["information", "Notes", "B7", "erreur-excel", "Valeur #REF! hors tableau.", "", "à justifier", ""],
    ]);
    expect(sheet.rows.every((r) => r.length === CONTROLES_HEADER.length)).toBe(true);
    expect(sheet.links[0]).toEqual({ row: 6, col: 2, target: "'Tableau financier'!E2" });
    expect(sheet.findingRows.map((r) => r.row)).toEqual([6, 7, 8, 9, 10]);
    expect(sheet.findingRows[4]).toEqual({ row: 10, key: findingKey(analysis.findings[4]), severity: "info" });
  });

  test("erreurs d'analyse sous le titre ; aucun texte ne peut devenir une formule", () => {
    const analysis = sampleAnalysis();
    const table = analysis.tables[2];
    analysis.findings = [
      finding(table, {
        ruleId: "montant-texte",
        cell: "C2",
        message: "-5 € : montant négatif saisi en texte.",
        fix: { kind: "value", sheet: "Exécution", cell: "C2", value: -5 },
      }),
      finding(null, {
        ruleId: "erreur-excel",
        file: "execution 2024.xlsx",
        sheet: "L'état",
        cell: "A1",
        message: "=SOMME(A1) cassée",
      }),
    ];
    const sheet = controlesSheet(analysis, "execution 2024.xlsx", { today });
    expect(sheet.rows[4][0]).toMatch(/^Erreur : La règle « x »/);
    const body = sheet.rows.slice(sheet.headerRow + 1);
    expect(body[0][4]).toBe("« -5 € : montant négatif saisi en texte. »");
    expect(body[0][5]).toBe("valeur -5,00\u00a0€");
    expect(body[1][4]).toBe("« =SOMME(A1) cassée »");
    expect(sheet.links[1].target).toBe("'L''état'!A1");
    expect(sheet.rows.flat().some((text) => /^\s*[=+\-@]/.test(text))).toBe(false);
  });
});

describe("la feuille de VerifPacte, jamais celle de l'utilisateur", () => {
  const title = "Contrôles VerifPacte — budget.xlsx";

  test("une feuille « Contrôles » de l'utilisateur, en toute casse, n'est jamais prise : « Contrôles VerifPacte » est créée", () => {
    for (const name of ["Contrôles", "CONTRÔLES", "controles", "Contrôles ", "CONTROLES"]) {
      expect(
        controlesTarget([
          { name: "Budget", title: "x" },
          { name, title: "Mes contrôles" },
        ]),
      ).toEqual({ name: "Contrôles VerifPacte", existing: false });
    }
  });

  test("une feuille « Contrôles » qui porte le titre du rapport (ancienne version) reste à l'utilisateur", () => {
    expect(isControlesSheet({ name: "Contrôles", title })).toBe(false);
    expect(controlesTarget([{ name: "Contrôles", title }])).toEqual({ name: "Contrôles VerifPacte", existing: false });
  });

  test("le rapport existant est reconnu à son nom et à son titre, ou à son identifiant même renommé", () => {
    expect(controlesTarget([{ name: "contrôles verifpacte", title }])).toEqual({ name: "contrôles verifpacte", existing: true });
    expect(controlesTarget([{ name: "Contrôles VerifPacte (2)", title }])).toEqual({
      name: "Contrôles VerifPacte (2)",
      existing: true,
    });
    expect(
      controlesTarget([
        { name: "Rapport DDETS", title: "autre", owned: true },
        { name: "Contrôles VerifPacte", title },
      ]),
    ).toEqual({
      name: "Rapport DDETS",
      existing: true,
    });
  });

  test("une feuille de l'utilisateur nommée « Contrôles VerifPacte » sans le titre du rapport est laissée : le rapport prend le nom suivant", () => {
    const sheets = [
      { name: "Contrôles VerifPacte", title: "mes notes" },
      { name: "CONTRÔLES VERIFPACTE (2)", title: null },
    ];
    expect(controlesTarget(sheets)).toEqual({ name: "Contrôles VerifPacte (3)", existing: false });
  });
});

describe("valeur obtenue d'un constat qui corrige plusieurs cellules", () => {
  test("est celle de la cellule que sa ligne nomme, pas celle de la dernière cellule écrite", () => {
    const key = "valeur-en-dur|f.xlsx|CLS 2024|D8";
    const writes = ["D8", "E8", "G8"].map((cell) => ({
      file: "f.xlsx",
      sheet: "CLS 2024",
      cell,
      kind: "formula" as const,
      formula: `=SUM(${cell[0]}6:${cell[0]}7)`,
      findings: [key],
    }));
    const values: Record<string, number> = { D8: 75000, E8: 80000, G8: 150000 };
    expect(correctedResults(writes, (w) => values[w.cell]).get(key)).toBe(75000);
    // Its own cell written last, or not written at all (the first cell written then).
    expect(correctedResults([...writes].reverse(), (w) => values[w.cell]).get(key)).toBe(75000);
    expect(correctedResults(writes.slice(1), (w) => values[w.cell]).get(key)).toBe(80000);
  });
});
