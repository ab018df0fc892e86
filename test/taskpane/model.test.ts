/** The pane's pure logic: settings form, findings list, mapping roles, links, theme, notices. */
import { findingKey } from "../../src/core/engine/context";
import { DEFAULT_SETTINGS, Settings } from "../../src/core/settings";
import { applyNotice } from "../../src/taskpane/hooks/useActions";
import type { ApplyResult } from "../../src/excel/service";
import { defaultHelpBase, guideUrl, rulePageUrl } from "../../src/taskpane/links";
import {
  allShown,
  DEFAULT_FILTERS,
  filterFindings,
  groupFindings,
  ignoredFromKey,
  rulesPresent,
  shown,
} from "../../src/taskpane/model/findings";
import { guessRole, mappingProblem, roleOptions, withMapping } from "../../src/taskpane/model/mapping";
import { fromForm, readAmount, readPercent, readPilierKey, readYear, toForm } from "../../src/taskpane/model/settingsForm";
import { themeOfBackground } from "../../src/taskpane/theme";
import { FILE, FINANCIAL_SHEET, INDICATOR_SHEET, SAMPLE_RULES, sampleAnalysis } from "./workbook";

describe("formulaire des paramètres", () => {
  test("montants en français → centimes", () => {
    expect(readAmount("1 012 485 €", false)).toEqual({ value: 101248500 });
    expect(readAmount("142 250€", false)).toEqual({ value: 14225000 });
    expect(readAmount("1.002.884,00 €", false)).toEqual({ value: 100288400 });
    expect(readAmount("  ", true)).toEqual({ value: null });
    expect(readAmount("", false)).toEqual({ error: "Saisissez un montant." });
    expect(readAmount("-5 €", false)).toEqual({ error: "Le montant ne peut pas être négatif." });
    expect(readAmount("Sans objet", false)).toEqual({ error: "« Sans objet » n'est pas un montant." });
    expect(readAmount("312.222.40 €", false)).toMatchObject({
      error: expect.stringMatching(/^Montant illisible : « 312\.222\.40 € »/),
    });
  });

  test("pourcentages, années, piliers et codes Chorus", () => {
    expect(readPercent("50")).toEqual({ value: 0.5 });
    expect(readPercent("12,5 %")).toEqual({ value: 0.125 });
    expect(readPercent("0")).toEqual({ value: 0 });
    expect(readPercent("100 %")).toEqual({ value: 1 });
    for (const bad of ["100,5", "-3", "cinquante", ""]) expect(readPercent(bad)).toHaveProperty("error");
    expect(readYear("")).toEqual({ value: null });
    expect(readYear(" 2025 ")).toEqual({ value: 2025 });
    for (const bad of ["25", "20255", "deux mille", "1850"]) expect(readYear(bad)).toHaveProperty("error");
    expect(readPilierKey("Pilier 3")).toEqual({ value: "3" });
    expect(readPilierKey("0304 50 23 23 01")).toEqual({ value: "030450232301" });
    expect(readPilierKey("30450232301")).toEqual({ value: "030450232301" });
    expect(readPilierKey("2")).toHaveProperty("error");
    expect(readPilierKey("0304 50 23 23")).toHaveProperty("error");
    expect(readPilierKey("")).toEqual({ error: "Indiquez le pilier (1, 3 ou 4) ou le code Chorus sur 12 chiffres." });
  });

  test("toForm puis fromForm rend les mêmes paramètres, ignores et correspondances compris", () => {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      dispositif: "calpae",
      annee: 2023,
      departement: "Seine-et-Marne",
      montantNotifie: 79105500,
      montantsParPilier: { "030450191903": 5500000, "4": 14225012 },
      seuilCofinancement: 0.55,
      seuilEcartIndicateur: 0.2,
      marqueursAcceptes: ["En attente"],
      ignores: ["sous-total|a.xlsx|F|G5"],
      mappings: [{ sheet: "F", headerRow: 3, family: "F4", columns: { 4: "etatNotifie" } }],
    };
    expect(fromForm(toForm(settings), settings)).toEqual({ ok: true, settings });
  });

  test("une clé en double est refusée", () => {
    const form = {
      ...toForm(DEFAULT_SETTINGS),
      montants: [
        { id: 0, key: "1", amount: "10 €" },
        { id: 1, key: "pilier 1", amount: "20 €" },
      ],
    };
    expect(fromForm(form, DEFAULT_SETTINGS)).toEqual({
      ok: false,
      errors: { "montants.1.key": "« 1 » figure deux fois dans la liste." },
    });
  });
});

