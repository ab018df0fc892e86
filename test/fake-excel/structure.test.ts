/** The fake Excel's structural edits, names and document settings behave as Excel's. */
import { FakeOfficeError, FakeWorkbook } from "../../src/fake-excel";

function book(): FakeWorkbook {
  const b = new FakeWorkbook("Structure.xlsx");
  const s = b.addSheet("Budget");
  s.setCell(0, 0, { value: "Action" });
  s.setCell(1, 1, { value: 10 });
  s.setCell(2, 1, { value: 20 });
  s.setCell(3, 1, { value: 30, formula: "=SUM(B2:B3)" });
  s.setCell(4, 1, { value: 30, formula: "=$B$4" });
  s.notes.set("B3", "note");
  const other = b.addSheet("Synthèse");
  other.setCell(0, 0, { value: 30, formula: "=Budget!B4" });
  other.setCell(1, 0, { value: 20, formula: "='Budget'!B3*1" });
  b.threads.push({ id: "{t}", sheet: s, row: 2, col: 1, content: "fil" });
  b.names.push({ name: "Repere", sheet: s, range: { r1: 3, c1: 1, r2: 3, c2: 1 }, visible: false, comment: "" });
  return b;
}

async function rejection(promise: Promise<unknown>): Promise<FakeOfficeError> {
  try {
    await promise;
  } catch (error) {
    return error as FakeOfficeError;
  }
  throw new Error("la promesse devait être rejetée");
}

describe("lignes insérées et supprimées", () => {
  it("une insertion déplace cellules, notes, fils, noms, et toutes les formules qui y renvoient", () => {
    const b = book();
    b.userInsertRows("Budget", 2, 2);
    const s = b.sheet("Budget");
    expect(s?.cell(2, 1)).toBeUndefined();
    expect([s?.cell(1, 1)?.value, s?.cell(4, 1)?.value]).toEqual([10, 20]);
    expect(s?.cell(5, 1)).toEqual({ value: 30, formula: "=SUM(B2:B5)" });
    expect(s?.cell(6, 1)).toEqual({ value: 30, formula: "=$B$6" });
    expect(b.sheet("Synthèse")?.cell(0, 0)).toEqual({ value: 30, formula: "=Budget!B6" });
    expect(b.sheet("Synthèse")?.cell(1, 0)).toEqual({ value: 20, formula: "=Budget!B5*1" });
    expect([...(s?.notes.keys() ?? [])]).toEqual(["B5"]);
    expect([b.threads[0].row, b.names[0].range?.r1]).toEqual([4, 5]);
  });

  it("une suppression raccourcit les plages, met #REF! où tout a disparu, et le nom n'a plus de plage", async () => {
    const b = book();
    b.userDeleteRows("Budget", 2, 2);
    const s = b.sheet("Budget");
    expect(s?.cell(2, 1)).toEqual({ value: { error: "#REF!" }, formula: "=#REF!" });
    expect(b.sheet("Synthèse")?.cell(0, 0)).toEqual({ value: { error: "#REF!" }, formula: "=#REF!" });
    expect(b.sheet("Synthèse")?.cell(1, 0)?.formula).toBe("=#REF!*1");
    expect([s?.notes.size, b.threads.length, b.names[0].range]).toEqual([0, 0, null]);
    await b.run(async (ctx) => {
      const name = ctx.workbook.names.getItemOrNullObject("repere").load("type, value");
      const range = name.getRangeOrNullObject();
      await ctx.sync();
      expect([name.type, name.value, range.isNullObject]).toEqual(["Error", "#REF!", true]);
    });
  });

  it("Range.insert et Range.delete sur des lignes entières, par les proxies", async () => {
    const b = book();
    await b.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Budget").getRange("A1:XFD1").insert("Down");
      await ctx.sync();
    });
    expect(b.sheet("Budget")?.cell(4, 1)?.formula).toBe("=SUM(B3:B4)");
    const refused = await rejection(
      b.run(async (ctx) => ctx.workbook.worksheets.getItem("Budget").getRange("B2").insert("Down")),
    );
    expect(refused.code).toBe("InvalidArgument");
  });
});

