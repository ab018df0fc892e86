/**
 * A small streaming XML scanner for the parts of an .xlsx package: elements (namespace prefixes
 * dropped), attributes, text with the predefined and numeric entities decoded, CDATA; comments
 * and processing instructions skipped. A DTD is refused (an .xlsx never has one, and it is how
 * entity bombs are built). Chunks may cut a tag or a text anywhere.
 *
 * Why not a general parser (saxes): on the bench's 54 Mo of XML this scanner reads every cell
 * two to three times faster, and the reader needs only these events. It checks what the reader
 * relies on (tags closed and nested, quotes closed, entities known) and reports anything else as
 * an XmlError, which the reader turns into « partie endommagée ».
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
    const i = this.indexOf(name);
    if (i < 0 || this.from[i] === this.to[i]) return fallback;
    let n = 0;
    for (let at = this.from[i]; at < this.to[i]; at++) {
      const c = this.source.charCodeAt(at);
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

/**
 * Names seen so far, reused instead of sliced again: a sheet has a few dozen names for millions
 * of tags, and each slice would be garbage to collect. Kept by length and first character, and
 * internalised, so that comparing them with literals (« case "c": ») is a pointer comparison.
 */
class Names {
  private readonly known = new Map<number, string[]>();
  private count = 0;

  get(s: string, from: number, to: number): string {
    const key = (to - from) * 65536 + s.charCodeAt(from);
    const bucket = this.known.get(key);
    if (bucket) {
      for (let i = 0; i < bucket.length; i++) if (s.startsWith(bucket[i], from)) return bucket[i];
    }
    const name = internalised(s.slice(from, to));
    if (this.count++ < 256) {
      if (bucket) bucket.push(name);
      else this.known.set(key, [name]);
    }
    return name;
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
const DQUOTE = 34;
const SQUOTE = 39;
const INCOMPLETE = -1;

export class XmlScanner {
  private buffer = "";
  private pos = 0;
  /** Offset in the whole document of buffer[0]. */
  private base = 0;
  /** Text waiting for the next tag: one piece, or several when a chunk cut it. */
  private pending: string | null = null;
  private pendingMore: string[] | null = null;
  private readonly tag = new Tag();
  private readonly names = new Names();
  private readonly stack: string[] = [];
  private finished = false;
  private rootClosed = false;
  private readonly wants: () => boolean;

  constructor(private readonly handler: XmlHandler) {
    this.wants = handler.wantsText ? handler.wantsText.bind(handler) : () => false;
  }

  /** Scans a whole document at once. */
  static scan(xml: string, handler: XmlHandler): void {
    const scanner = new XmlScanner(handler);
    scanner.write(xml);
    scanner.close();
  }

  write(chunk: string): void {
    if (this.finished) throw new XmlError("contenu après la fin du document");
    if (this.pos > 0) {
      this.base += this.pos;
      this.buffer = this.buffer.slice(this.pos) + chunk;
      this.pos = 0;
    } else this.buffer += chunk;
    this.run();
  }

  close(): void {
    if (this.pos < this.buffer.length) {
      if (this.buffer.slice(this.pos).trim() !== "" || this.stack.length > 0)
        throw new XmlError("document tronqué (balise non fermée)");
    }
    this.flushText();
    if (this.stack.length > 0)
      throw new XmlError(`document incomplet : élément <${this.stack[this.stack.length - 1]}> non fermé`);
    if (!this.rootClosed) throw new XmlError("document vide");
    this.finished = true;
  }

  private pushText(text: string): void {
    if (this.pending === null) this.pending = text;
    else (this.pendingMore ??= [this.pending]).push(text);
  }

  private flushText(): void {
    if (this.pending === null) return;
    const raw = this.pendingMore === null ? this.pending : this.pendingMore.join("");
    this.pending = null;
    this.pendingMore = null;
    this.handler.text?.(decodeEntities(raw));
  }

  private run(): void {
    const s = this.buffer;
    const length = s.length;
    let pos = this.pos;
    while (pos < length) {
      const lt = s.indexOf("<", pos);
      if (lt < 0) {
        this.textBetween(pos, length);
        pos = length;
        break;
      }
      if (lt > pos) this.textBetween(pos, lt);
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
    if (this.stack.length > 0) {
      if (this.wants()) this.pushText(this.buffer.slice(from, to));
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
      if (this.stack.length > 0 && this.wants()) this.pushText(escapeAmpersands(s.slice(lt + 9, close)));
      return close + 3;
    }
    if (s.length < lt + 9) return INCOMPLETE;
    throw new XmlError("déclaration de type de document (DTD) interdite dans un classeur .xlsx");
  }

  private closeTag(lt: number): number {
    const s = this.buffer;
    const gt = s.indexOf(">", lt);
    if (gt < 0) return INCOMPLETE;
    this.flushText();
    let from = lt + 2;
    let to = gt;
    while (to > from && s.charCodeAt(to - 1) <= 32) to--;
    for (let i = from; i < to; i++) if (s.charCodeAt(i) === COLON) from = i + 1;
    const name = this.names.get(s, from, to);
    const open = this.stack.pop();
    if (open !== name)
      throw new XmlError(open === undefined ? `balise </${name}> sans ouverture` : `balise </${name}> au lieu de </${open}>`);
    if (this.stack.length === 0) this.rootClosed = true;
    this.handler.close(name, this.base + gt + 1);
    return gt + 1;
  }

  /** Reads a start tag and its attributes into this.tag; INCOMPLETE when its end is not in the buffer yet. */
  private openTag(lt: number): number {
    const s = this.buffer;
    const length = s.length;
    const tag = this.tag;
    let i = lt + 1;
    let from = i;
    for (; i < length; i++) {
      const c = s.charCodeAt(i);
      if (c === COLON) from = i + 1;
      else if (c <= 32 || c === GT || c === SLASH) break;
    }
    if (i >= length) return INCOMPLETE;
    if (from === i) throw new XmlError("balise sans nom");
    const name = this.names.get(s, from, i);
    let count = 0;
    for (;;) {
      let c = s.charCodeAt(i);
      while (c <= 32 && i < length) c = s.charCodeAt(++i);
      if (i >= length) return INCOMPLETE;
      if (c === GT) {
        i++;
        tag.selfClosing = false;
        break;
      }
      if (c === SLASH) {
        if (i + 1 >= length) return INCOMPLETE;
        if (s.charCodeAt(i + 1) !== GT) throw new XmlError(`balise <${name}> mal formée`);
        i += 2;
        tag.selfClosing = true;
        break;
      }
      let nameFrom = i;
      const nameStart = i;
      for (; i < length; i++) {
        c = s.charCodeAt(i);
        if (c === COLON) nameFrom = i + 1;
        else if (c === EQUALS || c <= 32 || c === GT || c === SLASH) break;
      }
      const nameEnd = i;
      while (c <= 32 && i < length) c = s.charCodeAt(++i);
      if (i >= length) return INCOMPLETE;
      if (c !== EQUALS) throw new XmlError(`attribut sans valeur dans <${name}>`);
      c = s.charCodeAt(++i);
      while (c <= 32 && i < length) c = s.charCodeAt(++i);
      if (i >= length) return INCOMPLETE;
      if (c !== DQUOTE && c !== SQUOTE) throw new XmlError(`valeur d'attribut sans guillemets dans <${name}>`);
      const close = s.indexOf(c === DQUOTE ? '"' : "'", i + 1);
      if (close < 0) return INCOMPLETE;
      if (!s.startsWith("xmlns", nameStart) || (nameEnd > nameStart + 5 && nameFrom === nameStart)) {
        tag.names[count] = this.names.get(s, nameFrom, nameEnd);
        tag.from[count] = i + 1;
        tag.to[count] = close;
        count++;
      }
      i = close + 1;
    }
    tag.count = count;
    tag.source = s;
    tag.name = name;
    tag.start = this.base + lt;
    tag.end = this.base + i;
    this.flushText();
    if (this.stack.length === 0 && this.rootClosed) throw new XmlError("plusieurs éléments racines");
    if (!tag.selfClosing) this.stack.push(name);
    else if (this.stack.length === 0) this.rootClosed = true;
    this.handler.open(tag);
    if (tag.selfClosing) this.handler.close(name, tag.end);
    return i;
  }
}

/** CDATA is literal text: its « & » are escaped so that the entity decoding of the text leaves them. */
function escapeAmpersands(text: string): string {
  return text.indexOf("&") < 0 ? text : text.replace(/&/g, "&amp;");
}
