/**
 * A small streaming XML scanner for the parts of an .xlsx package: elements (namespace prefixes
 * dropped), attributes, text with the predefined and numeric entities decoded, CDATA; comments
 * and processing instructions skipped. A DTD is refused (an .xlsx never has one, and it is how
 * entity bombs are built). Chunks may cut a tag or a text anywhere.
 *
 * Why not a general parser (saxes): on the bench's 54 Mo of XML this scanner read every cell
 * two to three times faster, and the reader needs only these events. It checks what the reader
 * relies on (tags closed and nested, quotes closed, entities known) and reports anything else as
 * an XmlError, which the reader turns into « partie endommagée ». Worksheets and shared strings,
 * most of the XML, are read by its twin on bytes (bytes.ts): same events, same errors.
 */
import { decodeEntities } from "./entities";

export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XmlError";
  }
}

/** The tag being reported: its name without prefix and its attributes (local names too). */
export class Tag {
  /** Local name (« c » for « <x:c … > »). */
  name = "";
  selfClosing = false;
  /** Offsets of « < » and just after « > » in the whole document. */
  start = 0;
  end = 0;
  /** @internal the buffer holding the tag; attribute values are read from it on demand */
  source = "";
  /** @internal attribute local names */
  readonly names: string[] = [];
  /** @internal raw value of attribute i: source.slice(from[i], to[i]) (entities not decoded) */
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
    return i < 0 ? undefined : decodeEntities(this.source.slice(this.from[i], this.to[i]));
  }

  /** The attribute's raw value equals `text` (compared in place, nothing allocated). */
  is(name: string, text: string): boolean {
    const i = this.indexOf(name);
    return i >= 0 && this.to[i] - this.from[i] === text.length && this.source.startsWith(text, this.from[i]);
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
      const c = s.charCodeAt(at);
      if (c < 48 || c > 57) return fallback;
      n = n * 10 + (c - 48);
    }
    return n;
  }

  attributes(): Map<string, string> {
    const out = new Map<string, string>();
    for (let i = 0; i < this.count; i++) out.set(this.names[i], decodeEntities(this.source.slice(this.from[i], this.to[i])));
    return out;
  }
}

const NAME_SLOTS = 512;

/**
 * Names seen so far, reused instead of sliced again: a sheet has a few dozen names for millions
 * of tags, and each slice would be garbage to collect. One-character names (« c », « v », « r »)
 * by their character, the others in a small table by a hash of their length and characters (a
 * name that collides replaces the one before: the table stays small whatever the document).
 * Internalised, so that comparing them with literals (« case "c": ») is a pointer comparison.
 */
class Names {
  private readonly single: string[] = new Array<string>(128).fill("");
  private readonly table: string[] = new Array<string>(NAME_SLOTS).fill("");

  get(s: string, from: number, to: number): string {
    const length = to - from;
    const first = s.charCodeAt(from);
    if (length === 1 && first < 128) {
      const known = this.single[first];
      return known !== "" ? known : (this.single[first] = internalised(s.slice(from, to)));
    }
    const slot = (length * 31 + first * 7 + s.charCodeAt(from + (length >> 1)) * 3 + s.charCodeAt(to - 1)) & (NAME_SLOTS - 1);
    const known = this.table[slot];
    if (known.length === length) {
      let i = 0;
      while (i < length && known.charCodeAt(i) === s.charCodeAt(from + i)) i++;
      if (i === length) return known;
    }
    return (this.table[slot] = internalised(s.slice(from, to)));
  }
}

/** The engine's single copy of a string (property keys are internalised). */
function internalised(text: string): string {
  return Object.keys({ [text]: 0 })[0];
}

export interface XmlHandler {
  open(tag: Tag): void;
  /** `end`: offset just after the closing tag (or after « /> ») in the whole document. */
  close(name: string, end: number): void;
  /** Text (entities decoded) between tags; called only while wantsText() is true. */
  text?(text: string): void;
  wantsText?(): boolean;
}

const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const COLON = 58;
const EQUALS = 61;
const GT = 62;
const LT = 60;
const LOWER_X = 120;
const DQUOTE = 34;
const SQUOTE = 39;
const INCOMPLETE = -1;

export class XmlScanner {
  private buffer = "";
  private pos = 0;
  /** Offset in the whole document of buffer[0]. */
  private base = 0;
  /**
   * Text waiting for the next tag, raw: most often one range of the buffer (textFrom ≥ 0), kept
   * as offsets until it is given; pieces when a chunk cut it or CDATA is part of it.
   */
  private textFrom = -1;
  private textTo = -1;
  private pieces: string[] | null = null;
  private readonly tag = new Tag();
  private readonly names = new Names();
  /** Names of the open elements: stack[0 … depth - 1]. */
  private readonly stack: string[] = [];
  private depth = 0;
  private finished = false;
  private rootClosed = false;

  constructor(private readonly handler: XmlHandler) {}

  /** Scans a whole document at once. */
  static scan(xml: string, handler: XmlHandler): void {
    const scanner = new XmlScanner(handler);
    scanner.write(xml);
    scanner.close();
  }

  write(chunk: string): void {
    if (this.finished) throw new XmlError("contenu après la fin du document");
    this.keepText();
    if (this.pos > 0) {
      this.base += this.pos;
      this.buffer = this.buffer.slice(this.pos) + chunk;
      this.pos = 0;
    } else this.buffer += chunk;
    this.run();
  }

