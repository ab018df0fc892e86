/**
 * Text of the package: shared strings (xl/sharedStrings.xml), inline strings and comments hold
 * text in `<t>` elements, directly or in rich-text runs `<r>`; phonetic guides `<rPh>` are not
 * part of the text. Excel escapes characters XML cannot hold as « _x000D_ ».
 */
import { ByteHandler, ByteScanner, ByteTag, utf8 } from "../xml/bytes";
import { decodeEntities } from "../xml/entities";

/** « _x000D_ » → carriage return (« _x005F_ » escapes a literal underscore). */
export function unescapeOoxml(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Collects the text of a rich-text container (`<si>`, `<is>`, `<text>`): call open/close/text
 * for the events inside it, then take().
 */
export class RichText {
  private parts: string[] = [];
  private inT = false;
  private phonetic = 0;

  open(name: string): void {
    if (name === "t") this.inT = this.phonetic === 0;
    else if (name === "rPh") this.phonetic++;
  }

  close(name: string): void {
    if (name === "t") this.inT = false;
    else if (name === "rPh") this.phonetic--;
  }

  get wantsText(): boolean {
    return this.inT;
  }

  text(text: string): void {
    if (this.inT) this.parts.push(text);
  }

  take(): string {
    const text = this.parts.length === 1 ? this.parts[0] : this.parts.join("");
    this.parts = [];
    this.inT = false;
    this.phonetic = 0;
    return unescapeOoxml(text);
  }
}

/** The start of a plain shared string, « <si><t> » or « <si><t xml:space="preserve"> ». */
const PLAIN = [..."<si><t"].map((c) => c.charCodeAt(0));
const PRESERVE = [...' xml:space="preserve"'].map((c) => c.charCodeAt(0));
const PLAIN_END = [..."</t></si>"].map((c) => c.charCodeAt(0));
const LT = 60;
const GT = 62;

/** bytes[at …] starts with `prefix`. */
function at(bytes: Uint8Array, offset: number, prefix: readonly number[]): boolean {
  if (offset + prefix.length > bytes.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[offset + i] !== prefix[i]) return false;
  return true;
}

/**
 * The shared strings table (xl/sharedStrings.xml, in its bytes). Most strings are one plain
 * `<t>`: read by a fast path (see ByteHandler.element), the others by the events.
 */
export function parseSharedStrings(xml: Uint8Array): string[] {
  const strings: string[] = [];
  const rich = new RichText();
  let inSi = false;
  const handler: ByteHandler = {
    open(tag: ByteTag) {
      if (tag.name === "si") inSi = true;
      else if (inSi) rich.open(tag.name);
    },
    close(name: string) {
      if (name === "si") {
        strings.push(rich.take());
        inSi = false;
      } else if (inSi) rich.close(name);
    },
    text: (text: string) => rich.text(text),
    wantsText: () => rich.wantsText,
    element(bytes: Uint8Array, lt: number): number {
      if (inSi || !at(bytes, lt, PLAIN)) return -1;
      let i = lt + PLAIN.length;
      if (at(bytes, i, PRESERVE)) i += PRESERVE.length;
      if (bytes[i] !== GT) return -1;
      const from = i + 1;
      const to = bytes.indexOf(LT, from);
      if (to < 0 || !at(bytes, to, PLAIN_END)) return -1;
      // What the events would give: the text of the one <t>, decoded, then unescaped.
      strings.push(unescapeOoxml(from === to ? "" : decodeEntities(utf8(bytes, from, to))));
      return to + PLAIN_END.length;
    },
  };
  ByteScanner.scan(xml, handler);
  return strings;
}
