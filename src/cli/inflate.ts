/**
 * Node's zlib as the .xlsx reader's inflater (native, bounded by maxOutputLength), cutting its
 * output on character boundaries so that Node's decoder can take each chunk alone.
 */
import { isAscii } from "node:buffer";
import { inflateRawSync } from "node:zlib";
import { InflateOverflow, Inflater } from "../xlsx";
import { utf8Boundary } from "../xlsx/zip/read";

const CHUNK = 1024 * 1024;
/** zlib's output buffer: the part's declared size at once (no copy to join pieces), within bounds. */
const MIN_OUTPUT = 64 * 1024;
const MAX_OUTPUT = 64 * 1024 * 1024;
/** How far back from a chunk's end a « > » is looked for. */
const TAG_SEARCH = 64 * 1024;
const GT = 0x3e;

export const nodeInflater: Inflater = (data, maxBytes, onChunk) => {
  let out: Buffer;
  try {
    out = inflateRawSync(data, {
      maxOutputLength: Math.max(1, maxBytes),
      chunkSize: Math.min(MAX_OUTPUT, Math.max(MIN_OUTPUT, maxBytes)),
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw new InflateOverflow();
    throw error;
  }
  for (let i = 0; i < out.length;) {
    const end = chunkEnd(out, i + CHUNK);
    onChunk(out.subarray(i, end));
    i = end;
  }
};

/**
 * Where a chunk ending near `end` ends: just after a « > » when there is one not too far back
 * (the XML scanner then has no cut tag to keep and join to the next chunk), else on a character
 * boundary.
 */
function chunkEnd(bytes: Uint8Array, end: number): number {
  if (end >= bytes.length) return bytes.length;
  const from = Math.max(0, end - TAG_SEARCH);
  const gt = bytes.subarray(from, end).lastIndexOf(GT);
  return gt >= 0 ? from + gt + 1 : utf8Boundary(bytes, end);
}

/** UTF-8 bytes of whole characters → text (ASCII, most of a sheet, read as Latin-1: much faster). */
export function nodeDecoder(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return isAscii(buffer) ? buffer.toString("latin1") : buffer.toString("utf8");
}
