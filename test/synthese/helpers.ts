/** Helpers of the synthesis tests: described workbooks as core snapshots, and a synthesis over them. */
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { resolveWorkbook } from "../../examples/build/resolve";
import { WorkbookDescription } from "../../examples/build/types";
import { readXlsx } from "../../src/xlsx";
import { parseCellAddress, parseRangeAddress } from "../../src/core/grid/address";
import { Workbook } from "../../src/core/grid/model";
import { synthesize, Synthese, SyntheseOptions } from "../../src/core/synthese";

export const REGION_DIR = resolve(__dirname, "../../examples/region");

/** The core snapshot of a description (what a reader gives for its generated file). */
export function toCore(description: WorkbookDescription): Workbook {
  const workbook = new Workbook(description.file);
  for (const snapshot of resolveWorkbook(description).sheets) {
    const sheet = workbook.addSheet(snapshot.name);
    for (const [address, cell] of Object.entries(snapshot.cells)) {
      const at = parseCellAddress(address);
      if (!at) throw new Error(`adresse invalide ${address}`);
      sheet.set(at.row, at.col, {
        value: cell.value,
        ...(cell.formula ? { formula: cell.formula } : {}),
        ...(cell.numFmt ? { numFmt: cell.numFmt } : {}),
      });
    }
    for (const m of snapshot.merges) sheet.addMerge(parseRangeAddress(m) as NonNullable<ReturnType<typeof parseRangeAddress>>);
  }
  return workbook;
}

/** A synthesis of in-memory workbooks; `loads` counts the reads of each file. */
export async function synthesisOf(
  descriptions: readonly WorkbookDescription[],
  options: SyntheseOptions = {},
): Promise<{ synthese: Synthese; loads: string[] }> {
  const loads: string[] = [];
  const synthese = await synthesize(
    {
      files: descriptions,
      name: (d) => d.file,
      load: async (d) => {
        loads.push(d.file);
        return toCore(d);
      },
    },
    options,
  );
  return { synthese, loads };
}

/** The synthesis of examples/region/, read from the committed .xlsx files. */
export async function regionSynthesis(options: SyntheseOptions = {}): Promise<Synthese> {
  const files = readdirSync(REGION_DIR)
    .filter((f) => f.endsWith(".xlsx"))
    .sort();
  return synthesize(
    { files, name: (f) => f, load: async (f) => (await readXlsx(readFileSync(join(REGION_DIR, f)), f)).workbook },
    options,
  );
}

export const euros = (n: number): number => Math.round(n * 100);
