/**
 * The regional synthesis on small in-memory workbooks: amounts recomputed from the action rows,
 * per pilier, the campagne of year N, the regional checks, and the département groups checked
 * together (rule 13 never pairs two départements).
 */
import { withChanges } from "../../examples/build/changes";
import { WorkbookDescription } from "../../examples/build/types";
import { execution2022 } from "../../examples/descriptions/calpae-execution-2022";
import { prevision2023 } from "../../examples/descriptions/calpae-prevision-2023";
import { COTE_DES_LILAS, HAUTES_BRUMES, MONTS_CLAIRS, VAL_D_ARGENT } from "../../examples/region/descriptions/departements";
import { DepartementPacte, pacteF1, pacteF2 } from "../../examples/region/descriptions/pacte";
import { Workbook } from "../../src/core/grid/model";
import { synthesize, SyntheseError } from "../../src/core/synthese";
import { SYNTHESE_MARKER_SHEET, SYNTHESE_MARKER_TEXT } from "../../src/core/synthese/marqueur";
import { euros, synthesisOf, toCore } from "./helpers";

const f1 = (file: string, d: DepartementPacte, changes = {}): WorkbookDescription => ({
  file,
  sheets: [withChanges(pacteF1(d), changes)],
});
const f2 = (file: string, d: DepartementPacte, changes = {}): WorkbookDescription => ({
  file,
  sheets: [withChanges(pacteF2(d), changes)],
});
const calpae = (file: string, sheet: typeof execution2022, departement: string, changes = {}): WorkbookDescription => ({
  file,
  sheets: [withChanges(sheet, { A2: `- Région Test - Département ${departement}`, ...changes })],
});

describe("montants d'un département", () => {
  test("recalculés depuis les lignes d'action : un TOTAUX faux n'est pas repris, le tableau est à vérifier", async () => {
    // TOTAUX FINANCIERS of column A typed by hand: 999 € instead of 430 000 €
    const { synthese } = await synthesisOf([f1("a.xlsx", VAL_D_ARGENT, { D14: 999 })]);
    const [ligne] = synthese.lignes;
    expect(synthese.annee).toBe(2024);
    expect(ligne).toMatchObject({ code: "99", statut: "prevision-seule", fiable: false });
    expect(ligne.prevision?.montants).toEqual({
      etat: euros(430_000),
      etatReporte: 0,
      cd: euros(435_000),
      cdReporte: 0,
      autres: euros(35_000),
      total: euros(900_000),
    });
    expect(ligne.erreurs).toBeGreaterThan(0);
  });

  test("par pilier, et l'exécution N−1 du récapitulatif N (réalisé, reports)", async () => {
    const { synthese } = await synthesisOf([f2("a.xlsx", VAL_D_ARGENT)]);
    const [ligne] = synthese.lignes;
    expect(ligne.statut).toBe("complet");
    expect(ligne.fiable).toBe(true);
    expect(ligne.parAxe.map((a) => [a.key, a.prevision?.etat, a.execution?.etat])).toEqual([
      ["pilier-1", euros(170_000), euros(140_000)],
      ["pilier-3", euros(235_000), euros(195_000)],
      ["pilier-4", euros(115_000), euros(95_000)],
    ]);
    expect(ligne.execution?.montants).toMatchObject({
      etat: euros(430_000),
      cd: euros(435_000),
      autres: euros(35_000),
      total: euros(900_000),
      realise: euros(870_000),
      reportEtat: euros(15_000),
      reportCd: euros(15_000),
    });
    expect(ligne.prevision?.montants).toMatchObject({
      etat: euros(520_000),
      etatReporte: euros(15_000),
      cd: euros(535_000),
      cdReporte: euros(15_000),
    });
    expect(ligne.tauxConsommation).toBeCloseTo(870 / 900, 10);
    expect(ligne.partCd).toBeCloseTo(535 / (520 + 535), 10);
  });

  test("un montant illisible est laissé hors des sommes, nommé, et rend le tableau à vérifier", async () => {
    const { synthese } = await synthesisOf([f1("a.xlsx", VAL_D_ARGENT, { E6: "80 000 00 €" })]);
    const [table] = synthese.classeurs[0].tables;
    expect(table.illisibles).toEqual(["E6"]);
    expect(table.fiable).toBe(false);
    expect(synthese.lignes[0].prevision?.montants.cd).toBe(euros(435_000 - 80_000));
  });
});