describe("feuilles renommées et supprimées", () => {
  it("un renommage garde l'identifiant ; les formules et les noms suivent ; une autre feuille peut reprendre l'ancien nom", async () => {
    const b = book();
    const id = b.sheet("Budget")?.id;
    await b.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Budget").name = "Budget 2024";
      ctx.workbook.worksheets.add("Budget");
      await ctx.sync();
    });
    expect(b.sheet("Budget 2024")?.id).toBe(id);
    expect(b.sheet("Budget")?.id).not.toBe(id);
    expect(b.sheet("Synthèse")?.cell(0, 0)?.formula).toBe("='Budget 2024'!B4");
    await b.run(async (ctx) => {
      const byId = ctx.workbook.worksheets.getItem(id as string).load("name");
      const range = ctx.workbook.names.getItem("Repere").getRangeOrNullObject().load("address");
      await ctx.sync();
      expect([byId.name, range.address]).toEqual(["Budget 2024", "'Budget 2024'!B4"]);
    });
  });

  it("une feuille supprimée : ses références deviennent #REF! ; refusé si la structure est protégée", async () => {
    const b = book();
    b.structureProtected = true;
    const refused = await rejection(b.run(async (ctx) => ctx.workbook.worksheets.getItem("Budget").delete()));
    expect(refused.code).toBe("AccessDenied");
    b.structureProtected = false;
    b.userDeleteSheet("Budget");
    expect(b.sheet("Synthèse")?.cell(0, 0)).toEqual({ value: { error: "#REF!" }, formula: "=#REF!" });
    expect(b.names[0].range).toBeNull();
  });
});

describe("noms et paramètres du document", () => {
  it("noms : ajout d'une plage, refus d'un nom pris ou d'un nom qui est une adresse, lecture après sync", async () => {
    const b = book();
    await b.run(async (ctx) => {
      const item = ctx.workbook.names.add("VerifPacte_J2", ctx.workbook.worksheets.getItem("Budget").getRange("B2"));
      item.visible = false;
      expect(() => item.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      item.load("name, visible, value");
      await ctx.sync();
      expect([item.name, item.visible, item.value]).toEqual(["VerifPacte_J2", false, "Budget!$B$2"]);
    });
    expect((await rejection(b.run(async (ctx) => ctx.workbook.names.add("verifpacte_j2", "=Budget!$B$3")))).code).toBe(
      "ItemAlreadyExists",
    );
    expect((await rejection(b.run(async (ctx) => ctx.workbook.names.add("AB12", "=Budget!$B$3")))).code).toBe("InvalidArgument");
  });

  it("paramètres : valeurs JSON gardées dans le document, objet nul quand absent", async () => {
    const b = book();
    await b.run(async (ctx) => {
      const absent = ctx.workbook.settings.getItemOrNullObject("VerifPacte");
      await ctx.sync();
      expect(absent.isNullObject).toBe(true);
      ctx.workbook.settings.add("VerifPacte", { journal: "abc", feuilles: ["{1}"] });
      await ctx.sync();
    });
    const reopened = b.reopened();
    await reopened.run(async (ctx) => {
      const setting = ctx.workbook.settings.getItemOrNullObject("VerifPacte").load("value");
      await ctx.sync();
      expect(setting.value).toEqual({ journal: "abc", feuilles: ["{1}"] });
    });
    expect(new FakeWorkbook("vieux.xlsx", { excelApi: "1.3" }).isSetSupported("ExcelApi", "1.4")).toBe(false);
  });

  it("une synchronisation interrompue garde ce que ses premières opérations ont fait", async () => {
    const b = book();
    b.interruption = { sync: 1, after: 1 };
    const error = await rejection(
      b.run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem("Budget");
        sheet.getRange("C1").values = [[1]];
        sheet.getRange("C2").values = [[2]];
        await ctx.sync();
      }),
    );
    expect(error.code).toBe("GeneralException");
    expect([b.sheet("Budget")?.cell(0, 2)?.value, b.sheet("Budget")?.cell(1, 2)]).toEqual([1, undefined]);
  });
});
