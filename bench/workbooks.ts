/** Workbooks of the bench: the samples of examples/, the synthetic big one, the batch of 100. */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { WorkbookDescription } from "../examples/build/types";
import { xlsxBuffer } from "../examples/build/xlsx";
import { calpaeExecution, seededRandom } from "./calpae";
import { DEPARTEMENTS } from "./departements";

export interface SampleFile {
  name: string;
  bytes: Buffer;
}

/** Every examples/*.xlsx, by name. */
export function sampleFiles(dir = resolve("examples")): SampleFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
}

export interface GeneratedWorkbook {
  file: string;
  bytes: Buffer;
  /** Number of planted mistakes. */
  planted: number;
}

async function toXlsx(description: WorkbookDescription, planted: number): Promise<GeneratedWorkbook> {
  return { file: description.file, bytes: await xlsxBuffer(description), planted };
}

/** One sheet per département (« Exéc. 2022 - 01 »…), each an F3 table of `rows` rows with 5 planted mistakes. */
export async function bigWorkbook(sheets: number, rows: number): Promise<GeneratedWorkbook> {
  const generated = DEPARTEMENTS.slice(0, sheets).map((departement, i) =>
    calpaeExecution({
      sheetName: `Exéc. 2022 - ${departement.code}`,
      departement,
      year: 2022,
      actions: rows - 9,
      mistakes: 5,
      seed: i + 1,
    }),
  );
  const description = { file: `synthetique-${sheets}x${rows}.xlsx`, sheets: generated.map((g) => g.sheet) };
  return toXlsx(
    description,
    generated.reduce((n, g) => n + g.planted.length, 0),
  );
}

/**
 * The execution report of département number `index` (cycling over the 101): year 2020 to 2022,
 * 6 to 20 actions, 0 to 3 planted mistakes, like the workbooks a DREETS receives from its départements.
 */
export async function departementWorkbook(index: number): Promise<GeneratedWorkbook> {
  const random = seededRandom(1000 + index);
  const departement = DEPARTEMENTS[index % DEPARTEMENTS.length];
  const year = 2020 + (index % 3);
  const { sheet, planted } = calpaeExecution({
    sheetName: `Exécution ${year}`,
    departement,
    year,
    actions: 6 + Math.floor(random() * 15),
    mistakes: Math.floor(random() * 4),
    seed: index + 1,
  });
  return toXlsx({ file: `calpae-execution-${year}-${departement.code}.xlsx`, sheets: [sheet] }, planted.length);
}
