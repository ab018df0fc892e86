/** Live mode: the user's edits call back; the add-in's own writes do not. */
import { Workbook } from "../../src/core/grid/model";
import { FakeWorkbook, fakeFromCore } from "../../src/fake-excel";
import { fillSheet } from "../helpers/sheet";
import { finding, serviceOver } from "./helpers";

function book(excelApi: string): FakeWorkbook {
  const wb = new Workbook("Direct.xlsx");
  fillSheet(wb.addSheet("S"), [[1, 2, { f: "=A1+B1", v: 3 }]]);
  return fakeFromCore(wb, { excelApi });
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("mode suivi en direct", () => {
  it.each(["1.18", "1.13"])(
    "rappelle après une saisie, pas après les écritures du complément (ExcelApi %s)",
    async (excelApi) => {
      const fake = book(excelApi);
      const service = serviceOver(fake);
      let edits = 0;
      const stop = await service.watch(() => edits++);
      fake.userEdit("S", "A1", 10);
      await tick();
      expect(edits).toBe(1);
      await service.apply([
        finding("Direct.xlsx", "S", "C1", { kind: "formula", sheet: "S", cell: "C1", formula: "=A1*B1" }),
        finding("Direct.xlsx", "S", "B1", { kind: "comment", sheet: "S", cell: "B1", text: "Note." }),
      ]);
      await service.saveSettings(await service.loadSettings());
      const analysis = await service.analyze();
      await service.writeReport(analysis);
      await service.undo();
      await tick();
      expect(edits).toBe(1);
      fake.userEdit("S", "B1", 5);
      await tick();
      expect(edits).toBe(2);
      await stop();
      fake.userEdit("S", "B1", 6);
      await tick();
      expect(edits).toBe(2);
    },
  );

  it("dit en français qu'il faut un Excel plus récent (avant ExcelApi 1.7)", async () => {
    await expect(serviceOver(book("1.6")).watch(() => undefined)).rejects.toThrow(
      "Le suivi en direct demande une version plus récente d'Excel (ExcelApi 1.7, Excel 2019 ou Microsoft 365).",
    );
  });
});
