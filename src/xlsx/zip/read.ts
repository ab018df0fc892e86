/**
 * The zip archive of an .xlsx: its central directory read without inflating anything, the
 * declared sizes checked against the limits first (zip bombs), then each part inflated on demand
 * with its real size checked as it grows. Pure: works on bytes, in Node or in a browser.
 */
import { Inflate } from "fflate";
import { damaged, XlsxError } from "../errors";
import { limitError, sayBytes, sayCount, XlsxLimits } from "../limits";

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  /** Uncompressed size as the central directory declares it. */
  size: number;
  /** Offset of the local header. */
  localOffset: number;
  /** Offset of the compressed data (after the local header, its name and extra field). */
  dataOffset: number;
  /** The central directory record, as written (name, extra field and comment included). */
  central: Uint8Array;
}

/**
 * Inflates raw deflate data into chunks given to `onChunk`; throws InflateOverflow when the
 * output would exceed `maxBytes`. The CLI passes Node's zlib; the default is fflate (browser).
 */
export type Inflater = (data: Uint8Array, maxBytes: number, onChunk: (chunk: Uint8Array) => void) => void;

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED = 1;
const CHUNK = 64 * 1024;

/**
 * The end of a chunk moved back to a UTF-8 character boundary (before a continuation byte), so
 * that each chunk can be decoded alone.
 */
export function utf8Boundary(bytes: Uint8Array, end: number): number {
  if (end >= bytes.length) return bytes.length;
  let at = end;
  while (at > end - 4 && at > 0 && (bytes[at] & 0xc0) === 0x80) at--;
  return at;
}

/** Thrown by an Inflater when the data inflates to more than allowed. */
export class InflateOverflow extends Error {
  constructor() {
    super("taille décompressée dépassée");
    this.name = "InflateOverflow";
  }
}

const ARCHIVE_DAMAGED = "le fichier .xlsx est endommagé (archive incomplète ou corrompue) : il ne peut pas être lu.";

/** fflate's streaming inflate: the output is checked chunk by chunk, so a bomb stops early. */
export const fflateInflater: Inflater = (data, maxBytes, onChunk) => {
  let total = 0;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total > maxBytes) throw new InflateOverflow();
    onChunk(chunk);
  });
  if (data.length === 0) inflate.push(data, true);
  for (let i = 0; i < data.length; i += CHUNK) inflate.push(data.subarray(i, i + CHUNK), i + CHUNK >= data.length);
};

export class ZipArchive {
  readonly entries: ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();
  /** Bytes inflated so far, over all parts. */
  private inflated = 0;

  private constructor(
    readonly bytes: Uint8Array,
    entries: ZipEntry[],
    private readonly limits: XlsxLimits,
    private readonly inflater: Inflater,
  ) {
    this.entries = entries;
    for (const entry of entries) this.byName.set(entry.name.toLowerCase(), entry);
  }

  /** Reads the directory and checks every declared size; throws XlsxError / XlsxLimitError. */
  static open(bytes: Uint8Array, limits: XlsxLimits, inflater: Inflater = fflateInflater): ZipArchive {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const directory = findDirectory(view);
    if (!directory) throw new XlsxError(ARCHIVE_DAMAGED);
    if (directory.count > limits.entries) {
      throw limitError(
        "l'archive compte trop de parties",
        `${sayCount(directory.count)} pour ${sayCount(limits.entries)} au plus.`,
      );
    }
    const entries = readEntries(bytes, view, directory);
    if (!entries) throw new XlsxError(ARCHIVE_DAMAGED);
    checkDeclaredSizes(entries, limits);
    return new ZipArchive(bytes, entries, limits, inflater);
  }

  /** The entry of a part name (case-insensitive, as OPC part names are), with or without leading « / ». */
  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name.replace(/^\//, "").toLowerCase());
  }

  has(name: string): boolean {
    return this.entry(name) !== undefined;
  }

  /**
   * The uncompressed bytes of a part, given chunk by chunk (at most 64 Ko each when inflated by
   * fflate). `again`: a second pass over a part already counted in the total inflated size.
   */
  chunks(name: string, onChunk: (chunk: Uint8Array) => void, again = false): void {
    const entry = this.entry(name);
    if (!entry) throw damaged(name, "partie absente");
    const data = this.compressed(entry);
    let size = 0;
    /** An error of the consumer (a limit, damaged XML) goes through the inflater unchanged. */
    let failure: { error: unknown } | null = null;
    const counted = (chunk: Uint8Array) => {
      try {
        size += chunk.length;
        if (!again) this.count(entry, chunk.length);
        onChunk(chunk);
      } catch (error) {
        failure = { error };
        throw error;
      }
    };
    if (entry.method === STORED) {
      if (data.length !== entry.size) throw damaged(entry.name, "taille incohérente");
      for (let i = 0; i < data.length;) {
        const end = utf8Boundary(data, i + CHUNK * 16);
        counted(data.subarray(i, end));
        i = end;
      }
      return;
    }
    try {
      this.inflater(data, entry.size, counted);
    } catch (error) {
      if (failure !== null) throw (failure as { error: unknown }).error;
      if (error instanceof InflateOverflow) {
        throw new XlsxError(
          `le fichier .xlsx est endommagé ou piégé : la partie « ${entry.name} » est plus grande, une fois décompressée, que ce qu'annonce l'archive (${sayBytes(entry.size)}).`,
        );
      }
      throw damaged(entry.name, "données compressées invalides");
    }
    if (size !== entry.size) throw damaged(entry.name, "taille décompressée différente de la taille annoncée");
  }

