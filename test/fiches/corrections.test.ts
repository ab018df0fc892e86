/**
 * The corrections offered on the fiche fixtures are sure (SPEC §6, GUIDE §4): applied all at once,
 * the workbook analysed again proposes nothing more, and each formula gives the result announced.
 */
import { analyze } from "../../src/core/engine";
import { parseCellAddress } from "../../src/core/grid/address";
import { Workbook } from "../../src/core/grid/model";
import { createResolver } from "../../src/core/grid/values";
import { toWorkbook } from "./build";
import { FICHES } from "./index";

function sheetOf(workbooks: Workbook[], file: string, name: string) {
  return workbooks.find((w) => w.name === file)!.sheets.find((s) => s.name === name)!;
}

describe.each(FICHES.map((c) => [c.id, c] as const))("%s : corrections", (_, c) => {
  it("appliquées toutes ensemble, une nouvelle analyse ne propose plus rien et chaque formule donne le résultat annoncé", () => {
    const workbooks = c.anomalies.map(toWorkbook);
    const fixes = analyze(workbooks).findings.filter((f) => f.fix !== null);
    for (const f of fixes) {
      const fix = f.fix!;
      const at = parseCellAddress(fix.cell)!;
      const sheet = sheetOf(workbooks, f.file, fix.sheet);
      const cell = sheet.get(at.row, at.col);
      if (fix.kind === "value") sheet.set(at.row, at.col, { ...cell, value: fix.value, formula: undefined });
      if (fix.kind === "formula") sheet.set(at.row, at.col, { ...cell, value: null, formula: fix.formula });
    }
    const again = analyze(workbooks);
    expect(again.findings.filter((f) => f.fix !== null)).toEqual([]);
    for (const f of fixes.filter((x) => x.fix!.kind === "formula")) {
      const fix = f.fix as Extract<typeof f.fix, { kind: "formula" }>;
      const at = parseCellAddress(fix.cell)!;
      const workbook = workbooks.find((w) => w.name === f.file)!;
      expect(createResolver(workbook).value(sheetOf(workbooks, f.file, fix.sheet), at.row, at.col)).toBe(fix.expected);
    }
  });
});
