import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readXlsx } from "../../src/xlsx";
import { cellAddress } from "../../src/core/grid/address";
import { Workbook } from "../../src/core/grid/model";
import { CONTROLES_SHEET_NAME } from "../../src/core/report/controles";
import { createWorkbookService, JOURNAL_SHEET } from "../../src/excel";
import { coreFromFake, fakeHost } from "../../src/fake-excel";
import { correctedName, exportCopy, exportWorkbook } from "../../src/workbench/export";
import { OpenedWorkbook, openWorkbook } from "../../src/workbench/open";

const NAME = "recapitulatif-2025.xlsx";
const EXAMPLE = new Uint8Array(readFileSync(join(__dirname, "..", "..", "examples", NAME)));
const TODAY = () => new Date(Date.UTC(2025, 5, 30));

/** Cells with content (value or formula), by « sheet!A1 », except the sheets left out. */
function contents(workbook: Workbook, except: string[] = []): Map<string, string> {
  const out = new Map<string, string>();
  for (const sheet of workbook.sheets.filter((s) => !except.includes(s.name))) {
    for (let row = 0; row < sheet.rowCount; row++) {
      for (let col = 0; col < sheet.colCount; col++) {
        const cell = sheet.get(row, col);
        if (cell && (cell.value !== null || cell.formula)) {
          out.set(`${sheet.name}!${cellAddress(row, col)}`, JSON.stringify([cell.value, cell.formula ?? null]));
        }
      }
    }
  }
  return out;
}

async function reread(bytes: Uint8Array): Promise<Workbook> {
  return (await readXlsx(bytes, "copie.xlsx")).workbook;
}

function serviceOf(opened: OpenedWorkbook) {
  return createWorkbookService(fakeHost(opened.fake, { today: TODAY }));
}

/** The example with every fix applied, a commentaire on its first finding, and the « Contrôles » sheet. */
async function corrected(): Promise<OpenedWorkbook> {
  const opened = await openWorkbook(EXAMPLE, NAME);
  const service = serviceOf(opened);
  const analysis = await service.analyze();
  await service.apply([], [analysis.findings[0]]);
  await service.apply(analysis.findings.filter((f) => f.fix !== null));
  await service.writeReport(await service.analyze());
  return opened;
}

test("le nom de la copie corrigée", () => {
  expect(correctedName("recapitulatif-2025.xlsx")).toBe("recapitulatif-2025-corrige.xlsx");
  expect(correctedName("Classeur.XLSX")).toBe("Classeur-corrige.xlsx");
});

test("la copie téléchargée contient ce que le volet a écrit : cellules, note, feuilles du complément", async () => {
  const opened = await corrected();
  const copy = await reread(await exportWorkbook(opened));
  const expected = coreFromFake(opened.fake);
  expect(contents(copy, [CONTROLES_SHEET_NAME])).toEqual(contents(expected, [CONTROLES_SHEET_NAME]));
  const sheet = "Prévisionnel 2025";
  expect(copy.sheet(sheet)?.notes).toEqual(expected.sheet(sheet)?.notes);
  expect([...(copy.sheet(sheet)?.notes.values() ?? [])]).toEqual([expect.stringMatching(/^\[Contrôle 30\/06\/2025\]/)]);
  expect(copy.sheet(JOURNAL_SHEET)?.state).toBe("veryHidden");
  const controles = copy.sheet(CONTROLES_SHEET_NAME);
  const fakeControles = opened.fake.sheet(CONTROLES_SHEET_NAME);
  expect(controles?.state).toBe("visible");
  expect(controles?.value(0, 0)).toBe(fakeControles?.cell(0, 0)?.value);
});

test("ce qui n'a pas changé garde ses styles : formats, retour à la ligne, largeurs", async () => {
  const opened = await corrected();
  const before = new ExcelJS.Workbook();
  await before.xlsx.load(EXAMPLE.slice().buffer);
  const after = new ExcelJS.Workbook();
  await after.xlsx.load((await exportWorkbook(opened)).slice().buffer);
  const [a, b] = [before.getWorksheet("Prévisionnel 2025"), after.getWorksheet("Prévisionnel 2025")];
  expect(b?.getCell("P5").alignment).toEqual(a?.getCell("P5").alignment);
  expect(b?.getCell("H6").numFmt).toBe(a?.getCell("H6").numFmt);
  expect(b?.getColumn(16).width).toBe(a?.getColumn(16).width);
});