  close(): void {
    if (this.pos < this.buffer.length) {
      if (this.buffer.slice(this.pos).trim() !== "" || this.depth > 0) throw new XmlError("document tronqué (balise non fermée)");
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
    let source: string;
    let from = 0;
    let to: number;
    if (this.textFrom >= 0) {
      source = this.buffer;
      from = this.textFrom;
      to = this.textTo;
      this.textFrom = -1;
    } else if (this.pieces !== null) {
      source = this.pieces.length === 1 ? this.pieces[0] : this.pieces.join("");
      to = source.length;
      this.pieces = null;
    } else return;
    this.handler.text?.(decodeEntities(source.slice(from, to)));
  }

  private run(): void {
    const s = this.buffer;
    const length = s.length;
    let pos = this.pos;
    while (pos < length) {
      // Most tags follow another one: no search then.
      let lt = pos;
      if (s.charCodeAt(pos) !== LT) {
        lt = s.indexOf("<", pos);
        if (lt < 0) {
          this.textBetween(pos, length);
          pos = length;
          break;
        }
        this.textBetween(pos, lt);
      }
      if (lt + 1 >= length) {
        pos = lt;
        break;
      }
      const next = s.charCodeAt(lt + 1);
      const end =
        next === SLASH
          ? this.closeTag(lt)
          : next === BANG
            ? this.special(lt)
            : next === QUESTION
              ? this.skipUntil(lt, "?>")
              : this.openTag(lt);
      if (end === INCOMPLETE) {
        pos = lt;
        break;
      }
      pos = end;
    }
    this.pos = pos;
  }

  private textBetween(from: number, to: number): void {
    if (this.depth > 0) {
      if (!this.handler.wantsText?.()) return;
      if (this.textFrom < 0 && this.pieces === null) {
        this.textFrom = from;
        this.textTo = to;
      } else {
        this.keepText();
        (this.pieces as string[]).push(this.buffer.slice(from, to));
      }
      return;
    }
    for (let i = from; i < to; i++) {
      const c = this.buffer.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xfeff) throw new XmlError("texte hors de l'élément racine");
    }
  }

  private skipUntil(lt: number, marker: string): number {
    const at = this.buffer.indexOf(marker, lt + 2);
    return at < 0 ? INCOMPLETE : at + marker.length;
  }

  private special(lt: number): number {
    const s = this.buffer;
    if (s.startsWith("<!--", lt)) return this.skipUntil(lt, "-->");
    if (s.startsWith("<![CDATA[", lt)) {
      const close = s.indexOf("]]>", lt + 9);
      if (close < 0) return INCOMPLETE;
      if (this.depth > 0 && this.handler.wantsText?.()) {
        this.keepText();
        (this.pieces ??= []).push(escapeAmpersands(s.slice(lt + 9, close)));
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
      const c = s.charCodeAt(gt);
      if (c === GT) break;
      if (c === COLON) from = gt + 1;
    }
    if (gt >= length) return INCOMPLETE;
    if (this.textFrom >= 0 || this.pieces !== null) this.flushText();
    let to = gt;
    while (to > from && s.charCodeAt(to - 1) <= 32) to--;
    const depth = this.depth;
    const open = depth > 0 ? this.stack[depth - 1] : undefined;
    // The name is compared in place with the open element's: no lookup for a well-formed document.
    if (open === undefined || !sameText(open, s, from, to)) {
      const name = s.slice(from, to);
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
      c = s.charCodeAt(i);
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
        c = s.charCodeAt(i);
      }
      if (c === GT) {
        i++;
        break;
      }
      if (c === SLASH) {
        if (i + 1 >= length) return INCOMPLETE;
        if (s.charCodeAt(i + 1) !== GT) throw new XmlError(`balise <${name}> mal formée`);
        i += 2;
        selfClosing = true;
        break;
      }
      const nameStart = i;
      let nameFrom = i;
      for (; i < length; i++) {
        c = s.charCodeAt(i);
        if (c === COLON) nameFrom = i + 1;
        else if (c === EQUALS || c <= 32 || c === GT || c === SLASH) break;
      }
      const nameEnd = i;
      if (i >= length) return INCOMPLETE;
      while (c <= 32) {
        if (++i >= length) return INCOMPLETE;
        c = s.charCodeAt(i);
      }
      if (c !== EQUALS) throw new XmlError(`attribut sans valeur dans <${name}>`);
      do {
        if (++i >= length) return INCOMPLETE;
        c = s.charCodeAt(i);
      } while (c <= 32);
      if (c !== DQUOTE && c !== SQUOTE) throw new XmlError(`valeur d'attribut sans guillemets dans <${name}>`);
      // Values are short (« A1 », « 3 »): a loop costs less than a call to indexOf.
      let close = i + 1;
      while (close < length && s.charCodeAt(close) !== c) close++;
      if (close >= length) return INCOMPLETE;
      // Namespace declarations (« xmlns », « xmlns:r ») are not attributes for the reader.
      if (
        s.charCodeAt(nameStart) !== LOWER_X ||
        !s.startsWith("xmlns", nameStart) ||
        (nameEnd > nameStart + 5 && nameFrom === nameStart)
      ) {
        names[count] = nameFrom === nameEnd ? "" : this.names.get(s, nameFrom, nameEnd);
        froms[count] = i + 1;
        tos[count] = close;
        count++;
      }
      i = close + 1;
      if (i >= length) return INCOMPLETE;
      c = s.charCodeAt(i);
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

/** source.slice(from, to) === text, compared in place. */
function sameText(text: string, source: string, from: number, to: number): boolean {
  if (to - from !== text.length) return false;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== source.charCodeAt(from + i)) return false;
  return true;
}

/** CDATA is literal text: its « & » are escaped so that the entity decoding of the text leaves them. */
function escapeAmpersands(text: string): string {
  return text.indexOf("&") < 0 ? text : text.replace(/&/g, "&amp;");
}
