/** The fake Excel keeps the rules of the Excel JavaScript API that the adapter relies on. */
import { FakeOfficeError, FakeWorkbook } from "../../src/fake-excel";

function bookWithSheet(options = {}): FakeWorkbook {
  const book = new FakeWorkbook("Test.xlsx", options);
  const sheet = book.addSheet("Feuil 1");
  sheet.setCell(0, 0, { value: 10 });
  sheet.setCell(0, 1, { value: 20 });
  sheet.setCell(0, 2, { value: 30, formula: "=A1+B1" });
  return book;
}

async function rejection(promise: Promise<unknown>): Promise<FakeOfficeError> {
  try {
    await promise;
  } catch (error) {
    return error as FakeOfficeError;
  }
  throw new Error("la promesse devait être rejetée");
}

describe("proxies, load et sync", () => {
  it("refuse de lire une propriété non chargée, comme PropertyNotLoaded", async () => {
    const book = bookWithSheet();
    await book.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Feuil 1").getRange("A1:C1");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded", name: "RichApi.Error" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(range.values).toEqual([[10, 20, 30]]);
      expect(() => range.formulas).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("accepte les formes de load : texte, tableau, select, options, chemins items/…", async () => {
    const book = bookWithSheet();
    await book.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Feuil 1");
      const a = sheet.getRange("C1").load(["formulas", "numberFormat"]);
      const b = sheet.getRange("C1").load({ select: "values, address" });
      const c = sheet.getRange("C1").load({ rowCount: true, format: { font: { bold: true } } });
      const d = sheet.getRange("C1").load();
      const sheets = ctx.workbook.worksheets.load("items/name, items/protection/protected");
      await ctx.sync();
      expect([a.formulas, a.numberFormat]).toEqual([[["=A1+B1"]], [["General"]]]);
      expect([b.values, b.address]).toEqual([[[30]], "'Feuil 1'!C1"]);
      expect([c.rowCount, c.format.font.bold]).toEqual([1, false]);
      expect(d.valueTypes).toEqual([["Double"]]);
      expect(sheets.items.map((s) => [s.name, s.protection.protected])).toEqual([["Feuil 1", false]]);
      expect(() => sheets.items[0].visibility).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("compte les syncs, et Excel.run synchronise ce qui reste en file", async () => {
    const book = bookWithSheet();
    await book.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Feuil 1").getRange("A2").values = [[1]];
      await ctx.sync();
      ctx.workbook.worksheets.getItem("Feuil 1").getRange("A3").values = [[2]];
    });
    expect(book.stats.syncs).toBe(2);
    expect(book.sheet("Feuil 1")?.cell(2, 0)?.value).toBe(2);
  });
});

describe("plages dérivées et recherches", () => {
  it("getCell, getResizedRange, comments.getItemByCell et getItem", async () => {
    const book = bookWithSheet();
    const sheet = book.sheet("Feuil 1");
    if (!sheet) throw new Error("feuille absente");
    book.threads.push({ id: "c7", sheet, row: 0, col: 2, content: "Fil" });
    await book.run(async (ctx) => {
      const base = ctx.workbook.worksheets.getItem("Feuil 1").getRange("A1:B1");
      const cell = base.getCell(0, 1).load("address, values");
      const wider = base.getResizedRange(1, 1).load("address, cellCount");
      const byCell = ctx.workbook.comments.getItemByCell("'Feuil 1'!C1").load("content");
      const byId = ctx.workbook.comments.getItem("c7").load("id");
      await ctx.sync();
      expect([cell.address, cell.values, wider.address, wider.cellCount, byCell.content, byId.id]).toEqual([
        "'Feuil 1'!B1",
        [[20]],
        "'Feuil 1'!A1:C2",
        6,
        "Fil",
        "c7",
      ]);
      base.getResizedRange(-2, 0).load("address");
      expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
      ctx.workbook.comments.getItemByCell("'Feuil 1'!A1").load("content");
      expect((await rejection(ctx.sync())).code).toBe("ItemNotFound");
    });
  });
});

describe("écritures", () => {
  it("null laisse la cellule inchangée ; une taille fausse est refusée", async () => {
    const book = bookWithSheet();
    await book.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Feuil 1").getRange("A1:B1");
      range.values = [[null, 25]];
      await ctx.sync();
      range.values = [[1, 2, 3]];
      const error = await rejection(ctx.sync());
      expect(error.code).toBe("InvalidArgument");
    });
    const sheet = book.sheet("Feuil 1");
    expect([sheet?.cell(0, 0)?.value, sheet?.cell(0, 1)?.value, sheet?.cell(0, 2)?.value]).toEqual([10, 25, 35]);
  });

  it("tape le texte comme au clavier ; l'apostrophe le garde en texte", async () => {
    const book = bookWithSheet();
    await book.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Feuil 1").getRange("A2:F2");
      range.values = [["=A1*2", "'=A1*2", "-5", "+A1", "007", "'007"]];
      await ctx.sync();
      const read = range.load("values, formulas, valueTypes");
      await ctx.sync();
      expect(read.values).toEqual([[20, "=A1*2", -5, 10, 7, "007"]]);
      expect(read.formulas).toEqual([["=A1*2", "=A1*2", -5, "=+A1", 7, "007"]]);
      expect(read.valueTypes).toEqual([["Double", "String", "Double", "Double", "Double", "String"]]);
    });
  });

  it("garde le format de nombre quand on écrit une valeur", async () => {
    const book = bookWithSheet();
    book.sheet("Feuil 1")?.patch(0, 0, { numberFormat: '#,##0.00 "€"' });
    await book.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Feuil 1").getRange("A1").formulas = [[99]];
      await ctx.sync();
    });
    expect(book.sheet("Feuil 1")?.cell(0, 0)).toEqual({ value: 99, numberFormat: '#,##0.00 "€"' });
  });

  it("refuse d'écrire dans une cellule verrouillée d'une feuille protégée, sans rien écrire de l'opération", async () => {
    const book = bookWithSheet();
    const sheet = book.sheet("Feuil 1");
    if (!sheet) throw new Error("feuille absente");
    sheet.protection.protected = true;
    sheet.patch(0, 1, { unlocked: true });
    await book.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Feuil 1");
      ws.getRange("B1").values = [[21]];
      await ctx.sync();
      ws.getRange("A1:B1").values = [[11, 22]];
      const error = await rejection(ctx.sync());
      expect(error.code).toBe("AccessDenied");
    });
    expect([sheet.cell(0, 0)?.value, sheet.cell(0, 1)?.value]).toEqual([10, 21]);
  });
});

