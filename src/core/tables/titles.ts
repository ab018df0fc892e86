/** Title lines above a header (« TABLEAU FINANCIER … », « - Région xxx - Département du xxx », « Prévisionnel Année 2024 »). */
import { foldSpaces } from "../parse/text";
import { isPageMark } from "./fiche/marks";
import { SheetScan } from "./scan";

/** Rows searched above a header. */
const MAX_TITLE_ROWS = 8;
/** Empty rows allowed between two title lines. */
const MAX_GAP = 2;

/**
 * Text-only rows above `firstRow` (not above `floor`, the first row free of any other table),
 * top to bottom, one entry per line of each cell.
 */
export function titlesAbove(scan: SheetScan, firstRow: number, floor: number): string[] {
  const lines: string[] = [];
  let gap = 0;
  for (let r = firstRow - 1; r >= Math.max(floor, firstRow - MAX_TITLE_ROWS); r--) {
    if (scan.isBlank(r)) {
      if (++gap > MAX_GAP) break;
      continue;
    }
    if (isPageMark(scan, r)) continue;
    if (scan.valueCount(r) > 0 || scan.textCount(r) > 3) break;
    gap = 0;
    const texts = scan.texts(r).flatMap((t) =>
      t.raw
        .split(/\r?\n/)
        .map(foldSpaces)
        .filter((l) => l !== ""),
    );
    lines.unshift(...texts);
  }
  return lines;
}