describe("liste des constats", () => {
  const analysis = sampleAnalysis(DEFAULT_SETTINGS);
  const items = analysis.findings.map((f) => shown(f, false));

  test("filtres combinés : gravité, règle, texte sans accents ni casse", () => {
    const errorsOnly = filterFindings(items, { ...DEFAULT_FILTERS, severities: new Set(["error"]) });
    expect(errorsOnly.map((i) => i.finding.severity)).toEqual(errorsOnly.map(() => "error"));
    expect(errorsOnly.length).toBe(analysis.findings.filter((f) => f.severity === "error").length);
    const text = filterFindings(items, { ...DEFAULT_FILTERS, search: "DONNEES EN COURS" });
    expect(text.map((i) => i.finding.cell)).toEqual(["E3"]);
    const bySheet = filterFindings(items, { ...DEFAULT_FILTERS, ruleId: "valeur-en-dur", search: "previsionnel" });
    expect(bySheet.map((i) => i.finding.cell)).toEqual(["F5", "G5"]);
    const ignored = [shown(analysis.findings[0], true)];
    expect(filterFindings(ignored, DEFAULT_FILTERS)).toEqual([]);
    expect(filterFindings(ignored, { ...DEFAULT_FILTERS, showIgnored: true })).toEqual(ignored);
  });

  test("regroupement feuille → table, « Hors tableau » pour un constat sans table", () => {
    const loose = shown({ ...analysis.findings[0], tableId: null, cell: "Z1" }, false);
    const groups = groupFindings([...items, loose], analysis.tables);
    expect(groups.map((g) => g.sheet)).toEqual([FINANCIAL_SHEET, INDICATOR_SHEET]);
    expect(groups[0].tables.map((t) => t.label)).toEqual(["Tableau financier F1 — Pacte 2024, A1:G6", "Hors tableau"]);
    expect(groups[0].tables[1].items).toEqual([loose]);
  });

  test("un constat ignoré autrefois est reconstruit depuis sa clé, même si la feuille contient « | »", () => {
    const rebuilt = ignoredFromKey(`sous-total|${FILE}|Budget | 2024|G5`, [FILE]);
    expect(rebuilt?.finding).toMatchObject({ ruleId: "sous-total", file: FILE, sheet: "Budget | 2024", cell: "G5", fix: null });
    expect(rebuilt?.placeholder).toBe(true);
    expect(ignoredFromKey("pas-une-cle", [FILE])).toBeNull();
  });

  test("allShown : ignorés de la session marqués, ignorés anciens ajoutés une seule fois", () => {
    const first = analysis.findings[0];
    const session = new Map([[findingKey(first), first]]);
    const old = `valeur-en-dur|${FILE}|${FINANCIAL_SHEET}|A1`;
    const list = allShown(analysis, session, [old, old, findingKey(first)]);
    expect(list.filter((i) => i.ignored).map((i) => i.key)).toEqual([findingKey(first), old]);
    expect(list.length).toBe(analysis.findings.length + 1);
    expect(rulesPresent(list).map((r) => r.id)).toEqual(
      [...new Set(analysis.findings.map((f) => f.ruleId))].sort((a, b) => SAMPLE_RULES.indexOf(a) - SAMPLE_RULES.indexOf(b)),
    );
  });
});

