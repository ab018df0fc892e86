/**
 * Real .xlsx files, as tools other than Excel write them (ExcelJS here): formulas with no cached
 * result, shared formulas filled down, merged thème and Chorus cells, rich-text headers with line
 * breaks, numbers stored as text. Read by the CLI's reader (readXlsx), then analysed.
 */
import ExcelJS from "exceljs";
import { readXlsx } from "../../src/xlsx";
import { Workbook } from "../../src/core/grid/model";
import { f4Header, financial, findingAt, run, short } from "./helpers";

jest.setTimeout(30_000);

const EURO = '#,##0.00 "€"';

interface Options {
  /** C of fiche 2 typed as the text « 50 000,00 € »; A of fiche 4 as the text « 30000 ». */
  textAmounts?: boolean;
}

/** The 2023 forecast of a département, written by ExcelJS: every computed cell a formula without result. */
async function prevision2023(options: Options = {}): Promise<Workbook> {
  const excel = new ExcelJS.Workbook();
  const ws = excel.addWorksheet("Prév 2023");
  ws.getCell("A1").value = "TABLEAU FINANCIER RÉCAPITULATIF - Région xxx - Département du xxx";
  ws.getCell("A2").value = "Prévisionnel Année 2023";
  f4Header(2023).forEach((h, i) => (ws.getCell(3, i + 1).value = h));
  ws.getCell("E3").value = {
    richText: [
      { text: "A\n", font: { bold: true } },
      { text: "Participation État notifiée pour la convention 2023\n(nouveaux crédits Etat 2023)" },
    ],
  };
  ws.getCell("A3").value = {
    richText: [
      { text: "Thème de la ", font: { bold: true } },
      { text: "contractualisation", font: { italic: true } },
    ],
  };
  const rows: (string | number | null)[][] = [
    [
      "Prévenir toute sortie sèche de l'ASE",
      "0304 50 19 19 01 - accompagnement des jeunes sortant de l'ASE",
      "1",
      "Jeunes majeurs",
      100000,
      10000,
      100000,
      0,
      10000,
      0,
    ],
    [null, null, "2", "Logement", 50000, 0, options.textAmounts ? "50 000,00 €" : 50000, 0, 0, 0],
    [
      "Référents de parcours",
      "0304 50 19 19 04 - Référents de parcours (montant CALPAE : 110 000€)",
      "3",
      "Référents RSA",
      80000,
      5000,
      80000,
      20000,
      5000,
      0,
    ],
    [null, null, "4", "Plateforme mobilité", options.textAmounts ? "30000" : 30000, 0, 30000, 0, 0, 12000],
  ];
  rows.forEach((cells, r) =>
    cells.forEach((v, c) => {
      if (v === null) return;
      const cell = ws.getCell(4 + r, c + 1);
      cell.value = v;
      if (c >= 4) cell.numFmt = EURO;
    }),
  );
  ["A4:A5", "B4:B5", "A6:A7", "B6:B7"].forEach((m) => ws.mergeCells(m));
  ws.fillFormula("K4:K7", "E4+F4+G4+I4+J4");
  ws.getCell("A8").value = "TOTAUX FINANCIERS";
  ws.getCell("A9").value = "Total dit contrôle";
  for (const col of ["E", "F", "G", "H", "I", "J", "K"]) {
    ws.getCell(`${col}8`).value = { formula: `SUM(${col}4:${col}7)` } as ExcelJS.CellFormulaValue;
    ws.getCell(`${col}9`).value = { formula: `${col}4+${col}5+${col}6+${col}7` } as ExcelJS.CellFormulaValue;
  }
  const bytes = new Uint8Array((await excel.xlsx.writeBuffer()) as ArrayBuffer);
  return (await readXlsx(bytes, "xxx - prévisionnel 2023.xlsx")).workbook;
}

describe("un prévisionnel CALPAE 2023 écrit par un autre outil qu'Excel", () => {
  let workbook: Workbook;
  beforeAll(async () => {
    workbook = await prevision2023();
  });

  it("est reconnu malgré le texte enrichi des en-têtes et les cellules fusionnées", () => {
    const [table] = financial(run([workbook]).tables);
    expect([table.family, table.year, table.dispositif]).toEqual(["F4", 2023, "calpae"]);
    expect(table.columns.find((c) => c.key === "etatNotifie")).toMatchObject({ col: 4, letter: "A", year: 2023 });
    expect(table.groups.map((g) => [g.axe, g.rows.map((r) => r + 1)])).toEqual([
      ["Prévenir toute sortie sèche de l'ASE", [4, 5]],
      ["Référents de parcours", [6, 7]],
    ]);
  });

  it("calcule les formules sans résultat enregistré (formules partagées comprises) : aucun constat", () => {
    const sheet = workbook.sheet("Prév 2023")!;
    expect(sheet.get(4, 10)).toMatchObject({ formula: "=E5+F5+G5+I5+J5", value: null });
    expect(short(run([workbook]).findings)).toEqual([]);
  });
});

describe("le même fichier avec des montants saisis comme texte", () => {
  let findings: ReturnType<typeof run>["findings"];
  beforeAll(async () => {
    findings = run([await prevision2023({ textAmounts: true })]).findings;
  });

  // Issue 7 : sans résultat en cache, F = A+B+C+D+E est calculé comme un Excel français l'enregistre, qui convertit
  // « 50 000,00 € » et « 30000 » dans une addition (mêmes constats avec ou sans cache) ; les SOMME, elles, ignorent le texte.
  it("signale les textes et les totaux qui les ignorent ; l'addition de F les convertit, comme Excel", () => {
    expect(short(findings)).toEqual([
      ["montant-texte", "warning", "G5"],
      ["montant-texte", "warning", "E7"],
      // Their formulas are right and the gap is only the text amounts: a consequence, an information.
      ["sous-total", "info", "E8"],
      ["sous-total", "info", "G8"],
    ]);
  });

  it("ne propose pas la formule qu'un total a déjà", () => {
    const total = findingAt(findings, "sous-total", "E8");
    expect(total.message).toContain(
      "Sa formule =SUM(E4:E7) additionne pourtant les bonnes lignes ; E7 (« 30000 ») est un montant saisi comme du texte",
    );
    expect(total.fix).toBeNull();
    expect(findingAt(findings, "montant-texte", "E7").fix).toMatchObject({ kind: "value", cell: "E7", value: 30000 });
  });
});
