/**
 * A fast first pass over a sheet part big enough to break the cell limits: its `<c>` elements
 * counted in the raw bytes, nothing built, so that a sheet of two million cells is refused in a
 * second or two instead of after a million cells have been read into the snapshot. The count
 * of the streaming reader stays the reference (a prefixed `<x:c>` is only counted there).
 */
import { ZipArchive } from "../zip/read";
import { Budget, tooManyCells, tooManySheetCells } from "./sheet";

/** The shortest cell element, `<c/>`: a part smaller than 4 bytes per cell cannot break a limit. */
const MIN_CELL_BYTES = 4;
const LT = 0x3c;
const C = 0x63;

/** `<c` followed by a space, `>` or `/`: a cell element (not `<col`, `<cfvo`…). */
const ENDS_NAME = new Set([0x20, 0x09, 0x0a, 0x0d, 0x3e, 0x2f]);

export function countCellTags(archive: ZipArchive, part: string): number {
  let count = 0;
  /** 0: elsewhere, 1: after `<`, 2: after `<c`. */
  let state = 0;
  archive.chunks(
    part,
    (chunk) => {
      for (let i = 0; i < chunk.length; i++) {
        const b = chunk[i];
        if (state === 2 && ENDS_NAME.has(b)) count++;
        state = b === LT ? 1 : state === 1 && b === C ? 2 : 0;
      }
    },
    true,
  );
  return count;
}

/** Refuses, before reading it, a sheet whose cell elements alone break a limit. */
export function checkCellCount(archive: ZipArchive, part: string, sheet: string, budget: Budget): void {
  const { limits } = budget;
  const room = Math.min(limits.cellsPerSheet, limits.cells - budget.cells);
  const size = archive.entry(part)?.size ?? 0;
  if (size <= MIN_CELL_BYTES * room) return;
  const count = countCellTags(archive, part);
  if (count > limits.cellsPerSheet) throw tooManySheetCells(limits, sheet);
  if (budget.cells + count > limits.cells) throw tooManyCells(limits, sheet);
}