describe("contrôle par département, reports d'un classeur à l'autre", () => {
  const a = [
    calpae("a-execution-2022.xlsx", execution2022, "de l'Ain (01)"),
    calpae("a-prevision-2023.xlsx", prevision2023, "de l'Ain (01)"),
  ];
  // Département de l'Aisne: its 2023 forecast takes up 5 000 € of État reports instead of 10 000 € on action 1.
  const b = [
    calpae("b-execution-2022.xlsx", execution2022, "de l'Aisne (02)"),
    calpae("b-prevision-2023.xlsx", prevision2023, "de l'Aisne (02)", { F6: 5_000, L6: null }),
  ];

  test("les classeurs d'un département sont contrôlés ensemble, jamais avec ceux d'un autre", async () => {
    const { synthese, loads } = await synthesisOf([a[0], b[0], a[1], b[1]]);
    expect(synthese.annee).toBe(2023);
    expect(loads).toEqual([
      "a-execution-2022.xlsx",
      "b-execution-2022.xlsx",
      "a-prevision-2023.xlsx",
      "b-prevision-2023.xlsx",
      "a-execution-2022.xlsx",
      "a-prevision-2023.xlsx",
      "b-execution-2022.xlsx",
      "b-prevision-2023.xlsx",
    ]);
    const report = synthese.constats.filter((c) => c.ruleId === "report-incoherent");
    expect(report.length).toBeGreaterThan(0);
    expect(new Set(report.map((c) => c.departement))).toEqual(new Set(["02"]));
    expect(synthese.lignes.map((l) => [l.code, l.erreurs, l.fiable])).toEqual([
      ["01", 0, true],
      ["02", report.length, false],
    ]);
    const anomaly = synthese.anomalies.find((x) => x.id === "reports-non-retrouves");
    expect(anomaly).toMatchObject({ severity: "error", departement: "02", file: "b-prevision-2023.xlsx" });
    expect(anomaly?.message).toContain(
      "l'exécution 2022 annonce 37\u00a0500,00\u00a0€ (État) et 37\u00a0500,00\u00a0€ (CD) à reporter sur 2023",
    );
  });

  test("des reports annoncés sans aucun prévisionnel de l'année", async () => {
    const { synthese } = await synthesisOf([a[0], a[1], b[0]]);
    const anomaly = synthese.anomalies.find((x) => x.id === "reports-non-retrouves");
    expect(anomaly).toMatchObject({ severity: "warning", departement: "02", file: "b-execution-2022.xlsx" });
    expect(synthese.lignes.find((l) => l.code === "02")?.statut).toBe("execution-seule");
  });
});

describe("contrôles régionaux", () => {
  const files = [
    f1("va-2024.xlsx", VAL_D_ARGENT),
    f2("va-2025.xlsx", VAL_D_ARGENT),
    f1("hb-2024.xlsx", HAUTES_BRUMES),
    f2("hb-2025.xlsx", HAUTES_BRUMES),
    f1("mc-2024.xlsx", MONTS_CLAIRS),
  ];

  test("un département présent en N−1 et absent en N", async () => {
    const { synthese } = await synthesisOf(files);
    expect(synthese.lignes.map((l) => [l.code, l.statut])).toEqual([
      ["96", "absent"],
      ["98", "complet"],
      ["99", "complet"],
    ]);
    expect(synthese.anomalies.find((x) => x.id === "departement-absent")).toMatchObject({
      severity: "warning",
      departement: "96",
      message:
        "Monts-Clairs (96) : des tableaux pour 2024 (mc-2024.xlsx), mais aucun pour 2025. Tableau non transmis, ou classeur à ajouter à la synthèse.",
    });
    // The absent département adds nothing to the totals.
    expect(synthese.totaux.prevision.etat).toBe(euros(520_000 + 510_000));
  });

  test.each([
    [1_000_000, "error", "elle dépasse l'enveloppe régionale de 1\u00a0000\u00a0000,00\u00a0€ de 30\u00a0000,00\u00a0€"],
    [
      1_100_000,
      "warning",
      "70\u00a0000,00\u00a0€ restent à répartir. Sans prévisionnel 2025 : Monts-Clairs (96) (somme partielle).",
    ],
  ])("enveloppe régionale de %d € : %s", async (enveloppe, severity, text) => {
    const { synthese } = await synthesisOf(files, { enveloppe: euros(enveloppe) });
    const anomaly = synthese.anomalies.find((x) => x.id === "enveloppe-regionale");
    expect(anomaly?.severity).toBe(severity);
    expect(anomaly?.message).toContain(text);
  });

  test("une enveloppe égale à la somme notifiée : rien à dire", async () => {
    const { synthese } = await synthesisOf(files.slice(0, 4), { enveloppe: euros(1_030_000) });
    expect(synthese.anomalies.filter((x) => x.id === "enveloppe-regionale")).toEqual([]);
  });

  test("une consommation basse", async () => {
    const { synthese } = await synthesisOf([f2("cl.xlsx", COTE_DES_LILAS)]);
    expect(synthese.anomalies.find((x) => x.id === "sous-consommation")?.message).toBe(
      "Côte-des-Lilas (97) : 64,6\u00a0% des crédits 2024 consommés (réalisé 420\u00a0000,00\u00a0€ sur 650\u00a0000,00\u00a0€), sous le seuil de 80,0\u00a0% : " +
        "une sous-consommation manifeste peut réduire les crédits de 2025 (art. 2.2 du contrat).",
    );
  });

  test("deux prévisionnels de la même année pour un département : un seul compte", async () => {
    const { synthese } = await synthesisOf([f2("va-2025.xlsx", VAL_D_ARGENT), f2("va-2025-bis.xlsx", VAL_D_ARGENT)]);
    expect(synthese.lignes[0].prevision?.montants.etat).toBe(euros(520_000));
    expect(synthese.anomalies.filter((x) => x.id === "tableaux-en-double").map((x) => x.file)).toEqual([
      "va-2025-bis.xlsx",
      "va-2025-bis.xlsx",
    ]);
  });
});

