/**
 * Node's zlib as the .xlsx reader's inflater (native, bounded by maxOutputLength), cutting its
 * output on character boundaries so that Node's decoder can take each chunk alone.
 */
import { isAscii } from "node:buffer";
import { inflateRawSync } from "node:zlib";
import { InflateOverflow, Inflater } from "../xlsx";
import { utf8Boundary } from "../xlsx/zip/read";

const CHUNK = 1024 * 1024;

export const nodeInflater: Inflater = (data, maxBytes, onChunk) => {
  let out: Buffer;
  try {
    out = inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw new InflateOverflow();
    throw error;
  }
  for (let i = 0; i < out.length;) {
    const end = utf8Boundary(out, i + CHUNK);
    onChunk(out.subarray(i, end));
    i = end;
  }
};

/** UTF-8 bytes of whole characters → text (ASCII, most of a sheet, read as Latin-1: much faster). */
export function nodeDecoder(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return isAscii(buffer) ? buffer.toString("latin1") : buffer.toString("utf8");
}
