/**
 * The floor of reading an .xlsx: the file read from disk, every XML part inflated (with the same
 * inflater as the command line) and its bytes scanned once for every cell (« <c » followed by a
 * space or « > »), building nothing. No reader can do less and still see every cell.
 */
import { readFileSync } from "node:fs";
import { nodeInflater } from "../src/cli/inflate";
import { LIMITS } from "../src/xlsx/limits";
import { ZipArchive } from "../src/xlsx/zip/read";

const LT = 0x3c;
const C = 0x63;

/** Number of cells seen. */
export function floorScan(path: string): number {
  const archive = ZipArchive.open(readFileSync(path), LIMITS, nodeInflater);
  let cells = 0;
  for (const entry of archive.entries) {
    if (!entry.name.endsWith(".xml")) continue;
    archive.chunks(entry.name, (chunk) => {
      for (let i = chunk.indexOf(LT); i >= 0 && i < chunk.length - 2; i = chunk.indexOf(LT, i + 1)) {
        if (chunk[i + 1] === C && (chunk[i + 2] === 0x20 || chunk[i + 2] === 0x3e)) cells++;
      }
    });
  }
  return cells;
}
