/**
 * The XML scanner on UTF-8 bytes, for the worksheets: the same events and the same errors as
 * XmlScanner (scanner.ts) on the text of the same bytes, without decoding the text first.
 * Worksheets are most of a workbook's XML, and their markup is read byte by byte: on bytes
 * this is two to three times faster than on a string, and only the text a handler asks for is
 * decoded. The patcher and the small parts keep XmlScanner, which gives offsets in the text.
 * Chunks may cut a tag, a text or a character anywhere.
 */
import { decodeEntities } from "./entities";
import { XmlError } from "./scanner";

const EMPTY = new Uint8Array(0);
/** BOM kept: it is text like any other character here (the text of a part is decoded whole). */
let decoder: TextDecoder | null = null;

/** Made when first needed (a page that only imports the reader may have no TextDecoder). */
function decode(bytes: Uint8Array): string {
  return (decoder ??= new TextDecoder("utf-8", { ignoreBOM: true })).decode(bytes);
}
/** Up to this length, ASCII text is made from its codes (a TextDecoder call costs more). */
const SHORT_TEXT = 12;

/** The text of bytes[from, to) decoded as UTF-8 (invalid sequences replaced, as a TextDecoder does). */
export function utf8(bytes: Uint8Array, from: number, to: number): string {
  if (to - from <= SHORT_TEXT) {
    let text = "";
    for (let i = from; i < to; i++) {
      const c = bytes[i];
      if (c >= 0x80) return decode(view(bytes, from, to));
      text += String.fromCharCode(c);
    }
    return text;
  }
  return decode(view(bytes, from, to));
}

/** bytes[from, to) as a plain Uint8Array (a Node Buffer's subarray is a Buffer, slower to make). */
function view(bytes: Uint8Array, from: number, to: number): Uint8Array {
  return new Uint8Array(bytes.buffer, bytes.byteOffset + from, to - from);
}

/** The tag being reported, as Tag (scanner.ts): its name without prefix and its attributes. */
export class ByteTag {
  /** Local name (« c » for « <x:c … > »). */
  name = "";
  selfClosing = false;
  /** Offsets of « < » and just after « > » in the whole document, in bytes. */
  start = 0;
  end = 0;
  /** @internal the buffer holding the tag; attribute values are read from it on demand */
  source: Uint8Array = EMPTY;
  /** @internal attribute local names */
  readonly names: string[] = [];
  /** @internal raw value of attribute i: source[from[i], to[i]) (entities not decoded) */
  readonly from: number[] = [];
  /** @internal */
  readonly to: number[] = [];
  /** @internal */
  count = 0;

  /** Index of an attribute by its local name (« id » for « r:id »), -1 when absent. */
  indexOf(name: string): number {
    for (let i = 0; i < this.count; i++) if (this.names[i] === name) return i;
    return -1;
  }

  /** The value of an attribute by its local name, entities decoded. */
  get(name: string): string | undefined {
    const i = this.indexOf(name);
    return i < 0 ? undefined : decodeEntities(utf8(this.source, this.from[i], this.to[i]));
  }

  /** A non-negative integer attribute read in place; `fallback` when absent or not digits only. */
  int(name: string, fallback: number): number {
    return this.intAt(this.indexOf(name), fallback);
  }

  /** int() for the attribute at index i (-1: absent). */
  intAt(i: number, fallback: number): number {
    if (i < 0) return fallback;
    const to = this.to[i];
    let at = this.from[i];
    if (at === to) return fallback;
    const s = this.source;
    let n = 0;
    for (; at < to; at++) {
      const c = s[at];
      if (c < 48 || c > 57) return fallback;
      n = n * 10 + (c - 48);
    }
    return n;
  }

  attributes(): Map<string, string> {
    const out = new Map<string, string>();
    for (let i = 0; i < this.count; i++) out.set(this.names[i], decodeEntities(utf8(this.source, this.from[i], this.to[i])));
    return out;
  }
}

