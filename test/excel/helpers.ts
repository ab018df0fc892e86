/** Helpers for the adapter tests: examples loaded into the fake, a service over it, comparisons. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readXlsx } from "../../src/xlsx";
import { Workbook } from "../../src/core/grid/model";
import { CONTROLES_SHEET_NAME } from "../../src/core/report/controles";
import { Finding, Fix } from "../../src/core/rules/types";
import { JOURNAL_SHEET, SETTINGS_SHEET, createWorkbookService } from "../../src/excel";
import { FakeOptions, FakeWorkbook, coreFromFake, diffWorkbooks, fakeFromCore, fakeHost } from "../../src/fake-excel";

/** The date written in comments and in the journal: 5 March 2026, 14:32. */
export const TODAY = new Date(2026, 2, 5, 14, 32);

export async function loadExample(file: string): Promise<Workbook> {
  return (await readXlsx(readFileSync(join(__dirname, "../../examples", file)), file)).workbook;
}

export async function exampleFake(file: string, options: FakeOptions = {}): Promise<FakeWorkbook> {
  return fakeFromCore(await loadExample(file), options);
}

export function serviceOver(fake: FakeWorkbook) {
  return createWorkbookService(fakeHost(fake, { today: () => TODAY }));
}

/**
 * Closing and reopening the workbook: what a file keeps (cells, notes, sheets with their ids,
 * defined names, the document settings), nothing the add-in held in memory.
 */
export function reopen(fake: FakeWorkbook): FakeWorkbook {
  return fake.reopened();
}

/** Differences between two fakes' user sheets (the add-in's own sheets left out). */
export function userDifferences(a: FakeWorkbook, b: FakeWorkbook): string[] {
  return diffWorkbooks(coreFromFake(a), coreFromFake(b), { ignoreSheets: [JOURNAL_SHEET, SETTINGS_SHEET, CONTROLES_SHEET_NAME] });
}

/** A finding made by hand, for tests that do not need a rule. */
export function finding(file: string, sheet: string, cell: string, fix: Fix | null, ruleId = "essai"): Finding {
  return { ruleId, severity: "error", file, sheet, cell, message: `Constat sur ${cell}`, related: [], fix, tableId: null };
}