describe("département introuvable, titre du modèle, classeur de plusieurs départements", () => {
  test("titre du modèle : le département vient du nom du fichier, le titre est signalé", async () => {
    const { synthese } = await synthesisOf([
      f1("cl-2024.xlsx", COTE_DES_LILAS),
      f2("cls-2025-97.xlsx", COTE_DES_LILAS, { A2: "- Région xxx - Département du xxx" }),
    ]);
    expect(synthese.lignes.map((l) => [l.code, l.statut])).toEqual([["97", "complet"]]);
    expect(synthese.anomalies.find((x) => x.id === "titre-modele")).toMatchObject({
      severity: "warning",
      file: "cls-2025-97.xlsx",
      sheet: "Prévisionnel 2025",
      cell: "A2",
    });
  });

  test("sans titre ni nom de fichier parlant : hors synthèse, dit en clair ; un paramètre le rattache", async () => {
    const anonymous = f2("tableau.xlsx", VAL_D_ARGENT, { A2: null });
    const { synthese } = await synthesisOf([anonymous]);
    expect(synthese.lignes).toEqual([]);
    expect(synthese.anomalies.map((x) => x.id)).toEqual(["departement-non-identifie"]);
    const given = await synthesisOf([anonymous], { departements: { "tableau.xlsx": "99 Val-d'Argent" } });
    expect(given.synthese.lignes.map((l) => [l.code, l.nom])).toEqual([["99", "Val-d'Argent"]]);
  });

  test("une feuille par département dans un même classeur : chaque tableau compte pour le sien", async () => {
    const book: WorkbookDescription = {
      file: "region.xlsx",
      sheets: [
        { ...pacteF1(VAL_D_ARGENT), name: "99" },
        { ...pacteF1(HAUTES_BRUMES), name: "98" },
      ],
    };
    const { synthese } = await synthesisOf([book]);
    expect(synthese.lignes.map((l) => [l.code, l.prevision?.montants.etat])).toEqual([
      ["98", euros(430_000)],
      ["99", euros(430_000)],
    ]);
    expect(synthese.anomalies.map((x) => x.id)).toContain("classeur-plusieurs-departements");
  });
});

test("une synthèse VerifPacte parmi les classeurs n'est pas reprise", async () => {
  const own = new Workbook("synthese.xlsx");
  own.addSheet("Synthèse").set(0, 0, { value: "Département de l'Ain (01)" });
  own.addSheet(SYNTHESE_MARKER_SHEET).set(0, 0, { value: SYNTHESE_MARKER_TEXT });
  const files = [
    { name: "va.xlsx", book: toCore(f1("va.xlsx", VAL_D_ARGENT)) },
    { name: "synthese.xlsx", book: own },
  ];
  const synthese = await synthesize({ files, name: (f) => f.name, load: async (f) => f.book });
  expect(synthese.lignes.map((l) => l.code)).toEqual(["99"]);
  expect(synthese.anomalies.map((x) => x.id)).toContain("classeur-synthese");
});

test("une campagne sans tableau : message en français avec les années trouvées", async () => {
  await expect(synthesisOf([f1("va.xlsx", VAL_D_ARGENT)], { annee: 2026 })).rejects.toThrow(
    new SyntheseError("aucun tableau de la campagne 2026 (prévisionnel 2026 ou exécution 2025) ; années trouvées : 2024."),
  );
});

test("un classeur illisible est signalé, les autres sont synthétisés", async () => {
  const files = [f1("va.xlsx", VAL_D_ARGENT), f1("casse.xlsx", HAUTES_BRUMES)];
  const synthese = await synthesize({
    files,
    name: (d) => d.file,
    load: async (d) => {
      if (d.file === "casse.xlsx")
        throw new Error("le classeur est illisible (contenu endommagé ou non conforme au format .xlsx).");
      return toCore(d);
    },
  });
  expect(synthese.lignes.map((l) => l.code)).toEqual(["99"]);
  expect(synthese.anomalies.find((x) => x.id === "classeur-illisible")).toMatchObject({ severity: "error", file: "casse.xlsx" });
});

test("aucun classeur lisible : la synthèse est impossible et dit pourquoi, classeur par classeur", async () => {
  const files = [f1("casse.xlsx", VAL_D_ARGENT)];
  const promise = synthesize({
    files,
    name: (d) => d.file,
    load: async () => Promise.reject(new Error("le classeur est illisible.")),
  });
  await expect(promise).rejects.toThrow(
    "aucun tableau financier daté n'a été reconnu dans ces classeurs : pas de synthèse possible. Classeurs illisibles : « casse.xlsx » : le classeur est illisible.",
  );
});