export interface ByteHandler {
  open(tag: ByteTag): void;
  /** `end`: offset just after the closing tag (or after « /> ») in the whole document. */
  close(name: string, end: number): void;
  /** Text (entities decoded) between tags; called only while wantsText() is true. */
  text?(text: string): void;
  /**
   * Instead of text(): the same text still raw, bytes[from, to) undecoded, its entities too
   * (decodeEntities(utf8(…)) gives text()'s string). `bytes` may be kept: it is not reused.
   */
  rawText?(bytes: Uint8Array, from: number, to: number): void;
  wantsText?(): boolean;
  /**
   * A fast path: offered each start tag inside the root (bytes[lt] is its « < ») when no text is
   * pending, the handler may read the whole element by itself and return the offset just after
   * its end; -1 leaves it to the scanner. It must take only complete elements the scanner reads
   * without error, do what their events would do (errors included, in the same order), and do
   * nothing when it returns -1.
   */
  element?(bytes: Uint8Array, lt: number): number;
}

/**
 * Names seen so far, as in scanner.ts: one-byte names by their byte, the others in a small table
 * by a hash of their length and bytes; internalised.
 */
class ByteNames {
  private readonly single: string[] = new Array<string>(128).fill("");
  private readonly table: string[] = new Array<string>(NAME_SLOTS).fill("");
  private readonly bytes: (Uint8Array | null)[] = new Array<Uint8Array | null>(NAME_SLOTS).fill(null);

  get(s: Uint8Array, from: number, to: number): string {
    const length = to - from;
    const first = s[from];
    if (length === 1 && first < 128) {
      const known = this.single[first];
      return known !== "" ? known : (this.single[first] = internalised(utf8(s, from, to)));
    }
    const slot = (length * 31 + first * 7 + s[from + (length >> 1)] * 3 + s[to - 1]) & (NAME_SLOTS - 1);
    const known = this.bytes[slot];
    if (known !== null && known.length === length) {
      let i = 0;
      while (i < length && known[i] === s[from + i]) i++;
      if (i === length) return this.table[slot];
    }
    this.bytes[slot] = s.slice(from, to);
    return (this.table[slot] = internalised(utf8(s, from, to)));
  }
}

const NAME_SLOTS = 512;

/** The engine's single copy of a string (property keys are internalised). */
function internalised(text: string): string {
  return Object.keys({ [text]: 0 })[0];
}

const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const COLON = 58;
const EQUALS = 61;
const GT = 62;
const LT = 60;
const AMPERSAND = 38;
const LOWER_X = 120;
const DQUOTE = 34;
const SQUOTE = 39;
const INCOMPLETE = -1;
/** « xmlns » */
const XMLNS = [120, 109, 108, 110, 115];
/** The byte order mark U+FEFF in UTF-8. */
const BOM = [0xef, 0xbb, 0xbf];
const COMMENT = [LT, BANG, 45, 45];
const CDATA = [LT, BANG, 91, 67, 68, 65, 84, 65, 91];

export class ByteScanner {
  private buffer: Uint8Array = EMPTY;
  private pos = 0;
  /** Offset in the whole document of buffer[0]. */
  private base = 0;
  /** Text waiting for the next tag, raw: one range of the buffer, or pieces (see scanner.ts). */
  private textFrom = -1;
  private textTo = -1;
  private pieces: Uint8Array[] | null = null;
  private readonly tag = new ByteTag();
  private readonly names = new ByteNames();
  /** Names of the open elements: stack[0 … depth - 1], with their bytes to compare closing tags. */
  private readonly stack: string[] = [];
  private depth = 0;
  private finished = false;
  private rootClosed = false;

  constructor(private readonly handler: ByteHandler) {}

  /** Scans a whole document at once. */
  static scan(bytes: Uint8Array, handler: ByteHandler): void {
    const scanner = new ByteScanner(handler);
    scanner.write(bytes);
    scanner.close();
  }

