/**
 * Names of the entries of a ZIP archive, read from its central directory (no decompression).
 * Pure: works on bytes, in Node or in a browser. Returns null when the archive is damaged
 * (truncated, central directory missing or out of bounds).
 */

const EOCD_SIGNATURE = 0x06054b50;
const EOCD_SIZE = 22;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const ENTRY_SIGNATURE = 0x02014b50;
const ENTRY_HEADER_SIZE = 46;
const MAX_COMMENT = 0xffff;

interface Directory {
  offset: number;
  count: number;
}

export function listZipEntries(bytes: Uint8Array): string[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfDirectory(view);
  if (eocd < 0) return null;
  const directory = readDirectory(view, eocd);
  return directory ? readEntryNames(bytes, view, directory) : null;
}

function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let i = last; i >= first; i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) return i;
  }
  return -1;
}

function readDirectory(view: DataView, eocd: number): Directory | null {
  const count = view.getUint16(eocd + 10, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count !== 0xffff && offset !== 0xffffffff) return { offset, count };
  return readZip64Directory(view, eocd);
}

function readZip64Directory(view: DataView, eocd: number): Directory | null {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR_SIGNATURE) return null;
  const record = Number(view.getBigUint64(locator + 8, true));
  if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD_SIGNATURE) return null;
  return {
    count: Number(view.getBigUint64(record + 32, true)),
    offset: Number(view.getBigUint64(record + 48, true)),
  };
}

function readEntryNames(bytes: Uint8Array, view: DataView, directory: Directory): string[] | null {
  const decoder = new TextDecoder();
  const names: string[] = [];
  let at = directory.offset;
  for (let i = 0; i < directory.count; i++) {
    if (at + ENTRY_HEADER_SIZE > view.byteLength || view.getUint32(at, true) !== ENTRY_SIGNATURE) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameStart = at + ENTRY_HEADER_SIZE;
    if (nameStart + nameLength > view.byteLength) return null;
    names.push(decoder.decode(bytes.subarray(nameStart, nameStart + nameLength)));
    at = nameStart + nameLength + extraLength + commentLength;
  }
  return names;
}
