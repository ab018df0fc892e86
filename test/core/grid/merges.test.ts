import { Sheet } from "../../../src/core/grid/model";

describe("Sheet.mergeAt", () => {
  it("finds the merged area of any of its cells, and none outside", () => {
    const sheet = new Sheet("Feuil1");
    sheet.addMerge({ r1: 2, c1: 0, r2: 4, c2: 1 });
    sheet.addMerge({ r1: 250, c1: 3, r2: 260, c2: 3 });
    sheet.set(2, 0, { value: "Axe 1" });
    expect(sheet.mergeAt(3, 1)).toEqual({ r1: 2, c1: 0, r2: 4, c2: 1 });
    expect(sheet.shownValue(4, 1)).toBe("Axe 1");
    expect(sheet.mergeAt(255, 3)).toEqual({ r1: 250, c1: 3, r2: 260, c2: 3 });
    expect(sheet.mergeAt(259, 3)?.r1).toBe(250);
    expect(sheet.mergeAt(5, 0)).toBeUndefined();
    expect(sheet.mergeAt(255, 4)).toBeUndefined();
  });

  it("indexes a merge of the whole grid by its rows, not by its 17 billion cells", () => {
    const sheet = new Sheet("Feuil1");
    sheet.addMerge({ r1: 0, c1: 0, r2: 1_048_575, c2: 16_383 });
    const start = process.memoryUsage().heapUsed;
    expect(sheet.mergeAt(1_048_575, 16_383)).toEqual({ r1: 0, c1: 0, r2: 1_048_575, c2: 16_383 });
    expect(sheet.mergeAt(500_000, 7)?.r1).toBe(0);
    expect(process.memoryUsage().heapUsed - start).toBeLessThan(50 * 1024 * 1024);
  });

  it("forgets its index when a merge is added", () => {
    const sheet = new Sheet("Feuil1");
    sheet.addMerge({ r1: 0, c1: 0, r2: 0, c2: 1 });
    expect(sheet.mergeAt(5, 5)).toBeUndefined();
    sheet.addMerge({ r1: 5, c1: 5, r2: 6, c2: 6 });
    expect(sheet.mergeAt(6, 6)?.r1).toBe(5);
  });
});