  write(bytes: Uint8Array): void {
    if (this.finished) throw new XmlError("contenu après la fin du document");
    // Always a plain Uint8Array (not a Node Buffer): one kind of array for the code reading it.
    const chunk = Object.getPrototypeOf(bytes) === Uint8Array.prototype ? bytes : view(bytes, 0, bytes.length);
    this.keepText();
    const rest = this.buffer.length - this.pos;
    this.base += this.pos;
    if (rest === 0) this.buffer = chunk;
    else {
      const joined = new Uint8Array(rest + chunk.length);
      joined.set(this.buffer.subarray(this.pos));
      joined.set(chunk, rest);
      this.buffer = joined;
    }
    this.pos = 0;
    this.run();
  }

  close(): void {
    // A BOM cut by the end of the last chunk, outside the root: what XmlScanner says of it.
    if (this.depth === 0 && this.pos < this.buffer.length && this.buffer.indexOf(LT, this.pos) < 0)
      this.pos = this.textBetween(this.pos, this.buffer.length, false);
    if (this.pos < this.buffer.length) {
      if (utf8(this.buffer, this.pos, this.buffer.length).trim() !== "" || this.depth > 0)
        throw new XmlError("document tronqué (balise non fermée)");
    }
    this.flushText();
    if (this.depth > 0) throw new XmlError(`document incomplet : élément <${this.stack[this.depth - 1]}> non fermé`);
    if (!this.rootClosed) throw new XmlError("document vide");
    this.finished = true;
  }

  /** The pending range of the buffer made a piece (the buffer is about to change, or more text follows). */
  private keepText(): void {
    if (this.textFrom < 0) return;
    (this.pieces ??= []).push(this.buffer.slice(this.textFrom, this.textTo));
    this.textFrom = -1;
  }

  private flushText(): void {
    let source: Uint8Array;
    let from = 0;
    let to: number;
    if (this.textFrom >= 0) {
      source = this.buffer;
      from = this.textFrom;
      to = this.textTo;
      this.textFrom = -1;
    } else if (this.pieces !== null) {
      source = joinBytes(this.pieces);
      to = source.length;
      this.pieces = null;
    } else return;
    const handler = this.handler;
    if (handler.rawText) handler.rawText(source, from, to);
    else handler.text?.(decodeEntities(utf8(source, from, to)));
  }

  private run(): void {
    const s = this.buffer;
    const length = s.length;
    let pos = this.pos;
    while (pos < length) {
      let lt = pos;
      if (s[pos] !== LT) {
        lt = s.indexOf(LT, pos);
        if (lt < 0) {
          pos = this.textBetween(pos, length, true);
          break;
        }
        this.textBetween(pos, lt, false);
      }
      if (lt + 1 >= length) {
        pos = lt;
        break;
      }
      const next = s[lt + 1];
      if (next !== SLASH && next !== BANG && next !== QUESTION && this.depth > 0 && this.textFrom < 0 && this.pieces === null) {
        const end = this.handler.element?.(s, lt) ?? -1;
        if (end >= 0) {
          pos = end;
          continue;
        }
      }
      const end =
        next === SLASH
          ? this.closeTag(lt)
          : next === BANG
            ? this.special(lt)
            : next === QUESTION
              ? this.skipUntil(lt, QUESTION, GT)
              : this.openTag(lt);
      if (end === INCOMPLETE) {
        pos = lt;
        break;
      }
      pos = end;
    }
    this.pos = pos;
  }

  /**
   * Text up to a tag, or up to the end of the buffer (`last`). Outside the root only spaces and
   * BOMs are allowed; one cut by the end of the buffer is kept for the next chunk: the offset
   * where the scan stops is returned.
   */
  private textBetween(from: number, to: number, last: boolean): number {
    if (this.depth > 0) {
      if (!this.handler.wantsText?.()) return to;
      if (this.textFrom < 0 && this.pieces === null) {
        this.textFrom = from;
        this.textTo = to;
      } else {
        this.keepText();
        (this.pieces as Uint8Array[]).push(this.buffer.slice(from, to));
      }
      return to;
    }
    const s = this.buffer;
    for (let i = from; i < to; i++) {
      const c = s[i];
      if (c === 32 || c === 9 || c === 10 || c === 13) continue;
      if (c === BOM[0]) {
        if (last && to - i < 3 && (to - i === 1 || s[i + 1] === BOM[1])) return i;
        if (s[i + 1] === BOM[1] && s[i + 2] === BOM[2] && i + 2 < to) {
          i += 2;
          continue;
        }
      }
      throw new XmlError("texte hors de l'élément racine");
    }
    return to;
  }

