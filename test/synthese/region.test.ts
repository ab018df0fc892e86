/**
 * The sample région (examples/region/): the committed files match their descriptions, and every
 * amount of the synthesis equals the sum of the action rows of the input workbooks, computed here
 * straight from the described cells (column letters, not the table recognition).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { resolveWorkbook, SheetSnapshot } from "../../examples/build/resolve";
import { readSnapshot } from "../../examples/build/xlsx";
import { REGION_EXAMPLES } from "../../examples/region/descriptions";
import { generateExamples } from "../../scripts/generate-examples";
import { LigneDepartement, Synthese } from "../../src/core/synthese";
import { REGION_DIR, regionSynthesis } from "./helpers";

jest.setTimeout(120_000);

function sheetOf(file: string): SheetSnapshot {
  const description = REGION_EXAMPLES.find((d) => d.file === file);
  if (!description) throw new Error(`classeur inconnu : ${file}`);
  return resolveWorkbook(description).sheets[0];
}

/** Σ of a column over the rows whose fiche cell (« 1. », « 2. ») is filled; text amounts are left out. */
function columnSum(sheet: SheetSnapshot, column: string, ficheColumn: string): number {
  let cents = 0;
  for (const [address, cell] of Object.entries(sheet.cells)) {
    const m = /^([A-Z]+)(\d+)$/.exec(address);
    if (!m || m[1] !== column) continue;
    const fiche = sheet.cells[`${ficheColumn}${m[2]}`]?.value;
    if (typeof fiche === "string" && /^\d+\.?$/.test(fiche) && typeof cell.value === "number")
      cents += Math.round(cell.value * 100);
  }
  return cents;
}

/** The 2025 récapitulatif (F2) of each département present in 2025. */
const RECAPITULATIFS: Record<string, string> = {
  "97": "cls-2025-97.xlsx",
  "98": "hautes-brumes-cls-recapitulatif-2025.xlsx",
  "99": "val-d-argent-cls-recapitulatif-2025.xlsx",
};

function expectedOf(code: string) {
  const f2 = sheetOf(RECAPITULATIFS[code]);
  const sum = (column: string) => columnSum(f2, column, "C");
  return {
    prevision: {
      etat: sum("M"),
      etatReporte: sum("K"),
      cd: sum("O"),
      cdReporte: sum("L"),
      autres: sum("Q"),
      total: sum("M") + sum("K") + sum("O") + sum("L") + sum("Q"),
    },
    execution: {
      etat: sum("E"),
      etatReporte: 0,
      cd: sum("G"),
      cdReporte: 0,
      autres: sum("I"),
      total: sum("E") + sum("G") + sum("I"),
      realise: sum("J"),
      reportEtat: sum("K"),
      reportCd: sum("L"),
    },
  };
}

describe("région d'exemple : fichiers versés = descriptions", () => {
  let regenerated: string;
  beforeAll(async () => {
    regenerated = mkdtempSync(join(tmpdir(), "verifpacte-region-"));
    await generateExamples(regenerated);
  });
  afterAll(() => rmSync(regenerated, { recursive: true, force: true }));

  test.each(REGION_EXAMPLES.map((d) => [d.file, d] as const))("%s correspond à sa description", async (file, description) => {
    const expected = resolveWorkbook(description);
    expect(await readSnapshot(readFileSync(join(REGION_DIR, file)))).toEqual(expected);
    expect(await readSnapshot(readFileSync(join(regenerated, "region", file)))).toEqual(expected);
  });
});