test("rouvert dans le banc d'essai, le classeur téléchargé garde son journal, mais sans les paramètres du document VerifPacte ne s'y fie pas", async () => {
  // The download (ExcelJS) keeps the journal sheet but not the add-in's document settings, which
  // name the journal VerifPacte trusts: « Annuler » says so and changes nothing.
  const reopened = await openWorkbook(await exportWorkbook(await corrected()), "recapitulatif-2025-corrige.xlsx");
  expect(reopened.fake.sheet(JOURNAL_SHEET)).toBeDefined();
  const service = serviceOf(reopened);
  expect(await service.hasJournal()).toBe(false);
  const before = await reread(await exportWorkbook(reopened));
  expect((await service.undo()).message).toMatch(
    /^Le journal de corrections trouvé dans ce classeur n'a pas été écrit par VerifPacte pour ce classeur/,
  );
  expect(contents(await reread(await exportWorkbook(reopened)))).toEqual(contents(before));
  expect(contents(before, [JOURNAL_SHEET, CONTROLES_SHEET_NAME])).not.toEqual(contents(await reread(EXAMPLE)));
});

test("une formule partagée garde ses clones quand sa cellule maîtresse est réécrite", async () => {
  const excel = new ExcelJS.Workbook();
  const sheet = excel.addWorksheet("Feuil1");
  [1, 2, 3].forEach((n, i) => (sheet.getCell(`A${i + 1}`).value = n));
  sheet.getCell("B1").value = { formula: "A1*2", result: 2, shareType: "shared", ref: "B1:B3" } as ExcelJS.CellValue;
  sheet.getCell("B2").value = { sharedFormula: "B1", result: 4 } as ExcelJS.CellValue;
  sheet.getCell("B3").value = { sharedFormula: "B1", result: 6 } as ExcelJS.CellValue;
  const opened = await openWorkbook(new Uint8Array(await excel.xlsx.writeBuffer()), "partagee.xlsx");
  opened.fake.userEdit("Feuil1", "B1", "=A1*10");
  const copy = (await reread(await exportWorkbook(opened))).sheet("Feuil1");
  expect([0, 1, 2].map((row) => [copy?.get(row, 1)?.formula, copy?.value(row, 1)])).toEqual([
    ["=A1*10", 10],
    ["=A2*2", 4],
    ["=A3*2", 6],
  ]);
});

test("changer le format d'une cellule ne change pas celui des cellules qui partageaient son style", async () => {
  const excel = new ExcelJS.Workbook();
  const sheet = excel.addWorksheet("Feuil1");
  ["A1", "A2", "A3"].forEach((a) => {
    sheet.getCell(a).value = 1;
    sheet.getCell(a).numFmt = "0.0";
  });
  const opened = await openWorkbook(new Uint8Array(await excel.xlsx.writeBuffer()), "styles.xlsx");
  await opened.fake.run(async (context) => {
    context.workbook.worksheets.getItem("Feuil1").getRange("A2").numberFormat = [['#,##0.00 "€"']];
    await context.sync();
  });
  const copy = (await reread(await exportWorkbook(opened))).sheet("Feuil1");
  expect([0, 1, 2].map((row) => copy?.get(row, 0)?.numFmt)).toEqual(["0.0", '#,##0.00 "€"', "0.0"]);
});

test("la copie téléchargée d'un classeur plein de fonctionnalités ne change que les parties touchées", async () => {
  const { featureWorkbook } = await import("../xlsx/fixtures/features");
  const { unzipSync } = await import("fflate");
  const bytes = featureWorkbook();
  const opened = await openWorkbook(bytes, "val-fleuri.xlsx");
  const service = serviceOf(opened);
  const analysis = await service.analyze();
  expect(analysis.findings.some((f) => f.fix !== null)).toBe(true);
  await service.apply(analysis.findings.filter((f) => f.fix !== null));
  await service.writeReport(await service.analyze());
  const { bytes: copy, warnings } = await exportCopy(opened);
  expect(warnings).toEqual([]);
  const before = unzipSync(bytes);
  const after = unzipSync(copy);
  const changed = Object.keys(after).filter(
    (name) => !before[name] || Buffer.compare(Buffer.from(before[name]), Buffer.from(after[name])) !== 0,
  );
  const untouched = Object.keys(before).filter((name) => !changed.includes(name) && after[name]);
  for (const name of [
    "docProps/custom.xml",
    "xl/worksheets/sheet2.xml",
    "xl/worksheets/sheet3.xml",
    "xl/worksheets/sheet4.xml",
    "xl/threadedComments/threadedComment1.xml",
    "xl/persons/person.xml",
    "xl/printerSettings/printerSettings1.bin",
  ]) {
    expect(untouched).toContain(name);
  }
  const sheet = (await reread(copy)).sheet("Tableau")!;
  expect(sheet.get(5, 6)).toMatchObject({ formula: "=SUM(G4:G5)", value: 315000 });
  const workbookXml = Buffer.from(after["xl/workbook.xml"]).toString();
  expect(workbookXml).toContain('<definedName name="Actions">OFFSET(Tableau!$C$4,0,0,COUNTA(Tableau!$C:$C)-2,1)</definedName>');
});