  /** Offset just after the two bytes a, b found after `lt + 2`; INCOMPLETE when not in the buffer yet. */
  private skipUntil(lt: number, a: number, b: number, from = lt + 2): number {
    const s = this.buffer;
    for (let at = s.indexOf(a, from); at >= 0 && at + 1 < s.length; at = s.indexOf(a, at + 1)) {
      if (s[at + 1] === b) return at + 2;
    }
    return INCOMPLETE;
  }

  private special(lt: number): number {
    const s = this.buffer;
    if (startsWith(s, lt, COMMENT)) {
      // « --> »
      for (let at = s.indexOf(45, lt + 2); at >= 0 && at + 2 < s.length; at = s.indexOf(45, at + 1)) {
        if (s[at + 1] === 45 && s[at + 2] === GT) return at + 3;
      }
      return INCOMPLETE;
    }
    if (startsWith(s, lt, CDATA)) {
      // « ]]> »
      let close = -1;
      for (let at = s.indexOf(93, lt + 9); at >= 0 && at + 2 < s.length; at = s.indexOf(93, at + 1)) {
        if (s[at + 1] === 93 && s[at + 2] === GT) {
          close = at;
          break;
        }
      }
      if (close < 0) return INCOMPLETE;
      if (this.depth > 0 && this.handler.wantsText?.()) {
        this.keepText();
        (this.pieces ??= []).push(escapeAmpersands(s.subarray(lt + 9, close)));
      }
      return close + 3;
    }
    if (s.length < lt + 9) return INCOMPLETE;
    throw new XmlError("déclaration de type de document (DTD) interdite dans un classeur .xlsx");
  }

  private closeTag(lt: number): number {
    const s = this.buffer;
    const length = s.length;
    let gt = lt + 2;
    let from = gt;
    for (; gt < length; gt++) {
      const c = s[gt];
      if (c === GT) break;
      if (c === COLON) from = gt + 1;
    }
    if (gt >= length) return INCOMPLETE;
    if (this.textFrom >= 0 || this.pieces !== null) this.flushText();
    let to = gt;
    while (to > from && s[to - 1] <= 32) to--;
    const depth = this.depth;
    const open = depth > 0 ? this.stack[depth - 1] : undefined;
    // Compared in place with the open element's name (its bytes when it is ASCII, as names are).
    if (open === undefined || !sameName(open, s, from, to)) {
      const name = utf8(s, from, to);
      if (open === undefined || name !== open)
        throw new XmlError(open === undefined ? `balise </${name}> sans ouverture` : `balise </${name}> au lieu de </${open}>`);
    }
    this.depth = depth - 1;
    if (depth === 1) this.rootClosed = true;
    this.handler.close(open, this.base + gt + 1);
    return gt + 1;
  }