describe("correspondance manuelle", () => {
  test("les rôles d'un F2 portent les lettres du modèle ; ceux d'une matrice, les rôles d'indicateurs", () => {
    const f2 = roleOptions("F2");
    expect(f2.find((o) => o.value === "cdTotal")?.label).toBe("Budget total CD (K)");
    expect(f2.find((o) => o.value === "realise")?.label).toBe("Montant réalisé");
    expect(roleOptions("I1").map((o) => o.value)).toContain("cible");
  });

  test("le rôle est deviné avec le vocabulaire du cœur, seulement s'il existe dans la famille", () => {
    expect(guessRole("F2", "K Budget total CD prévu pour 2025 (G+I)")).toBe("cdTotal");
    expect(guessRole("F1", "Montant à reporter en 2023 - Part Etat")).toBe("");
    expect(guessRole("I3", "2021")).toBe("resultat");
    expect(guessRole("F1", "   ")).toBe("");
  });

  test("il faut une colonne de montant (financier) ou d'indicateur (matrice)", () => {
    expect(mappingProblem("F1", { 0: "intitule" })).toMatch(/colonne de montant/);
    expect(mappingProblem("F1", { 0: "intitule", 3: "budget" })).toBeNull();
    expect(mappingProblem("I1", { 1: "cible" })).toMatch(/Indicateur/);
    expect(mappingProblem("I1", { 1: "indicateur" })).toBeNull();
  });

  test("une nouvelle correspondance remplace celle de la même ligne d'en-tête", () => {
    const before = {
      ...DEFAULT_SETTINGS,
      mappings: [{ sheet: "A", headerRow: 1, family: "F1" as const, columns: { 1: "budget" } }],
    };
    const after = withMapping(before, { sheet: "A", headerRow: 1, family: "F5", columns: { 2: "budget" } });
    expect(after.mappings).toEqual([{ sheet: "A", headerRow: 1, family: "F5", columns: { 2: "budget" } }]);
    expect(withMapping(after, { sheet: "B", headerRow: 1, family: "F5", columns: {} }).mappings).toHaveLength(2);
  });
});

describe("liens, thème et messages", () => {
  test("l'aide (guide et pages des règles, en HTML) est servie à côté de la page du volet", () => {
    const base = defaultHelpBase("https://localhost:3000/taskpane.html");
    expect(base).toBe("https://localhost:3000/aide/");
    expect(rulePageUrl(base, "sous-total")).toBe("https://localhost:3000/aide/regles/sous-total.html");
    expect(guideUrl(base)).toBe("https://localhost:3000/aide/index.html");
    // Hosted in a folder of an intranet server: the help stays in that folder.
    expect(rulePageUrl(defaultHelpBase("https://intranet.cd06.fr/outils/verifpacte/taskpane.html?x=1"), "formule-ligne")).toBe(
      "https://intranet.cd06.fr/outils/verifpacte/aide/regles/formule-ligne.html",
    );
  });

  test("le thème suit la couleur de fond d'Office", () => {
    expect(themeOfBackground("#1F1F1F")).toBe("dark");
    expect(themeOfBackground("FFFFFF")).toBe("light");
    expect(themeOfBackground("#E6E6E6")).toBe("light");
    expect(themeOfBackground(undefined)).toBeNull();
    expect(themeOfBackground("bleu")).toBeNull();
  });

  test("le message après application", () => {
    const conflict = { file: FILE, sheet: "F", cell: "G4", message: "deux corrections", findings: [] };
    expect(applyNotice({ cells: 12, comments: 3, commentMode: "note", conflicts: [], blocked: null })).toEqual({
      intent: "success",
      title: "Corrections appliquées",
      text: "12 cellules corrigées, 3 commentaires ajoutés.",
    });
    expect(applyNotice({ cells: 1, comments: 1, commentMode: "report", conflicts: [conflict], blocked: null }).text).toBe(
      "1 cellule corrigée, 1 commentaire ajouté. 1 conflit non appliqué. Cette version d'Excel n'accepte ni notes ni commentaires : les commentaires figurent seulement dans la feuille « Contrôles VerifPacte ».",
    );
    const replaced: ApplyResult = {
      cells: 2,
      comments: 0,
      commentMode: "none",
      conflicts: [],
      blocked: null,
      report: "Contrôles VerifPacte",
      notice: "Journal remplacé.",
    };
    expect(applyNotice(replaced)).toMatchObject({
      intent: "warning",
      text: "2 cellules corrigées, 0 commentaire ajouté. La feuille « Contrôles VerifPacte » liste les constats et les valeurs obtenues. Journal remplacé.",
    });
    expect(applyNotice({ cells: 0, comments: 0, commentMode: "none", conflicts: [], blocked: "Feuille protégée." })).toEqual({
      intent: "error",
      title: "Rien ne peut être appliqué",
      text: "Feuille protégée.",
    });
  });
});
