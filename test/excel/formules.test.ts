/** In a French Excel, the commentaires and the « Contrôles » sheet quote formulas in French; cells get invariant formulas. */
import { parseCellAddress } from "../../src/core/grid/address";
import { CONTROLES_SHEET_NAME } from "../../src/core/report/controles";
import { createWorkbookService } from "../../src/excel";
import { fakeHost } from "../../src/fake-excel";
import { exampleFake, TODAY } from "./helpers";

describe("formules dans la langue d'Excel (Office.context.displayLanguage)", () => {
  it("commentaires et feuille Contrôles en français, formules des cellules écrites en anglais (API invariante)", async () => {
    const fake = await exampleFake("erreurs-plantees.xlsx");
    const service = createWorkbookService({ ...fakeHost(fake, { today: () => TODAY }), formulas: "fr" });
    const { analysis } = await service.analyzeWorkbook();
    const total = analysis.findings.find(
      (f) => f.fix?.kind === "formula" && f.fix.formula.startsWith("=SUM(") && f.message.includes("=SUM("),
    );
    expect(total).toBeDefined();

    const preview = await service.preview([], [total!]);
    expect(preview.items[0].after).toContain("=SOMME(");
    expect(preview.items[0].after).not.toContain("=SUM(");
    await service.apply([total!], []);
    const place = parseCellAddress(total!.cell)!;
    const at = fake.sheet(total!.sheet)!.cell(place.row, place.col);
    expect(at?.formula).toBe(total!.fix?.kind === "formula" ? total!.fix.formula : "");

    await service.writeReport(analysis);
    const controles = fake.sheet(CONTROLES_SHEET_NAME)!;
    const texts = [...controles.entries()].map(([, cell]) => String(cell.value ?? ""));
    expect(texts.some((t) => t.includes("=SOMME("))).toBe(true);
    expect(texts.some((t) => t.includes("=SUM("))).toBe(false);
  });
});