  /** Reads a start tag and its attributes into this.tag; INCOMPLETE when its end is not in the buffer yet. */
  private openTag(lt: number): number {
    const s = this.buffer;
    const length = s.length;
    const tag = this.tag;
    let i = lt + 1;
    let from = i;
    let c = 0;
    for (; i < length; i++) {
      c = s[i];
      if (c === COLON) from = i + 1;
      else if (c <= 32 || c === GT || c === SLASH) break;
    }
    if (i >= length) return INCOMPLETE;
    if (from === i) throw new XmlError("balise sans nom");
    const name = this.names.get(s, from, i);
    const names = tag.names;
    const froms = tag.from;
    const tos = tag.to;
    let count = 0;
    let selfClosing = false;
    for (;;) {
      while (c <= 32) {
        if (++i >= length) return INCOMPLETE;
        c = s[i];
      }
      if (c === GT) {
        i++;
        break;
      }
      if (c === SLASH) {
        if (i + 1 >= length) return INCOMPLETE;
        if (s[i + 1] !== GT) throw new XmlError(`balise <${name}> mal formée`);
        i += 2;
        selfClosing = true;
        break;
      }
      const nameStart = i;
      let nameFrom = i;
      for (; i < length; i++) {
        c = s[i];
        if (c === COLON) nameFrom = i + 1;
        else if (c === EQUALS || c <= 32 || c === GT || c === SLASH) break;
      }
      const nameEnd = i;
      if (i >= length) return INCOMPLETE;
      while (c <= 32) {
        if (++i >= length) return INCOMPLETE;
        c = s[i];
      }
      if (c !== EQUALS) throw new XmlError(`attribut sans valeur dans <${name}>`);
      do {
        if (++i >= length) return INCOMPLETE;
        c = s[i];
      } while (c <= 32);
      if (c !== DQUOTE && c !== SQUOTE) throw new XmlError(`valeur d'attribut sans guillemets dans <${name}>`);
      let close = i + 1;
      while (close < length && s[close] !== c) close++;
      if (close >= length) return INCOMPLETE;
      // Namespace declarations (« xmlns », « xmlns:r ») are not attributes for the reader.
      if (s[nameStart] !== LOWER_X || !startsWith(s, nameStart, XMLNS) || (nameEnd > nameStart + 5 && nameFrom === nameStart)) {
        names[count] = nameFrom === nameEnd ? "" : this.names.get(s, nameFrom, nameEnd);
        froms[count] = i + 1;
        tos[count] = close;
        count++;
      }
      i = close + 1;
      if (i >= length) return INCOMPLETE;
      c = s[i];
    }
    tag.count = count;
    tag.selfClosing = selfClosing;
    tag.source = s;
    tag.name = name;
    tag.start = this.base + lt;
    tag.end = this.base + i;
    if (this.textFrom >= 0 || this.pieces !== null) this.flushText();
    const depth = this.depth;
    if (depth === 0 && this.rootClosed) throw new XmlError("plusieurs éléments racines");
    if (!selfClosing) this.stack[(this.depth = depth + 1) - 1] = name;
    else if (depth === 0) this.rootClosed = true;
    this.handler.open(tag);
    if (selfClosing) this.handler.close(name, tag.end);
    return i;
  }
}

/** bytes[at …] starts with `prefix`. */
function startsWith(bytes: Uint8Array, at: number, prefix: readonly number[]): boolean {
  if (at + prefix.length > bytes.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[at + i] !== prefix[i]) return false;
  return true;
}

/** bytes[from, to) are the characters of `name` (an ASCII name compared byte by byte). */
function sameName(name: string, bytes: Uint8Array, from: number, to: number): boolean {
  if (to - from !== name.length) return false;
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) !== bytes[from + i]) return false;
  return true;
}

function joinBytes(pieces: Uint8Array[]): Uint8Array {
  if (pieces.length === 1) return pieces[0];
  let length = 0;
  for (const piece of pieces) length += piece.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

/** CDATA is literal text: its « & » are escaped so that the entity decoding of the text leaves them. */
function escapeAmpersands(bytes: Uint8Array): Uint8Array {
  let count = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === AMPERSAND) count++;
  if (count === 0) return bytes.slice();
  const out = new Uint8Array(bytes.length + 4 * count);
  let at = 0;
  for (let i = 0; i < bytes.length; i++) {
    out[at++] = bytes[i];
    if (bytes[i] === AMPERSAND) {
      out[at++] = 97; // a
      out[at++] = 109; // m
      out[at++] = 112; // p
      out[at++] = 59; // ;
    }
  }
  return out;
}
