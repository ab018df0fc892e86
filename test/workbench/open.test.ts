import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { openWorkbook, WorkbenchError } from "../../src/workbench/open";

const EXAMPLE = new Uint8Array(readFileSync(join(__dirname, "..", "..", "examples", "recapitulatif-2025.xlsx")));

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkbenchError);
  return (error as Error).message;
}

test("l'exemple s'ouvre : deux classeurs distincts (d'origine et de travail), aucun avis", async () => {
  const opened = await openWorkbook(EXAMPLE, "recapitulatif-2025.xlsx");
  expect(opened.notices).toEqual([]);
  expect(opened.fake).not.toBe(opened.baseline);
  expect(opened.fake.sheets.map((s) => s.name)).toEqual(["Prévisionnel 2025"]);
  const sheet = opened.fake.sheet("Prévisionnel 2025");
  sheet?.patch(5, 0, { value: "modifié" });
  expect(opened.baseline.sheet("Prévisionnel 2025")?.cell(5, 0)?.value).not.toBe("modifié");
});

test("la mise en page lue du fichier passe dans le faux Excel : retour à la ligne, largeurs, formats des cellules vides", async () => {
  const excel = new ExcelJS.Workbook();
  const sheet = excel.addWorksheet("Feuil1");
  sheet.getCell("A1").value = "En-tête long";
  sheet.getCell("A1").alignment = { wrapText: true };
  sheet.getCell("B2").numFmt = '#,##0.00 "€"';
  sheet.getColumn(1).width = 20;
  const opened = await openWorkbook(new Uint8Array(await excel.xlsx.writeBuffer()), "mise-en-page.xlsx");
  const fake = opened.fake.sheet("Feuil1");
  expect(fake?.cell(0, 0)).toMatchObject({ value: "En-tête long", wrap: true });
  expect(fake?.cell(1, 1)).toEqual({ value: null, numberFormat: '#,##0.00 "€"' });
  expect(fake?.columnWidths.get(0)).toBeCloseTo(((20 * 7 + 5) * 3) / 4);
});

test("un classeur sans tableau reconnu s'ouvre avec un avis en français", async () => {
  const excel = new ExcelJS.Workbook();
  excel.addWorksheet("Courses").addRows([
    ["Article", "Prix"],
    ["Pain", 1.2],
  ]);
  const opened = await openWorkbook(new Uint8Array(await excel.xlsx.writeBuffer()), "courses.xlsx");
  expect(opened.notices).toEqual([expect.stringMatching(/^« courses\.xlsx » ne ressemble pas à un classeur VerifPacte/)]);
});

test("un fichier trop lourd est refusé avant d'être lu", async () => {
  const message = await refusal(openWorkbook(EXAMPLE, "gros.xlsx", { megabytes: 0.005, cells: 1e6 }));
  expect(message).toMatch(/^« gros\.xlsx » : le fichier pèse [\d,]+ Mo, le banc d'essai accepte au plus [\d,]+ Mo\./);
});

test("un classeur de trop de cellules est refusé", async () => {
  const message = await refusal(openWorkbook(EXAMPLE, "dense.xlsx", { megabytes: 10, cells: 50 }));
  expect(message).toMatch(/^« dense\.xlsx » : le classeur compte \d+ cellules remplies, le banc d'essai en accepte au plus 50\./);
});

test("un fichier endommagé ou qui n'est pas un .xlsx est refusé avec la raison", async () => {
  expect(await refusal(openWorkbook(EXAMPLE.subarray(0, 4000), "abime.xlsx"))).toMatch(/^« abime\.xlsx » : .*endommagé/);
  expect(await refusal(openWorkbook(new TextEncoder().encode("a;b\n1;2\n"), "export.xlsx"))).toMatch(
    /ce n'est pas un classeur Excel \(\.xlsx\)/,
  );
  expect(await refusal(openWorkbook(new Uint8Array(0), "vide.xlsx"))).toBe("« vide.xlsx » : le fichier est vide.");
});
