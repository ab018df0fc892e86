/**
 * Writes the corrected copy's archive: every part left unchanged is copied as it was stored
 * (local header, compressed bytes and data descriptor, byte for byte); changed and new parts are
 * deflated; removed parts are left out; then a new central directory.
 */
import { deflateSync } from "fflate";
import { crc32 } from "./crc32";
import { ZipArchive, ZipEntry } from "./read";

/** What becomes of a part, by part name (any case): unchanged (absent), new content, or removed (null). */
export type PartChanges = ReadonlyMap<string, Uint8Array | null>;

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const EOCD = 0x06054b50;
const UTF8_NAME = 0x800;

interface Written {
  central: Uint8Array;
}

/** DOS time and date of now, for new parts. */
function dosNow(): { time: number; date: number } {
  const d = new Date();
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((Math.max(1980, d.getFullYear()) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

class Output {
  private readonly chunks: Uint8Array[] = [];
  length = 0;

  push(bytes: Uint8Array): void {
    this.chunks.push(bytes);
    this.length += bytes.length;
  }

  bytes(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}

/** The original entries' extra field, without the zip64 record (the copy is far below 4 Go). */
function extraWithoutZip64(extra: Uint8Array): Uint8Array {
  const view = new DataView(extra.buffer, extra.byteOffset, extra.byteLength);
  const kept: Uint8Array[] = [];
  for (let at = 0; at + 4 <= extra.length;) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (id !== 0x0001) kept.push(extra.subarray(at, Math.min(extra.length, at + 4 + length)));
    at += 4 + length;
  }
  const out = new Uint8Array(kept.reduce((n, k) => n + k.length, 0));
  let at = 0;
  for (const k of kept) {
    out.set(k, at);
    at += k.length;
  }
  return out;
}

interface CentralFields {
  versionMadeBy: number;
  versionNeeded: number;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  name: Uint8Array;
  extra: Uint8Array;
  comment: Uint8Array;
  internal: number;
  external: number;
  offset: number;
}

function centralRecord(f: CentralFields): Uint8Array {
  const out = new Uint8Array(46 + f.name.length + f.extra.length + f.comment.length);
  const v = new DataView(out.buffer);
  v.setUint32(0, CENTRAL, true);
  v.setUint16(4, f.versionMadeBy, true);
  v.setUint16(6, f.versionNeeded, true);
  v.setUint16(8, f.flags, true);
  v.setUint16(10, f.method, true);
  v.setUint16(12, f.time, true);
  v.setUint16(14, f.date, true);
  v.setUint32(16, f.crc, true);
  v.setUint32(20, f.compressedSize, true);
  v.setUint32(24, f.size, true);
  v.setUint16(28, f.name.length, true);
  v.setUint16(30, f.extra.length, true);
  v.setUint16(32, f.comment.length, true);
  v.setUint16(34, 0, true);
  v.setUint16(36, f.internal, true);
  v.setUint32(38, f.external, true);
  v.setUint32(42, f.offset, true);
  out.set(f.name, 46);
  out.set(f.extra, 46 + f.name.length);
  out.set(f.comment, 46 + f.name.length + f.extra.length);
  return out;
}

/** The central record of an entry copied as it was, at its new offset. */
function copiedCentral(entry: ZipEntry, offset: number): Uint8Array {
  const c = entry.central;
  const v = new DataView(c.buffer, c.byteOffset, c.byteLength);
  const nameLength = v.getUint16(28, true);
  const extraLength = v.getUint16(30, true);
  const commentLength = v.getUint16(32, true);
  return centralRecord({
    versionMadeBy: v.getUint16(4, true),
    versionNeeded: v.getUint16(6, true),
    flags: entry.flags,
    method: entry.method,
    time: v.getUint16(12, true),
    date: v.getUint16(14, true),
    crc: entry.crc,
    compressedSize: entry.compressedSize,
    size: entry.size,
    name: c.subarray(46, 46 + nameLength),
    extra: extraWithoutZip64(c.subarray(46 + nameLength, 46 + nameLength + extraLength)),
    comment: c.subarray(46 + nameLength + extraLength, 46 + nameLength + extraLength + commentLength),
    internal: v.getUint16(36, true),
    external: v.getUint32(38, true),
    offset,
  });
}

function writeNewPart(out: Output, name: string, content: Uint8Array, like: ZipEntry | undefined): Written {
  const nameBytes = new TextEncoder().encode(name);
  const data = deflateSync(content, { level: 6 });
  const crc = crc32(content);
  const now = dosNow();
  const c = like?.central;
  const v = c ? new DataView(c.buffer, c.byteOffset, c.byteLength) : null;
  const time = v ? v.getUint16(12, true) : now.time;
  const date = v ? v.getUint16(14, true) : now.date;
  const flags = /[^\x20-\x7e]/.test(name) ? UTF8_NAME : 0;
  const offset = out.length;
  const header = new Uint8Array(30 + nameBytes.length);
  const h = new DataView(header.buffer);
  h.setUint32(0, LOCAL, true);
  h.setUint16(4, 20, true);
  h.setUint16(6, flags, true);
  h.setUint16(8, 8, true);
  h.setUint16(10, time, true);
  h.setUint16(12, date, true);
  h.setUint32(14, crc, true);
  h.setUint32(18, data.length, true);
  h.setUint32(22, content.length, true);
  h.setUint16(26, nameBytes.length, true);
  h.setUint16(28, 0, true);
  header.set(nameBytes, 30);
  out.push(header);
  out.push(data);
  return {
    central: centralRecord({
      versionMadeBy: v ? v.getUint16(4, true) : 20,
      versionNeeded: 20,
      flags,
      method: 8,
      time,
      date,
      crc,
      compressedSize: data.length,
      size: content.length,
      name: nameBytes,
      extra: new Uint8Array(0),
      comment: new Uint8Array(0),
      internal: 0,
      external: v ? v.getUint32(38, true) : 0,
      offset,
    }),
  };
}

/** Start of each entry's following record: the next local header, or the central directory. */
function recordEnds(archive: ZipArchive): Map<ZipEntry, number> {
  const sorted = [...archive.entries].sort((a, b) => a.localOffset - b.localOffset);
  const directory = Math.min(...archive.entries.map((e) => e.central.byteOffset - archive.bytes.byteOffset));
  const ends = new Map<ZipEntry, number>();
  sorted.forEach((entry, i) => {
    const dataEnd = entry.dataOffset + entry.compressedSize;
    const next = i + 1 < sorted.length ? sorted[i + 1].localOffset : directory;
    ends.set(entry, next >= dataEnd && next - dataEnd <= 24 ? next : dataEnd + descriptorLength(archive.bytes, entry, dataEnd));
  });
  return ends;
}

function descriptorLength(bytes: Uint8Array, entry: ZipEntry, at: number): number {
  if (!(entry.flags & 8)) return 0;
  const signed =
    at + 4 <= bytes.length && bytes[at] === 0x50 && bytes[at + 1] === 0x4b && bytes[at + 2] === 7 && bytes[at + 3] === 8;
  return signed ? 16 : 12;
}

/** The new archive: the original entries in their order (copied, changed or left out), then the new parts. */
export function writeArchive(archive: ZipArchive, changes: PartChanges): Uint8Array {
  const out = new Output();
  const centrals: Uint8Array[] = [];
  const ends = recordEnds(archive);
  const byKey = new Map([...changes].map(([name, content]) => [name.toLowerCase(), content]));
  const seen = new Set<string>();
  for (const entry of archive.entries) {
    const key = entry.name.toLowerCase();
    seen.add(key);
    const change = byKey.get(key);
    if (change === null) continue;
    if (change !== undefined) {
      centrals.push(writeNewPart(out, entry.name, change, entry).central);
      continue;
    }
    const offset = out.length;
    out.push(archive.bytes.subarray(entry.localOffset, ends.get(entry)));
    centrals.push(copiedCentral(entry, offset));
  }
  for (const [name, content] of changes) {
    if (seen.has(name.toLowerCase()) || content === null) continue;
    centrals.push(writeNewPart(out, name, content, undefined).central);
  }
  const directoryOffset = out.length;
  for (const central of centrals) out.push(central);
  const end = new Uint8Array(22);
  const v = new DataView(end.buffer);
  v.setUint32(0, EOCD, true);
  v.setUint16(8, centrals.length, true);
  v.setUint16(10, centrals.length, true);
  v.setUint32(12, out.length - directoryOffset, true);
  v.setUint32(16, directoryOffset, true);
  out.push(end);
  return out.bytes();
}