describe("recalcul", () => {
  it("recalcule les formules dépendantes ; suspendre le calcul n'en fait qu'un par sync", async () => {
    const book = bookWithSheet();
    await book.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Feuil 1");
      ws.getRange("A1").values = [[1]];
      ws.getRange("B1").values = [[2]];
      ws.getRange("A1").load("values");
      await ctx.sync();
    });
    expect(book.stats.recalculations).toBe(2);
    expect(book.sheet("Feuil 1")?.cell(0, 2)?.value).toBe(3);
    book.resetStats();
    await book.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Feuil 1");
      ctx.workbook.application.suspendApiCalculationUntilNextSync();
      ws.getRange("A1").values = [[5]];
      ws.getRange("B1").values = [[6]];
      await ctx.sync();
    });
    expect(book.stats.recalculations).toBe(1);
    expect(book.sheet("Feuil 1")?.cell(0, 2)?.value).toBe(11);
  });
});

describe("collections et objets null", () => {
  it("getItem d'une feuille absente échoue au sync ; getItemOrNullObject donne isNullObject", async () => {
    const book = bookWithSheet();
    await book.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Absente");
      const present = ctx.workbook.worksheets.getItemOrNullObject("FEUIL 1");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      const count = ctx.workbook.worksheets.getCount();
      await ctx.sync();
      expect([missing.isNullObject, present.isNullObject, count.value]).toEqual([true, false, 1]);
      ctx.workbook.worksheets.getItem("Absente").load("name");
      expect((await rejection(ctx.sync())).code).toBe("ItemNotFound");
      const added = ctx.workbook.worksheets.add("Nouvelle").load("name, position");
      await ctx.sync();
      expect([added.name, added.position]).toEqual(["Nouvelle", 1]);
    });
  });

  it("plage utilisée : objet null pour une feuille vide, A1 avec getUsedRange, formats ignorés avec valuesOnly", async () => {
    const book = new FakeWorkbook();
    const sheet = book.addSheet("Vide");
    await book.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Vide");
      const orNull = ws.getUsedRangeOrNullObject(true);
      const used = ws.getUsedRange().load("address");
      await ctx.sync();
      expect([orNull.isNullObject, used.address]).toEqual([true, "Vide!A1"]);
    });
    sheet.patch(9, 3, { numberFormat: "0%" });
    sheet.setCell(2, 1, { value: "x" });
    await book.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Vide");
      const values = ws.getUsedRange(true).load("address");
      const all = ws.getUsedRange(false).load("address");
      await ctx.sync();
      expect([values.address, all.address]).toEqual(["Vide!B3", "Vide!B3:D10"]);
    });
  });

  it("zones fusionnées (ExcelApi 1.13) : adresses, ou objet null", async () => {
    const book = bookWithSheet();
    book.sheet("Feuil 1")?.merges.push({ r1: 4, c1: 0, r2: 6, c2: 0 }, { r1: 4, c1: 2, r2: 4, c2: 3 });
    await book.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Feuil 1");
      const areas = ws.getRange("A1:D10").getMergedAreasOrNullObject().load("address, areaCount");
      const none = ws.getRange("A1:B2").getMergedAreasOrNullObject();
      await ctx.sync();
      expect([areas.address, areas.areaCount, none.isNullObject]).toEqual(["'Feuil 1'!A5:A7,'Feuil 1'!C5:D5", 2, true]);
    });
  });
});

