/**
 * Node's zlib as the .xlsx reader's inflater: native, bounded by maxOutputLength, its output
 * given in chunks of about 1 Mo cut just after a tag, so that the worksheet scanner has no tag
 * cut in two to join to the next chunk.
 */
import { inflateRawSync } from "node:zlib";
import { InflateOverflow, Inflater } from "../xlsx";

const CHUNK = 1024 * 1024;
/**
 * zlib's output buffer: the part's declared size and one byte (zlib then ends without asking for
 * another buffer, and there are no pieces to copy into one), within zlib's minimum and a bound.
 */
const MIN_OUTPUT = 64;
const MAX_OUTPUT = 64 * 1024 * 1024;
/** How far back from a chunk's end a « > » is looked for. */
const TAG_SEARCH = 64 * 1024;
const GT = 0x3e;

export const nodeInflater: Inflater = (data, maxBytes, onChunk) => {
  const maxOutputLength = Math.max(1, maxBytes);
  let out: Buffer;
  try {
    out = inflateRawSync(data, { maxOutputLength, chunkSize: Math.min(MAX_OUTPUT, Math.max(MIN_OUTPUT, maxBytes + 1)) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ERR_BUFFER_TOO_LARGE") throw error;
    // A damaged stream can fill the one buffer before zlib reaches the damage: inflated again in
    // zlib's usual steps, it says which comes first (the damage, or a part larger than announced).
    try {
      inflateRawSync(data, { maxOutputLength });
    } catch (again) {
      if ((again as NodeJS.ErrnoException).code !== "ERR_BUFFER_TOO_LARGE") throw again;
    }
    throw new InflateOverflow();
  }
  for (let i = 0; i < out.length;) {
    const end = chunkEnd(out, i + CHUNK);
    onChunk(out.subarray(i, end));
    i = end;
  }
};

/** Where a chunk ending near `end` ends: just after a « > » when there is one not too far back. */
function chunkEnd(bytes: Uint8Array, end: number): number {
  if (end >= bytes.length) return bytes.length;
  const from = end - TAG_SEARCH;
  const gt = bytes.subarray(from, end).lastIndexOf(GT);
  return gt >= 0 ? from + gt + 1 : end;
}
