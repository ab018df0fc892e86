/** Excel error values, in French and English Excel (SPEC §2, rule 7). */
import { CellValue, isErrorValue } from "../grid/model";

export const EXCEL_ERROR_CODES: readonly string[] = [
  "#VALEUR!",
  "#VALUE!",
  "#DIV/0!",
  "#REF!",
  "#N/A",
  "#NOM?",
  "#NAME?",
  "#NOMBRE!",
  "#NUM!",
  "#NUL!",
  "#NULL!",
  "#CALC!",
  "#SPILL!",
  "#PROPAGATION!",
  "#CHAMP!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#EXTERNAL!",
  "#GETTING_DATA",
];

/** English codes (as .xlsx files store them) → what a French Excel shows. */
const FRENCH_CODES: Record<string, string> = {
  "#VALUE!": "#VALEUR!",
  "#NAME?": "#NOM?",
  "#NUM!": "#NOMBRE!",
  "#NULL!": "#NUL!",
  "#SPILL!": "#PROPAGATION!",
  "#FIELD!": "#CHAMP!",
};

/** The code as a French Excel shows it: « #VALUE! » → « #VALEUR! »; other codes unchanged. */
export function frenchErrorCode(code: string): string {
  return FRENCH_CODES[code] ?? code;
}

/** The error code of an error value, or of a text that is exactly an error code (« #valeur! »); else null. */
export function excelErrorCode(value: CellValue): string | null {
  if (isErrorValue(value)) return value.error;
  if (typeof value !== "string" || !value.includes("#")) return null;
  const code = value.trim().toUpperCase();
  return EXCEL_ERROR_CODES.includes(code) ? code : null;
}