describe("synthèse 2025 de la région d'exemple", () => {
  let synthese: Synthese;
  beforeAll(async () => {
    synthese = await regionSynthesis({ enveloppe: 1_500_000_00 });
  });
  const ligne = (code: string) => synthese.lignes.find((l) => l.code === code) as LigneDepartement;

  test("une ligne par département, avec son histoire", () => {
    expect(synthese.annee).toBe(2025);
    expect(synthese.anneesTrouvees).toEqual([2023, 2024, 2025]);
    expect(synthese.lignes.map((l) => [l.code, l.nom, l.dispositif, l.statut, l.fiable])).toEqual([
      ["96", "Monts-Clairs", "", "absent", true],
      ["97", "Côte-des-Lilas", "Pacte des solidarités", "complet", false],
      ["98", "Hautes-Brumes", "Pacte des solidarités", "complet", false],
      ["99", "Val-d'Argent", "Pacte des solidarités", "complet", true],
    ]);
  });

  test.each(Object.keys(RECAPITULATIFS))("département %s : chaque montant = somme des lignes d'action du classeur", (code) => {
    const expected = expectedOf(code);
    expect(ligne(code).prevision?.montants).toEqual(expected.prevision);
    expect(ligne(code).execution?.montants).toEqual(expected.execution);
    expect(ligne(code).partCd).toBeCloseTo(expected.prevision.cd / (expected.prevision.etat + expected.prevision.cd), 12);
    expect(ligne(code).tauxConsommation).toBeCloseTo(expected.execution.realise / expected.execution.total, 12);
  });

  test("les totaux de la région sont les sommes des départements", () => {
    const codes = Object.keys(RECAPITULATIFS);
    const sum = (get: (e: ReturnType<typeof expectedOf>) => number) => codes.reduce((n, c) => n + get(expectedOf(c)), 0);
    expect(synthese.totaux.prevision.etat).toBe(sum((e) => e.prevision.etat));
    expect(synthese.totaux.prevision.cd).toBe(sum((e) => e.prevision.cd));
    expect(synthese.totaux.prevision.total).toBe(sum((e) => e.prevision.total));
    expect(synthese.totaux.execution.realise).toBe(sum((e) => e.execution.realise));
    expect(synthese.totaux.execution.total).toBe(sum((e) => e.execution.total));
    expect(synthese.totaux.prevision.etat).toBe(1_440_000_00);
  });

  test("par pilier : les piliers d'un département font son total", () => {
    for (const l of synthese.lignes.filter((x) => x.prevision)) {
      const etat = l.parAxe.reduce((n, a) => n + (a.prevision?.etat ?? 0), 0);
      const realise = l.parAxe.reduce((n, a) => n + (a.execution?.realise ?? 0), 0);
      expect([l.code, etat, realise]).toEqual([l.code, l.prevision?.montants.etat, l.execution?.montants.realise]);
      expect(l.parAxe.map((a) => a.key)).toEqual(["pilier-1", "pilier-3", "pilier-4"]);
    }
  });

  test("les contrôles régionaux racontent la région", () => {
    expect(synthese.anomalies.map((a) => [a.id, a.severity, a.departement])).toEqual([
      ["enveloppe-regionale", "warning", null],
      ["departement-absent", "warning", "96"],
      ["sous-consommation", "info", "97"],
      ["titre-modele", "warning", "97"],
      ["departement-hors-referentiel", "info", null],
      ["classeur-hors-campagne", "info", "98"],
      ["classeur-hors-campagne", "info", "99"],
      ["classeur-hors-campagne", "info", "99"],
    ]);
    const hb = synthese.classeurs.find((c) => c.file === "hautes-brumes-cls-recapitulatif-2025.xlsx");
    expect(hb?.tables[0].illisibles).toEqual(["O12"]);
    expect(synthese.constats.filter((c) => c.departement === "98").map((c) => [c.ruleId, c.cell])).toEqual([
      ["formule-modele-k", "P6"],
      ["sous-total", "E11"],
      ["montant-texte", "O12"],
    ]);
  });

  test("campagne 2023 (CALPAE) : les reports annoncés par l'exécution 2022 des Hautes-Brumes ne sont repris nulle part", async () => {
    const calpae = await regionSynthesis({ annee: 2023 });
    expect(calpae.lignes.map((l) => [l.code, l.dispositif, l.statut])).toEqual([
      ["98", "CALPAE", "execution-seule"],
      ["99", "CALPAE", "complet"],
    ]);
    expect(calpae.anomalies.find((a) => a.id === "reports-non-retrouves")).toMatchObject({
      severity: "warning",
      departement: "98",
    });
  });
});
