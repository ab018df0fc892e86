/**
 * Text of the package: shared strings (xl/sharedStrings.xml), inline strings and comments hold
 * text in `<t>` elements, directly or in rich-text runs `<r>`; phonetic guides `<rPh>` are not
 * part of the text. Excel escapes characters XML cannot hold as « _x000D_ ».
 */
import { Tag, XmlHandler, XmlScanner } from "../xml/scanner";

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

/** The shared strings table. `onString` lets the caller count them against a limit. */
export function parseSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  const rich = new RichText();
  let inSi = false;
  const handler: XmlHandler = {
    open(tag: Tag) {
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
  };
  XmlScanner.scan(xml, handler);
  return strings;
}
