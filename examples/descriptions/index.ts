/** Every sample workbook of examples/, in the order of examples/README.md. */
import { WorkbookDescription } from "../build/types";
import { executionWorkbook } from "./calpae-execution-2022";
import { previsionCalpaeWorkbook } from "./calpae-prevision-2023";
import { erreursWorkbook } from "./erreurs-plantees";
import { indicateursWorkbook } from "./indicateurs-2024";
import { previsionWorkbook } from "./prevision-2024-alpes-maritimes";
import { recapitulatifWorkbook } from "./recapitulatif-2025";

export const EXAMPLES: readonly WorkbookDescription[] = [
  previsionWorkbook,
  recapitulatifWorkbook,
  indicateursWorkbook,
  executionWorkbook,
  previsionCalpaeWorkbook,
  erreursWorkbook,
];