  /** The whole uncompressed part. */
  read(name: string): Uint8Array {
    const entry = this.entry(name);
    if (!entry) throw damaged(name, "partie absente");
    if (entry.method === STORED) {
      const data = this.compressed(entry);
      if (data.length !== entry.size) throw damaged(entry.name, "taille incohérente");
      this.count(entry, data.length);
      return data;
    }
    const out = new Uint8Array(entry.size);
    let at = 0;
    this.chunks(name, (chunk) => {
      out.set(chunk, at);
      at += chunk.length;
    });
    return out;
  }

  /** The part decoded as UTF-8 text. */
  text(name: string): string {
    return new TextDecoder().decode(this.read(name));
  }

  /** The compressed bytes of an entry, checked against the archive's bounds. */
  compressed(entry: ZipEntry): Uint8Array {
    if (entry.flags & ENCRYPTED) {
      throw new XlsxError(`la partie « ${entry.name} » est chiffrée : enregistrez le classeur sans mot de passe dans Excel.`);
    }
    if (entry.method !== STORED && entry.method !== DEFLATED)
      throw damaged(entry.name, `méthode de compression ${entry.method} inconnue`);
    const end = entry.dataOffset + entry.compressedSize;
    if (end > this.bytes.length) throw new XlsxError(ARCHIVE_DAMAGED);
    return this.bytes.subarray(entry.dataOffset, end);
  }

  private count(entry: ZipEntry, bytes: number): void {
    this.inflated += bytes;
    if (this.inflated > this.limits.totalBytes) {
      throw limitError(
        "le classeur décompressé est trop volumineux",
        `plus de ${sayBytes(this.limits.totalBytes)} une fois décompressé (en lisant « ${entry.name} »).`,
      );
    }
  }
}

interface Directory {
  offset: number;
  count: number;
  end: number;
}

function findDirectory(view: DataView): Directory | null {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) !== EOCD) continue;
    const count = view.getUint16(at + 10, true);
    const offset = view.getUint32(at + 16, true);
    if (count !== 0xffff && offset !== 0xffffffff) return { offset, count, end: at };
    return zip64Directory(view, at);
  }
  return null;
}

function zip64Directory(view: DataView, eocd: number): Directory | null {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) return null;
  const record = Number(view.getBigUint64(locator + 8, true));
  if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD) return null;
  const count = Number(view.getBigUint64(record + 32, true));
  const offset = Number(view.getBigUint64(record + 48, true));
  return { count, offset, end: record };
}

/** Sizes and offset from the zip64 extra field, for the fields set to 0xFFFFFFFF. */
function zip64Fields(view: DataView, extraStart: number, extraEnd: number, entry: ZipEntry): void {
  for (let at = extraStart; at + 4 <= extraEnd;) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const next = (): number => {
        if (field + 8 > at + 4 + length) return NaN;
        const value = Number(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localOffset === 0xffffffff) entry.localOffset = next();
      return;
    }
    at += 4 + length;
  }
}

function readEntries(bytes: Uint8Array, view: DataView, directory: Directory): ZipEntry[] | null {
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  let at = directory.offset;
  for (let i = 0; i < directory.count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const end = at + 46 + nameLength + extraLength + commentLength;
    if (end > view.byteLength) return null;
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
      dataOffset: 0,
      central: bytes.subarray(at, end),
    };
    zip64Fields(view, at + 46 + nameLength, at + 46 + nameLength + extraLength, entry);
    const local = entry.localOffset;
    if (!Number.isFinite(local) || local + 30 > view.byteLength || view.getUint32(local, true) !== LOCAL) return null;
    entry.dataOffset = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (!Number.isFinite(entry.size) || !Number.isFinite(entry.compressedSize)) return null;
    entries.push(entry);
    at = end;
  }
  return entries;
}

function checkDeclaredSizes(entries: ZipEntry[], limits: XlsxLimits): void {
  let total = 0;
  for (const entry of entries) {
    if (entry.size > limits.partBytes) {
      throw limitError(
        `la partie « ${entry.name} » est trop volumineuse`,
        `${sayBytes(entry.size)} une fois décompressée, pour ${sayBytes(limits.partBytes)} au plus.`,
      );
    }
    total += entry.size;
  }
  if (total > limits.totalBytes) {
    throw limitError(
      "le classeur décompressé est trop volumineux",
      `${sayBytes(total)} annoncés par l'archive, pour ${sayBytes(limits.totalBytes)} au plus.`,
    );
  }
}
