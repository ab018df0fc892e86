/** Node's zlib as the .xlsx reader's inflater: native, and bounded by maxOutputLength. */
import { inflateRawSync } from "node:zlib";
import { InflateOverflow, Inflater } from "../xlsx";

const CHUNK = 1024 * 1024;

export const nodeInflater: Inflater = (data, maxBytes, onChunk) => {
  let out: Buffer;
  try {
    out = inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw new InflateOverflow();
    throw error;
  }
  for (let i = 0; i < out.length; i += CHUNK) onChunk(out.subarray(i, i + CHUNK));
};