describe("ensembles d'API et limites", () => {
  it("isSetSupported suit la version configurée ; une API trop récente lève ApiNotFound", async () => {
    const book = bookWithSheet({ excelApi: "1.9" });
    expect([book.isSetSupported("ExcelApi", "1.9"), book.isSetSupported("ExcelApi", "1.10")]).toEqual([true, false]);
    await book.run(async (ctx) => {
      expect(() => ctx.workbook.notes).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
      expect(() => ctx.workbook.comments).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
    });
  });

  it("rejette une réponse ou une demande trop volumineuse", async () => {
    const book = bookWithSheet({ limits: { bytes: 2_000, cells: 300 } });
    await book.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Feuil 1");
      ws.getRange("A1:Z20").load("values");
      expect((await rejection(ctx.sync())).code).toBe("ResponsePayloadSizeLimitExceeded");
      ws.getRange("A1:J10").load("values");
      await ctx.sync();
      ws.getRange("A1:A1").values = [["x".repeat(3_000)]];
      expect((await rejection(ctx.sync())).code).toBe("RequestPayloadSizeLimitExceeded");
    });
    expect(book.sheet("Feuil 1")?.cell(0, 0)?.value).toBe(10);
    expect(book.stats.largestRequest).toBeGreaterThan(3_000);
  });
});

describe("notes et commentaires", () => {
  it("ajoute, lit, modifie et supprime des notes ; refuse un commentaire sur une cellule annotée", async () => {
    const book = bookWithSheet();
    await book.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Feuil 1");
      ws.notes.add("B2", "Première");
      ctx.workbook.comments.add("'Feuil 1'!C3", "Fil");
      await ctx.sync();
      const note = ws.notes.getItemOrNullObject("B2").load("content");
      const none = ws.notes.getItemOrNullObject("B3");
      const all = ctx.workbook.comments.load("items/content");
      await ctx.sync();
      expect([note.content, none.isNullObject, all.items.map((c) => c.content)]).toEqual(["Première", true, ["Fil"]]);
      const where = all.items[0].getLocation().load("address");
      note.content = "Modifiée";
      await ctx.sync();
      expect(where.address).toBe("'Feuil 1'!C3");
      ctx.workbook.comments.add("'Feuil 1'!B2", "Doublon");
      expect((await rejection(ctx.sync())).code).toBe("InvalidOperation");
      note.delete();
      await ctx.sync();
    });
    expect([...(book.sheet("Feuil 1")?.notes ?? [])]).toEqual([]);
  });
});

describe("événements de modification", () => {
  it("signale les saisies de l'utilisateur et marque les écritures du complément (ExcelApi 1.14)", async () => {
    const book = bookWithSheet();
    const events: { address: string; triggerSource?: string }[] = [];
    const registration = await book.run(async (ctx) => {
      const result = ctx.workbook.worksheets.onChanged.add(
        (e) => void events.push({ address: e.address, triggerSource: e.triggerSource }),
      );
      await ctx.sync();
      return result;
    });
    book.userEdit("Feuil 1", "A1", 3);
    await book.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Feuil 1").getRange("B1:B2").values = [[1], [2]];
      await ctx.sync();
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events).toEqual([
      { address: "A1", triggerSource: "Unknown" },
      { address: "B1:B2", triggerSource: "ThisLocalAddin" },
    ]);
    expect(book.sheet("Feuil 1")?.cell(0, 2)?.value).toBe(4);
    registration.remove();
    await registration.context.sync();
    book.userEdit("Feuil 1", "A1", 4);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events).toHaveLength(2);
  });

  it("avant ExcelApi 1.14, les événements ne disent pas qui a écrit", async () => {
    const book = bookWithSheet({ excelApi: "1.13" });
    const sources: (string | undefined)[] = [];
    await book.run(async (ctx) => {
      ctx.workbook.worksheets.onChanged.add((e) => void sources.push(e.triggerSource));
      await ctx.sync();
    });
    book.userEdit("Feuil 1", "A1", 3);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(sources).toEqual([undefined]);
  });
});
