/** Looks of the synthesis workbook: French money and percent formats, header and total styles, colours. */
import { ColonneKind } from "../../core/synthese";
import { ConditionalStyle, NewCell, NewStyle } from "./model";

/** « 1 234,56 € » in a French Excel (the format is stored in Excel's invariant syntax). */
export const MONEY_FORMAT = '#,##0.00\\ "€"';
/** « 49,9 % ». */
export const PERCENT_FORMAT = "0.0\\ %";
export const COUNT_FORMAT = "0";

const DARK = "1F4E79";
const LIGHT = "DDEBF7";

export const TITLE: NewStyle = { bold: true, color: DARK };
export const NOTE: NewStyle = { italic: true, color: "595959" };
export const GROUP_HEADER: NewStyle = {
  bold: true,
  color: "FFFFFF",
  fill: DARK,
  horizontal: "center",
  vertical: "center",
  border: true,
};
export const HEADER: NewStyle = { bold: true, fill: LIGHT, wrap: true, vertical: "center", horizontal: "center", border: true };
export const LINK: NewStyle = { color: "0563C1", underline: true, border: true };

/** Red (below the co-financing rule, erreur), orange (low consumption, avertissement), grey (absent). */
export const BAD: ConditionalStyle = { fill: "FFC7CE", color: "9C0006" };
export const LOW: ConditionalStyle = { fill: "FFEB9C", color: "9C5700" };
export const ABSENT: ConditionalStyle = { color: "808080", italic: true };

export function valueStyle(kind: ColonneKind, total = false): NewStyle {
  const base: NewStyle = { border: true, bold: total || undefined, fill: total ? LIGHT : undefined };
  switch (kind) {
    case "montant":
      return { ...base, numFmt: MONEY_FORMAT };
    case "taux":
      return { ...base, numFmt: PERCENT_FORMAT };
    case "nombre":
      return { ...base, numFmt: COUNT_FORMAT };
    case "texte":
      return base;
  }
}

/** A cell of text; null and "" give an empty (but bordered) cell. */
export function textCell(text: string | null, style: NewStyle = { border: true }): NewCell {
  return { value: text === null || text === "" ? null : text, style };
}

/** Cents → euros as Excel stores them. */
export const euros = (cents: number): number => cents / 100;
