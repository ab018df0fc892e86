/** The rest of the WorkbookService: settings in the workbook, ignores, sheet lists, samples, selection, errors. */
import { Workbook } from "../../src/core/grid/model";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { SETTINGS_SHEET, WorkbookError } from "../../src/excel";
import { FakeWorkbook, fakeFromCore } from "../../src/fake-excel";
import { EURO_FORMAT, fillSheet } from "../helpers/sheet";
import { exampleFake, serviceOver } from "./helpers";

function plain(excelApi = "1.18"): FakeWorkbook {
  const wb = new Workbook("Simple.xlsx");
  fillSheet(wb.addSheet("Données"), [["Titre"], [], [null, "Montant", { v: 1234.5, fmt: EURO_FORMAT }, true, { error: "#N/A" }]]);
  fillSheet(wb.addSheet("Cachée"), [["x"]]);
  fillSheet(wb.addSheet("Très cachée"), [["y"]]);
  wb.sheets[1].state = "hidden";
  wb.sheets[2].state = "veryHidden";
  return fakeFromCore(wb, { excelApi });
}

describe("paramètres enregistrés dans le classeur", () => {
  it("s'enregistrent dans une feuille très masquée et se relisent, même au-delà de 32\u00a0767 caractères", async () => {
    const fake = plain();
    const service = serviceOver(fake);
    expect(await service.loadSettings()).toEqual(DEFAULT_SETTINGS);
    const settings = { ...DEFAULT_SETTINGS, annee: 2025, montantNotifie: 101248500, marqueursAcceptes: ["x".repeat(70_000)] };
    await service.saveSettings(settings);
    expect(fake.sheet(SETTINGS_SHEET)?.visibility).toBe("VeryHidden");
    expect(fake.sheet(SETTINGS_SHEET)?.usedRange(true)?.r2).toBe(2);
    expect(await service.loadSettings()).toEqual(settings);
    await service.saveSettings(DEFAULT_SETTINGS);
    expect(fake.sheet(SETTINGS_SHEET)?.usedRange(true)?.r2).toBe(0);
    expect(await service.loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it("des paramètres abîmés donnent les valeurs par défaut et un message, sans bloquer l'analyse", async () => {
    const fake = plain();
    fake.addSheet(SETTINGS_SHEET).setCell(0, 0, { value: "{pas du json" });
    const service = serviceOver(fake);
    const analysis = await service.analyze();
    expect(analysis.errors.map((e) => e.message)).toEqual([
      "Les paramètres enregistrés dans le classeur sont illisibles : les valeurs par défaut sont utilisées.",
    ]);
    await expect(service.loadSettings()).rejects.toThrow(WorkbookError);
  });

  it("« Ignorer » est retenu dans le classeur et retire le constat de l'analyse suivante", async () => {
    const fake = await exampleFake("erreurs-plantees.xlsx");
    const service = serviceOver(fake);
    const first = await service.analyze();
    const target = first.findings[0];
    await service.ignore(target);
    const second = await service.analyze();
    expect(second.findings).toHaveLength(first.findings.length - 1);
    await service.unignore(target);
    expect((await service.analyze()).findings).toHaveLength(first.findings.length);
  });
});

describe("feuilles, aperçu, sélection", () => {
  it("liste les feuilles de l'utilisateur, sans les très masquées ni celles de VerifPacte", async () => {
    const fake = plain();
    await serviceOver(fake).saveSettings(DEFAULT_SETTINGS);
    expect(await serviceOver(fake).sheetNames()).toEqual(["Données", "Cachée"]);
  });

  it("montre les premières lignes depuis A1, comme le classeur les affiche", async () => {
    const service = serviceOver(plain());
    expect(await service.sample("Données", 10)).toEqual({
      sheet: "Données",
      rows: [
        ["Titre", "", "", "", ""],
        ["", "", "", "", ""],
        ["", "Montant", "1\u00a0234,5", "VRAI", "#N/A"],
      ],
    });
    expect((await service.sample("Données", 1)).rows).toEqual([["Titre", "", "", "", ""]]);
  });

  it("sélectionne la cellule d'un constat", async () => {
    const fake = plain();
    await serviceOver(fake).selectCell("Données", "C3");
    expect([fake.activeSheet, fake.selection]).toEqual(["Données", { sheet: "Données", address: "C3" }]);
  });

  it("répond en français quand une feuille n'existe plus", async () => {
    const service = serviceOver(plain());
    const error = await service.selectCell("Disparue", "A1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as Error).message).toBe("Une feuille ou une cellule attendue n'existe plus : relancez l'analyse.");
  });

  it("refuse en français un Excel trop ancien (avant ExcelApi 1.4)", async () => {
    await expect(serviceOver(plain("1.3")).analyze()).rejects.toThrow(
      "VerifPacte demande Excel 2016 ou plus récent (ExcelApi 1.4) : mettez Excel à jour.",
    );
  });
});
