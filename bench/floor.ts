/**
 * The floors of reading an .xlsx, both building nothing, with the same inflater as the command line:
 * - the byte floor: every XML part inflated and its bytes searched once for every cell (« <c »
 *   followed by a space or « > »). No reader can do less and still see every cell.
 * - the XML floor: every XML part inflated, decoded and parsed by saxes (the well-kept streaming
 *   XML parser the issue names), counting the <c> elements: the « raw XML scan » of issue 10,
 *   whose figure (« about 4× » for ExcelJS, the former reader) is what ExcelJS measures against it
 *   (bench/exceljs-load.cjs prints that figure in the same run).
 */
import { readFileSync } from "node:fs";
import { SaxesParser } from "saxes";
import { nodeInflater } from "../src/cli/inflate";
import { LIMITS } from "../src/xlsx/limits";
import { ZipArchive } from "../src/xlsx/zip/read";

const LT = 0x3c;
const C = 0x63;

function xmlParts(path: string): { archive: ZipArchive; names: string[] } {
  const archive = ZipArchive.open(readFileSync(path), LIMITS, nodeInflater);
  return { archive, names: archive.entries.map((e) => e.name).filter((n) => n.endsWith(".xml")) };
}

/** Byte floor: number of cells seen (a « <c » cut by the end of a chunk is seen too). */
export function floorScan(path: string): number {
  const { archive, names } = xmlParts(path);
  let cells = 0;
  for (const name of names) {
    let carry: number[] = [];
    archive.chunks(name, (chunk) => {
      if (carry.length > 0) {
        const joined = [...carry, ...chunk.subarray(0, 2)];
        if (joined[0] === LT && joined[1] === C && (joined[2] === 0x20 || joined[2] === 0x3e)) cells++;
        if (carry.length === 2 && joined[1] === LT && joined[2] === C && (joined[3] === 0x20 || joined[3] === 0x3e)) cells++;
      }
      for (let i = chunk.indexOf(LT); i >= 0 && i < chunk.length - 2; i = chunk.indexOf(LT, i + 1)) {
        if (chunk[i + 1] === C && (chunk[i + 2] === 0x20 || chunk[i + 2] === 0x3e)) cells++;
      }
      carry = [...chunk.subarray(Math.max(0, chunk.length - 2))];
    });
  }
  return cells;
}

/** XML floor: number of <c> elements saxes sees. */
export function floorXml(path: string): number {
  const { archive, names } = xmlParts(path);
  let cells = 0;
  for (const name of names) {
    const parser = new SaxesParser();
    parser.on("opentag", (tag) => {
      if (tag.name === "c") cells++;
    });
    const decoder = new TextDecoder("utf-8");
    archive.chunks(name, (chunk) => {
      parser.write(decoder.decode(chunk, { stream: true }));
    });
    parser.write(decoder.decode()).close();
  }
  return cells;
}
